"""The plan a facilitator runs a meeting from (issue 10): the agenda and today's roster,
with no roster notes; the agenda's facilitator notes are for the console only."""

from __future__ import annotations

from datetime import timedelta

from safespace_desktop.core.meetings.model import SegmentDraft, SegmentKind
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import today_from
from safespace_desktop.core.run.meeting import RoundKind
from safespace_desktop.services.meeting_run import MeetingRunService, told_apart
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault


def test_the_plan_carries_the_agenda_and_the_roster_but_no_roster_notes(vault: Vault) -> None:
    members = MembersService(vault)
    for name in ("Alex", "Bea", "Alex"):
        members.add_member(MemberDraft(name, "", "PRIVATE-NOTE"))
    gone = members.add_member(MemberDraft("Cy", "", ""))
    members.archive(gone.id)
    day = today_from(vault.clock.now()) + timedelta(days=1)
    meeting = MeetingsService(vault).add_extra(day, start="18:30", minutes=90)
    agenda = AgendaService(vault)
    for draft in (
        SegmentDraft("Welcome", 5, SegmentKind.WELCOME, read_aloud="Hello", note="NOTE-1"),
        SegmentDraft("Agreement", 5, SegmentKind.AGREEMENT),
        SegmentDraft("Check-in", 20, SegmentKind.CHECK_IN),
        SegmentDraft("Sort the rota", 5, SegmentKind.DISCUSSION, public=False, note="NOTE-2"),
        SegmentDraft("Discussion", 40, SegmentKind.DISCUSSION),
        SegmentDraft("Check-out", 15, SegmentKind.CHECK_OUT),
    ):
        agenda.add_segment(meeting.id, draft)

    plan = MeetingRunService(vault).plan(meeting)

    assert plan.meeting_minutes == 90
    assert [s.title for s in plan.segments][0] == "Welcome"
    kinds = {s.title: (s.round_kind, s.open_floor, s.public, s.agreement) for s in plan.segments}
    assert kinds["Check-in"][0] is RoundKind.CHECK_IN
    assert kinds["Check-out"][0] is RoundKind.CHECK_OUT
    assert kinds["Discussion"][1] and kinds["Agreement"][3]
    assert kinds["Sort the rota"][2] is False
    assert sorted(p.alias for p in plan.people) == ["Alex", "Alex (2)", "Bea"]
    assert all(p.newcomer for p in plan.people)  # they joined today
    # The agenda's facilitator notes come along for the console (the room screen's card
    # has no place for them); the roster's private notes never do.
    notes = {s.title: s.note for s in plan.segments}
    assert notes["Welcome"] == "NOTE-1" and notes["Sort the rota"] == "NOTE-2"
    assert "PRIVATE" not in repr(plan)


def test_two_people_with_one_name_are_told_apart_by_number_only() -> None:
    assert told_apart(["Alex", "Bea", "Alex", "Alex"]) == ["Alex", "Bea", "Alex (2)", "Alex (3)"]
