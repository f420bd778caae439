"""A person's journal index (issue 15): what the list needs and what search looks in,
in a few sealed blocks, so the journal opens without opening its entries one by one.

Two parts, each spread over ``BLOCKS`` blocks by entry id; adding or editing an entry
rewrites its one list block and its one search block.

- **List blocks** hold, per entry, only what the list, filters, calendar, labels and
  mood chart need: id, revision, last edit (HLC), date, mood, starred, tags, feelings
  — as columns (one JSON list per field), read at unlock. Titles and bodies are not
  here: the entries a page shows are opened the authenticated way, fifty at a time.
- **Search blocks** hold each entry's search text (the service's folded words of
  title, body, tags and feelings) joined into ONE string with ``SEPARATOR``, with the
  ids, revisions and lengths in order, so a search is a few decrypts and
  ``str.find`` over the text, with no per-entry parsing. A searched word never holds
  whitespace, so a match never runs from one entry's text into the next.

Neither part is trusted blindly: every load reads the entries' plaintext ``(id, rev)``
columns (no decryption) and opens, the slow and authenticated way, any entry whose
revision the index does not hold — a write from another PC, an import, an old vault,
a damaged, missing or older-format block. The ``deleted`` flag plays no part in that
check, so flipping it cannot hide an entry (crypto.md claim 3). Blocks are sealed
under the same journal key as the entries, never synced, never leave this PC.

Block format ``FORMAT`` (2). Format 1 (one block kind holding every entry's stored
values) is simply read as missing: its blocks are rebuilt from the entries.
"""

from __future__ import annotations

import functools
import uuid
import zlib
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Final

from safespace_desktop.core.errors import IntegrityError
from safespace_desktop.core.sync.record import Dot, FieldValue, RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage import tables as t
from safespace_desktop.storage.journal_records import OpenedValues, SlotRecords
from safespace_desktop.storage.records import DamagedRecord, KeyLookup

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork

BLOCKS = 128
FORMAT = 2
ROWS_FIELD = "rows"
SEPARATOR = " "  # joins search texts (whitespace: no searched word spans it)
_INDEX_REPLICA = "journal-index"  # a derived row: its one field is rewritten whole


Listed = tuple[str, int, int | None, bool, list[str], list[str]]
"""What the list knows of one live entry (no title, no body): ISO date, last edit
(HLC), mood, starred, tags, feelings — a plain tuple, made ten thousand at a time by
``zip`` at unlock (``DATE`` … ``FEELINGS`` name the places)."""
DATE: Final = 0
HLC: Final = 1
MOOD: Final = 2
STARRED: Final = 3
TAGS: Final = 4
FEELINGS: Final = 5


Describe = Callable[[OpenedValues], "tuple[Listed, str] | None"]
"""Turns an entry opened the slow way into its list row and search text (None: not a
well-formed entry). The service knows the entry's shape; storage does not."""


@dataclass(frozen=True)
class IndexedWrite:
    """What a service just stored for one entry (the index's view of it)."""

    id: str
    rev: int
    listed: Listed | None  # None: a tombstone
    text: str = ""


@dataclass
class ListLoad:
    """The list part as loaded: rows the index holds current, entries opened the slow
    way (with their values, so nobody opens them twice), and every revision."""

    rows: dict[str, Listed]  # every live, well-formed entry
    opened: list[OpenedValues]
    texts: dict[str, str]  # search texts of the entries opened
    damaged: list[DamagedRecord]
    revisions: dict[str, int]


@dataclass
class SearchBlock:
    """One search block's current entries: ``text`` is their texts joined."""

    ids: list[str]
    starts: list[int]
    text: str


@dataclass
class SearchLoad:
    blocks: list[SearchBlock]
    extra: dict[str, str]  # texts not in a joined string: ones known or just opened
    opened: list[OpenedValues]
    damaged: list[DamagedRecord]


