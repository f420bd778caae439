"""Attachment content inside the vault: sealed chunks, content-addressed by a keyed hash.

A blob is the bytes of one attached file, stored once per scope however many records
point at it. Its id is ``HMAC-SHA256(K_id, content)`` in hex, where ``K_id`` is derived
by HKDF from the scope key (commons key for members' resources, group key for
facilitators-only ones): never a plain hash, so the id reveals nothing to someone who
guesses a file, and differs between groups.

The content is cut into ``CHUNK_BYTES`` pieces; every piece is sealed on its own with
AES-256-GCM under ``K_chunk`` (HKDF from the same scope key), with associated data
binding the blob id, the chunk index, whether it is the final chunk, the scope and the
key id. A changed byte, two swapped chunks, a missing middle chunk or a cut-off tail
all fail to open, and the reader raises ``AttachmentDamaged`` before handing out the
bad piece. Full chunks are exactly ``CHUNK_BYTES`` long; the final chunk (0 to
``CHUNK_BYTES`` bytes) is padded to a size bucket.

Rows: ``blob_chunks(blob_id, chunk_index, key_id, chunk_sealed)``. The plaintext is a
keyed hash, a position and a key id (tests/unit/test_column_allowlist.py).

Reading and writing go one chunk at a time (Core statements, no ORM identity map), so
a 25 MB file is never held in memory, let alone twice.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import delete, func, select

from safespace_desktop.core.attachments import AttachmentDamaged
from safespace_desktop.core.errors import NotPermitted, UnsupportedFormatVersion
from safespace_desktop.crypto.keys import KEY_BYTES, KEY_ID_BYTES, SecretKey
from safespace_desktop.crypto.seal import (
    ALG_AES256_GCM,
    ENVELOPE_VERSION,
    HEADER_BYTES,
    NONCE_BYTES,
    OVERHEAD,
    encode_ad,
    padded_size,
)
from safespace_desktop.storage.registry import RECORD_TYPES, ScopeKind
from safespace_desktop.storage.tables import BlobChunk

if TYPE_CHECKING:
    from safespace_desktop.storage.keyring import KeyRing
    from safespace_desktop.storage.unit_of_work import UnitOfWork

CHUNK_BYTES = 64 * 1024
BLOB_FORMAT = 1
BLOB_AD_LABEL = "safespace-blob-chunk"
_ID_INFO = b"safespace/blob-id/v1"
_CHUNK_INFO = b"safespace/blob-chunk/v1"
BLOB_ID_HEX_LENGTH = 64
_BLOB_SCOPES = (ScopeKind.GROUP, ScopeKind.COMMONS)
# One chunk per statement, without building a SQLAlchemy statement each time (that cost
# more than the cipher); the driver's errors are still translated (disk full, read-only).
_TABLE = BlobChunk.__tablename__
_INSERT = f"INSERT INTO {_TABLE} (blob_id, chunk_index, key_id, chunk_sealed) VALUES (?, ?, ?, ?)"  # noqa: S608
_SELECT = f"SELECT chunk_sealed FROM {_TABLE} WHERE blob_id = ? AND chunk_index = ?"  # noqa: S608
_UPDATE = f"UPDATE {_TABLE} SET key_id = ?, chunk_sealed = ? WHERE blob_id = ? AND chunk_index = ?"  # noqa: S608


class BlobIdMismatch(AttachmentDamaged):
    """Content written under a blob id does not hash to that id (a changed source file,
    or a bundle whose content and id disagree). Nothing was stored."""


def _id_key(material: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_ID_INFO).derive(
        material
    )


def _chunk_key(material: bytes) -> bytes:
    # A literal info per call: tests/unit/test_journal_isolation.py tries every HKDF
    # info in the package against the journals, and reads them from the source.
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_CHUNK_INFO).derive(
        material
    )


def is_blob_id(value: object) -> bool:
    """True for a well-formed blob id (64 lowercase hex digits)."""
    return (
        isinstance(value, str)
        and len(value) == BLOB_ID_HEX_LENGTH
        and all(c in "0123456789abcdef" for c in value)
    )


@dataclass(frozen=True)
class BlobKey:
    """The two keys one scope key yields for blobs: the keyed-id key and the chunk key.

    HKDF is a few microseconds: no slow derivation ever runs under the vault lock.
    """

    scope: ScopeKind
    key_id: bytes
    _id_key: bytes
    chunk_key: SecretKey

    @classmethod
    def from_scope_key(cls, scope: ScopeKind, key: SecretKey) -> BlobKey:
        material = key.material()
        return cls(
            scope,
            key.key_id,
            _id_key(material),
            SecretKey(_chunk_key(material), key.key_id),
        )

    def hasher(self) -> hmac.HMAC:
        """A running keyed hash; ``hexdigest()`` of all the content is its blob id."""
        return hmac.new(self._id_key, digestmod=hashlib.sha256)

    def blob_id_of(self, content: bytes) -> str:
        hasher = self.hasher()
        hasher.update(content)
        return hasher.hexdigest()

    def wipe(self) -> None:
        self.chunk_key.wipe()


def blob_scope(scope: ScopeKind | str) -> ScopeKind:
    """``scope`` as a ``ScopeKind`` (callers may pass its value, "group" or "commons")."""
    kind = ScopeKind(scope)
    if kind not in _BLOB_SCOPES:
        raise ValueError(f"blobs live under the group or commons key, not {kind}")
    return kind


def scope_keys(keys: KeyRing, scope: ScopeKind | str) -> list[SecretKey]:
    """Every key this person holds for ``scope``, the current one first."""
    scope = blob_scope(scope)
    if scope is ScopeKind.COMMONS:
        return [keys.commons_key]
    if scope is ScopeKind.GROUP:
        if keys.current_group_key_id is None:
            raise NotPermitted()
        current = keys.group_key
        return [current, *(k for k in keys.group_keys.values() if k is not current)]
    raise ValueError(f"blobs live under the group or commons key, not {scope}")


def current_blob_key(keys: KeyRing, scope: ScopeKind | str) -> BlobKey:
    """The blob keys new content of ``scope`` is stored under."""
    return BlobKey.from_scope_key(blob_scope(scope), scope_keys(keys, scope)[0])


def _chunk_ad(group_id: str, key: BlobKey, blob_id: str, index: int, final: bool) -> bytes:
    return encode_ad(
        [BLOB_AD_LABEL, BLOB_FORMAT, key.scope.value, group_id, blob_id, index, final, key.key_id]
    )


def _pad_final(plaintext: bytes) -> bytes:
    # Pad to a size bucket, but never beyond one chunk plus the marker byte.
    target = min(padded_size(len(plaintext)), CHUNK_BYTES + 1)
    return plaintext + b"\x80" + b"\x00" * (target - len(plaintext) - 1)


def _unpad_final(padded: bytes) -> bytes | None:
    end = padded.rstrip(b"\x00")
    if not end or end[-1] != 0x80:
        return None
    return end[:-1]


def rechunk(pieces: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Cut a stream of byte strings of any size into (chunk, is_final) pairs: full
    ``CHUNK_BYTES`` chunks, then one final chunk of the rest (possibly empty)."""
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) > CHUNK_BYTES:
            yield bytes(buffer[:CHUNK_BYTES]), False
            del buffer[:CHUNK_BYTES]
    if len(buffer) == CHUNK_BYTES:
        yield bytes(buffer), False
        buffer.clear()
    yield bytes(buffer), True


