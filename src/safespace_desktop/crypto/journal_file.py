"""The personal journal file: a person's own journal, sealed under their passphrase.

Used to move a journal to another PC or keep a backup. Layout (all integers
big-endian)::

    header   = b"SSJOURNAL" | version u8
               | argon2 memory_kib u32 | iterations u32 | lanes u32 | argon2 version u32
               | salt length u8 | salt | file id (16 random bytes)
               | wrapped-key length u16 | wrapped file key
    checksum = SHA-256(header)                     (catches accidental damage early)
    records  = (length u32 | sealed record) ... the last one is the trailer

- The file key is a fresh random 256-bit key. It (with its id) is sealed under
  ``KEK = Argon2id(passphrase, salt, params)`` with the header fields before it as
  associated data, so editing the parameters, salt or file id breaks the wrap.
- Every record is padded and sealed under the file key with AD = (the whole header,
  its index, whether it is the last one). Records cannot be reordered, dropped,
  moved to another file or truncated away: the last record is a trailer that holds
  the record count and carries the "final" flag, and nothing may follow it.
- KDF parameters are untrusted input: they are checked against the floor and the
  ceiling before any derivation runs (``UnsafeKdfParameters``).
- A wrong passphrase gives a KEK whose id differs from the one the wrap names
  (``WrongPassphrase``); any other failure is ``BundleRejected``.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from safespace_desktop.core.errors import BundleRejected, UnsupportedFormatVersion, WrongPassphrase
from safespace_desktop.crypto import kdf, passphrase
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.crypto.keys import KEY_BYTES, KEY_ID_BYTES, SecretKey, key_encryption_key
from safespace_desktop.crypto.seal import OpenFailed, envelope_key_id, open_sealed, seal

MAGIC = b"SSJOURNAL"
FORMAT_VERSION = 1
FILE_ID_BYTES = 16
CHECKSUM_BYTES = 32
TRAVEL_MEMORY_CAP_KIB = 256 * 1024  # crypto.md §4.5: files opened on other, weaker PCs
MAX_RECORDS = 1_000_000
MAX_RECORD_BYTES = 16 * 1024 * 1024
_KEY_AD = "safespace-journal-file/key"
_RECORD_AD = "safespace-journal-file/record"

Progress = Callable[[int, int], None]


def travel_params(policy: KdfParams) -> KdfParams:
    """The vault's KDF policy with memory capped for files opened on other PCs."""
    return KdfParams(
        memory_kib=min(policy.memory_kib, TRAVEL_MEMORY_CAP_KIB),
        iterations=policy.iterations,
        lanes=policy.lanes,
        version=policy.version,
    )


@dataclass(frozen=True)
class _Header:
    params: KdfParams
    salt: bytes
    file_id: bytes
    wrapped_key: bytes
    prefix: bytes  # everything before the wrapped-key length
    raw: bytes  # the whole header


def _encode_prefix(params: KdfParams, salt: bytes, file_id: bytes) -> bytes:
    return (
        MAGIC
        + struct.pack(
            ">BIIIIB",
            FORMAT_VERSION,
            params.memory_kib,
            params.iterations,
            params.lanes,
            params.version,
            len(salt),
        )
        + salt
        + file_id
    )


def _derive_kek(secret: str, salt: bytes, params: KdfParams) -> SecretKey:
    return key_encryption_key(kdf.derive(passphrase.encode(secret), salt, params))


def _trailer(count: int) -> bytes:
    return json.dumps({"records": count}, separators=(",", ":")).encode("ascii")


def _record_ad(header: bytes, index: int, final: bool) -> list[str | bytes | int | bool]:
    return [_RECORD_AD, header, index, final]


@dataclass
class SealedFile:
    """The bytes of a written file, plus the KEK so the writer can verify it cheaply."""

    data: bytes
    kek: SecretKey


