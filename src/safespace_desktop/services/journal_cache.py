"""The unlocked person's entries held in memory for one session (issue 15).

Entries arrive as stored values (from the journal's sealed index) and become
``JournalEntry`` objects only when something needs one: the newest fifty for the list,
the matches of a search. Sorting and search work on the stored values directly, so
opening a journal of 10,000 entries builds fifty objects, not ten thousand.

The copy belongs to one keyring object: when the vault locks that keyring is released
and the copy is dropped with it (``JournalService`` wires that up).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from safespace_desktop.core import journal as rules
from safespace_desktop.core.errors import IntegrityError
from safespace_desktop.core.model import JournalEntry, JournalFilter, Principal
from safespace_desktop.services.journal_codec import ENTRY_FIELD, decode_entry, entry_from_values
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.storage.journal_records import OpenedValues
from safespace_desktop.storage.records import DamagedRecord

SortKey = tuple[str, int, str]  # ISO entry date, last edit (HLC), id: newest first, reversed


def _entry_date(value: Any) -> Any:
    """The entry date from a stored entry value, without building the whole mapping
    (values are flattened sorted pairs: body, date, …)."""
    if isinstance(value, list | tuple) and len(value) > 3 and value[2] == "date":
        return value[3]
    return decode_entry(value)["date"]


_SEPARATOR = "\x00"  # joins texts for one bulk fold (a text holding it: one by one)
_BULK_FOLD_FROM = 64

_LAYOUT = ("body", "date", "feelings", "mood", "prompt", "starred", "tags", "title")
_LABEL_AT = {"feelings": 5, "tags": 13}  # where their values sit in today's layout


def _searched(value: Any) -> tuple[str, str, list[str], list[str]]:
    """Title, body, tags and feelings of a stored entry value — straight from the
    flattened pairs when they have today's layout, else through ``decode_entry``."""
    if isinstance(value, list | tuple) and tuple(value[::2]) == _LAYOUT:
        title, body, tags, feelings = value[15], value[1], value[13], value[5]
    else:
        content = decode_entry(value)
        title, body = content.get("title", ""), content.get("body", "")
        tags, feelings = content.get("tags"), content.get("feelings")
    return (
        str(title),
        str(body),
        [str(t) for t in tags or ()],
        [str(f) for f in feelings or ()],
    )


