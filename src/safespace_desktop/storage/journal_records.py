"""Repositories for one person's private rows (journal entries, drafts, safety plan).

Every row carries a plaintext ``slot_id`` (bound into the AD) and is sealed under
that person's journal key with ``Scope.journal(slot_id)``. Queries always filter on
the slot, so one person's session never even fetches another person's rows.
"""

from __future__ import annotations

import json
import time
from collections import namedtuple
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from json.scanner import make_scanner
from typing import TYPE_CHECKING, Any, cast

from cryptography.exceptions import InvalidTag
from sqlalchemy import delete, select

from safespace_desktop.core.errors import IntegrityError, NotPermitted, UnsupportedFormatVersion
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.crypto.seal import (
    ALG_AES256_GCM,
    ENVELOPE_VERSION,
    HEADER_BYTES,
    OVERHEAD,
    OpenFailed,
    encode_ad_field,
    unpad,
)
from safespace_desktop.storage.records import (
    _DOCUMENT_HEAD,
    _DOCUMENT_TAIL,
    HEADER_KEY_END,
    DamagedRecord,
    KeyLookup,
    LoadedRecord,
    Scope,
    SealedRecords,
    _KeyCache,
)
from safespace_desktop.storage.tables import SealedRecordMixin

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork


HAND_OVER_AFTER = 0.002  # seconds of bulk reading between two hand-overs of the
# interpreter lock (well under the 5 ms switch interval a waiting thread sits out)
CLOCK_EVERY = 8  # rows between two looks at the clock
IDS_PER_QUERY = 500  # ids in one "IN (...)" (SQLite caps bound parameters)


@dataclass(slots=True)
class OpenedValues:
    """The displayed field values of one row, without per-field sync metadata.

    A fast read for large lists: it skips building a ``RecordState``. The values are
    exactly what ``RecordState.get`` shows (the sibling with the greatest
    (hlc, replica)); lists stay lists.
    """

    id: str
    values: dict[str, Any]
    last_hlc: int
    deleted: bool


