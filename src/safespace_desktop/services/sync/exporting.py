"""Export: full or incremental bundles, written safely (DESIGN.md §4, sync.md §2.7).

Every record type of ``Channel.GROUP_BUNDLE`` is enumerated from the registry; journal
and local-only types never enter a bundle. Records are opened with the facilitator's
keys and travel as plain JSON *inside* the bundle's encrypted stream.
"""

from __future__ import annotations

import contextlib
import errno
import heapq
import itertools
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from safespace_desktop import __version__
from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.sync.attachments import collect_blobs, manifest_entries, sections
from safespace_desktop.services.sync.devices import device_id, ensure_this_device
from safespace_desktop.services.sync.export_index import index_for
from safespace_desktop.services.sync.gc_pause import release_in_pieces
from safespace_desktop.services.sync.keys import current_epoch, key_for_epoch
from safespace_desktop.services.sync.payload import (
    MODE_FULL,
    MODE_INCREMENTAL,
    MODE_JOIN_KIT,
    BundleRecord,
    Manifest,
    OutgoingRecord,
    encode_records,
    encode_stored,
)
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import DamagedRecord
from safespace_desktop.storage.sync_store import BundleFamily, bundle_families
from safespace_desktop.storage.unit_of_work import UnitOfWork

Progress = Callable[[str], None]
BUNDLE_SUFFIX = ".ssbundle"


def _quiet(_code: str) -> None:
    return None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    mode: str
    record_count: int
    size: int
    seq: int


def own_vector(uow: UnitOfWork) -> dict[str, int]:
    """What this replica holds: its gap-free knowledge of others plus its own writes."""
    info = uow.vault_info()
    vector = uow.sync.vector(info.replica_id)
    vector[info.replica_id] = uow.write_counter()
    return vector


def _covered(cc: dict[str, int], base: dict[str, int]) -> bool:
    return all(counter <= base.get(replica, 0) for replica, counter in cc.items())


def collect_records(
    uow: UnitOfWork, keys: KeyRing, base: dict[str, int]
) -> tuple[list[OutgoingRecord], int]:
    """Records to send: all of them for an empty ``base``, otherwise those holding a
    write ``base`` does not cover. Returns (records, number of damaged rows left out).

    Rows are opened in bulk (one query per type) and encoded straight from their
    stored state; every row sent is authenticated first. Rows unchanged since an
    earlier export judged them, and covered by ``base``, are skipped unopened
    (``export_index``): a one-edit incremental opens one record, not all of them."""
    out: list[OutgoingRecord] = []
    damaged_count = 0
    info = uow.vault_info()
    index = index_for(f"{info.vault_id}/{info.replica_id}")
    for family in bundle_families(uow.group_id):
        name = family.record_type.name
        digests = dict(family.repository.fingerprints(uow))
        wanted = [
            row_id
            for row_id, digest in digests.items()
            if not (base and index.covered(name, row_id, digest, base))
        ]
        if not wanted:
            continue
        ids = None if len(wanted) == len(digests) else wanted
        for opened in family.repository.open_documents(uow, keys, ids):
            if isinstance(opened, DamagedRecord):
                damaged_count += 1  # never re-exported as valid (DESIGN.md §3.2)
                continue
            try:
                cc = opened.state["cc"]
                digest = digests.get(opened.id)
                if digest is not None:
                    index.remember(name, opened.id, digest, cc)
                if base and _covered(cc, base):
                    continue
                columns = {c: opened.extra.get(c) for c in family.columns}
                out.append(encode_stored(name, opened.id, columns, opened.state, opened.state_text))
            except (KeyError, TypeError, AttributeError, IndexError):
                damaged_count += 1
    for line in uow.sync.foreign_records(keys):  # a newer app's types, passed on unchanged
        state = RecordState.from_json(line["s"])
        if base and _covered(state.cc, base):
            continue
        out.append(BundleRecord(str(line["t"]), str(line["id"]), dict(line["c"]), state))
    return out, damaged_count


