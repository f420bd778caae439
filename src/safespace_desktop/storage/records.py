"""Sealing and opening synced records in the repository layer (DESIGN.md §3.2).

The associated data binds each payload to its table, the row's own record format
version, scope, row id, key id, revision, tombstone flag and every other plaintext
column of the row, so a ciphertext moved or relabelled anywhere fails to open with
``IntegrityError``.

Record formats (the plaintext ``format_version`` column, itself bound into the AD):

- **1**, written by the schema-1 code: ``table, 1, scope kind, scope id, id, key id,
  rev, deleted, extra columns``. That code bound the vault-wide schema version (then
  1) in the second place, so every row it wrote is exactly format 1.
- **2** (current): ``"safespace-record", table, 2, scope kind, …`` as above. The
  leading label keeps a record's AD apart from every other sealed blob's.

The vault-wide schema version is never bound: a schema upgrade changes tables and
plaintext columns without any key, and a row moves to the current format only when it
is next saved by someone who holds its key (a journal only by its owner).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from cryptography.exceptions import InvalidTag
from sqlalchemy import bindparam, delete, func, insert, select, update

from safespace_desktop.core.errors import IntegrityError, UnsupportedFormatVersion
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.keys import KEY_ID_BYTES, SecretKey
from safespace_desktop.crypto.seal import (
    ALG_AES256_GCM,
    ENVELOPE_VERSION,
    HEADER_BYTES,
    OVERHEAD,
    AdField,
    OpenFailed,
    Sealer,
    encode_ad,
    encode_ad_field,
    envelope_key_id,
    open_with_ad,
    seal,
    seal_with_ad,
    unpad,
)
from safespace_desktop.storage.registry import record_type
from safespace_desktop.storage.tables import SealedRecordMixin
from safespace_desktop.storage.tables_sync import SyncConflictFlag

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork

PAYLOAD_VERSION = 1
LEGACY_RECORD_FORMAT = 1
RECORD_FORMAT = 2
RECORD_AD_LABEL = "safespace-record"
_MIXIN_COLUMNS = {"id", "format_version", "key_id", "rev", "deleted", "payload_sealed"}


_BATCH = 500  # rows per fetch when scanning a whole table


class KeyLookup(Protocol):
    def key(self, key_id: bytes) -> SecretKey: ...


@dataclass(frozen=True)
class Scope:
    """Who a record belongs to: the group, the group's commons, or one journal slot."""

    kind: str
    scope_id: str

    @classmethod
    def group(cls, group_id: str) -> Scope:
        return cls("group", group_id)

    @classmethod
    def commons(cls, group_id: str) -> Scope:
        return cls("commons", group_id)

    @classmethod
    def journal(cls, slot_id: str) -> Scope:
        return cls("journal", slot_id)


@dataclass(frozen=True)
class LoadedRecord:
    id: str
    rev: int
    state: RecordState
    extra: dict[str, Any]


@dataclass(frozen=True)
class OpenedDocument:
    """A row opened by a bulk reader: its state as stored JSON (``{"cc", "f"}``),
    not yet turned into a ``RecordState`` (sync builds one only when it must)."""

    id: str
    rev: int
    state: dict[str, Any]
    extra: dict[str, Any]
    state_text: str | None = None
    """The state's JSON exactly as sealed, when the payload has the form this version
    writes (canonical JSON): export splices it into the bundle line as it is."""


class EncodedRow(NamedTuple):
    """One row for ``insert_encoded``: a record new to this vault whose state is
    already JSON text (``{"cc", "f"}``) and validated by the caller."""

    id: str
    state_text: str
    deleted: bool
    extra: tuple[Any, ...]
    """The values of ``SealedRecords.extra_names``, in that order."""
    conflicting: bool


_DOCUMENT_HEAD = '{"s":'
_DOCUMENT_TAIL = f',"v":{PAYLOAD_VERSION}}}'
_DECODER = json.JSONDecoder()
HEADER_KEY_END = 2 + KEY_ID_BYTES


