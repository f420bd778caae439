"""Pure journal rules: cleaning input, filtering, search, mood series, "on this day",
and the readable export. No storage, no crypto, no Qt: the service feeds these
functions plain dataclasses it decrypted in memory.
"""

from __future__ import annotations

import calendar
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from operator import attrgetter
from typing import Literal

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.model import (
    MOOD_MAX,
    MOOD_MIN,
    JournalEntry,
    JournalEntryInput,
    JournalFilter,
    MoodPoint,
)
from safespace_desktop.core.text import check_text

TITLE_MAX = 200
BODY_MAX = 100_000  # characters; domain.md §3 puts the largest entries near 100 KB
PROMPT_MAX = 1_000
LABEL_MAX = 40  # one tag or feeling word
LABELS_MAX = 30  # tags or feelings on one entry
EARLIEST_DATE = date(1900, 1, 1)

Period = Literal["week", "month"]


# --------------------------------------------------------------------------- cleaning
def fold(text: str) -> str:
    """The form searches compare: NFKC, case-folded."""
    if text.isascii():  # NFKC leaves ASCII as it is: skip the normalising pass
        return text.casefold()
    return unicodedata.normalize("NFKC", text).casefold()


def _clean_labels(values: Iterable[str], field: str, *, strip_hash: bool) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for raw in values:
        label = " ".join(unicodedata.normalize("NFKC", check_text(field, raw)).split())
        if strip_hash:
            label = label.lstrip("#@").strip()
        if not label:
            continue
        if len(label) > LABEL_MAX:
            raise ValidationError(field, "label_too_long", limit=LABEL_MAX)
        key = label.casefold()
        if key not in seen:
            seen.add(key)
            out.append(label)
    if len(out) > LABELS_MAX:
        raise ValidationError(field, "too_many", limit=LABELS_MAX)
    return tuple(out)


def clean_entry(
    entry: JournalEntryInput, today: date, *, require_content: bool = True
) -> JournalEntryInput:
    """Validate and normalise editor input; ``entry_date`` None becomes ``today``.

    With ``require_content`` False (autosaved drafts) an empty entry is allowed and an
    empty date stays empty.
    """
    title = " ".join(check_text("title", entry.title).split())
    if len(title) > TITLE_MAX:
        raise ValidationError("title", "too_long", limit=TITLE_MAX)
    body = check_text("body", entry.body).replace("\r\n", "\n").replace("\r", "\n")
    if len(body) > BODY_MAX:
        raise ValidationError("body", "too_long", limit=BODY_MAX, record="journal_entry")
    if body.strip() == "":
        body = ""
    prompt = check_text("prompt", entry.prompt).strip()
    if len(prompt) > PROMPT_MAX:
        raise ValidationError("prompt", "too_long", limit=PROMPT_MAX)
    mood = entry.mood
    if mood is not None and (
        isinstance(mood, bool) or not isinstance(mood, int) or not MOOD_MIN <= mood <= MOOD_MAX
    ):
        raise ValidationError("mood", "out_of_range", minimum=MOOD_MIN, maximum=MOOD_MAX)
    feelings = _clean_labels(entry.feelings, "feelings", strip_hash=False)
    tags = _clean_labels(entry.tags, "tags", strip_hash=True)
    entry_date = entry.entry_date
    if require_content:
        if not (title or body or mood is not None or feelings):
            raise ValidationError("body", "required")
        entry_date = entry_date or today
    if entry_date is not None:
        if entry_date > today:
            raise ValidationError("entry_date", "in_future")
        if entry_date < EARLIEST_DATE:
            raise ValidationError("entry_date", "too_early")
    return JournalEntryInput(
        body=body,
        title=title,
        entry_date=entry_date,
        mood=mood,
        feelings=feelings,
        tags=tags,
        starred=bool(entry.starred),
        prompt=prompt,
    )


# --------------------------------------------------------------------------- ordering
def newest_first_key(entry: JournalEntry) -> tuple[date, int, str]:
    """Sort key for newest-first lists: entry date, then edit time, then id."""
    return (entry.entry_date, entry.edited_hlc, entry.id)


def sort_newest_first(entries: Iterable[JournalEntry]) -> list[JournalEntry]:
    return sorted(entries, key=newest_first_key, reverse=True)


# --------------------------------------------------------------------------- search
def haystack(entry: JournalEntry) -> str:
    """The folded text search looks in: title, body, tags and feelings."""
    return fold("\n".join((entry.title, entry.body, *entry.tags, *entry.feelings)))


def query_words(text: str) -> tuple[str, ...]:
    """Folded words of a query; the entry must contain every one (as a substring)."""
    return tuple(dict.fromkeys(fold(text).split()))


