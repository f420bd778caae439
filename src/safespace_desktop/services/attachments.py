"""Attachments: files kept inside the vault with a resource (issue 11).

A PDF, an image (PNG, JPEG, GIF, WebP) or a plain-text file, up to 25 MB, attached
to an owner record (a resource) in one of two scopes: ``MEMBERS`` (commons key: every
member and facilitator may open it) or ``FACILITATORS`` (group key). The kind of file
is told from its first bytes, never from its name alone.

The bytes go into the vault in sealed chunks (``storage/blobs.py``), content-addressed
by a keyed hash, so the same file attached twice in one scope is stored once. Adding
reads the file twice, a piece at a time: once to check it and compute its keyed id
(outside any transaction), once to seal it (inside one). It is never held in memory
whole. Images and text are shown inside the app from memory; any attachment can be
saved as a readable copy (after the UI's warning) to a place the person chooses,
written under a temporary name in that folder, flushed to disk, checked and only
then renamed. There is never a plaintext temporary file anywhere else, and nothing
is ever opened "with" another program.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from safespace_desktop.core.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENT_MB,
    MAX_SHOWN_TEXT_BYTES,
    MAX_SHOWN_TEXT_MB,
    MEGABYTE,
    AttachmentDamaged,
    MediaType,
    TextSniffer,
    clean_file_name,
    detect_media_type,
)
from safespace_desktop.core.errors import NotFound, NotPermitted, ValidationError
from safespace_desktop.core.roster import today_from
from safespace_desktop.core.sync.record import DELETED_FIELD, RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.blobs import (
    CHUNK_BYTES,
    BlobIdMismatch,
    BlobKey,
    current_blob_key,
)
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import LoadedRecord, SealedRecords
from safespace_desktop.storage.registry import ScopeKind
from safespace_desktop.storage.unit_of_work import UnitOfWork

Progress = Callable[[int, int], None]
"""``progress(done, total)`` in bytes; it may raise to cancel (nothing is then kept)."""

OWNER_ID_MAX = 64
_PRIVATE_FILE_MODE = 0o600


class AttachmentScope(StrEnum):
    """Who may open an attachment: everyone in the group, or facilitators only."""

    MEMBERS = "commons"
    FACILITATORS = "group"

    @property
    def scope_kind(self) -> ScopeKind:
        return ScopeKind(self.value)


@dataclass(frozen=True)
class Attachment:
    """One attachment as people see it. ``stored`` is False when the record arrived by
    sync without its content (bundles leave attachments out of routine syncs)."""

    id: str
    owner_id: str
    scope: AttachmentScope
    file_name: str
    media_type: MediaType
    size: int
    blob_id: str
    added_on: date | None
    stored: bool = True
    rev: int = 0

    @property
    def shown_in_app(self) -> bool:
        return self.media_type.shown_in_app


@dataclass(frozen=True)
class ShownAttachment:
    """An image's bytes or a text file's text, in memory only, for the viewer."""

    attachment: Attachment
    data: bytearray
    text: str | None = None


@dataclass(frozen=True)
class _Survey:
    size: int
    media_type: MediaType
    blob_id: str


def _quiet(_done: int, _total: int) -> None:
    return None


def _changed_or_unreadable(exc: OSError) -> ValidationError:
    if isinstance(exc, FileNotFoundError):
        return ValidationError("file", "attachment_missing")
    return ValidationError("file", "attachment_unreadable")


def _too_large(size: int) -> ValidationError:
    size_mb = max(MAX_ATTACHMENT_MB + 1, -(-size // MEGABYTE))
    return ValidationError("file", "attachment_too_large", limit=MAX_ATTACHMENT_MB, size=size_mb)


def _read_pieces(path: Path, on_piece: Callable[[int], None]) -> Iterator[bytes]:
    """The file's bytes, ``CHUNK_BYTES`` at a time; refuses to read past the limit."""
    size = 0
    with path.open("rb") as handle:
        while piece := handle.read(CHUNK_BYTES):
            size += len(piece)
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_large(size)
            on_piece(size)
            yield piece


def _save_error(exc: OSError) -> ValidationError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ValidationError("target", "copy_disk_full")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return ValidationError("target", "copy_not_writable")
    return ValidationError("target", "copy_failed")


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; its rename is durable enough
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _to_attachment(record: LoadedRecord, scope: AttachmentScope, stored: bool) -> Attachment:
    state = record.state
    try:
        media_type = MediaType(str(state.get("media_type")))
    except ValueError:
        media_type = MediaType.PDF  # an unknown kind is only ever saved as a copy
    added = state.get("added_on")
    try:
        added_on = date.fromisoformat(added) if isinstance(added, str) else None
    except ValueError:
        added_on = None
    size = state.get("size")
    return Attachment(
        id=record.id,
        owner_id=str(state.get("owner_id") or ""),
        scope=scope,
        file_name=str(state.get("file_name") or ""),
        media_type=media_type,
        size=size if isinstance(size, int) else 0,
        blob_id=str(state.get("blob_id") or ""),
        added_on=added_on,
        stored=stored,
        rev=record.rev,
    )