@dataclass
class _ListBlock:
    live: dict[str, tuple[int, Listed]] = field(default_factory=dict)
    gone: dict[str, int] = field(default_factory=dict)  # tombstones: id → rev

    def to_json(self) -> dict[str, Any]:
        live = self.ensure_live()
        ids = list(live)
        rows = [live[i] for i in ids]
        return {
            "v": FORMAT,
            "id": ids,
            "rev": [rev for rev, _ in rows],
            "hlc": [r[HLC] for _, r in rows],
            "date": [r[DATE] for _, r in rows],
            "mood": [r[MOOD] for _, r in rows],
            "star": [r[STARRED] for _, r in rows],
            "tags": [r[TAGS] for _, r in rows],
            "feel": [r[FEELINGS] for _, r in rows],
            "gone": [[i, rev] for i, rev in self.gone.items()],
        }

    @classmethod
    def from_json(cls, data: Any) -> _ListBlock:
        ids, revs, rows, gone = _list_columns(data)
        block = cls(gone=gone)
        block.columns = (ids, revs, rows)
        return block

    def __post_init__(self) -> None:
        # As read: ids, revisions and rows in order (``live`` is made from them when a
        # write needs it; a load only compares and copies the columns).
        self.columns: tuple[list[str], list[int], list[Listed]] | None = None

    def ensure_live(self) -> dict[str, tuple[int, Listed]]:
        if self.columns is not None:
            ids, revs, rows = self.columns
            self.live = dict(zip(ids, zip(revs, rows, strict=True), strict=True))
            self.columns = None
        return self.live

    def entry_ids(self) -> list[str]:
        return list(self.columns[0] if self.columns is not None else self.live)


def _list_columns(data: Any) -> tuple[list[str], list[int], list[Listed], dict[str, int]]:
    """A list block's ids, revisions, rows (in order) and tombstones; ValueError (or a
    KeyError, TypeError…) for anything but a well-formed block of this format."""
    if data.get("v") != FORMAT:
        raise ValueError("another index format")
    ids, revs = data["id"], data["rev"]
    columns = (data["date"], data["hlc"], data["mood"], data["star"], data["tags"], data["feel"])
    if not all(len(c) == len(ids) for c in (*columns, revs)):
        raise ValueError("ragged columns")
    gone = {str(i): int(rev) for i, rev in data["gone"]}
    return ids, revs, list(zip(*columns, strict=True)), gone


@dataclass
class _SearchBlock:
    texts: dict[str, tuple[int, str]] = field(default_factory=dict)  # id → (rev, text)

    def to_json(self) -> dict[str, Any]:
        texts = self.texts.values()
        return {
            "v": FORMAT,
            "id": list(self.texts),
            "rev": [rev for rev, _ in texts],
            "len": [len(text) for _, text in texts],
            "text": SEPARATOR.join(text for _, text in texts),
        }


def _parse_search(data: Any) -> tuple[list[str], list[int], list[int], str]:
    if data.get("v") != FORMAT:
        raise ValueError("another index format")
    ids, revs, lengths, text = data["id"], data["rev"], data["len"], data["text"]
    if not (len(ids) == len(revs) == len(lengths)) or not isinstance(text, str):
        raise ValueError("ragged columns")
    if sum(lengths) + max(len(ids) - 1, 0) != len(text):
        raise ValueError("lengths do not add up")
    return ids, revs, lengths, text


def _starts(lengths: list[int]) -> list[int]:
    """Where each text starts in the joined string."""
    return [0, *accumulate(n + 1 for n in lengths[:-1])] if lengths else []


@dataclass(frozen=True)
class _BlockIds:
    """A slot's block ids and, for each, its number."""

    lists: tuple[str, ...]
    searches: tuple[str, ...]
    list_numbers: dict[str, int]
    search_numbers: dict[str, int]


