"""Agendas, templates, the topic backlog and the members' view (issue 9)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from safespace_desktop.core.errors import NotPermitted, StaleEdit, ValidationError
from safespace_desktop.core.meetings.agenda import timing
from safespace_desktop.core.meetings.model import (
    Meeting,
    SegmentDraft,
    SegmentKind,
    TopicStatus,
)
from safespace_desktop.core.meetings.templates import BUILTIN_TEMPLATES, builtin_template
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.meetings import (
    AgendaService,
    MeetingsService,
    MeetingTemplatesService,
    TopicsService,
)
from safespace_desktop.services.vault import Vault
from tests.conftest import MEMBER_PASS


@pytest.fixture
def meeting(vault: Vault) -> Meeting:
    day = today_from(vault.clock.now()) + timedelta(days=4)
    return MeetingsService(vault).add_extra(day, start="18:30", minutes=90, place="Room 2")


@pytest.fixture
def agenda(vault: Vault) -> AgendaService:
    return AgendaService(vault)


def test_builtin_templates_follow_the_published_structures() -> None:
    keys = {t.key for t in BUILTIN_TEMPLATES}
    assert keys == {"smart-recovery", "nami-connection", "dbsa", "twelve-step", "peer-circle"}
    for template in BUILTIN_TEMPLATES:
        assert sum(s.minutes for s in template.segments) == template.minutes, template.key
    smart = builtin_template("smart-recovery")
    minutes = [s.minutes for s in smart.segments]
    assert minutes[0] == 5 and 10 <= minutes[1] <= 20 and minutes[2] == 3
    assert 40 <= minutes[3] <= 50 and minutes[4] == 3 and minutes[5] == 15
    assert smart.minutes == 90
    nami = [s.kind for s in builtin_template("nami-connection").segments]
    assert nami[0] is SegmentKind.WELCOME and nami[-1] is SegmentKind.CLOSING
    assert SegmentKind.CHECK_IN in nami and SegmentKind.DISCUSSION in nami
    twelve = [s.title for s in builtin_template("twelve-step").segments]
    assert "Seventh tradition" in twelve and "Preamble" in twelve
    assert len(builtin_template("dbsa").segments) == 7


def test_fill_from_template_reorder_edit_and_timing(
    vault: Vault, agenda: AgendaService, meeting: Meeting
) -> None:
    detail = agenda.apply_template(meeting.id, builtin_template("smart-recovery"))
    titles = [s.title for s in detail.segments]
    assert titles[0] == "Welcome and opening statement" and len(titles) == 6
    times = timing(
        detail.meeting.start, detail.meeting.minutes, [s.minutes for s in detail.segments]
    )
    assert times.starts[0] == "18:30" and times.ends[-1] == "20:00" and times.overrun == 0
    order = [s.id for s in detail.segments]
    order[0], order[1] = order[1], order[0]
    moved = agenda.reorder(meeting.id, order)
    assert [s.id for s in moved] == order
    first = moved[0]
    edited = agenda.update_segment(
        first.id, minutes=25, note="Sit near the door", expected_rev=first.rev
    )
    assert edited.minutes == 25 and edited.note == "Sit near the door"
    with pytest.raises(StaleEdit):
        agenda.update_segment(first.id, minutes=10, expected_rev=first.rev)
    detail = agenda.detail(meeting.id)
    times = timing(
        detail.meeting.start, detail.meeting.minutes, [s.minutes for s in detail.segments]
    )
    assert times.overrun == 9 and times.over_from() == 5
    with pytest.raises(ValidationError):
        agenda.update_segment(first.id, minutes=-1)
    with pytest.raises(ValidationError):
        agenda.add_segment(meeting.id, SegmentDraft("", 5, SegmentKind.BREAK))


def test_resource_links_are_stored_and_edited(agenda: AgendaService, meeting: Meeting) -> None:
    handout = str(uuid.uuid4())
    segment = agenda.add_segment(
        meeting.id, SegmentDraft("Grounding", 10, SegmentKind.DISCUSSION, resource_ids=(handout,))
    )
    assert segment.resource_ids == (handout,)
    other = str(uuid.uuid4())
    changed = agenda.update_segment(segment.id, resource_ids=[handout, other, handout])
    assert changed.resource_ids == (handout, other)
    with pytest.raises(ValidationError):
        agenda.update_segment(segment.id, resource_ids=["not an id"])


def test_a_member_sees_the_public_agenda_but_no_internal_item(
    vault: Vault, agenda: AgendaService, meeting: Meeting
) -> None:
    agenda.add_segment(meeting.id, SegmentDraft("Welcome", 5, SegmentKind.WELCOME, note="NOTE-A"))
    agenda.add_segment(
        meeting.id, SegmentDraft("Debrief INTERNAL-B", 10, SegmentKind.DISCUSSION, public=False)
    )
    later = agenda.add_segment(meeting.id, SegmentDraft("Tea", 10, SegmentKind.BREAK))
    agenda.update_segment(later.id, public=False)  # made internal after being public
    assert len(agenda.detail(meeting.id).segments) == 3
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)
    seen = AgendaService(vault).for_members(meeting.id)
    assert [s.title for s in seen.segments] == ["Welcome"]
    assert "NOTE-A" not in repr(seen) and "INTERNAL-B" not in repr(seen)
    overview = MeetingsService(vault).overview()
    assert [m.id for m in overview.upcoming] == [meeting.id]
    with pytest.raises(NotPermitted):
        AgendaService(vault).detail(meeting.id)
    # The member's keys cannot open the facilitator rows at all.
    with vault.transaction() as (db, keyring, _principal):
        rows = list(db.group.agenda_private.rows(db))
        assert len(rows) == 3
        for row in rows:
            with pytest.raises(Exception):  # noqa: B017 - any refusal; nothing opens
                db.group.agenda_private.open_row(keyring, row)


def test_agreement_segment_shows_the_current_adopted_version(
    vault: Vault, agenda: AgendaService, meeting: Meeting
) -> None:
    service = AgreementService(vault)
    service.adopt(service.start_draft("peer-support").id)
    v2 = service.adopt(service.amend().id)
    detail = agenda.apply_template(meeting.id, builtin_template("peer-circle"))
    assert detail.agreement_version == v2.number == 2
    assert detail.agreement_text == v2.text


def test_save_own_template_and_use_it(
    vault: Vault, agenda: AgendaService, meeting: Meeting
) -> None:
    agenda.apply_template(meeting.id, builtin_template("dbsa"))
    templates = MeetingTemplatesService(vault)
    saved = templates.save_from_meeting(meeting.id, "Our Thursday format")
    assert not saved.builtin and len(saved.segments) == 7
    assert templates.template(saved.key).name == "Our Thursday format"
    other = MeetingsService(vault).add_extra(meeting.on, start="10:00", minutes=60)
    filled = agenda.apply_template(other.id, templates.template(saved.key))
    assert [s.title for s in filled.segments][0] == "Gathering"
    assert filled.meeting.minutes == 90
    templates.delete_template(saved.id)
    assert all(t.builtin for t in templates.templates())


def test_topic_backlog_pick_makes_a_discussion_segment(
    vault: Vault, agenda: AgendaService, meeting: Meeting
) -> None:
    topics = TopicsService(vault)
    raised = topics.add("Sleep and stress", raised_meeting_id=meeting.id)
    topics.add("Holidays")
    assert [t.text for t in topics.topics()] == ["Sleep and stress", "Holidays"]
    segment = topics.pick(raised.id, meeting.id, minutes=20, expected_rev=raised.rev)
    assert (segment.title, segment.kind, segment.minutes) == (
        "Sleep and stress",
        SegmentKind.DISCUSSION,
        20,
    )
    assert [t.text for t in topics.topics()] == ["Holidays"]
    picked = next(t for t in topics.topics(include_closed=True) if t.id == raised.id)
    assert picked.status is TopicStatus.PICKED and picked.picked_meeting_id == meeting.id
    with pytest.raises(NotPermitted):
        topics.pick(raised.id, meeting.id)


@pytest.mark.parametrize("count", [1, 25])
def test_meetings_with_one_and_twenty_five_segments(
    agenda: AgendaService, meeting: Meeting, count: int
) -> None:
    for index in range(count):
        agenda.add_segment(meeting.id, SegmentDraft(f"Part {index}", 4, SegmentKind.DISCUSSION))
    detail = agenda.detail(meeting.id)
    assert [s.title for s in detail.segments] == [f"Part {i}" for i in range(count)]
    assert [s.position for s in detail.segments] == list(range(count))
    last = detail.segments[-1]
    agenda.remove_segment(last.id, expected_rev=last.rev)
    assert len(agenda.detail(meeting.id).segments) == count - 1


def test_members_never_see_the_ids_of_resources_only_facilitators_can_open(
    vault: Vault, agenda: AgendaService, meeting: Meeting
) -> None:
    from safespace_desktop.core.resources.model import Audience, ResourceDraft
    from safespace_desktop.services.resources import ResourcesService

    resources = ResourcesService(vault)
    handout = resources.add(ResourceDraft("Breathing card", audience=Audience.MEMBERS)).id
    private = resources.add(ResourceDraft("Risk notes", audience=Audience.FACILITATORS)).id
    segment = agenda.add_segment(
        meeting.id,
        SegmentDraft("Grounding", 10, SegmentKind.DISCUSSION, resource_ids=(private, handout)),
    )
    assert set(segment.resource_ids) == {handout, private}  # facilitators see both links
    assert agenda.detail(meeting.id).segments[0].resource_ids == segment.resource_ids

    with vault.transaction() as (db, keyring, _principal):
        (public_row,), _damaged = db.group.agenda_segments.load_where(
            db, keyring, meeting_id=meeting.id
        )
    assert private not in repr(public_row.state.to_json())  # not even in the commons row
    assert agenda.for_members(meeting.id).segments[0].resource_ids == (handout,)

    # Made internal, the segment keeps both links on the group-key row only.
    internal = agenda.update_segment(segment.id, public=False)
    assert set(internal.resource_ids) == {handout, private}
    assert agenda.for_members(meeting.id).segments == ()