class AttachmentsService:
    """Add, list, show, save a copy of and remove attachments of one vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ helpers
    def _require_scope(self, scope: AttachmentScope, *, editing: bool) -> None:
        principal = self._vault.principal
        if principal is None:
            self._vault.require_facilitator()  # raises VaultLocked
        if (editing or scope is AttachmentScope.FACILITATORS) and not (
            principal is not None and principal.is_facilitator
        ):
            raise NotPermitted()

    @staticmethod
    def _repo(db: UnitOfWork, scope: AttachmentScope) -> SealedRecords:
        if scope is AttachmentScope.MEMBERS:
            return db.group.attachments_commons
        return db.group.attachments_group

    @staticmethod
    def _scope_key(keyring: KeyRing, scope: AttachmentScope) -> SecretKey:
        return keyring.commons_key if scope is AttachmentScope.MEMBERS else keyring.group_key

    def _record(
        self, db: UnitOfWork, keyring: KeyRing, scope: AttachmentScope, item: str
    ) -> LoadedRecord:
        record = self._repo(db, scope).get(db, keyring, item)
        if record is None or record.state.deleted:
            raise NotFound("attachment_gone")
        return record

    def _blob_key(self, scope: AttachmentScope) -> BlobKey:
        with self._vault.transaction() as (_db, keyring, _principal):
            return current_blob_key(keyring, scope.scope_kind)

    # ------------------------------------------------------------------ adding
    def _survey(self, path: Path, key: BlobKey, progress: Progress) -> _Survey:
        """First read: size, kind and keyed id, outside any transaction."""
        try:
            status = path.stat()
            if not stat.S_ISREG(status.st_mode):
                raise ValidationError("file", "attachment_unreadable")
            declared = status.st_size
        except OSError as exc:
            raise _changed_or_unreadable(exc) from exc
        if declared > MAX_ATTACHMENT_BYTES:
            raise _too_large(declared)
        total = max(declared, 1) * 2
        hasher = key.hasher()
        sniffer = TextSniffer()
        head = b""
        size = 0
        try:
            for piece in _read_pieces(path, lambda done: progress(done, total)):
                if not head:
                    head = piece[:16]
                hasher.update(piece)
                sniffer.feed(piece)
                size += len(piece)
        except OSError as exc:
            raise _changed_or_unreadable(exc) from exc
        if size == 0:
            raise ValidationError("file", "attachment_empty")
        media_type = detect_media_type(head, sniffer.finish())
        if media_type is None:
            raise ValidationError("file", "attachment_type_not_allowed")
        return _Survey(size, media_type, hasher.hexdigest())

    def add(
        self,
        owner_id: str,
        scope: AttachmentScope,
        path: Path,
        progress: Progress = _quiet,
        *,
        file_name: str | None = None,
    ) -> Attachment:
        """Attach the file at ``path`` to ``owner_id``. ``progress(done, total)`` is
        called as it is read (twice over: checking, then sealing) and may raise to
        cancel; nothing is then kept. Refuses files over 25 MB, empty files and kinds
        other than PDF, PNG, JPEG, GIF, WebP and plain text."""
        self._require_scope(scope, editing=True)
        owner = str(owner_id).strip()
        if not owner or len(owner) > OWNER_ID_MAX:
            raise ValidationError("owner_id", "required")
        path = Path(path)
        name = clean_file_name(file_name if file_name is not None else path.name)
        key = self._blob_key(scope)
        try:
            survey = self._survey(path, key, progress)
            total = survey.size * 2
            attachment_id = str(uuid.uuid4())
            with self._vault.transaction() as (db, keyring, _principal):
                blobs = db.group.blobs
                if not blobs.has(db, survey.blob_id):
                    pieces = _read_pieces(path, lambda done: progress(survey.size + done, total))
                    try:
                        written = blobs.write(db, key, survey.blob_id, pieces)
                    except BlobIdMismatch as exc:
                        raise ValidationError("file", "attachment_changed") from exc
                    except OSError as exc:
                        raise _changed_or_unreadable(exc) from exc
                    if written != survey.size:
                        raise ValidationError("file", "attachment_changed")
                state = RecordState()
                replica, counter, hlc = self._vault.next_write(db)
                state.write(
                    {
                        "owner_id": owner,
                        "file_name": name,
                        "media_type": survey.media_type.value,
                        "size": survey.size,
                        "blob_id": survey.blob_id,
                        "added_on": today_from(self._vault.clock.now()).isoformat(),
                    },
                    replica,
                    counter,
                    hlc,
                )
                self._repo(db, scope).store(
                    db, self._scope_key(keyring, scope), attachment_id, state, counter
                )
                record = self._record(db, keyring, scope, attachment_id)
            progress(total, total)
            return _to_attachment(record, scope, stored=True)
        finally:
            key.wipe()

    # ------------------------------------------------------------------ reading
    def list_for(self, owner_id: str, scope: AttachmentScope) -> list[Attachment]:
        """The live attachments of ``owner_id`` in ``scope``, by file name."""
        self._require_scope(scope, editing=False)
        with self._vault.transaction() as (db, keyring, _principal):
            loaded, _damaged = self._repo(db, scope).load_all(db, keyring)
            mine = [r for r in loaded if r.state.get("owner_id") == owner_id]
            stored = db.group.blobs.stored_blob_ids(db) if mine else set()
            found = [_to_attachment(r, scope, str(r.state.get("blob_id")) in stored) for r in mine]
        return sorted(found, key=lambda a: (a.file_name.casefold(), a.id))

    def get(self, attachment_id: str, scope: AttachmentScope) -> Attachment:
        self._require_scope(scope, editing=False)
        with self._vault.transaction() as (db, keyring, _principal):
            record = self._record(db, keyring, scope, attachment_id)
            stored = db.group.blobs.has(db, str(record.state.get("blob_id")))
            return _to_attachment(record, scope, stored)

    def _content(self, db: UnitOfWork, keyring: KeyRing, attachment: Attachment) -> Iterator[bytes]:
        """Verified chunks of ``attachment``; a failure names the attachment."""
        if not attachment.stored:
            raise NotFound("attachment_not_here")
        try:
            yield from db.group.blobs.read(
                db, keyring, attachment.scope.scope_kind, attachment.blob_id
            )
        except AttachmentDamaged as exc:
            raise exc.naming(attachment.id, attachment.file_name) from exc

    def read_for_display(self, attachment_id: str, scope: AttachmentScope) -> ShownAttachment:
        """An image's bytes or a text file's text, held in memory only (never a file).

        Only images and text are shown; text over 2 MB is better saved as a copy. The
        whole content is checked before anything is returned."""
        self._require_scope(scope, editing=False)
        with self._vault.transaction() as (db, keyring, _principal):
            record = self._record(db, keyring, scope, attachment_id)
            stored = db.group.blobs.has(db, str(record.state.get("blob_id")))
            attachment = _to_attachment(record, scope, stored)
            if not attachment.shown_in_app:
                raise ValidationError("file", "attachment_not_shown")
            if attachment.media_type is MediaType.TEXT and attachment.size > MAX_SHOWN_TEXT_BYTES:
                raise ValidationError(
                    "file", "attachment_too_long_to_show", limit=MAX_SHOWN_TEXT_MB
                )
            # One buffer of the recorded size, filled in place: the content is in
            # memory once, not once per chunk plus once joined.
            data = bytearray(attachment.size)
            view = memoryview(data)
            filled = 0
            for chunk in self._content(db, keyring, attachment):
                end = filled + len(chunk)
                if end > attachment.size:
                    raise AttachmentDamaged(
                        attachment.blob_id,
                        attachment_id=attachment.id,
                        file_name=attachment.file_name,
                    )
                view[filled:end] = chunk
                filled = end
            view.release()
        if filled != attachment.size:
            raise AttachmentDamaged(
                attachment.blob_id, attachment_id=attachment.id, file_name=attachment.file_name
            )
        if attachment.media_type is MediaType.TEXT:
            return ShownAttachment(attachment, data, data.decode("utf-8", errors="replace"))
        return ShownAttachment(attachment, data)

    # ------------------------------------------------------------------ saving a copy
    def save_copy(
        self,
        attachment_id: str,
        scope: AttachmentScope,
        target: Path,
        progress: Progress = _quiet,
    ) -> Path:
        """Write a readable copy of the attachment to ``target`` (the UI warns first).

        Written under a temporary name in the target folder, flushed to disk, read
        back and compared, then renamed: a full disk, a read-only folder, a damaged
        attachment or a cancel leaves nothing under ``target``."""
        self._require_scope(scope, editing=False)
        target = Path(target)
        temporary = target.parent / f".{target.name}.{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        renamed = False
        try:
            fd = os.open(
                temporary,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                _PRIVATE_FILE_MODE,
            )
            with os.fdopen(fd, "wb") as handle:
                with self._vault.transaction() as (db, keyring, _principal):
                    record = self._record(db, keyring, scope, attachment_id)
                    stored = db.group.blobs.has(db, str(record.state.get("blob_id")))
                    attachment = _to_attachment(record, scope, stored)
                    done = 0
                    for chunk in self._content(db, keyring, attachment):
                        handle.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        progress(done, attachment.size)
                handle.flush()
                os.fsync(handle.fileno())
            if self._file_digest(temporary) != digest.digest():
                raise ValidationError("target", "copy_failed")
            os.replace(temporary, target)
            renamed = True
            _fsync_directory(target.parent)
        except OSError as exc:
            if renamed:
                with contextlib.suppress(OSError):
                    target.unlink()
            raise _save_error(exc) from exc
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
        return target

    @staticmethod
    def _file_digest(path: Path) -> bytes:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while piece := handle.read(CHUNK_BYTES):
                digest.update(piece)
        return digest.digest()

    # ------------------------------------------------------------------ changing scope
    def move(
        self, attachment_id: str, from_scope: AttachmentScope, to_scope: AttachmentScope
    ) -> Attachment:
        """Move an attachment to the other audience (its resource became members' or
        facilitators-only): its content is re-sealed under the other scope's key (a new
        keyed id), a new record is made there, and the old one is removed."""
        self._require_scope(from_scope, editing=True)
        if from_scope is to_scope:
            return self.get(attachment_id, from_scope)
        key = self._blob_key(to_scope)
        try:
            with self._vault.transaction() as (db, keyring, _principal):
                record = self._record(db, keyring, from_scope, attachment_id)
                blobs = db.group.blobs
                old = _to_attachment(
                    record, from_scope, blobs.has(db, str(record.state.get("blob_id")))
                )
                hasher = key.hasher()
                for chunk in self._content(db, keyring, old):
                    hasher.update(chunk)
                blob_id = hasher.hexdigest()
                if not blobs.has(db, blob_id):
                    blobs.write(db, key, blob_id, self._content(db, keyring, old))
                state = RecordState()
                replica, counter, hlc = self._vault.next_write(db)
                values = record.state.values()
                state.write({**values, "blob_id": blob_id}, replica, counter, hlc)
                new_id = str(uuid.uuid4())
                self._repo(db, to_scope).store(
                    db, self._scope_key(keyring, to_scope), new_id, state, counter
                )
                self._tombstone(db, keyring, from_scope, record)
                self._drop_unreferenced(db, keyring, old.blob_id)
                moved = self._record(db, keyring, to_scope, new_id)
            return _to_attachment(moved, to_scope, stored=True)
        finally:
            key.wipe()

    # ------------------------------------------------------------------ removing
    def remove(self, attachment_id: str, scope: AttachmentScope) -> None:
        """Remove the attachment; its content goes too once nothing else refers to it
        (``secure_delete`` zeroes the freed cells)."""
        self._require_scope(scope, editing=True)
        with self._vault.transaction() as (db, keyring, _principal):
            record = self._record(db, keyring, scope, attachment_id)
            self._tombstone(db, keyring, scope, record)
            self._drop_unreferenced(db, keyring, str(record.state.get("blob_id")))

    def remove_all_for(self, owner_id: str, scope: AttachmentScope) -> int:
        """Remove every attachment of ``owner_id`` (its resource is being deleted)."""
        self._require_scope(scope, editing=True)
        with self._vault.transaction() as (db, keyring, _principal):
            loaded, _damaged = self._repo(db, scope).load_all(db, keyring)
            mine = [r for r in loaded if r.state.get("owner_id") == owner_id]
            for record in mine:
                self._tombstone(db, keyring, scope, record)
            for blob_id in {str(r.state.get("blob_id")) for r in mine}:
                self._drop_unreferenced(db, keyring, blob_id)
        return len(mine)

    def _tombstone(
        self, db: UnitOfWork, keyring: KeyRing, scope: AttachmentScope, record: LoadedRecord
    ) -> None:
        state = RecordState.from_json(record.state.to_json())
        replica, counter, hlc = self._vault.next_write(db)
        state.write({DELETED_FIELD: True}, replica, counter, hlc)
        self._repo(db, scope).store(db, self._scope_key(keyring, scope), record.id, state, counter)

    @staticmethod
    def _drop_unreferenced(db: UnitOfWork, keyring: KeyRing, blob_id: str) -> None:
        blobs = db.group.blobs
        if blob_id not in blobs.referenced(db, keyring):
            blobs.delete(db, blob_id)