def write(
    records: Sequence[bytes],
    secret: str,
    params: KdfParams,
    *,
    progress: Progress | None = None,
) -> SealedFile:
    """Seal ``records`` into a new file protected by ``secret``.

    The caller owns the returned KEK and must ``wipe()`` it.
    """
    if len(records) >= MAX_RECORDS:
        raise BundleRejected("journal_too_large")
    salt = kdf.new_salt()
    file_id = os.urandom(FILE_ID_BYTES)
    kek = _derive_kek(secret, salt, params)
    file_key = SecretKey.generate()
    try:
        prefix = _encode_prefix(params, salt, file_id)
        wrapped = seal(kek, file_key.key_id + file_key.material(), [_KEY_AD, prefix])
        header = prefix + struct.pack(">H", len(wrapped)) + wrapped
        out = bytearray(header)
        out += hashlib.sha256(header).digest()
        total = len(records) + 1
        for index, record in enumerate([*records, _trailer(len(records))]):
            final = index == total - 1
            blob = seal(file_key, record, _record_ad(header, index, final))
            out += struct.pack(">I", len(blob)) + blob
            if progress and index % 256 == 0:
                progress(index, total)
        if progress:
            progress(total, total)
    except BaseException:
        kek.wipe()
        raise
    finally:
        file_key.wipe()
    return SealedFile(bytes(out), kek)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, count: int) -> bytes:
        if count < 0 or self.pos + count > len(self.data):
            raise BundleRejected("damaged")
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def unpack(self, fmt: str) -> tuple[int, ...]:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))

    @property
    def remaining(self) -> int:
        return len(self.data) - self.pos


def _read_header(reader: _Reader) -> _Header:
    if reader.data[: len(MAGIC)] != MAGIC:
        raise BundleRejected("not_a_journal_file")
    reader.take(len(MAGIC))
    (version,) = reader.unpack(">B")
    if version != FORMAT_VERSION:
        raise UnsupportedFormatVersion(version, "personal journal file")
    memory, iterations, lanes, argon_version, salt_length = reader.unpack(">IIIIB")
    salt = reader.take(salt_length)
    file_id = reader.take(FILE_ID_BYTES)
    prefix = reader.data[: reader.pos]
    (wrapped_length,) = reader.unpack(">H")
    wrapped = reader.take(wrapped_length)
    raw = reader.data[: reader.pos]
    checksum = reader.take(CHECKSUM_BYTES)
    if hashlib.sha256(raw).digest() != checksum:
        raise BundleRejected("damaged_header")
    params = KdfParams(memory, iterations, lanes, argon_version)
    return _Header(params, salt, file_id, wrapped, prefix, raw)


def read(
    data: bytes,
    secret: str,
    *,
    kek: SecretKey | None = None,
    progress: Progress | None = None,
) -> list[bytes]:
    """Verify and open a personal file; returns its records (trailer removed).

    Raises ``BundleRejected`` for anything that is not an intact file of ours,
    ``UnsupportedFormatVersion`` for a newer format, ``UnsafeKdfParameters`` before
    deriving anything when the stored cost is out of bounds, and ``WrongPassphrase``.
    ``kek`` lets the writer verify its own output without a second derivation.
    """
    reader = _Reader(bytes(data))
    header = _read_header(reader)
    kdf.check_params(header.params, header.salt)  # before any derivation (claim 15)
    own_kek = kek is None
    active = _derive_kek(secret, header.salt, header.params) if kek is None else kek
    try:
        try:
            if envelope_key_id(header.wrapped_key) != active.key_id:
                raise WrongPassphrase()
            material = open_sealed(active, header.wrapped_key, [_KEY_AD, header.prefix])
        except (OpenFailed, UnsupportedFormatVersion) as exc:
            # Inside a file of a known format, an unknown envelope is damage.
            raise BundleRejected("damaged_key") from exc
    finally:
        if own_kek:
            active.wipe()
    if len(material) != KEY_ID_BYTES + KEY_BYTES:
        raise BundleRejected("damaged_key")
    file_key = SecretKey(material[KEY_ID_BYTES:], material[:KEY_ID_BYTES])
    try:
        return _read_records(reader, file_key, header.raw, progress)
    finally:
        file_key.wipe()


def _read_records(
    reader: _Reader, file_key: SecretKey, header: bytes, progress: Progress | None
) -> list[bytes]:
    records: list[bytes] = []
    index = 0
    while True:
        if reader.remaining == 0:
            raise BundleRejected("incomplete")
        (length,) = reader.unpack(">I")
        if length > MAX_RECORD_BYTES or index > MAX_RECORDS:
            raise BundleRejected("damaged_record")
        blob = reader.take(length)
        final = reader.remaining == 0
        try:
            plaintext = open_sealed(file_key, blob, _record_ad(header, index, final))
        except (OpenFailed, UnsupportedFormatVersion) as exc:
            raise BundleRejected("damaged") from exc
        if final:
            try:
                trailer = json.loads(plaintext)
                count = int(trailer["records"])
            except (ValueError, KeyError, TypeError) as exc:
                raise BundleRejected("damaged_trailer") from exc
            if count != index:
                raise BundleRejected("records_missing")
            return records
        records.append(plaintext)
        index += 1
        if progress and index % 256 == 0:
            progress(index, index + 1)
