"""What the journal reads, as plain functions run on the worker thread (never on the GUI).

Opening a journal reads the list part of its sealed index once (the service keeps it
in memory for the session); that happens here, inside a query operation, while the
page shows a calm "Opening your journal…". The list then arrives a page at a time,
each shown entry opened the authenticated way. Search and filters run over the
service's in-memory copy (the search part is read once, on the first keystroke),
also off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safespace_desktop.core.model import (
    GroupPrompt,
    JournalDraft,
    JournalEntry,
    JournalFilter,
    JournalPreferences,
)
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.prompts import PromptsService


@dataclass(frozen=True)
class Listing:
    """One answer to "what does the left side show now"."""

    entries: list[JournalEntry]  # the first page
    matched: int  # entries matching the search and filters, in all
    total: int
    tags: list[str]
    feelings: list[str]
    month: tuple[int, int]  # (year, month) of the calendar page the days belong to
    days: dict[date, int]
    on_this_day: list[JournalEntry] | None  # None: the person has not turned it on


@dataclass(frozen=True)
class Opening:
    """Everything the page needs the first time it is shown."""

    preferences: JournalPreferences
    prompt_of_the_day: str
    group_prompts: list[GroupPrompt]
    draft: JournalDraft | None
    damaged: bool
    listing: Listing


PAGE_SIZE = 200  # entries read at a time: a long journal scrolls in pages


def read_listing(
    journal: JournalService, flt: JournalFilter, month: tuple[int, int], today: date
) -> Listing:
    preferences = journal.preferences()
    first_page = journal.list_entries(flt, limit=PAGE_SIZE)
    return Listing(
        entries=first_page,
        matched=len(first_page) if len(first_page) < PAGE_SIZE else journal.count(flt),
        total=journal.count(),
        tags=journal.tags(),
        feelings=journal.feelings_used(),
        month=month,
        days=journal.days_with_entries(*month),
        on_this_day=journal.on_this_day(today) if preferences.show_on_this_day else None,
    )


def read_more(journal: JournalService, flt: JournalFilter, offset: int) -> list[JournalEntry]:
    """The next page of the list, from ``offset``."""
    return journal.list_entries(flt, limit=PAGE_SIZE, offset=offset)


def read_group_prompts(prompts: PromptsService, is_facilitator: bool) -> list[GroupPrompt]:
    """Facilitators offer group prompts; they never receive them."""
    return [] if is_facilitator else prompts.group_prompts_for_me()


def open_journal(
    journal: JournalService,
    prompts: PromptsService,
    is_facilitator: bool,
    flt: JournalFilter,
    month: tuple[int, int],
    today: date,
) -> Opening:
    listing = read_listing(journal, flt, month, today)  # decrypts the journal once
    return Opening(
        preferences=journal.preferences(),
        prompt_of_the_day=prompts.prompt_of_the_day(today).text,
        group_prompts=read_group_prompts(prompts, is_facilitator),
        draft=journal.load_draft(),
        damaged=bool(journal.damaged),
        listing=listing,
    )