def stream_all_records(uow: UnitOfWork, keys: KeyRing) -> Iterator[OutgoingRecord]:
    """Every record, already in bundle order (type, then id), one at a time: a join
    kit is compressed as it is read, never held whole (issue 12, join at M). Each
    type's rows come in id order from SQLite (ids are ASCII, so its byte order is
    Python's); the few records of a newer app's types are merged in by type."""

    def family_records(family: BundleFamily) -> Iterator[OutgoingRecord]:
        name = family.record_type.name
        for opened in family.repository.open_documents(uow, keys):
            if isinstance(opened, DamagedRecord):
                continue  # never re-exported as valid (DESIGN.md §3.2)
            try:
                columns = {c: opened.extra.get(c) for c in family.columns}
                yield encode_stored(name, opened.id, columns, opened.state, opened.state_text)
            except (KeyError, TypeError, AttributeError, IndexError):
                continue

    families = sorted(bundle_families(uow.group_id), key=lambda f: f.record_type.name)
    known: Iterator[OutgoingRecord] = itertools.chain.from_iterable(
        family_records(f) for f in families
    )
    foreign = sorted(
        (
            BundleRecord(
                str(line["t"]), str(line["id"]), dict(line["c"]), RecordState.from_json(line["s"])
            )
            for line in uow.sync.foreign_records(keys)
        ),
        key=lambda r: (r.type, r.id),
    )
    return heapq.merge(known, foreign, key=lambda r: (r.type, r.id))


def build_bundle(
    uow: UnitOfWork,
    keys: KeyRing,
    *,
    base: dict[str, int] | None,
    now_ms: int,
    mode: str | None = None,
    join: dict[str, object] | None = None,
    attachments: bool = False,
) -> tuple[bytes, Manifest, int]:
    """The bytes of a new bundle and its manifest; logs the bundle as this PC's own.

    ``base`` None (or empty) makes a full bundle; ``attachments`` adds every referenced
    blob (never for routine incrementals). Returns (bytes, manifest, seq).
    """
    info = uow.vault_info()
    signer = ensure_this_device(uow, keys)
    if mode == MODE_JOIN_KIT:  # everything, streamed into the compressor
        encoded = encode_records(stream_all_records(uow, keys), in_order=True)
    else:
        records, _damaged = collect_records(uow, keys, base or {})
        encoded = encode_records(records)
        release_in_pieces(records)
    blobs = collect_blobs(uow, keys)[0] if attachments else []

    bundle_id = str(uuid.uuid4())
    created = now_ms << 16
    manifest = Manifest(
        mode=mode or (MODE_INCREMENTAL if base else MODE_FULL),
        group_id=info.group_id,
        bundle_id=bundle_id,
        sender_replica=info.replica_id,
        sender_device=device_id(info.group_id, info.replica_id),
        created_hlc=created,
        base_vv=dict(base or {}),
        sender_vv=own_vector(uow),
        records_sha256=encoded.sha256,
        record_count=encoded.count,
        counts=encoded.counts,
        max_hlc=encoded.max_hlc,
        app_version=__version__,
        join=join,
        attachments=manifest_entries(blobs),
    )
    epoch = current_epoch(keys)
    group_key = key_for_epoch(keys, epoch)
    if group_key is None:
        raise BundleRejected("sync_unknown_key_epoch", epoch=epoch)
    header = container.BundleHeader(
        group_id=info.group_id,
        key_epoch=epoch,
        bundle_id=bundle_id,
        sender_replica=info.replica_id,
        created_hlc=created,
        salt=os.urandom(container.SALT_BYTES),
    )
    data = container.seal_compressed_bundle(
        header, group_key.material(), signer, manifest.encode(), encoded.compressed, sections(blobs)
    )
    seq = uow.sync.add_export(bundle_id)
    return data, manifest, seq


# ---------------------------------------------------------------------- safe writing
def _os_error_code(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return "sync_disk_full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "sync_read_only"
    if exc.errno in (errno.ENOENT, errno.EIO, errno.ENODEV, getattr(errno, "ENXIO", -1)):
        return "sync_media_gone"
    return "sync_write_failed"


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_name(path: Path) -> Path:
    """Temp files start with a dot and end in ``.part``: folder readers skip them."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")


def write_bundle_file(
    path: Path,
    data: bytes,
    verify: Callable[[bytes], None],
    *,
    opener: Callable[[Path], int] | None = None,
) -> None:
    """Temp name, fsync, rename, re-open and verify; on any failure nothing is left
    under ``path`` and a ``BundleRejected`` with a specific code is raised."""
    path = Path(path)
    temporary = temporary_name(path)
    renamed = False
    try:
        if opener is not None:
            fd = opener(temporary)
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            fd = os.open(temporary, flags, 0o600)
        with os.fdopen(fd, "wb") as handle:
            view = memoryview(data)
            while view:
                written = handle.write(view)
                view = view[written or 0 :]
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        renamed = True
        _fsync_directory(path.parent)
        written_back = path.read_bytes()
        if written_back != data:
            raise BundleRejected("sync_verify_failed")
        verify(written_back)
    except BundleRejected:
        with contextlib.suppress(OSError):
            path.unlink()
        raise BundleRejected("sync_verify_failed") from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            (path if renamed else temporary).unlink()
        raise BundleRejected(_os_error_code(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
