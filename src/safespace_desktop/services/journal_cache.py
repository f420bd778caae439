"""The unlocked person's journal held in memory for one session (issue 15).

What is held, and when it arrives:

- at unlock, every live entry's list row (date, last edit, mood, starred, tags,
  feelings) from the journal index's list blocks — enough to order, count, filter,
  mark the calendar, offer labels and draw the mood chart;
- on the first search, the search blocks: each block's folded texts joined into one
  string, so a word is found with ``str.find`` and mapped to its entry by ``bisect``;
- full entries (title, body) only for what is shown: the service opens them the
  authenticated way, a page at a time, and keeps them here.

Entries this session writes (or opened the slow way) keep their search text apart in
``_texts``; a block's text for such an entry is never used. The copy belongs to one
keyring object: when the vault locks that keyring is released and the copy is dropped
with it (``JournalService`` wires that up).
"""

from __future__ import annotations

import gc
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from safespace_desktop.core import journal as rules
from safespace_desktop.core.model import JournalEntry, JournalFilter, Principal
from safespace_desktop.services.journal_codec import entry_from_values
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.storage.journal_index import (
    DATE,
    FEELINGS,
    HLC,
    MOOD,
    STARRED,
    TAGS,
    IndexedWrite,
    Listed,
    ListLoad,
    SearchBlock,
    SearchLoad,
)
from safespace_desktop.storage.journal_records import OpenedValues


def listed_of(entry: JournalEntry) -> Listed:
    """The list row of a full entry."""
    return (
        entry.entry_date.isoformat(),
        entry.edited_hlc,
        entry.mood,
        entry.starred,
        list(entry.tags),
        list(entry.feelings),
    )


def search_text(entry: JournalEntry) -> str:
    """What search looks in: the folded words of the title, body, tags and feelings,
    each distinct word once, joined by spaces. A query word never holds whitespace,
    so it occurs in the folded text exactly when it occurs in one of its words: the
    same answers as ``rules.haystack``, in about a third of the room (issue 15)."""
    return " ".join(dict.fromkeys(rules.haystack(entry).split()))


def indexed_write(entry: JournalEntry, rev: int) -> IndexedWrite:
    """What the journal index keeps of an entry just stored: its list row and its
    folded search text."""
    return IndexedWrite(entry.id, rev, listed_of(entry), search_text(entry))


def describe_opened(opened: OpenedValues) -> tuple[Listed, str] | None:
    """The list row and search text of an entry opened the slow way (None: malformed)."""
    try:
        entry = entry_from_values(opened.id, opened.values, opened.last_hlc)
    except (ValueError, TypeError, KeyError):
        return None
    return listed_of(entry), search_text(entry)


def _find_in_block(block: SearchBlock, word: str, found: set[str]) -> None:
    """Add to ``found`` every entry of ``block`` whose text holds ``word`` (which holds
    no whitespace, so a match never runs from one entry into the next)."""
    text, starts, ids = block.text, block.starts, block.ids
    last = len(starts) - 1
    position = text.find(word)
    while position != -1:
        at = bisect_right(starts, position) - 1
        found.add(ids[at])  # "" for an outdated text, dropped by the caller
        if at >= last:
            break
        position = text.find(word, starts[at + 1])  # the rest of this entry can wait