@functools.lru_cache(maxsize=16)
def _block_ids(slot_id: str) -> _BlockIds:
    # Every transaction makes a JournalIndex; 256 uuid5 each time showed in profiles.
    # List blocks keep format 1's ids, so rebuilding one replaces the old block.
    slot = uuid.UUID(slot_id)
    lists = tuple(str(uuid.uuid5(slot, f"safespace/journal-index/{n}")) for n in range(BLOCKS))
    searches = tuple(str(uuid.uuid5(slot, f"safespace/journal-search/{n}")) for n in range(BLOCKS))
    return _BlockIds(
        lists,
        searches,
        {block: n for n, block in enumerate(lists)},
        {block: n for n, block in enumerate(searches)},
    )


def _damaged(entry_id: str) -> DamagedRecord:
    return DamagedRecord("journal_entries", entry_id, IntegrityError("journal_entries", entry_id))


def _value(state: dict[str, Any]) -> Any:
    return state["f"][ROWS_FIELD][0][0]  # the block's one field, as stored


class JournalIndex:
    def __init__(self, slot_id: str) -> None:
        self.slot_id = slot_id
        self.blocks = SlotRecords(t.JournalIndexBlock, slot_id)
        ids = _block_ids(slot_id)  # shared, never changed
        self._list_ids, self._search_ids = ids.lists, ids.searches
        self._list_numbers, self._search_numbers = ids.list_numbers, ids.search_numbers

    @staticmethod
    def block_of(entry_id: str) -> int:
        return zlib.crc32(entry_id.encode()) % BLOCKS

    def block_id(self, number: int) -> str:
        """The id of list block ``number`` (format 1's block ids)."""
        return self._list_ids[number]

    def search_block_id(self, number: int) -> str:
        return self._search_ids[number]

    # -- reading -----------------------------------------------------------------------
    def entry_revisions(self, db: UnitOfWork) -> dict[str, int]:
        """Every entry row of the slot (tombstones too) and its revision, unopened."""
        # The driver's own cursor: ten thousand (id, rev) pairs without SQLAlchemy's
        # row processing (which took three quarters of the time).
        cursor = db.session.connection().connection.cursor()
        try:
            cursor.execute("SELECT id, rev FROM journal_entries WHERE slot_id = ?", (self.slot_id,))
            return dict(cursor.fetchall())
        finally:
            cursor.close()

    def _documents(
        self, db: UnitOfWork, keys: KeyLookup, ids: Collection[str]
    ) -> Iterable[tuple[str, Any]]:
        documents, _damaged = self.blocks.load_documents(db, keys, ids)
        for block_id, state in documents:
            try:
                yield block_id, _value(state)
            except (KeyError, IndexError, TypeError):
                continue  # a damaged block is rebuilt from the entries

    def _list_blocks(
        self, db: UnitOfWork, keys: KeyLookup, numbers: Iterable[int] | None = None
    ) -> dict[int, _ListBlock]:
        wanted = self._list_ids if numbers is None else [self._list_ids[n] for n in numbers]
        blocks: dict[int, _ListBlock] = {}
        for block_id, value in self._documents(db, keys, wanted):
            try:
                blocks[self._list_numbers[block_id]] = _ListBlock.from_json(value)
            except (KeyError, IndexError, TypeError, ValueError, AttributeError):
                continue  # damaged, or format 1: rebuilt from the entries
        return blocks

    def load_list(
        self,
        db: UnitOfWork,
        keys: KeyLookup,
        entries: SlotRecords,
        describe: Describe,
        *,
        rewrite_with: SecretKey | None,
    ) -> ListLoad:
        """Every live entry's list row, read through the list blocks. Entries the index
        does not hold current are opened and, with ``rewrite_with`` (the journal key, on
        a writable vault), their list blocks rewritten."""
        revisions = self.entry_revisions(db)
        rows: dict[str, Listed] = {}
        gone: dict[str, int] = {}
        stale: set[int] = set()
        get = revisions.get
        # The blocks' columns straight from their documents (no block objects: at
        # unlock every list block is read once, and a small journal is mostly blocks).
        documents, _broken = self.blocks.load_documents(db, keys, self._list_ids)
        for block_id, state in documents:
            try:
                ids, revs, listed, block_gone = _list_columns(_value(state))
            except (KeyError, IndexError, TypeError, ValueError, AttributeError):
                continue  # damaged, or format 1: rebuilt from the entries
            number = self._list_numbers[block_id]
            if list(map(get, ids)) == revs:
                rows.update(zip(ids, listed, strict=True))  # all current
            else:
                live = dict(zip(ids, zip(revs, listed, strict=True), strict=True))
                for entry_id, (rev, row) in live.items():
                    if get(entry_id) == rev:
                        rows[entry_id] = row
                    elif entry_id not in revisions:
                        stale.add(number)  # the entry row is gone: drop it from the block
            if block_gone:
                gone.update(block_gone)
                if any(i not in revisions for i in block_gone):
                    stale.add(number)
        buried = {i for i, rev in gone.items() if get(i) == rev and i not in rows}
        if len(rows) + len(buried) == len(revisions):
            to_open: list[str] = []  # every entry row is accounted for (the usual case)
        else:
            to_open = [i for i in revisions if i not in rows and i not in buried]
        stale |= {self.block_of(i) for i in to_open}
        opened: list[OpenedValues] = []
        damaged: list[DamagedRecord] = []
        texts: dict[str, str] = {}
        tombstones: set[str] = set()
        if to_open:
            found, damaged = entries.load_values(
                db, keys, include_deleted=True, only=to_open, flag_proof=True
            )
            for value in found:
                if value.deleted:
                    tombstones.add(value.id)
                    continue
                description = describe(value)
                if description is None:
                    damaged.append(_damaged(value.id))
                    continue
                opened.append(value)
                rows[value.id], texts[value.id] = description
        if rewrite_with is not None and stale:
            fresh = {n: _ListBlock() for n in stale}
            for entry_id, row in rows.items():
                target = fresh.get(self.block_of(entry_id))
                if target is not None:
                    target.live[entry_id] = (revisions[entry_id], row)
            for entry_id in (*tombstones, *buried):  # the tombstones it held stay too
                target = fresh.get(self.block_of(entry_id))
                if target is not None:
                    target.gone[entry_id] = revisions[entry_id]
            for number, fresh_block in fresh.items():
                self._save(db, rewrite_with, self._list_ids[number], fresh_block.to_json())
        return ListLoad(rows, opened, texts, damaged, revisions)

    def load_search(
        self,
        db: UnitOfWork,
        keys: KeyLookup,
        entries: SlotRecords,
        describe: Describe,
        live: dict[str, int],
        known: dict[str, str],
        *,
        rewrite_with: SecretKey | None,
    ) -> SearchLoad:
        """The search texts of the ``live`` entries (id → revision the list holds).
        A text the blocks lack at that revision is taken from ``known`` (entries the
        session opened or wrote) or opened the slow way; with ``rewrite_with`` the
        blocks that lacked something are rewritten."""
        result: list[SearchBlock] = []
        extra: dict[str, str] = {}
        parsed: dict[int, tuple[list[str], list[int], list[int], str]] = {}
        covered: set[str] = set()
        stale: set[int] = set()
        for block_id, value in self._documents(db, keys, self._search_ids):
            number = self._search_numbers[block_id]
            try:
                ids, revs, lengths, text = _parse_search(value)
            except (KeyError, IndexError, TypeError, ValueError, AttributeError):
                continue
            current = ids
            if list(map(live.get, ids)) != revs:  # some text is outdated: not a hit
                current = [
                    i if live.get(i) == rev else "" for i, rev in zip(ids, revs, strict=True)
                ]
                stale.add(number)
            starts = _starts(lengths)
            result.append(SearchBlock(current, starts, text))
            covered.update(current)
            parsed[number] = (current, starts, lengths, text)
        missing = [i for i in live if i not in covered]
        to_open = [i for i in missing if i not in known]
        opened: list[OpenedValues] = []
        damaged: list[DamagedRecord] = []
        if to_open:
            found, damaged = entries.load_values(db, keys, only=to_open, flag_proof=True)
            for item in found:
                description = describe(item)
                if description is None:
                    damaged.append(_damaged(item.id))
                    continue
                opened.append(item)
                extra[item.id] = description[1]
        for entry_id in missing:
            if entry_id in known:
                extra[entry_id] = known[entry_id]
            stale.add(self.block_of(entry_id))
        if rewrite_with is not None and stale:
            kept: dict[int, _SearchBlock] = {n: _SearchBlock() for n in stale}
            for number in stale & parsed.keys():
                current, starts, lengths, text = parsed[number]
                for entry_id, start, length in zip(current, starts, lengths, strict=True):
                    if entry_id and self.block_of(entry_id) == number:
                        kept[number].texts[entry_id] = (
                            live[entry_id],
                            text[start : start + length],
                        )
            for entry_id, text in extra.items():
                block = kept.get(self.block_of(entry_id))
                if block is not None:
                    block.texts[entry_id] = (live[entry_id], text)
            for number, fresh in kept.items():
                self._save(db, rewrite_with, self._search_ids[number], fresh.to_json())
        return SearchLoad(result, extra, opened, damaged)

    # -- writing -------------------------------------------------------------------------
    def record(
        self, db: UnitOfWork, keys: KeyLookup, key: SecretKey, writes: Iterable[IndexedWrite]
    ) -> None:
        """Fold entries just stored into their blocks (one list and one search block
        read and rewritten each)."""
        by_block: dict[int, list[IndexedWrite]] = {}
        for write in writes:
            by_block.setdefault(self.block_of(write.id), []).append(write)
        if not by_block:
            return
        lists = self._list_blocks(db, keys, by_block)
        searches: dict[int, _SearchBlock] = {}
        wanted = [self._search_ids[n] for n in by_block]
        for block_id, value in self._documents(db, keys, wanted):
            try:
                ids, revs, lengths, text = _parse_search(value)
            except (KeyError, IndexError, TypeError, ValueError, AttributeError):
                continue
            texts: dict[str, tuple[int, str]] = {}
            for entry_id, rev, length, start in zip(
                ids, revs, lengths, _starts(lengths), strict=True
            ):
                texts[entry_id] = (rev, text[start : start + length])
            searches[self._search_numbers[block_id]] = _SearchBlock(texts)
        for number, items in by_block.items():
            # A block that is missing or damaged restarts with these entries alone; the
            # next load opens the rest from the entries and rewrites it whole.
            listed = lists.get(number, _ListBlock())
            listed.ensure_live()
            search = searches.get(number, _SearchBlock())
            for item in items:
                listed.live.pop(item.id, None)
                listed.gone.pop(item.id, None)
                search.texts.pop(item.id, None)
                if item.listed is None:
                    listed.gone[item.id] = item.rev
                else:
                    listed.live[item.id] = (item.rev, item.listed)
                    search.texts[item.id] = (item.rev, item.text)
            self._save(db, key, self._list_ids[number], listed.to_json())
            self._save(db, key, self._search_ids[number], search.to_json())

    def _save(self, db: UnitOfWork, key: SecretKey, block_id: str, value: Any) -> None:
        rev = (self.blocks.stored_rev(db, block_id) or 0) + 1
        state = RecordState(
            cc={_INDEX_REPLICA: rev},
            fields={ROWS_FIELD: [FieldValue(value, Dot(_INDEX_REPLICA, rev), 0)]},
        )
        self.blocks.store(db, key, block_id, state, rev)