def split_document(text: str) -> tuple[dict[str, Any], str] | None:
    """``(state, state text)`` of a payload in exactly the form ``store`` writes
    (``{"s":<state>,"v":1}``), parsed once; None for any other form."""
    if not (text.startswith(_DOCUMENT_HEAD) and text.endswith(_DOCUMENT_TAIL)):
        return None
    try:
        state, end = _DECODER.raw_decode(text, len(_DOCUMENT_HEAD))
    except ValueError:
        return None
    if end != len(text) - len(_DOCUMENT_TAIL) or type(state) is not dict:
        return None
    return state, text[len(_DOCUMENT_HEAD) : end]


class _KeyCache:
    """``KeyLookup`` that asks the key ring once per key id (bulk reads)."""

    def __init__(self, keys: KeyLookup) -> None:
        self._keys = keys
        self._known: dict[bytes, SecretKey] = {}

    def key(self, key_id: bytes) -> SecretKey:
        found = self._known.get(key_id)
        if found is None:
            found = self._known[key_id] = self._keys.key(key_id)
        return found


@dataclass(frozen=True)
class BulkWrite:
    """One row for ``store_many``: ``extra`` holds every plaintext column's value."""

    id: str
    state: dict[str, Any]
    rev: int
    deleted: bool
    extra: dict[str, Any]


BULK_IDS = 500
FINGERPRINT_BYTES = 16
"""Ids per ``IN (…)`` query (SQLite's default host-parameter limit is far above)."""
BULK_ROWS = 2_000
"""Rows sealed and written per statement: memory stays flat for a join kit."""


@dataclass(frozen=True)
class DamagedRecord:
    """A row that failed to open. It stays on disk byte-for-byte and is reported."""

    table: str
    id: str
    error: Exception


def _has_siblings(state: dict[str, Any]) -> bool:
    return any(len(v) > 1 for name, v in state["f"].items() if not name.startswith("_"))


def extra_columns(table: type[SealedRecordMixin]) -> list[str]:
    columns = table.__table__.columns  # type: ignore[attr-defined]
    return sorted(c.name for c in columns if c.name not in _MIXIN_COLUMNS)


# A local index that keeps copies of a table's opened values (issue 15: the roster's)
# is dropped in the same transaction as any write to that table, so no copy outlives a
# change ("forget me", a sync import, a restore); the next read writes it again.
COPIED_INTO = {"members": "roster_index"}