@dataclass
class JournalCache:
    owner: weakref.ref[KeyRing]
    slot_id: str
    _rows: dict[str, Listed] = field(default_factory=dict)
    _revs: dict[str, int] = field(default_factory=dict)
    _built: dict[str, JournalEntry] = field(default_factory=dict)
    _opened: dict[str, tuple[dict[str, Any], int]] = field(default_factory=dict)
    _skeletons: dict[str, JournalEntry] = field(default_factory=dict)
    _texts: dict[str, str] = field(default_factory=dict)
    _blocks: list[SearchBlock] | None = None
    _ordered: list[str] | None = None
    # "tags"/"feelings" → each label once (first spelling seen, oldest entry first), in
    # order; worked out again only after the entries change (every listing asks).
    _labels: dict[str, list[str]] = field(default_factory=dict)

    def valid_for(self, keyring: KeyRing, principal: Principal) -> bool:
        return (
            self.owner() is keyring
            and self.slot_id == principal.slot_id
            and not keyring.journal_key.wiped
        )

    # -- filling ------------------------------------------------------------------------
    def load(self, loaded: ListLoad) -> None:
        """Take the list part (and the entries opened while reading it)."""
        self._rows.update(loaded.rows)
        revisions = loaded.revisions
        self._revs.update({i: revisions[i] for i in loaded.rows})
        self.add_opened(loaded.opened)
        self._texts.update(loaded.texts)
        self._changed()

    @property
    def search_loaded(self) -> bool:
        return self._blocks is not None

    def live_revisions(self) -> dict[str, int]:
        return dict(self._revs)

    def known_texts(self) -> dict[str, str]:
        return dict(self._texts)

    def load_search(self, loaded: SearchLoad) -> None:
        self._blocks = loaded.blocks
        for entry_id, text in loaded.extra.items():
            self._texts.setdefault(entry_id, text)
        self.add_opened(loaded.opened)

    def add_opened(self, opened: Iterable[OpenedValues]) -> None:
        """Entries just opened the authenticated way (built into objects on use)."""
        for item in opened:
            if item.id in self._rows and item.id not in self._built:
                self._opened[item.id] = (item.values, item.last_hlc)

    def put(self, entry: JournalEntry, rev: int) -> None:
        """An entry this session just wrote (or reloaded)."""
        self._rows[entry.id] = listed_of(entry)
        self._revs[entry.id] = rev
        self._built[entry.id] = entry
        self._opened.pop(entry.id, None)
        self._skeletons.pop(entry.id, None)
        self._texts[entry.id] = search_text(entry)
        self._changed()

    def drop(self, entry_id: str) -> None:
        for store in (self._rows, self._revs, self._built, self._opened, self._skeletons):
            store.pop(entry_id, None)
        self._texts.pop(entry_id, None)
        self._changed()

    def clear(self) -> None:
        for store in (self._rows, self._revs, self._built, self._opened, self._skeletons):
            store.clear()
        self._texts.clear()
        self._blocks = None
        self._changed()

    def _changed(self) -> None:
        self._ordered = None
        self._labels.clear()

    # -- reading --------------------------------------------------------------------------
    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def unopened(self, entry_ids: Iterable[str]) -> list[str]:
        """Which of these entries must still be opened before they can be shown."""
        return [i for i in entry_ids if i not in self._built and i not in self._opened]

    def entry(self, entry_id: str) -> JournalEntry | None:
        """The full entry, if it was opened (None: not opened, gone or malformed)."""
        built = self._built.get(entry_id)
        if built is None:
            opened = self._opened.pop(entry_id, None)
            if opened is None or entry_id not in self._rows:
                return None
            try:
                built = entry_from_values(entry_id, opened[0], opened[1])
            except (ValueError, TypeError, KeyError):
                return None
            self._built[entry_id] = built
        return built

    def skeleton(self, entry_id: str) -> JournalEntry:
        """An entry with its list row's values and no words: enough for the filters
        and the mood chart, never shown."""
        built = self._built.get(entry_id)
        if built is not None:
            return built
        found = self._skeletons.get(entry_id)
        if found is None:
            row = self._rows[entry_id]
            found = JournalEntry(
                id=entry_id,
                title="",
                body="",
                entry_date=date.fromisoformat(row[DATE]),
                mood=row[MOOD],
                feelings=tuple(map(str, row[FEELINGS])),
                tags=tuple(map(str, row[TAGS])),
                starred=bool(row[STARRED]),
                edited_hlc=row[HLC],
            )
            self._skeletons[entry_id] = found
        return found

    def newest_first_ids(self) -> list[str]:
        if self._ordered is None:
            self._ordered = self._newest_first(self._rows)
        return self._ordered

    def _newest_first(self, entry_ids: Iterable[str]) -> list[str]:
        """``entry_ids`` by entry date, then last edit, then id, newest first (the keys
        made by ``zip`` and compared as tuples: no Python call per comparison)."""
        rows = self._rows
        chosen = list(entry_ids)
        found = [rows[i] for i in chosen]
        keys = zip([r[DATE] for r in found], [r[HLC] for r in found], chosen, strict=True)
        return [key[2] for key in sorted(keys, reverse=True)]

    def dates(self) -> Iterator[str]:
        """Every entry's ISO date (with repeats), in no particular order."""
        for row in self._rows.values():
            yield row[DATE]

    def ids_dated(self, iso_day: str) -> list[str]:
        return [i for i in self.newest_first_ids() if self._rows[i][DATE] == iso_day]

    def labels_oldest_first(self, name: str) -> Iterator[str]:
        """Every tag or feeling (``name``: "tags" or "feelings"), oldest entry first."""
        rows = self._rows
        tags = name == "tags"
        for entry_id in reversed(self.newest_first_ids()):
            row = rows[entry_id]
            yield from map(str, row[TAGS] if tags else row[FEELINGS])

    def labels(self, name: str) -> list[str]:
        """Every distinct tag or feeling (``name``), case-insensitively, as first
        spelled, sorted; kept until the entries change."""
        found = self._labels.get(name)
        if found is None:
            seen: dict[str, str] = {}
            for label in self.labels_oldest_first(name):
                if label not in seen:  # most repeats are spelled the same: no casefold
                    seen[label] = label
            first: dict[str, str] = {}
            for label in seen:  # insertion order: oldest first
                first.setdefault(label.casefold(), label)
            found = sorted(first.values(), key=lambda t: (t.casefold(), t))
            self._labels[name] = found
        return list(found)

    # -- search ---------------------------------------------------------------------------
    def text_matches(self, words: tuple[str, ...]) -> set[str]:
        """Live entries whose search text holds every word (``rules.query_words``: no
        whitespace in any), with the search part loaded: a scan of each block's joined
        text, plus the texts kept apart."""
        assert self._blocks is not None, "load the search part first"
        apart, rows = self._texts, self._rows
        hits: set[str] | None = None
        for word in sorted(words, key=len, reverse=True):  # the longest: fewest hits
            found: set[str] = set()
            for block in self._blocks:
                _find_in_block(block, word, found)
            hits = found if hits is None else hits & found
            if not hits:
                break
        result = {i for i in hits or () if i in rows and i not in apart}
        result.update(i for i, t in apart.items() if i in rows and all(w in t for w in words))
        return result

    def matching_ids(self, flt: JournalFilter) -> list[str]:
        """Ids of the entries passing ``flt``, newest first."""
        words = rules.query_words(flt.text)
        rest = replace(flt, text="")
        if not words:
            candidates = self.newest_first_ids()
        else:
            candidates = self._newest_first(self.text_matches(words))
        if rest == JournalFilter():
            return list(candidates)
        accept = rules.compile_filter(rest)
        return [i for i in candidates if accept(self.skeleton(i), "")]


class CacheHolder(Protocol):
    """What ``dropper`` needs of the service: the one attribute it clears."""

    _cache: JournalCache | None


def dropper(service: CacheHolder) -> Callable[[weakref.ref[KeyRing]], None]:
    """A weakref callback that lets go of the service's decrypted copy as soon as the
    keyring it was decrypted with is gone — which happens the moment the vault locks
    and drops the session. It takes no lock (it may run inside ``Vault.lock``) and
    only drops the reference, so a reader still iterating keeps a consistent copy."""
    service_ref = weakref.ref(service)

    def drop(dead: weakref.ref[KeyRing]) -> None:
        owner = service_ref()
        if owner is not None and owner._cache is not None and owner._cache.owner is dead:
            owner._cache = None

    return drop


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (reference counting goes on): parsing
    makes tens of thousands of small objects, none in a cycle."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
