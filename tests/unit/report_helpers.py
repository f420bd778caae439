"""A small group's first quarter for the report tests (issue 13, W11).

Today is 15 Jan 2027 (the test clock). Every name and alias carries a unique marker,
so a scan of a report, a PDF or a CSV can tell whether any of them leaked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from safespace_desktop.core.attendance import AttendanceStatus, HeadCounts
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.reports.report import EvaluationCounts, EvaluationQuestion
from safespace_desktop.core.run.meeting import MeetingSummary
from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.meeting_outcome import MeetingOutcomeService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.unit.security_helpers import new_marker

PRESENT, LATE = AttendanceStatus.PRESENT, AttendanceStatus.LATE


@dataclass
class Group:
    markers: list[str] = field(default_factory=list)  # every name, alias and text typed
    members: dict[str, str] = field(default_factory=dict)  # label → member id
    meetings: dict[str, str] = field(default_factory=dict)  # label → meeting id


def _member(vault: Vault, group: Group, label: str, joined: date, *, kept: bool) -> str:
    name, alias = f"Name{new_marker()}", f"they/{new_marker()}"
    group.markers += [name, alias]
    member = MembersService(vault).add_member(MemberDraft(name, alias, "", joined_on=joined))
    if kept:
        ConsentService(vault).give(member.id, ConsentPurpose.KEEP_ATTENDANCE_HISTORY)
    group.members[label] = member.id
    return member.id


def _outcome(vault: Vault, meeting_id: str, ratings: list[int], pauses: int) -> None:
    MeetingOutcomeService(vault).finish(
        RunPlan(meeting_id, "", 60, (), ()),
        MeetingSummary((), 0, 0, 0, pauses, len(ratings), None, None, 0),
        {},
        ratings,
        "",
    )


def first_quarter(vault: Vault, *, newcomers: int = 5) -> Group:
    """Meetings on 2, 5, 8 and 12 Jan (6, 4, 2 and 4 people in the room), one
    cancelled, one to come; ``newcomers`` who joined in January (the first four keep
    their attendance: they came to 4, 3, 1 and 0 meetings); one long-standing member;
    four follow-ups opened this quarter, three done."""
    group = Group()
    meetings = MeetingsService(vault)
    for label, day in (
        ("jan2", date(2027, 1, 2)),
        ("jan5", date(2027, 1, 5)),
        ("jan8", date(2027, 1, 8)),
        ("jan10", date(2027, 1, 10)),
        ("jan12", date(2027, 1, 12)),
        ("jan20", date(2027, 1, 20)),
        ("dec", date(2026, 12, 8)),
    ):
        group.meetings[label] = meetings.add_extra(day, start="18:30", minutes=90).id
    old = _member(vault, group, "old", date(2026, 6, 1), kept=True)
    kept = [True, True, False, True, True, False, False]
    people = [
        _member(vault, group, f"new{i}", date(2027, 1, 1 + i), kept=kept[i % len(kept)])
        for i in range(newcomers)
    ]
    attendance = AttendanceService(vault)
    m = group.meetings

    def came(meeting: str, *who: str, status: AttendanceStatus = PRESENT) -> None:
        for member_id in who:
            attendance.mark(m[meeting], member_id, status)

    first, second = (people + ["", ""])[:2]
    fourth = people[3] if newcomers > 3 else ""
    came("dec", old)
    came("jan2", *(p for p in (first, second, old) if p))
    attendance.set_counts(m["jan2"], HeadCounts(present=2 + (first == ""), newcomers=1))
    came("jan5", *(p for p in (first, second, fourth, old) if p))
    came("jan8", *(p for p in (first, second) if p))
    if first:
        came("jan12", first, status=LATE)
    attendance.set_counts(m["jan12"], HeadCounts(present=3 + (first == "")))
    attendance.set_counts(m["jan10"], HeadCounts(present=5))
    meetings.cancel(m["jan10"], "The hall was closed")
    _outcome(vault, m["jan5"], [5, 1], 1)
    _outcome(vault, m["jan12"], [4, 5, 3], 1)
    themes = f"Theme{new_marker()}"
    group.markers.append(themes)
    MeetingRecordService(vault).save(
        m["jan12"], themes=themes, next_meeting="", volunteers="", final_notes=""
    )
    follow_ups = FollowUpsService(vault)
    for index in range(4):
        text = f"Call{new_marker()}"
        group.markers.append(text)
        item = follow_ups.add(FollowUpDraft(text, member_id=old, meeting_id=m["jan12"]))
        if index < 3:
            follow_ups.set_done(item.id)
    return group


class FakeFeedback:
    """Stands in for the feedback kiosk's service (``FeedbackSource``)."""

    def ratings_between(self, start: date, end: date) -> list[tuple[date, int]]:
        given = [(date(2027, 1, 8), 5), (date(2027, 1, 8), 4), (date(2027, 1, 8), 3)]
        given.append((date(2026, 12, 8), 1))
        return [(day, r) for day, r in given if start <= day <= end]

    def evaluation_summary(self, start: date, end: date) -> EvaluationCounts:
        return EvaluationCounts(
            responses=9,
            questions=(
                EvaluationQuestion("I felt safe", (("Yes", 7), ("Mostly", 1), ("No", 1))),
                EvaluationQuestion("I felt heard", (("Yes", 5), ("Mostly", 3), ("No", 1))),
            ),
        )