class SealedRecords:
    """Repository for one synced table under one scope."""

    def __init__(self, table: type[SealedRecordMixin], scope: Scope) -> None:
        self.table = table
        self.scope = scope
        self.name: str = table.__tablename__  # type: ignore[attr-defined]
        self.kind = record_type(self.name).kind
        self._extras = extra_columns(table)
        self._extra_ad = [(encode_ad_field(c), c) for c in self._extras]
        self._ad_prefixes: dict[int, bytes] = {}
        # Only records that can hold conflicts (not journals) keep inbox flags.
        self._flags_conflicts = scope.kind in ("group", "commons")
        self._copied_into = COPIED_INTO.get(self.name)

    def _ad(self, row: SealedRecordMixin) -> list[AdField]:
        """The associated data for ``row`` in the layout of the row's own format."""
        version = row.format_version
        common: list[AdField] = [
            self.scope.kind,
            self.scope.scope_id,
            row.id,
            row.key_id,
            row.rev,
            row.deleted,
        ]
        for column in self._extras:
            common += [column, getattr(row, column)]
        if version == RECORD_FORMAT:
            return [RECORD_AD_LABEL, self.name, version, *common]
        if version == LEGACY_RECORD_FORMAT:
            return [self.name, version, *common]
        raise UnsupportedFormatVersion(int(version), "record format")

    @property
    def extra_names(self) -> tuple[str, ...]:
        """The plaintext columns besides the sealed-record ones, in AD order."""
        return tuple(self._extras)

    def _ad_bytes(self, row: SealedRecordMixin) -> bytes:
        """``encode_ad(self._ad(row))``, with the part every row of this repository
        shares (label, table, format, scope) encoded once."""
        parts = [
            self._ad_prefix(row.format_version),
            encode_ad_field(row.id),
            encode_ad_field(row.key_id),
            encode_ad_field(row.rev),
            encode_ad_field(row.deleted),
        ]
        for name, column in self._extra_ad:
            parts.append(name)
            parts.append(encode_ad_field(getattr(row, column)))
        return b"".join(parts)

    def _ad_prefix(self, version: int) -> bytes:
        prefix = self._ad_prefixes.get(version)
        if prefix is None:
            scope = [self.scope.kind, self.scope.scope_id]
            if version == RECORD_FORMAT:
                prefix = encode_ad([RECORD_AD_LABEL, self.name, version, *scope])
            elif version == LEGACY_RECORD_FORMAT:
                prefix = encode_ad([self.name, version, *scope])
            else:
                raise UnsupportedFormatVersion(int(version), "record format")
            self._ad_prefixes[version] = prefix
        return prefix

    def open_row(self, keys: KeyLookup, row: SealedRecordMixin) -> LoadedRecord:
        document = self.open_document(keys, row)
        extra = {c: getattr(row, c) for c in self._extras}
        return LoadedRecord(row.id, row.rev, RecordState.from_json(document["s"]), extra)

    def open_document(self, keys: KeyLookup, row: SealedRecordMixin) -> dict[str, Any]:
        """Authenticate and decrypt one row's payload document (``{"v": …, "s": state}``).

        ``row`` may be an ORM object or any row with the same attribute names (for
        example a Core ``Row``), which bulk readers use to skip ORM overhead.
        """
        return self._read_document(row.id, self._open_payload(keys, row))

    def _read_document(self, row_id: str, plaintext: bytes) -> dict[str, Any]:
        """An authenticated payload read as its document, in a version this app reads."""
        try:
            document = json.loads(plaintext)
        except ValueError as exc:
            raise IntegrityError(self.name, row_id) from exc
        if not isinstance(document, dict):
            raise IntegrityError(self.name, row_id)
        if document.get("v") != PAYLOAD_VERSION:
            raise UnsupportedFormatVersion(int(document.get("v", -1)), "record payload")
        return document

    def _open_fast(self, keys: _KeyCache, row: SealedRecordMixin) -> bytes:
        """``_open_payload`` for a bulk read: the checks of ``open_with_ad`` on the
        envelope, inlined; anything unusual goes the general way (and its errors)."""
        blob = row.payload_sealed
        if (
            len(blob) >= OVERHEAD
            and blob[0] == ENVELOPE_VERSION
            and blob[1] == ALG_AES256_GCM
            and blob[2:HEADER_KEY_END] == row.key_id
        ):
            key = keys.key(row.key_id)
            try:
                padded = key.aead().decrypt(
                    blob[HEADER_KEY_END:HEADER_BYTES],
                    blob[HEADER_BYTES:],
                    blob[:HEADER_KEY_END] + self._ad_bytes(row),
                )
                return unpad(padded)
            except (InvalidTag, OpenFailed) as exc:
                raise IntegrityError(self.name, row.id) from exc
        return self._open_payload(keys, row)

    def _open_payload(self, keys: KeyLookup, row: SealedRecordMixin) -> bytes:
        """The authenticated plaintext of one row (IntegrityError if it fails)."""
        try:
            # A relabelled key_id column must read as tampering, not as "a key you do
            # not hold" (crypto.md claim 3), so compare it with the envelope first.
            if envelope_key_id(row.payload_sealed) != row.key_id:
                raise OpenFailed("the key_id column does not match the envelope")
        except OpenFailed as exc:
            raise IntegrityError(self.name, row.id) from exc
        key = keys.key(row.key_id)
        try:
            return open_with_ad(key, row.payload_sealed, self._ad_bytes(row))
        except OpenFailed as exc:
            raise IntegrityError(self.name, row.id) from exc

    def get(self, db: UnitOfWork, keys: KeyLookup, record_id: str) -> LoadedRecord | None:
        row = db.session.get(self.table, record_id)
        return None if row is None else self.open_row(keys, row)

    def stored_rev(self, db: UnitOfWork, record_id: str) -> int | None:
        """The row's revision as stored now (None if there is no such row), unopened."""
        row = db.session.get(self.table, record_id)
        return None if row is None else int(row.rev)

    def load_all(
        self, db: UnitOfWork, keys: KeyLookup, *, include_deleted: bool = False
    ) -> tuple[list[LoadedRecord], list[DamagedRecord]]:
        """Every readable row; damaged rows are reported, never dropped or rewritten.

        Tombstones are filtered only after they authenticate: the plaintext
        ``deleted`` flag alone must not be able to hide a row (crypto.md claim 3).
        """
        return self.open_rows(keys, self._rows(db), include_deleted=include_deleted)

    def open_rows(
        self, keys: KeyLookup, rows: Iterable[SealedRecordMixin], *, include_deleted: bool = False
    ) -> tuple[list[LoadedRecord], list[DamagedRecord]]:
        """Open ``rows`` of this table: (readable ones, damaged ones reported). Tombstones
        are left out only after they authenticate (crypto.md claim 3)."""
        loaded: list[LoadedRecord] = []
        damaged: list[DamagedRecord] = []
        for row in rows:
            try:
                record = self.open_row(keys, row)
            except (IntegrityError, UnsupportedFormatVersion) as exc:
                damaged.append(DamagedRecord(self.name, row.id, exc))
                continue
            if include_deleted or not record.state.deleted:
                loaded.append(record)
        return loaded, damaged

    def load_where(
        self,
        db: UnitOfWork,
        keys: KeyLookup,
        *,
        include_deleted: bool = False,
        **columns: Any,
    ) -> tuple[list[LoadedRecord], list[DamagedRecord]]:
        """Like ``load_all`` but only rows whose plaintext ``columns`` equal the given
        values (for example ``member_id=...``). Filtering on a plaintext column is safe:
        every such column is bound into the AD, so a relabelled row fails to open."""
        for name in columns:
            if name not in self._extras:
                raise ValueError(f"{self.name}.{name} is not a plaintext column")
        query = select(self.table)
        for name, value in columns.items():
            query = query.where(getattr(self.table, name) == value)
        return self.open_rows(keys, db.session.scalars(query), include_deleted=include_deleted)

    def _rows(self, db: UnitOfWork) -> Iterator[SealedRecordMixin]:
        yield from db.session.scalars(select(self.table))

    def rows(self, db: UnitOfWork) -> Iterator[SealedRecordMixin]:
        """The stored rows, unopened (for callers that cache by a row's fingerprint:
        ``key_id``, ``rev``, ``deleted``, ``payload_sealed``). Read in batches, so a
        scan of 50,000 rows never holds them all at once (issue 15)."""
        yield from db.session.scalars(select(self.table).execution_options(yield_per=_BATCH))

    def store(
        self,
        db: UnitOfWork,
        key: SecretKey,
        record_id: str,
        state: RecordState,
        rev: int,
        **extra: Any,
    ) -> None:
        """Seal ``state`` into the row ``record_id`` (insert or replace)."""
        row = db.session.get(self.table, record_id)
        if row is None:
            row = self.table(id=record_id)  # type: ignore[call-arg]
            db.session.add(row)
        row.format_version = RECORD_FORMAT
        row.key_id = key.key_id
        row.rev = rev
        row.deleted = state.deleted
        for column, value in extra.items():
            setattr(row, column, value)
        document = {"v": PAYLOAD_VERSION, "s": state.to_json()}
        plaintext = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        row.payload_sealed = seal(key, plaintext.encode("utf-8"), self._ad(row))
        db.session.flush()
        if self._flags_conflicts:
            conflicting = any(
                len(values) > 1 for name, values in state.fields.items() if not name.startswith("_")
            )
            self._flag(db, [record_id] if conflicting else [], [record_id])
        self._drop_copies(db)
        db.note(self.kind, record_id)

    # ------------------------------------------------------------------ bulk (sync, #12)
    def fingerprints(self, db: UnitOfWork) -> list[tuple[str, bytes]]:
        """Every row's id and the last 16 bytes of its sealed payload (the AES-GCM
        tag), read without a key or any decryption. Every write seals with a fresh
        random nonce, so these bytes change whenever the row is written; an
        incremental export uses them to skip rows it has already judged (issue 12)."""
        table = self.table.__table__  # type: ignore[attr-defined]
        tail = func.substr(table.c.payload_sealed, -FINGERPRINT_BYTES)
        query = select(table.c.id, tail).order_by(table.c.id)
        return [(row_id, bytes(print_)) for row_id, print_ in db.session.execute(query).all()]

    def open_documents(
        self, db: UnitOfWork, keys: KeyLookup, ids: Collection[str] | None = None
    ) -> Iterator[OpenedDocument | DamagedRecord]:
        """Open many rows with one query per ``BULK_IDS`` ids (every row, in id
        order, for None) through Core, without ORM objects. Each row is authenticated
        exactly as ``open_row`` does; a damaged row is yielded as ``DamagedRecord``."""
        table = self.table.__table__  # type: ignore[attr-defined]
        query = select(table).order_by(table.c.id)
        if ids is None:
            batches: Iterator[Any] = iter([db.session.execute(query)])
        else:
            wanted = sorted(ids)
            batches = (
                db.session.execute(query.where(table.c.id.in_(wanted[i : i + BULK_IDS])))
                for i in range(0, len(wanted), BULK_IDS)
            )
        cached = _KeyCache(keys)
        for result in batches:
            for row in result:
                text: str | None = None
                try:
                    plaintext = self._open_fast(cached, row)
                    split = split_document(plaintext.decode("utf-8"))
                    if split is not None:
                        state, text = split
                    else:  # not the form this version writes: the general reader
                        state = self.open_document(cached, row)["s"]
                    if not isinstance(state, dict):
                        raise IntegrityError(self.name, row.id)
                except (IntegrityError, UnsupportedFormatVersion, KeyError) as exc:
                    yield DamagedRecord(self.name, row.id, exc)
                    continue
                except UnicodeDecodeError as exc:
                    yield DamagedRecord(self.name, row.id, exc)
                    continue
                extra = {c: getattr(row, c) for c in self._extras} if self._extras else {}
                yield OpenedDocument(row.id, int(row.rev), state, extra, text)

    def store_many(
        self, db: UnitOfWork, key: SecretKey, writes: list[BulkWrite], existing: Collection[str]
    ) -> None:
        """Seal and write many records in the current transaction: one executemany
        for new rows and one for rows in ``existing``. Each row's associated data is
        exactly what ``store`` binds; the change notice names every id at once."""
        if not writes:
            return
        db.session.flush()  # pending ORM writes go first, in their order
        for start in range(0, len(writes), BULK_ROWS):
            self._store_slice(db, key, writes[start : start + BULK_ROWS], existing)
        self._drop_copies(db)
        db.note(self.kind, *(w.id for w in writes))

    def _store_slice(
        self, db: UnitOfWork, key: SecretKey, writes: list[BulkWrite], existing: Collection[str]
    ) -> None:
        table = self.table.__table__  # type: ignore[attr-defined]
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for write in writes:
            values: dict[str, Any] = {c: write.extra.get(c) for c in self._extras}
            values.update(
                id=write.id,
                format_version=RECORD_FORMAT,
                key_id=key.key_id,
                rev=write.rev,
                deleted=write.deleted,
            )
            document = {"v": PAYLOAD_VERSION, "s": write.state}
            plaintext = json.dumps(
                document, ensure_ascii=False, separators=(",", ":"), sort_keys=True
            )
            ad = self._ad_bytes(SimpleNamespace(**values))  # type: ignore[arg-type]
            values["payload_sealed"] = seal_with_ad(key, plaintext.encode("utf-8"), ad)
            (updates if write.id in existing else inserts).append(values)
        if inserts:
            db.session.execute(insert(table), inserts)
        if self._flags_conflicts:
            conflicting = [w.id for w in writes if _has_siblings(w.state)]
            self._flag(db, conflicting, [v["id"] for v in updates])
        if updates:
            # Bound names may not equal column names in an UPDATE's SET clause.
            renamed = [{f"b_{c}": v for c, v in values.items()} for values in updates]
            columns: dict[str, Any] = {c: bindparam(f"b_{c}") for c in updates[0] if c != "id"}
            statement = update(table).where(table.c.id == bindparam("b_id")).values(columns)
            db.session.connection().execute(statement, renamed)
            # ORM copies of these rows held by this session are now stale.
            changed = {w.id for w in writes}
            for instance in list(db.session.identity_map.values()):
                if isinstance(instance, self.table) and instance.id in changed:
                    db.session.expire(instance)

    def insert_encoded(self, db: UnitOfWork, key: SecretKey, rows: list[EncodedRow]) -> None:
        """Seal and insert records new to this vault (a join into an empty vault), one
        executemany for the slice. The state text goes into the payload as it is (the
        caller validated it), so nothing is parsed or re-encoded here; each row's
        associated data is exactly what ``store`` binds (revision 1)."""
        if not rows:
            return
        table = self.table.__table__  # type: ignore[attr-defined]
        names = ["id", "format_version", "key_id", "rev", "deleted", *self._extras]
        names.append("payload_sealed")
        statement = (
            f'INSERT INTO "{table.name}" ({", ".join(names)}) '  # noqa: S608 - names from our own schema
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        sealer = Sealer(key)
        prefix = self._ad_prefix(RECORD_FORMAT)
        key_and_rev = encode_ad_field(key.key_id) + encode_ad_field(1)
        flags = (encode_ad_field(False), encode_ad_field(True))
        extra_ad = self._extra_ad
        values = []
        for row in rows:
            ad = [prefix, encode_ad_field(row.id), key_and_rev, flags[row.deleted]]
            for (name, _column), value in zip(extra_ad, row.extra, strict=True):
                ad.append(name)
                ad.append(encode_ad_field(value))
            document = f"{_DOCUMENT_HEAD}{row.state_text}{_DOCUMENT_TAIL}".encode()
            sealed = sealer.seal(document, b"".join(ad))
            values.append((row.id, RECORD_FORMAT, key.key_id, 1, row.deleted, *row.extra, sealed))
        db.session.flush()  # pending ORM writes go first, in their order
        db.session.connection().exec_driver_sql(statement, values)
        if self._flags_conflicts:
            self._flag(db, [r.id for r in rows if r.conflicting], [])
        self._drop_copies(db)

    def _drop_copies(self, db: UnitOfWork) -> None:
        """Drop the local index that copies this table's values (``COPIED_INTO``)."""
        if self._copied_into is not None:
            db.session.connection().exec_driver_sql(f'DELETE FROM "{self._copied_into}"')  # noqa: S608 - our own table name

    def _flag(self, db: UnitOfWork, conflicting: list[str], cleared: list[str]) -> None:
        """Keep the conflicts inbox's flags: drop those of ``cleared`` (rows that may
        have had one), then flag ``conflicting``."""
        flags: Any = SyncConflictFlag.__table__
        if cleared:
            db.session.connection().execute(
                delete(flags).where(
                    flags.c.table_name == self.name, flags.c.record_id == bindparam("b_id")
                ),
                [{"b_id": i} for i in cleared],
            )
        if conflicting:
            db.session.connection().execute(
                insert(flags).prefix_with("OR IGNORE"),
                [{"table_name": self.name, "record_id": i} for i in conflicting],
            )

    def remove(self, db: UnitOfWork, record_id: str) -> bool:
        """Delete the row outright (with ``secure_delete`` its cells are zeroed). Only for
        records that never travel (drafts): synced records are deleted by tombstone."""
        result = db.session.execute(delete(self.table).where(self.table.id == record_id))
        db.session.flush()
        removed = bool(getattr(result, "rowcount", 0))
        if removed:
            self._drop_copies(db)
            db.note(self.kind, record_id)
        return removed
