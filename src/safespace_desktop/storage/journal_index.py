"""A person's journal index: every entry's displayed values in a few sealed blocks
(issue 15), so the journal opens without opening each of its entries one by one.

Entries are spread over ``BLOCKS`` blocks by their id; adding or editing an entry
rewrites its one block. The index is never trusted blindly: every load reads the
entries' plaintext ``(id, rev)`` columns (no decryption) and opens, the slow and
authenticated way, any entry whose revision the index does not hold — a write from
another PC, an import, an old vault, a damaged or missing block. The ``deleted`` flag
plays no part in that check, so flipping it cannot hide an entry (crypto.md claim 3).
Blocks are sealed under the same journal key as the entries and never leave this PC.
"""

from __future__ import annotations

import functools
import uuid
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from safespace_desktop.core.sync.record import Dot, FieldValue, RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage import tables as t
from safespace_desktop.storage.journal_records import OpenedValues, SlotRecords
from safespace_desktop.storage.records import DamagedRecord, KeyLookup

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork

BLOCKS = 128
ROWS_FIELD = "rows"
_INDEX_REPLICA = "journal-index"  # a derived row: its one field is rewritten whole


@dataclass
class _Block:
    live: dict[str, tuple[int, int, dict[str, Any]]] = field(default_factory=dict)
    gone: dict[str, int] = field(default_factory=dict)  # tombstones: id → rev

    def to_json(self) -> dict[str, Any]:
        return {
            "live": [[i, rev, hlc, values] for i, (rev, hlc, values) in self.live.items()],
            "gone": [[i, rev] for i, rev in self.gone.items()],
        }

    @classmethod
    def from_json(cls, data: Any) -> _Block:
        return cls(
            live={str(i): (int(rev), int(hlc), values) for i, rev, hlc, values in data["live"]},
            gone={str(i): int(rev) for i, rev in data["gone"]},
        )


@dataclass(frozen=True)
class IndexedWrite:
    """What a service just stored for one entry (the index's view of it)."""

    id: str
    rev: int
    values: dict[str, Any]
    last_hlc: int
    deleted: bool


@functools.lru_cache(maxsize=16)
def _block_ids(slot_id: str) -> tuple[str, ...]:
    # Every transaction makes a JournalIndex; 128 uuid5 each time showed in profiles.
    slot = uuid.UUID(slot_id)
    return tuple(str(uuid.uuid5(slot, f"safespace/journal-index/{n}")) for n in range(BLOCKS))


