"""What the journal reads, as plain functions run on the worker thread (never on the GUI).

Opening a journal of ten thousand entries decrypts them all once; that happens here,
inside a query operation, while the page shows a calm "Opening your journal…".
Search and filters then run over the service's in-memory copy, also off the GUI thread.
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

    entries: list[JournalEntry]
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


def read_listing(
    journal: JournalService, flt: JournalFilter, month: tuple[int, int], today: date
) -> Listing:
    preferences = journal.preferences()
    return Listing(
        entries=journal.list_entries(flt),
        total=journal.count(),
        tags=journal.tags(),
        feelings=journal.feelings_used(),
        month=month,
        days=journal.days_with_entries(*month),
        on_this_day=journal.on_this_day(today) if preferences.show_on_this_day else None,
    )


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
