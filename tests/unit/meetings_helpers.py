"""Helpers for the meetings tests (issue 9): one record of every meetings kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from safespace_desktop.core.meetings.model import Cadence, SegmentDraft, SegmentKind
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.meetings import (
    AgendaService,
    MeetingsService,
    MeetingTemplatesService,
    TopicsService,
)
from safespace_desktop.services.vault import Vault


def write_one_of_each(vault: Vault, mark: Callable[[], str] = str) -> None:
    """As a facilitator: a schedule, a meeting, public and internal agenda segments, a
    saved template and a backlog topic (``mark()`` gives the text typed into each field)."""
    meetings = MeetingsService(vault)
    meetings.set_schedule(
        Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, place=f"Hall {mark()}"
    )
    day = today_from(vault.clock.now()) + timedelta(days=1)
    extra = meetings.add_extra(
        day, start="10:00", minutes=60, place=f"Room {mark()}", title=f"Extra {mark()}"
    )
    meetings.cancel(extra.id, f"Closed {mark()}")
    agenda = AgendaService(vault)
    agenda.add_segment(
        extra.id,
        SegmentDraft(
            f"Welcome {mark()}",
            5,
            SegmentKind.WELCOME,
            read_aloud=f"Read {mark()}",
            note=f"Note {mark()}",
        ),
    )
    agenda.add_segment(
        extra.id,
        SegmentDraft(f"Internal {mark()}", 10, SegmentKind.DISCUSSION, public=False),
    )
    MeetingTemplatesService(vault).save_from_meeting(extra.id, f"Template {mark()}")
    topics = TopicsService(vault)
    topics.add(f"Topic {mark()}", raised_meeting_id=extra.id)
    meetings.meetings()  # writes the local index