def displayed_values(state_json: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """Displayed values and the last edit time of a ``RecordState.to_json()`` document."""
    values: dict[str, Any] = {}
    last = 0
    for name, siblings in state_json["f"].items():
        # each sibling is [value, replica, counter, hlc]
        if len(siblings) == 1:  # the usual case: no concurrent values to choose from
            only = siblings[0]
            values[name] = only[0]
            last = max(last, only[3])
            continue
        best = max(siblings, key=lambda v: (v[3], v[1]))
        values[name] = best[0]
        last = max(last, max(v[3] for v in siblings))
    return values, int(last)


_ROW_TYPES: dict[str, Any] = {}


def _row_type(table: type[SealedRecordMixin]) -> Any:
    """A plain tuple type with the table's column names, ``deleted`` last (made once
    per table)."""
    name = str(table.__tablename__)  # type: ignore[attr-defined]
    found = _ROW_TYPES.get(name)
    if found is None:
        columns = [c.name for c in table.__table__.columns]  # type: ignore[attr-defined]
        columns = [c for c in columns if c != "deleted"] + ["deleted"]
        found = _ROW_TYPES[name] = namedtuple(f"{name}_row", columns)  # noqa: PYI024
    return found


_SCAN: Callable[[str, int], tuple[Any, int]] = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
"""The scanner ``json.loads`` itself ends in (C), without its per-call set-up."""
_STATE_STARTS = len(_DOCUMENT_HEAD)
_TAIL_CHARS = len(_DOCUMENT_TAIL)

RawRow = tuple[Any, ...]
"""A row as the driver returns it, in the order of ``_row_type`` (``deleted`` last, 0/1)."""
UsualOpener = Callable[[RawRow], "dict[str, Any] | None"]


def _as_live(row: Any) -> SealedRecordMixin:
    """The same row with its ``deleted`` column read as False (nothing is written)."""
    return cast(SealedRecordMixin, row._replace(deleted=False))


class SlotRecords(SealedRecords):
    """Sealed rows of one table that belong to one slot."""

    def __init__(self, table: type[SealedRecordMixin], slot_id: str) -> None:
        super().__init__(table, Scope.journal(slot_id))
        self.slot_id = slot_id
        self._slot_column = table.__table__.c.slot_id  # type: ignore[attr-defined]
        self._row_type = _row_type(table)

    def _rows(self, db: UnitOfWork) -> Iterator[SealedRecordMixin]:
        yield from db.session.scalars(select(self.table).where(self._slot_column == self.slot_id))

    def open_document(self, keys: KeyLookup, row: SealedRecordMixin) -> dict[str, Any]:
        """As in ``SealedRecords``, but a row in this slot that names a key the person
        does not hold (for example one moved here from another slot with raw SQL) is
        reported as damaged rather than stopping the whole list."""
        try:
            return super().open_document(keys, row)
        except NotPermitted as exc:
            raise IntegrityError(self.name, row.id) from exc

    def _selected_rows(self, db: UnitOfWork, only: Collection[str] | None) -> Iterator[RawRow]:
        # Through the driver's own cursor, in this session's transaction: SQLAlchemy's
        # row processing cost more than SQLite itself here (issue 15, the journal index).
        names = self._row_type._fields
        select_all = f"SELECT {', '.join(names)} FROM {self.name} WHERE"  # noqa: S608
        # The whole slot in the table's own order: the slot index lists the rows by id,
        # which would visit the table's pages at random, one seek per row.
        slot_rows = f"SELECT rowid FROM {self.name} WHERE slot_id = ?1"  # noqa: S608
        query = f"{select_all} rowid IN ({slot_rows}) AND +slot_id = ?1"
        by_id = f"{select_all} +slot_id = ?"
        cursor = db.session.connection().connection.cursor()
        try:
            if only is None:
                cursor.execute(query, (self.slot_id,))
                yield from cursor.fetchall()
                return
            wanted = sorted(only)
            for start in range(0, len(wanted), IDS_PER_QUERY):
                chunk = wanted[start : start + IDS_PER_QUERY]
                marks = ", ".join("?" * len(chunk))
                # "+slot_id": look the ids up by the primary key, not by scanning
                # every row of the slot through the slot index (SQLite's own choice).
                cursor.execute(f"{by_id} AND id IN ({marks})", (self.slot_id, *chunk))
                yield from cursor.fetchall()
        finally:
            cursor.close()

    def _row(self, raw: RawRow) -> SealedRecordMixin:
        """A raw row as a named row (SQLite hands the Boolean column back as 0/1; the
        AD binds a bool)."""
        return cast(SealedRecordMixin, self._row_type(*raw[:-1], bool(raw[-1])))

    def _usual_opener(self, keys: _KeyCache) -> UsualOpener:
        """For a bulk read: a function that opens a raw row in the usual form — this
        envelope version and algorithm, its key id matching the column, a payload
        exactly as ``store`` writes it (``{"s":<state>,"v":1}``) — and returns its
        state, or None for anything else, which then goes the general way and gets its
        errors there. Authentication is the same AES-GCM open with the same associated
        data as ``_ad_bytes`` (built here from pieces encoded once per load: the prefix
        and header per format and key id, the slot column per value); a row that does
        not authenticate is never returned."""
        fields = self._row_type._fields
        at_id, at_format = fields.index("id"), fields.index("format_version")
        at_key, at_rev = fields.index("key_id"), fields.index("rev")
        at_blob, at_deleted = fields.index("payload_sealed"), fields.index("deleted")
        extras: list[tuple[bytes, int, dict[str, bytes]]] = [
            (name, fields.index(column), {}) for name, column in self._extra_ad
        ]
        flags = (encode_ad_field(False), encode_ad_field(True))
        # (format, key id) → (envelope header, header + AD prefix, encoded key id, key)
        heads: dict[tuple[Any, Any], tuple[bytes, bytes, bytes, SecretKey]] = {}

        def head_for(version: Any, key_id: Any) -> tuple[bytes, bytes, bytes, SecretKey] | None:
            if type(key_id) is not bytes or type(version) is not int:
                return None
            try:
                prefix = self._ad_prefix(version)
                key = keys.key(key_id)
            except (UnsupportedFormatVersion, NotPermitted):
                return None
            header = bytes((ENVELOPE_VERSION, ALG_AES256_GCM)) + key_id
            found = heads[version, key_id] = (header, header + prefix, encode_ad_field(key_id), key)
            return found

        def open_usual(raw: RawRow) -> dict[str, Any] | None:
            blob = raw[at_blob]
            head = heads.get((raw[at_format], raw[at_key])) or head_for(raw[at_format], raw[at_key])
            if head is None or type(blob) is not bytes or len(blob) < OVERHEAD:
                return None
            header, ad_start, key_id_field, key = head
            if blob[:HEADER_KEY_END] != header:
                return None
            ad = [
                ad_start,
                encode_ad_field(raw[at_id]),
                key_id_field,
                encode_ad_field(raw[at_rev]),
                flags[bool(raw[at_deleted])],
            ]
            for name, at, known in extras:
                value = raw[at]
                encoded = known.get(value) if type(value) is str else None
                if encoded is None:
                    encoded = encode_ad_field(value)
                    if type(value) is str:
                        known[value] = encoded
                ad.append(name)
                ad.append(encoded)
            try:
                padded = key.aead().decrypt(
                    blob[HEADER_KEY_END:HEADER_BYTES], blob[HEADER_BYTES:], b"".join(ad)
                )
                text = unpad(padded).decode("utf-8")
            except (InvalidTag, OpenFailed, UnicodeDecodeError):
                return None
            if not (text.startswith(_DOCUMENT_HEAD) and text.endswith(_DOCUMENT_TAIL)):
                return None
            try:
                state, end = _SCAN(text, _STATE_STARTS)
            except (ValueError, StopIteration):
                return None
            if end != len(text) - _TAIL_CHARS or type(state) is not dict:
                return None
            return cast(dict[str, Any], state)

        return open_usual

    def _open_quickly(self, keys: _KeyCache, row: SealedRecordMixin) -> dict[str, Any]:
        """``open_document`` for a bulk read: the envelope checks inlined
        (``_open_fast``), the same errors."""
        try:
            plaintext = self._open_fast(keys, row)
        except NotPermitted as exc:
            raise IntegrityError(self.name, row.id) from exc
        return self._read_document(row.id, plaintext)

    def load_documents(
        self,
        db: UnitOfWork,
        keys: KeyLookup,
        only: Collection[str] | None = None,
        *,
        flag_proof: bool = False,
    ) -> tuple[list[tuple[str, dict[str, Any]]], list[DamagedRecord]]:
        """Every row's opened state document (``RecordState.to_json()`` form), tombstones
        included, read through Core without building ORM objects or ``RecordState``s.
        ``only`` limits the read to these ids. Damaged rows are reported, never dropped
        or rewritten.

        With ``flag_proof``, a row whose plaintext ``deleted`` flag says "deleted" but
        fails to open is tried once more as sealed live: if that authenticates, the
        entry was sealed live and only the flag was flipped, so the entry is read
        rather than hidden (a real tombstone opens with its own flag; crypto.md
        claim 3). The row itself is left as it is."""
        opened: list[tuple[str, dict[str, Any]]] = []
        damaged: list[DamagedRecord] = []
        keys = _KeyCache(keys)  # the key ring asked once per key id, not once per row
        open_usual = self._usual_opener(keys)
        at_id = self._row_type._fields.index("id")
        handed_over = time.perf_counter()
        for count, raw in enumerate(self._selected_rows(db, only), start=1):
            if count % CLOCK_EVERY == 0 and time.perf_counter() - handed_over > HAND_OVER_AFTER:
                # A bulk read runs on the worker while the window may be painting: hand
                # the interpreter lock over every couple of milliseconds, so a Qt → Python
                # callback on the GUI thread does not wait out a whole switch interval.
                # By time, not rows: a short read (a page, a small journal) never pays
                # for the sleep (about 70 µs of wall time each), a long one often enough.
                time.sleep(0)
                handed_over = time.perf_counter()
            usual = open_usual(raw)
            if usual is not None:
                opened.append((raw[at_id], usual))
                continue
            # Anything else (an older form, a damaged row…) the general way, which
            # reports it exactly as before.
            row = self._row(raw)
            try:
                document = self._open_quickly(keys, row)
            except (IntegrityError, UnsupportedFormatVersion) as exc:
                as_live = _as_live(row) if flag_proof and row.deleted else None
                try:
                    if as_live is None:
                        raise exc
                    document = self.open_document(keys, as_live)
                except (IntegrityError, UnsupportedFormatVersion):
                    damaged.append(DamagedRecord(self.name, row.id, exc))
                    continue
            state = document.get("s")
            if not isinstance(state, dict):
                damaged.append(DamagedRecord(self.name, row.id, IntegrityError(self.name, row.id)))
                continue
            opened.append((row.id, state))
        return opened, damaged

    def load_values(
        self,
        db: UnitOfWork,
        keys: KeyLookup,
        *,
        include_deleted: bool = False,
        only: Collection[str] | None = None,
        flag_proof: bool = False,
    ) -> tuple[list[OpenedValues], list[DamagedRecord]]:
        """Like ``load_all`` but returns displayed values only (the fast path for lists)."""
        documents, damaged = self.load_documents(db, keys, only, flag_proof=flag_proof)
        opened: list[OpenedValues] = []
        for record_id, state in documents:
            try:
                values, last = displayed_values(state)
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                error = IntegrityError(self.name, record_id)
                damaged.append(DamagedRecord(self.name, record_id, error))
                continue
            deleted = bool(values.pop("_deleted", False))
            if include_deleted or not deleted:
                opened.append(OpenedValues(record_id, values, last, deleted))
        return opened, damaged

    def _own_row(self, db: UnitOfWork, record_id: str) -> SealedRecordMixin | None:
        row = db.session.get(self.table, record_id)
        if row is None or getattr(row, "slot_id", None) != self.slot_id:
            return None
        return row

    def get(self, db: UnitOfWork, keys: KeyLookup, record_id: str) -> LoadedRecord | None:
        """The row ``record_id`` if it exists *and belongs to this slot*."""
        row = self._own_row(db, record_id)
        return None if row is None else self.open_row(keys, row)

    def store(
        self,
        db: UnitOfWork,
        key: SecretKey,
        record_id: str,
        state: RecordState,
        rev: int,
        **extra: Any,
    ) -> None:
        existing = db.session.get(self.table, record_id)
        if existing is not None and getattr(existing, "slot_id", None) != self.slot_id:
            raise NotPermitted("not_your_record")
        super().store(db, key, record_id, state, rev, slot_id=self.slot_id, **extra)

    def remove(self, db: UnitOfWork, record_id: str) -> bool:
        """Delete the row outright (with ``secure_delete`` its cells are zeroed)."""
        result = db.session.execute(
            delete(self.table).where(
                self.table.id == record_id,
                self._slot_column == self.slot_id,
            )
        )
        db.session.flush()
        removed = bool(getattr(result, "rowcount", 0))
        if removed:
            db.note(self.kind, record_id)
        return removed

    def id_used_by_someone_else(self, db: UnitOfWork, record_id: str) -> bool:
        """True if a row with this id exists and belongs to another slot."""
        row = db.session.get(self.table, record_id)
        return row is not None and getattr(row, "slot_id", None) != self.slot_id