class JournalIndex:
    def __init__(self, slot_id: str) -> None:
        self.slot_id = slot_id
        self.blocks = SlotRecords(t.JournalIndexBlock, slot_id)
        self._block_ids = _block_ids(slot_id)
        self._numbers = {block: n for n, block in enumerate(self._block_ids)}

    @staticmethod
    def block_of(entry_id: str) -> int:
        return zlib.crc32(entry_id.encode()) % BLOCKS

    def block_id(self, number: int) -> str:
        return self._block_ids[number]

    # -- reading -----------------------------------------------------------------------
    def entry_revisions(self, db: UnitOfWork) -> dict[str, int]:
        """Every entry row of the slot (tombstones too) and its revision, unopened."""
        # A plain cursor: ten thousand (id, rev) pairs without SQLAlchemy's row objects.
        rows = db.session.connection().exec_driver_sql(
            "SELECT id, rev FROM journal_entries WHERE slot_id = ?", (self.slot_id,)
        )
        return dict(rows.fetchall())

    def _load_blocks(self, db: UnitOfWork, keys: KeyLookup) -> dict[int, _Block]:
        documents, _damaged = self.blocks.load_documents(db, keys)
        blocks: dict[int, _Block] = {}
        for block_id, state in documents:
            number = self._numbers.get(block_id)
            if number is None:
                continue
            try:
                # The block's rows are the field's value itself (one JSON parse).
                blocks[number] = _Block.from_json(state["f"][ROWS_FIELD][0][0])
            except (KeyError, IndexError, TypeError, ValueError):
                continue  # a damaged block is rebuilt from the entries
        return blocks

    def load_values(
        self,
        db: UnitOfWork,
        keys: KeyLookup,
        entries: SlotRecords,
        *,
        rewrite_with: SecretKey | None,
    ) -> tuple[list[OpenedValues], list[DamagedRecord]]:
        """The same live entries as ``entries.load_values(db, keys)``, read through the
        index. Entries the index does not know are opened and, with ``rewrite_with``
        (the journal key, on a writable vault), their blocks rewritten."""
        revisions = self.entry_revisions(db)
        blocks = self._load_blocks(db, keys)
        result: list[OpenedValues] = []
        to_open: list[str] = []
        for number in range(BLOCKS):
            block = blocks.get(number)
            if block is None:
                continue
            for entry_id, (rev, hlc, values) in block.live.items():
                if revisions.get(entry_id) == rev:
                    result.append(OpenedValues(entry_id, values, hlc, False))
        known = {v.id for v in result}
        gone = {i: rev for b in blocks.values() for i, rev in b.gone.items()}
        for entry_id, rev in revisions.items():
            if entry_id not in known and gone.get(entry_id) != rev:
                to_open.append(entry_id)
        indexed = {i for b in blocks.values() for i in (*b.live, *b.gone)}
        stale = {self.block_of(i) for i in to_open}
        stale |= {self.block_of(i) for i in indexed - revisions.keys()}
        damaged: list[DamagedRecord] = []
        if to_open:
            opened, damaged = entries.load_values(db, keys, include_deleted=True, only=to_open)
            result += [v for v in opened if not v.deleted]
            tombstones = {v.id for v in opened if v.deleted}
        else:
            tombstones = set()
        if rewrite_with is not None and stale:
            self._rewrite(db, rewrite_with, stale, result, tombstones, revisions)
        return result, damaged

    def _rewrite(
        self,
        db: UnitOfWork,
        key: SecretKey,
        numbers: set[int],
        live: list[OpenedValues],
        tombstones: set[str],
        revisions: dict[str, int],
    ) -> None:
        fresh = {n: _Block() for n in numbers}
        for value in live:
            block = fresh.get(self.block_of(value.id))
            if block is not None:
                block.live[value.id] = (revisions[value.id], value.last_hlc, value.values)
        for entry_id in tombstones:
            block = fresh.get(self.block_of(entry_id))
            if block is not None:
                block.gone[entry_id] = revisions[entry_id]
        for number, block in fresh.items():
            self._save(db, key, number, block)

    # -- writing -------------------------------------------------------------------------
    def record(
        self, db: UnitOfWork, keys: KeyLookup, key: SecretKey, writes: Iterable[IndexedWrite]
    ) -> None:
        """Fold entries just stored into their blocks (one block read and rewrite each)."""
        by_block: dict[int, list[IndexedWrite]] = {}
        for write in writes:
            by_block.setdefault(self.block_of(write.id), []).append(write)
        if not by_block:
            return
        ids = [self._block_ids[n] for n in by_block]
        documents, _damaged = self.blocks.load_documents(db, keys, ids)
        current: dict[int, _Block] = {}
        for block_id, state in documents:
            try:
                current[self._numbers[block_id]] = _Block.from_json(state["f"][ROWS_FIELD][0][0])
            except (KeyError, IndexError, TypeError, ValueError):
                continue
        for number, items in by_block.items():
            # A block that is missing or damaged restarts with these entries alone; the
            # next load opens the rest from the entries and rewrites it whole.
            block = current.get(number, _Block())
            for item in items:
                block.live.pop(item.id, None)
                block.gone.pop(item.id, None)
                if item.deleted:
                    block.gone[item.id] = item.rev
                else:
                    block.live[item.id] = (item.rev, item.last_hlc, item.values)
            self._save(db, key, number, block)

    def _save(self, db: UnitOfWork, key: SecretKey, number: int, block: _Block) -> None:
        block_id = self._block_ids[number]
        rev = (self.blocks.stored_rev(db, block_id) or 0) + 1
        state = RecordState(
            cc={_INDEX_REPLICA: rev},
            fields={ROWS_FIELD: [FieldValue(block.to_json(), Dot(_INDEX_REPLICA, rev), 0)]},
        )
        self.blocks.store(db, key, block_id, state, rev)