def compile_filter(flt: JournalFilter) -> Callable[[JournalEntry, str], bool]:
    """A predicate ``(entry, folded haystack) -> bool`` for ``flt``, prepared once so a
    search over many entries does the query work only once."""
    words = query_words(flt.text)
    wanted_tags = [t.lstrip("#@").strip().casefold() for t in flt.tags]
    checks: list[Callable[[JournalEntry, str], bool]] = []
    if flt.starred_only:
        checks.append(lambda e, _h: e.starred)
    if flt.date_from is not None:
        start = flt.date_from
        checks.append(lambda e, _h: e.entry_date >= start)
    if flt.date_to is not None:
        end = flt.date_to
        checks.append(lambda e, _h: e.entry_date <= end)
    if flt.moods:
        moods = flt.moods
        checks.append(lambda e, _h: e.mood in moods)
    if wanted_tags:

        def has_tags(entry: JournalEntry, _h: str) -> bool:
            carried = {t.casefold() for t in entry.tags}
            return all(t in carried for t in wanted_tags)

        checks.append(has_tags)
    if len(words) == 1:
        word = words[0]
        checks.append(lambda _e, h: word in h)
    elif words:
        checks.append(lambda _e, h: all(w in h for w in words))
    if len(checks) == 1:
        return checks[0]
    return lambda entry, text: all(check(entry, text) for check in checks)


def matches(entry: JournalEntry, flt: JournalFilter, folded_haystack: str | None = None) -> bool:
    """Whether ``entry`` passes every criterion of ``flt``."""
    text = folded_haystack if folded_haystack is not None else haystack(entry)
    return compile_filter(flt)(entry, text)


# --------------------------------------------------------------------------- mood
def period_start(day: date, by: Period) -> date:
    """Monday of ``day``'s ISO week, or the first of its month."""
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown period {by!r}")


def mood_series(entries: Iterable[JournalEntry], by: Period = "week") -> list[MoodPoint]:
    """Average mood per week or month, oldest first; periods without a mood are left out."""
    buckets: dict[date, list[int]] = defaultdict(list)
    for entry in entries:
        if entry.mood is not None:
            buckets[period_start(entry.entry_date, by)].append(entry.mood)
    return [
        MoodPoint(
            period_start=start,
            average=sum(moods) / len(moods),
            count=len(moods),
            lowest=min(moods),
            highest=max(moods),
        )
        for start, moods in sorted(buckets.items())
    ]


# --------------------------------------------------------------------------- calendar
def days_with_entries(entries: Iterable[JournalEntry], year: int, month: int) -> dict[date, int]:
    """How many entries each day of the month has (days without entries are absent)."""
    counts: dict[date, int] = defaultdict(int)
    for entry in entries:
        if entry.entry_date.year == year and entry.entry_date.month == month:
            counts[entry.entry_date] += 1
    return dict(sorted(counts.items()))


def on_this_day(entries: Iterable[JournalEntry], today: date) -> list[JournalEntry]:
    """Entries written on today's day and month in earlier years, newest first.

    On 28 February of a non-leap year, entries from 29 February are included too.
    """
    days = {(today.month, today.day)}
    if today.month == 2 and today.day == 28 and not calendar.isleap(today.year):
        days.add((2, 29))
    found = [
        e
        for e in entries
        if e.entry_date.year < today.year and (e.entry_date.month, e.entry_date.day) in days
    ]
    return sort_newest_first(found)


# --------------------------------------------------------------------------- export
READABLE_WARNING = (
    "This file is NOT encrypted. Anyone who can open it can read it. "
    "Keep it somewhere private, and delete it when you no longer need it."
)


def _md_escape_heading(text: str) -> str:
    return " ".join(text.split())


def render_markdown(
    entries: Iterable[JournalEntry], date_from: date | None, date_to: date | None
) -> str:
    """A readable Markdown export of ``entries`` (oldest first), with the warning on top."""
    # The same sort as ``newest_first_key``, with the key read in C (issue 15: ten
    # thousand entries).
    chosen = sorted(entries, key=attrgetter("entry_date", "edited_hlc", "id"))
    span = (
        f"{date_from.isoformat() if date_from else 'the beginning'} to "
        f"{date_to.isoformat() if date_to else 'today'}"
    )
    lines = [
        "# My journal",
        "",
        f"Entries from {span} ({len(chosen)} {'entry' if len(chosen) == 1 else 'entries'}).",
        "",
        f"> {READABLE_WARNING}",
        "",
    ]
    add = lines.append
    day_names: dict[date, str] = {}  # many entries share a day: strftime once per day
    for entry in chosen:
        heading = day_names.get(entry.entry_date)
        if heading is None:
            heading = day_names[entry.entry_date] = entry.entry_date.strftime("%A %d %B %Y")
        if entry.title:
            heading += f" — {_md_escape_heading(entry.title)}"
        if entry.starred:
            heading += " ★"
        add(f"\n## {heading}\n")
        details = []
        if entry.mood is not None:
            details.append(f"Mood: {entry.mood} of {MOOD_MAX}")
        if entry.feelings:
            details.append("Feelings: " + ", ".join(entry.feelings))
        if entry.tags:
            details.append("Tags: " + ", ".join(f"#{t}" for t in entry.tags))
        if details:
            add(" · ".join(details) + "\n")
        if entry.prompt:
            add(f"*{_md_escape_heading(entry.prompt)}*\n")
        if entry.body:
            add(entry.body.rstrip("\n") + "\n")
    return "\n".join(lines).rstrip("\n") + "\n"


def with_text(flt: JournalFilter | None, text: str) -> JournalFilter:
    return replace(flt or JournalFilter(), text=text)
