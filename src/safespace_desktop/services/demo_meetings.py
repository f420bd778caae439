"""The demo group's meetings (issue 9): a weekly schedule, the next meeting's agenda from
the peer-circle template, head counts of the past weeks, notes from the last meeting, a
topic, a follow-up and the rota. All of it is made up, like everything in the demo vault."""

from __future__ import annotations

from datetime import date, timedelta

from safespace_desktop.core.attendance import HeadCounts
from safespace_desktop.core.meetings.model import Cadence
from safespace_desktop.core.meetings.templates import builtin_template
from safespace_desktop.core.rota import RotaChoice
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.services.meetings import AgendaService, MeetingsService, TopicsService
from safespace_desktop.services.rota import RotaService
from safespace_desktop.services.vault import Vault

TUESDAY = 1


def add_demo_meetings(vault: Vault, today: date, member_id: str = "") -> None:
    """With a facilitator unlocked: the group meets on Tuesdays at 18:30."""
    meetings = MeetingsService(vault)
    meetings.set_schedule(
        Cadence.WEEKLY,
        weekday=TUESDAY,
        start="18:30",
        minutes=90,
        place="Community centre, room 2",
        template_key="peer-circle",
        from_date=today - timedelta(days=70),
    )
    overview = meetings.overview()
    if overview.upcoming:
        upcoming = meetings.ensure(overview.upcoming[0])
        AgendaService(vault).apply_template(upcoming.id, builtin_template("peer-circle"))
    # The past weeks' head counts, so the Reports page has something to show.
    attendance = AttendanceService(vault)
    for weeks_ago, past in enumerate(overview.past):
        stored = meetings.ensure(past)
        present = 6 + (weeks_ago * 5) % 4
        attendance.set_counts(stored.id, HeadCounts(present, weeks_ago % 2, 1, weeks_ago % 3 // 2))
    if overview.past:
        last = meetings.ensure(overview.past[0])
        MeetingRecordService(vault).save(
            last.id,
            themes="Sleep in the dark months; asking family for help; small wins.",
            next_meeting="Next Tuesday, same room.",
            volunteers="Someone to bring tea and open the room at 18:15.",
            final_notes="A calm meeting. Two people said the check-out helped.",
        )
        TopicsService(vault).add("Getting through the winter evenings", raised_meeting_id=last.id)
    TopicsService(vault).add("How we welcome newcomers")
    FollowUpsService(vault).add(
        FollowUpDraft(
            "Stepped out early last week — give a gentle call before Tuesday",
            due_on=today + timedelta(days=1),
            member_id=member_id,
        )
    )
    add_demo_rota(vault)


def add_demo_rota(vault: Vault) -> None:
    """The facilitators take turns leading the next six meetings; the last two of the
    eight shown are still open, as a real rota's often are."""
    rota = RotaService(vault)
    people = [person.id for person in rota.people()]
    if not people:
        return
    for turn, line in enumerate(rota.overview().lines[:6]):
        lead = people[turn % len(people)]
        support = people[(turn + 1) % len(people)] if len(people) > 1 else ""
        rota.save(line.meeting.id, RotaChoice(lead=lead, support=support))
