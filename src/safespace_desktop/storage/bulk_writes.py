"""Many new records written together (issue 15: building the design's L size).

``SealedRecords.store`` writes one row through the ORM: a lookup of the id, a flush of
the row and of the write counter, and a query for the conflicts inbox, about 2 ms a
record. A ``BulkUnitOfWork`` wraps a unit of work so that the repositories' ``store``
holds each sealed record instead, and inserts the held ones with one executemany per
table (``SealedRecords.store_many``) when anything else touches the database, or at
``flush``. Every caller stays as it is (the services' own writers run unchanged):

- each record gets its write counter and HLC time from ``next_write`` exactly as
  before (one at a time, in the same order), and is sealed with the same associated
  data and envelope as ``store`` seals it;
- ``get`` and ``stored_rev`` of a held record answer from what is held;
- any other read or write reaches the database through ``session``, which first
  inserts everything held, so nothing ever reads a table without its held rows;
- a held id that already has a row (an update, not a new record) is written at the
  flush by the ordinary ``store``, so updates keep their exact semantics;
- the change notice names every id, on the wrapped unit of work.

Only what the app itself writes could go through it: the generator
(``benchmarks/datagen.py``) opens its own units of work through it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage.journal_records import SlotRecords
from safespace_desktop.storage.records import (
    BULK_IDS,
    BulkWrite,
    KeyLookup,
    LoadedRecord,
    SealedRecords,
)
from safespace_desktop.storage.repositories import GroupRepositories, JournalRepositories
from safespace_desktop.storage.tables import VaultMeta
from safespace_desktop.storage.unit_of_work import UnitOfWork


@dataclass
class _Held:
    """The held writes of one repository under one key, in the order first written."""

    repo: _HoldingRecords
    key: SecretKey
    writes: dict[str, BulkWrite] = field(default_factory=dict)


class _HoldingRecords(SealedRecords):
    """A repository whose ``store`` holds the sealed record for its unit of work."""

    _bulk: BulkUnitOfWork

    def store(
        self,
        db: UnitOfWork,
        key: SecretKey,
        record_id: str,
        state: RecordState,
        rev: int,
        **extra: Any,
    ) -> None:
        unknown = set(extra) - set(self.extra_names)
        if unknown:
            raise ValueError(f"{self.name} has no plaintext column {sorted(unknown)}")
        self._bulk.hold(self, key, BulkWrite(record_id, state.to_json(), rev, state.deleted, extra))

    def get(self, db: UnitOfWork, keys: KeyLookup, record_id: str) -> LoadedRecord | None:
        held = self._bulk.held(self, record_id)
        if held is None:
            # Another id: the held rows cannot change its answer, so none is inserted.
            return super().get(self._bulk.outer, keys, record_id)
        extra = {c: held.extra.get(c) for c in self.extra_names}
        return LoadedRecord(held.id, held.rev, RecordState.from_json(held.state), extra)

    def stored_rev(self, db: UnitOfWork, record_id: str) -> int | None:
        held = self._bulk.held(self, record_id)
        if held is None:
            return super().stored_rev(self._bulk.outer, record_id)
        return held.rev

    def store_now(self, db: UnitOfWork, key: SecretKey, write: BulkWrite) -> None:
        """The ordinary ``store`` of a held write (for an id that has a row)."""
        state = RecordState.from_json(write.state)
        SealedRecords.store(self, db, key, write.id, state, write.rev, **write.extra)


class _HoldingSlotRecords(_HoldingRecords, SlotRecords):
    """The same for a person's own families (journal entries and the like): every
    row carries the slot's id, as ``SlotRecords.store`` adds it."""

    def store(
        self,
        db: UnitOfWork,
        key: SecretKey,
        record_id: str,
        state: RecordState,
        rev: int,
        **extra: Any,
    ) -> None:
        super().store(db, key, record_id, state, rev, slot_id=self.slot_id, **extra)

    def store_now(self, db: UnitOfWork, key: SecretKey, write: BulkWrite) -> None:
        state = RecordState.from_json(write.state)
        extra = {c: v for c, v in write.extra.items() if c != "slot_id"}
        SlotRecords.store(self, db, key, write.id, state, write.rev, **extra)


