"""Attendance, the meeting record and facilitators' follow-ups (issue 9, domain C4, C6, G5).

Attendance is kept per person only for members who agreed to "keep my attendance
history" (``ConsentPurpose.KEEP_ATTENDANCE_HISTORY``). Everyone else is only counted:
one sealed count record per meeting holds how many came, came late or sent apologies
without saying who, and how many newcomers came. Withdrawing that consent (or "forget
me") erases the person's rows and adds them to the counts, so totals never change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from safespace_desktop.core.roster import TellApart

FOLLOW_UP_TEXT_MAX = 500
RECORD_TEXT_MAX = 4000
COUNT_MAX = 500  # far above any real meeting (domain.md §3: 25 attendees at most)


class AttendanceStatus(StrEnum):
    """How one person attended one meeting."""

    PRESENT = "present"
    LATE = "late"
    APOLOGIES = "apologies"  # sent apologies: did not come, but said so


STATUS_ORDER: tuple[AttendanceStatus, ...] = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.APOLOGIES,
)


@dataclass(frozen=True)
class HeadCounts:
    """People counted without names at one meeting (never linked to anyone)."""

    present: int = 0
    late: int = 0
    apologies: int = 0
    newcomers: int = 0

    def of(self, status: AttendanceStatus) -> int:
        return int(getattr(self, status.value))

    def plus(self, status: AttendanceStatus, by: int = 1) -> HeadCounts:
        values = {s.value: self.of(s) for s in STATUS_ORDER}
        values[status.value] += by
        return HeadCounts(**values, newcomers=self.newcomers)


@dataclass(frozen=True)
class AttendanceLine:
    """One active member on the attendance checklist of a meeting.

    ``kept`` is True when the member agreed to keep their attendance history: only
    then can a status be stored for them; the others are counted in ``HeadCounts``.
    """

    member_id: str
    name: str
    pronouns: str
    tell_apart: TellApart  # what tells two members of the same name apart
    kept: bool
    status: AttendanceStatus | None = None


@dataclass(frozen=True)
class AttendanceSheet:
    """Everything the attendance panel of one meeting shows."""

    meeting_id: str
    lines: tuple[AttendanceLine, ...]
    counts: HeadCounts
    counts_rev: int = 0  # the count record's revision (0: none stored yet)
    counts_conflicts: tuple[str, ...] = ()
    """Counts ("present", "late", …) two PCs entered differently between syncs: both
    are kept until someone picks one in the conflicts inbox; ``counts`` shows one."""

    def total(self, status: AttendanceStatus) -> int:
        named = sum(1 for line in self.lines if line.status is status)
        return named + self.counts.of(status)

    @property
    def came(self) -> int:
        """Everyone who was in the room: present, late and newcomers."""
        return (
            self.total(AttendanceStatus.PRESENT)
            + self.total(AttendanceStatus.LATE)
            + self.counts.newcomers
        )


@dataclass(frozen=True)
class FollowUp:
    """Something a facilitator must do after a meeting ("stepped out: call tomorrow")."""

    id: str
    text: str
    due_on: date | None
    done: bool = False
    done_on: date | None = None
    member_id: str = ""
    member_name: str = ""  # filled when listing; "" when not linked or no longer there
    meeting_id: str = ""
    created_on: date | None = None
    rev: int = 0

    def overdue(self, today: date) -> bool:
        return not self.done and self.due_on is not None and self.due_on < today


def follow_up_order(items: list[FollowUp], today: date) -> list[FollowUp]:
    """Open ones first, overdue before the rest, then by due date (undated last)."""

    def key(item: FollowUp) -> tuple[int, int, date, str]:
        return (
            1 if item.done else 0,
            0 if item.overdue(today) else 1,
            item.due_on or date.max,
            item.id,
        )

    return sorted(items, key=key)


@dataclass(frozen=True)
class MeetingRecord:
    """The notes after a meeting (group key): themes without names, the next meeting,
    a call for volunteers and the final notes."""

    meeting_id: str
    themes: str = ""
    next_meeting: str = ""
    volunteers: str = ""
    final_notes: str = ""
    rev: int = 0
    stored: bool = False

    @property
    def empty(self) -> bool:
        return not (self.themes or self.next_meeting or self.volunteers or self.final_notes)
