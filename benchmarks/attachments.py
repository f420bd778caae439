"""Benchmark attachment import and export against raw AES-GCM, in one run (issue 11).

For a file of ``--mb`` megabytes (default 20, random bytes behind a PDF header) it
measures, through SafeSpace's services layer on a real vault file:

- import: ``AttachmentsService.add`` from a file path (read twice — check and keyed
  id, then seal — plus one committed SQLite transaction);
- export: ``AttachmentsService.save_copy`` to a file path (every chunk opened and
  checked, temporary name, fsync, read back, rename);
- read: every chunk of the blob opened and checked, nothing written (what a sync
  export or the viewer costs);

and, in the same process and run, the machine's raw AES-256-GCM throughput with the
same 64 KiB chunks (``cryptography``'s AESGCM, encrypt and decrypt, data in memory).
The ratio app/raw says how much of the attachment path is the cipher and how much is
file and database work. Each figure is the median of ``--runs`` runs (a fresh
attachment each import run, so deduplication never skips the work).

    .venv/bin/python benchmarks/attachments.py            # 20 MB, 5 runs, ~1 minute
    .venv/bin/python benchmarks/attachments.py --mb 5 --runs 3
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography import __version__ as cryptography_version
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safespace_desktop.crypto import kdf
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.attachments import AttachmentScope, AttachmentsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.blobs import CHUNK_BYTES
from safespace_desktop.storage.registry import ScopeKind

MB = 1024 * 1024
FACILITATOR = ("bench", "benchmark lantern meadow pebble")


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_aes_gcm(data: bytes, runs: int) -> tuple[float, float]:
    """Seconds to encrypt, and to decrypt, ``data`` in 64 KiB chunks (in memory)."""
    aead = AESGCM(AESGCM.generate_key(bit_length=256))
    nonce = os.urandom(12)
    ad = b"x" * 120  # about the size of a chunk's associated data
    pieces = [data[i : i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES)]
    sealed = [aead.encrypt(nonce, p, ad) for p in pieces]

    def encrypt() -> None:
        for piece in pieces:
            aead.encrypt(nonce, piece, ad)

    def decrypt() -> None:
        for piece in sealed:
            aead.decrypt(nonce, piece, ad)

    return median_seconds(encrypt, runs), median_seconds(decrypt, runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=20, help="file size in MB (max 25)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    size = min(args.mb, 25) * MB
    kdf.enable_test_mode()  # the vault's passphrase KDF is not what is measured here
    work = Path(tempfile.mkdtemp(prefix="safespace-attach-bench-"))
    try:
        vault, _account = Vault.create(
            work / "data" / "bench.ssvault",
            label="Benchmark",
            group_name="Benchmark group",
            handle=FACILITATOR[0],
            passphrase_text=FACILITATOR[1],
            params=FAST_TEST_PROFILE,
        )
        service = AttachmentsService(vault)
        scope = AttachmentScope.MEMBERS
        sources = []
        for run in range(args.runs):
            path = work / f"source-{run}.pdf"
            path.write_bytes(b"%PDF-1.7\n" + os.urandom(size - 9))
            sources.append(path)
        added = []
        import_times = []
        for path in sources:
            start = time.perf_counter()
            added.append(service.add("bench", scope, path))
            import_times.append(time.perf_counter() - start)
        import_s = statistics.median(import_times)
        out = work / "out"
        out.mkdir()
        first = added[0]
        export_s = median_seconds(
            lambda: service.save_copy(first.id, scope, out / "copy.pdf"), args.runs
        )
        assert (out / "copy.pdf").read_bytes() == sources[0].read_bytes()

        def read_all() -> None:
            with vault.unit_of_work() as uow:
                for _chunk in uow.group.blobs.read(uow, uow.keys, ScopeKind.COMMONS, first.blob_id):
                    pass

        read_s = median_seconds(read_all, args.runs)
        encrypt_s, decrypt_s = raw_aes_gcm(sources[0].read_bytes(), args.runs)
        vault.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    megabytes = size / MB

    def rate(seconds: float) -> float:
        return megabytes / seconds

    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {sys.version.split()[0]}, cryptography {cryptography_version}, "
        f"{args.mb} MB file, median of {args.runs}"
    )
    print("| operation | time | throughput | raw AES-GCM | app / raw |")
    print("|---|---:|---:|---:|---:|")
    rows = (
        ("import (add from a file)", import_s, encrypt_s, "encrypt"),
        ("export (save a copy to a file)", export_s, decrypt_s, "decrypt"),
        ("read and check every chunk", read_s, decrypt_s, "decrypt"),
    )
    for name, seconds, raw, direction in rows:
        print(
            f"| {name} | {seconds * 1000:.0f} ms | {rate(seconds):.0f} MB/s | "
            f"{rate(raw):.0f} MB/s ({direction}) | {raw / seconds:.2f} |"
        )


if __name__ == "__main__":
    main()
