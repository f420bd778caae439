"""Repositories for one person's private rows (journal entries, drafts, safety plan).

Every row carries a plaintext ``slot_id`` (bound into the AD) and is sealed under
that person's journal key with ``Scope.journal(slot_id)``. Queries always filter on
the slot, so one person's session never even fetches another person's rows.
"""

from __future__ import annotations

import json
import time
from collections import namedtuple
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import delete, select

from safespace_desktop.core.errors import IntegrityError, NotPermitted, UnsupportedFormatVersion
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage.records import (
    PAYLOAD_VERSION,
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


YIELD_EVERY = 64  # rows between two hand-overs of the interpreter lock
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

    def _selected_rows(self, db: UnitOfWork, only: Collection[str] | None) -> Iterator[Any]:
        # Through the driver's own cursor, in this session's transaction: SQLAlchemy's
        # row processing cost more than SQLite itself here (issue 15, the journal index).
        names = self._row_type._fields
        select_all = f"SELECT {', '.join(names)} FROM {self.name} WHERE"  # noqa: S608
        query, by_id = f"{select_all} slot_id = ?", f"{select_all} +slot_id = ?"
        cursor = db.session.connection().connection.cursor()
        row_type = self._row_type

        def make(raw: tuple[Any, ...]) -> Any:
            # SQLite hands the Boolean column back as 0/1; the AD binds a bool.
            return row_type(*raw[:-1], bool(raw[-1]))

        try:
            if only is None:
                cursor.execute(query, (self.slot_id,))
                yield from map(make, cursor.fetchall())
                return
            wanted = sorted(only)
            for start in range(0, len(wanted), IDS_PER_QUERY):
                chunk = wanted[start : start + IDS_PER_QUERY]
                marks = ", ".join("?" * len(chunk))
                # "+slot_id": look the ids up by the primary key, not by scanning
                # every row of the slot through the slot index (SQLite's own choice).
                cursor.execute(f"{by_id} AND id IN ({marks})", (self.slot_id, *chunk))
                yield from map(make, cursor.fetchall())
        finally:
            cursor.close()

    def _open_quickly(self, keys: _KeyCache, row: SealedRecordMixin) -> dict[str, Any]:
        """``open_document`` for a bulk read: the envelope checks inlined
        (``_open_fast``), the same errors."""
        try:
            plaintext = self._open_fast(keys, row)
        except NotPermitted as exc:
            raise IntegrityError(self.name, row.id) from exc
        try:
            document = json.loads(plaintext)
        except ValueError as exc:
            raise IntegrityError(self.name, row.id) from exc
        if not isinstance(document, dict):
            raise IntegrityError(self.name, row.id)
        if document.get("v") != PAYLOAD_VERSION:
            raise UnsupportedFormatVersion(int(document.get("v", -1)), "record payload")
        return document

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
        rows = self._selected_rows(db, only)
        for count, row in enumerate(rows, start=1):
            if count % YIELD_EVERY == 0:
                # A bulk read runs on the worker while the window may be painting: hand
                # the interpreter lock over now and then, so every Qt → Python callback
                # on the GUI thread does not wait out a whole switch interval.
                time.sleep(0)
            try:
                document = self._open_quickly(keys, cast(SealedRecordMixin, row))
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
