"""Helpers for the meetings tests (issue 9): one record of every meetings kind."""

from __future__ import annotations

from datetime import timedelta

from safespace_desktop.core.meetings.model import Cadence
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.vault import Vault


def write_one_of_each(vault: Vault, marker: str = "") -> None:
    """As a facilitator: a schedule, a meeting, public and internal agenda segments, a
    saved template and a backlog topic (``marker`` goes into every typed field)."""
    meetings = MeetingsService(vault)
    meetings.set_schedule(
        Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, place=f"Hall {marker}"
    )
    day = today_from(vault.clock.now()) + timedelta(days=1)
    meetings.add_extra(
        day, start="10:00", minutes=60, place=f"Room {marker}", title=f"Extra {marker}"
    )
    meetings.meetings()  # writes the local index