class BlobStore:
    """The ``blob_chunks`` table of one group: write, read, list and delete blobs.

    Every method takes the unit of work (and, to seal or open, the person's keys); the
    scope (``ScopeKind.GROUP`` or ``ScopeKind.COMMONS``) is bound into every chunk, so
    a blob can only be read back under the scope it was written under.
    """

    def __init__(self, group_id: str) -> None:
        self.group_id = group_id

    # ------------------------------------------------------------------ listing
    def has(self, db: UnitOfWork, blob_id: str) -> bool:
        query = select(BlobChunk.chunk_index).where(BlobChunk.blob_id == blob_id).limit(1)
        return db.session.execute(query).first() is not None

    def stored_blob_ids(self, db: UnitOfWork) -> set[str]:
        """Every blob id that has chunks in this vault."""
        return set(db.session.execute(select(BlobChunk.blob_id).distinct()).scalars())

    def chunk_count(self, db: UnitOfWork, blob_id: str) -> int:
        query = select(func.count()).select_from(BlobChunk).where(BlobChunk.blob_id == blob_id)
        return int(db.session.execute(query).scalar_one())

    # ------------------------------------------------------------------ writing
    def write(
        self,
        db: UnitOfWork,
        key: BlobKey,
        blob_id: str,
        pieces: Iterable[bytes],
    ) -> int:
        """Seal ``pieces`` (the content, in order, in pieces of any size) as blob
        ``blob_id`` and return its size in bytes. Nothing is written if the blob is
        already stored (returns -1 without reading ``pieces``).

        The keyed id is computed over what was written; if it is not ``blob_id``,
        ``BlobIdMismatch`` is raised and the caller's transaction rolls back, so no
        chunk of wrong content is ever kept.
        """
        if not is_blob_id(blob_id):
            raise BlobIdMismatch(str(blob_id)[:BLOB_ID_HEX_LENGTH])
        if self.has(db, blob_id):
            return -1
        hasher = key.hasher()
        aead = key.chunk_key.aead()
        header = struct.pack(">BB", ENVELOPE_VERSION, ALG_AES256_GCM) + key.key_id
        connection = db.session.connection()
        size = 0
        for index, (chunk, final) in enumerate(rechunk(pieces)):
            hasher.update(chunk)
            size += len(chunk)
            plaintext = _pad_final(chunk) if final else chunk
            nonce = os.urandom(NONCE_BYTES)
            ad = _chunk_ad(self.group_id, key, blob_id, index, final)
            sealed = header + nonce + aead.encrypt(nonce, plaintext, header + ad)
            connection.exec_driver_sql(_INSERT, (blob_id, index, key.key_id, sealed))
        if not hmac.compare_digest(hasher.hexdigest(), blob_id):
            raise BlobIdMismatch(blob_id)
        return size

    def write_verified(
        self,
        db: UnitOfWork,
        keys: KeyRing,
        scope: ScopeKind | str,
        blob_id: str,
        pieces: Iterable[bytes],
    ) -> bool:
        """For sync: store a blob received as plaintext ``pieces``, re-sealed under this
        vault's key for ``scope``. The key whose keyed id matches ``blob_id`` is the one
        it was made under (the current key, or an earlier group key epoch).

        Returns False (reading nothing) when the blob is already stored. Raises
        ``BlobIdMismatch`` when the content does not hash to ``blob_id`` under any held
        key of ``scope``; the caller's transaction then rolls back.
        """
        scope = blob_scope(scope)
        if self.has(db, blob_id):
            return False
        candidates = scope_keys(keys, scope)
        if len(candidates) == 1:
            key = BlobKey.from_scope_key(scope, candidates[0])
            try:
                self.write(db, key, blob_id, pieces)
            finally:
                key.wipe()
            return True
        # Several epochs: find the one the id was made under while the content
        # streams in, by hashing under each; the chunks are sealed under the current
        # key first and re-sealed if an older epoch turns out to be the right one.
        blob_keys = [BlobKey.from_scope_key(scope, k) for k in candidates]
        try:
            return self._write_any_epoch(db, blob_keys, blob_id, pieces)
        finally:
            for key in blob_keys:
                key.wipe()

    def _write_any_epoch(
        self, db: UnitOfWork, blob_keys: list[BlobKey], blob_id: str, pieces: Iterable[bytes]
    ) -> bool:
        hashers = [key.hasher() for key in blob_keys]

        def teed() -> Iterator[bytes]:
            for piece in pieces:
                for hasher in hashers:
                    hasher.update(piece)
                yield piece

        try:
            self.write(db, blob_keys[0], blob_id, teed())
            return True
        except BlobIdMismatch:
            matching = [
                key
                for key, hasher in zip(blob_keys, hashers, strict=True)
                if hmac.compare_digest(hasher.hexdigest(), blob_id)
            ]
            if not matching:
                raise
        # Made under an older epoch: move the chunks just written to that key.
        self.reseal(db, blob_keys[0], matching[0], blob_id)
        return True

    def reseal(self, db: UnitOfWork, written: BlobKey, right: BlobKey, blob_id: str) -> None:
        """Re-seal blob ``blob_id`` (written under ``written``) under ``right``, one
        chunk at a time, without checking the id against ``written``."""
        count = self.chunk_count(db, blob_id)
        aead = right.chunk_key.aead()
        header = struct.pack(">BB", ENVELOPE_VERSION, ALG_AES256_GCM) + right.key_id
        for index in range(count):
            final = index == count - 1
            plaintext = self._open_chunk(db, written, blob_id, index, final, padded=True)
            nonce = os.urandom(NONCE_BYTES)
            ad = _chunk_ad(self.group_id, right, blob_id, index, final)
            sealed = header + nonce + aead.encrypt(nonce, plaintext, header + ad)
            db.session.connection().exec_driver_sql(_UPDATE, (right.key_id, sealed, blob_id, index))

    # ------------------------------------------------------------------ reading
    def _indices_and_key(self, db: UnitOfWork, blob_id: str) -> tuple[list[int], bytes]:
        rows = db.session.execute(
            select(BlobChunk.chunk_index, BlobChunk.key_id)
            .where(BlobChunk.blob_id == blob_id)
            .order_by(BlobChunk.chunk_index)
        ).all()
        indices = [int(r[0]) for r in rows]
        if not rows:
            raise AttachmentDamaged(blob_id, 0)
        if indices != list(range(len(indices))):  # a missing chunk (or a stray one)
            first_bad = next(i for i, v in enumerate(indices) if v != i)
            raise AttachmentDamaged(blob_id, first_bad)
        key_ids = {bytes(r[1]) for r in rows}
        if len(key_ids) != 1:
            raise AttachmentDamaged(blob_id, -1)
        return indices, key_ids.pop()

    def _open_chunk(
        self, db: UnitOfWork, key: BlobKey, blob_id: str, index: int, final: bool, *, padded: bool
    ) -> bytes:
        sealed = (
            db.session.connection().exec_driver_sql(_SELECT, (blob_id, index)).scalar_one_or_none()
        )
        if sealed is None or len(sealed) < OVERHEAD:
            raise AttachmentDamaged(blob_id, index)
        if sealed[0] != ENVELOPE_VERSION:
            raise UnsupportedFormatVersion(sealed[0], "attachment")
        header = sealed[: 2 + KEY_ID_BYTES]
        if sealed[1] != ALG_AES256_GCM or header[2:] != key.key_id:
            raise AttachmentDamaged(blob_id, index)
        nonce = sealed[2 + KEY_ID_BYTES : HEADER_BYTES]
        ad = _chunk_ad(self.group_id, key, blob_id, index, final)
        try:
            plaintext = key.chunk_key.aead().decrypt(nonce, sealed[HEADER_BYTES:], header + ad)
        except InvalidTag as exc:
            raise AttachmentDamaged(blob_id, index) from exc
        if not final:
            if len(plaintext) != CHUNK_BYTES:
                raise AttachmentDamaged(blob_id, index)
            return plaintext
        if padded:
            return plaintext
        content = _unpad_final(plaintext)
        if content is None:
            raise AttachmentDamaged(blob_id, index)
        return content

    def read(
        self, db: UnitOfWork, keys: KeyRing, scope: ScopeKind | str, blob_id: str
    ) -> Iterator[bytes]:
        """The content of ``blob_id`` as verified plaintext chunks, in order.

        Each chunk is authenticated before it is yielded; the first one that fails
        raises ``AttachmentDamaged`` (naming the blob and the chunk). The final chunk
        is authenticated as final, so a cut-off blob fails too. The keyed id is checked
        over the whole content after the last chunk: a consumer that must not act on
        unverified content (a display, a saved copy) keeps what it got until the
        iterator ends without an error. Use it inside the unit of work that made it.
        """
        scope = blob_scope(scope)
        indices, key_id = self._indices_and_key(db, blob_id)
        key = BlobKey.from_scope_key(scope, keys.key(key_id))
        try:
            hasher = key.hasher()
            last = indices[-1]
            for index in indices:
                chunk = self._open_chunk(db, key, blob_id, index, index == last, padded=False)
                hasher.update(chunk)
                yield chunk
            if not hmac.compare_digest(hasher.hexdigest(), blob_id):
                raise AttachmentDamaged(blob_id, -1)
        finally:
            key.wipe()

    def verify(self, db: UnitOfWork, keys: KeyRing, scope: ScopeKind | str, blob_id: str) -> int:
        """Read the whole blob through its checks without keeping it; its size."""
        return sum(len(chunk) for chunk in self.read(db, keys, scope, blob_id))

    # ------------------------------------------------------------------ references
    def referenced(
        self, db: UnitOfWork, keys: KeyRing, *, include_deleted: bool = False
    ) -> dict[str, ScopeKind]:
        """Blob id → scope of every blob a record this person can open refers to
        (through a registered ``RecordType.blob_fields``), live records only unless
        ``include_deleted``. Records of a scope whose key is not held are skipped;
        damaged records are skipped (they are reported where they are listed)."""
        from safespace_desktop.storage.repositories import group_records

        found: dict[str, ScopeKind] = {}
        for record in RECORD_TYPES:
            if not record.blob_fields or record.scope not in _BLOB_SCOPES:
                continue
            if not self._holds(keys, record.scope):
                continue
            repo = group_records(record.table, self.group_id)  # type: ignore[arg-type]
            loaded, _damaged = repo.load_all(db, keys, include_deleted=include_deleted)
            for item in loaded:
                for name in record.blob_fields:
                    value = item.state.get(name)
                    if is_blob_id(value):
                        found[str(value)] = record.scope
        return found

    @staticmethod
    def _holds(keys: KeyRing, scope: ScopeKind) -> bool:
        try:
            scope_keys(keys, scope)
        except NotPermitted:
            return False
        return True

    def remove_unreferenced(self, db: UnitOfWork, keys: KeyRing) -> int:
        """Delete every stored blob no live record refers to; how many were removed.
        Needs the keys of both scopes (a facilitator), since a blob's references may
        be in either."""
        if not all(self._holds(keys, scope) for scope in _BLOB_SCOPES):
            raise NotPermitted()
        live = self.referenced(db, keys)
        orphans = self.stored_blob_ids(db) - set(live)
        for blob_id in orphans:
            self.delete(db, blob_id)
        return len(orphans)

    # ------------------------------------------------------------------ deleting
    def delete(self, db: UnitOfWork, blob_id: str) -> int:
        """Remove every chunk of ``blob_id`` (``secure_delete`` zeroes the cells)."""
        result = db.session.execute(delete(BlobChunk).where(BlobChunk.blob_id == blob_id))
        return int(getattr(result, "rowcount", 0) or 0)


def blob_record_types() -> list[tuple[str, ScopeKind, tuple[str, ...]]]:
    """(table name, scope, blob fields) of every registered record type that refers to
    blobs (``RecordType.blob_fields``)."""
    return [(r.name, r.scope, r.blob_fields) for r in RECORD_TYPES if r.blob_fields]