@dataclass
class JournalCache:
    owner: weakref.ref[KeyRing]
    slot_id: str
    _stored: dict[str, tuple[dict[str, Any], int]] = field(default_factory=dict)
    _built: dict[str, JournalEntry] = field(default_factory=dict)
    _keys: dict[str, SortKey] = field(default_factory=dict)
    _haystacks: dict[str, str] = field(default_factory=dict)
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
    def load(self, opened: Iterable[OpenedValues]) -> list[DamagedRecord]:
        """Take stored values; a value that is not a well-formed entry is reported."""
        damaged: list[DamagedRecord] = []
        for item in opened:
            try:
                entry_date = _entry_date(item.values.get(ENTRY_FIELD))
                date.fromisoformat(entry_date)  # a well-formed date, or damaged
            except (ValueError, TypeError, KeyError):
                error = IntegrityError("journal_entries", item.id)
                damaged.append(DamagedRecord("journal_entries", item.id, error))
                continue
            self._stored[item.id] = (item.values, item.last_hlc)
            self._keys[item.id] = (entry_date, item.last_hlc, item.id)
        self._ordered = None
        self._labels.clear()
        return damaged

    def put(self, entry: JournalEntry) -> None:
        self._stored.pop(entry.id, None)
        self._built[entry.id] = entry
        self._keys[entry.id] = (entry.entry_date.isoformat(), entry.edited_hlc, entry.id)
        self._haystacks[entry.id] = rules.haystack(entry)
        self._ordered = None
        self._labels.clear()

    def drop(self, entry_id: str) -> None:
        for store in (self._stored, self._built, self._keys, self._haystacks):
            store.pop(entry_id, None)
        self._ordered = None
        self._labels.clear()

    def clear(self) -> None:
        for store in (self._stored, self._built, self._keys, self._haystacks):
            store.clear()
        self._ordered = None
        self._labels.clear()

    # -- reading --------------------------------------------------------------------------
    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def entry(self, entry_id: str) -> JournalEntry | None:
        built = self._built.get(entry_id)
        if built is None:
            stored = self._stored.pop(entry_id, None)
            if stored is None:
                return None
            built = entry_from_values(entry_id, stored[0], stored[1])
            self._built[entry_id] = built
        return built

    def newest_first_ids(self) -> list[str]:
        if self._ordered is None:
            self._ordered = sorted(self._keys, key=self._keys.__getitem__, reverse=True)
        return self._ordered

    def newest_first(self) -> Iterator[JournalEntry]:
        for entry_id in self.newest_first_ids():
            entry = self.entry(entry_id)
            if entry is not None:
                yield entry

    def entries_dated(self, prefix: str) -> Iterator[JournalEntry]:
        """Entries whose ISO date starts with ``prefix`` ("2026-12", "2026-12-05")."""
        for entry_id in self.newest_first_ids():
            if self._keys[entry_id][0].startswith(prefix):
                entry = self.entry(entry_id)
                if entry is not None:
                    yield entry

    def dates(self) -> Iterator[str]:
        """Every entry's ISO date (with repeats), newest first, building nothing."""
        for entry_id in self.newest_first_ids():
            yield self._keys[entry_id][0]

    def all_entries(self) -> list[JournalEntry]:
        return list(self.newest_first())

    def labels_oldest_first(self, name: str) -> Iterator[str]:
        """Every tag or feeling (``name``: "tags" or "feelings"), oldest entry first,
        read from the stored values without building entries."""
        for entry_id in reversed(self.newest_first_ids()):
            built = self._built.get(entry_id)
            if built is not None:
                yield from getattr(built, name)
            else:
                value: Any = self._stored[entry_id][0].get(ENTRY_FIELD)
                at = _LABEL_AT[name]
                if isinstance(value, list) and len(value) == 16 and value[at - 1] == name:
                    # Today's layout, read in place (issue 15: the journal page asks for
                    # tags and feelings on every open, over all 10,000 entries).
                    labels = value[at]
                else:
                    labels = decode_entry(value).get(name)
                yield from map(str, labels or ())

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

    def haystack(self, entry_id: str) -> str:
        """The folded text search looks in, made on first use."""
        found = self._haystacks.get(entry_id)
        if found is None:
            built = self._built.get(entry_id)
            if built is not None:
                found = rules.haystack(built)
            else:
                title, body, tags, feelings = _searched(self._stored[entry_id][0].get(ENTRY_FIELD))
                found = rules.fold("\n".join((title, body, *tags, *feelings)))
            self._haystacks[entry_id] = found
        return found

    def matching(self, flt: JournalFilter) -> Iterator[JournalEntry]:
        """Entries passing ``flt``, newest first. A text-only search looks at the stored
        text first and builds objects only for the matches."""
        accept = rules.compile_filter(flt)
        text_only = flt == JournalFilter(text=flt.text)
        words = rules.query_words(flt.text)
        candidates = self.newest_first_ids()
        if words:
            self._fill_haystacks()
            hays = self._haystacks
            for entry_id in candidates:
                if entry_id not in hays:
                    self.haystack(entry_id)
            if text_only:
                # One word at a time over the whole journal: a tight loop per word
                # instead of a generator per entry (the first search at 10,000).
                for word in words:
                    candidates = [i for i in candidates if word in hays[i]]
        for entry_id in candidates:
            entry = self.entry(entry_id)
            if entry is not None and accept(entry, self.haystack(entry_id)):
                yield entry

    def _fill_haystacks(self) -> None:
        """Make every missing haystack at once: one fold over all the texts joined,
        split again, instead of ten thousand small folds (the first search after
        unlock). Same result as ``haystack``: folding works character by character, and
        if any text holds the separator itself every haystack is made one by one."""
        missing = [i for i in self._keys if i not in self._haystacks]
        if len(missing) < _BULK_FOLD_FROM:
            return
        texts = []
        stored, built_entries, join = self._stored, self._built, "\n".join
        for entry_id in missing:
            built = built_entries.get(entry_id)
            if built is not None:
                texts.append(join((built.title, built.body, *built.tags, *built.feelings)))
                continue
            value: Any = stored[entry_id][0].get(ENTRY_FIELD)
            try:
                # Today's layout, read in place (title, body, tags, feelings); join
                # refuses anything that is not text, and then the slow path decides.
                if len(value) == 16 and tuple(value[::2]) == _LAYOUT:
                    texts.append(join((value[15], value[1], *value[13], *value[5])))
                    continue
            except TypeError:
                pass
            title, body, tags, feelings = _searched(value)
            texts.append(join((title, body, *tags, *feelings)))
        joined = _SEPARATOR.join(texts)
        if joined.count(_SEPARATOR) != len(texts) - 1:
            return  # a text holds the separator after all: one by one, on first use
        folded = rules.fold(joined).split(_SEPARATOR)
        if len(folded) == len(texts):
            self._haystacks.update(zip(missing, folded, strict=True))