def _holding(repo: Any, bulk: BulkUnitOfWork) -> Any:
    """``repo`` as a holding repository, or as it is if it is not a plain one (drop
    boxes, blobs, the journal index: they reach the rows through ``session``)."""
    holding: _HoldingRecords
    if type(repo) not in (SealedRecords, SlotRecords):
        return repo
    columns = repo.table.__table__.columns
    if any(c.name in repo.extra_names and (c.default or c.server_default) for c in columns):
        return repo  # ``store`` leaves such a column to its default; ``store_many`` would not
    if type(repo) is SealedRecords:
        holding = _HoldingRecords(repo.table, repo.scope)
    elif type(repo) is SlotRecords:
        holding = _HoldingSlotRecords(repo.table, repo.scope.scope_id)
    else:
        return repo
    holding._bulk = bulk
    return holding


class BulkUnitOfWork(UnitOfWork):
    """``outer``'s transaction, keys, principal and clock, with new records held and
    inserted together. Call ``flush`` before the transaction ends (``holding``
    does)."""

    def __init__(self, outer: UnitOfWork) -> None:
        session = outer.session
        super().__init__(
            session,
            clock=outer._clock,
            keys=outer._keys,
            principal=outer._principal,
        )
        self.outer = outer
        self._held: dict[tuple[int, bytes], _Held] = {}
        # The write counter's row, kept loaded: otherwise the session lets it go after
        # each flush and every ``next_write`` reads it again.
        self._meta_row: VaultMeta = self._meta()

    @property
    def session(self) -> Session:
        """The SQLAlchemy session, with every held record inserted first."""
        self.flush()
        return self._session

    def note(self, kind: RecordKind, *ids: str) -> None:
        self.outer.note(kind, *ids)

    @cached_property
    def group(self) -> GroupRepositories:
        plain = self.outer.group
        swapped = {f.name: _holding(getattr(plain, f.name), self) for f in fields(plain)}
        return replace(plain, **swapped)

    @cached_property
    def journal(self) -> JournalRepositories:
        plain = self.outer.journal
        swapped = {f.name: _holding(getattr(plain, f.name), self) for f in fields(plain)}
        return replace(plain, **swapped)

    # ------------------------------------------------------------------ held records
    def hold(self, repo: _HoldingRecords, key: SecretKey, write: BulkWrite) -> None:
        # One repository's record is held under one key at a time; a later write
        # under another key (never in practice) replaces it under that key.
        for (repo_id, key_id), held in self._held.items():
            if repo_id == id(repo) and key_id != key.key_id:
                held.writes.pop(write.id, None)
        slot = self._held.get((id(repo), key.key_id))
        if slot is None:
            slot = self._held[(id(repo), key.key_id)] = _Held(repo, key)
        slot.writes[write.id] = write

    def held(self, repo: SealedRecords, record_id: str) -> BulkWrite | None:
        for (repo_id, _key_id), held in self._held.items():
            if repo_id == id(repo):
                found = held.writes.get(record_id)
                if found is not None:
                    return found
        return None

    def flush(self) -> None:
        """Insert every held record (new ids in one executemany per table and key;
        ids that already have a row through the ordinary ``store``)."""
        if not self._held:
            return
        pending, self._held = self._held, {}
        outer = self.outer
        session = self._session
        for held in pending.values():
            writes = list(held.writes.values())
            if not writes:
                continue
            table = held.repo.table.__table__  # type: ignore[attr-defined]
            existing: set[str] = set()
            ids = [w.id for w in writes]
            for start in range(0, len(ids), BULK_IDS):
                query = select(table.c.id).where(table.c.id.in_(ids[start : start + BULK_IDS]))
                existing.update(session.scalars(query))
            new = [w for w in writes if w.id not in existing]
            held.repo.store_many(outer, held.key, new, ())
            for write in writes:
                if write.id in existing:
                    held.repo.store_now(outer, held.key, write)


@contextmanager
def holding(db: UnitOfWork) -> Iterator[BulkUnitOfWork]:
    """``db`` as a ``BulkUnitOfWork``; what it holds is inserted when the block ends
    without error (an error leaves it out, and the transaction rolls back)."""
    bulk = BulkUnitOfWork(db)
    yield bulk
    bulk.flush()
