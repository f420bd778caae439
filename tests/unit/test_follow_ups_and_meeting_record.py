"""Follow-ups (overdue first, done, stale edits, forget) and the meeting record (issue 9)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import NotFound, StaleEdit, ValidationError
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.services.vault import Vault
from tests.unit.attendance_helpers import (
    add_member,
    attendance_decrypted_text,
    new_meeting_id,
)


def test_open_follow_ups_list_overdue_first_until_done(vault: Vault, clock: ManualClock) -> None:
    service = FollowUpsService(vault)
    today = today_from(clock.now())
    later = service.add(FollowUpDraft("Ring about the venue", today + timedelta(days=3)))
    undated = service.add(FollowUpDraft("Bring more tea"))
    overdue = service.add(FollowUpDraft("J. stepped out: call", today - timedelta(days=1)))
    assert [f.id for f in service.list()] == [overdue.id, later.id, undated.id]
    assert service.list()[0].overdue(today)

    done = service.set_done(overdue.id, expected_rev=overdue.rev)
    assert done.done and done.done_on == today
    assert [f.id for f in service.list()] == [later.id, undated.id]
    assert [f.id for f in service.list(include_done=True)][-1] == overdue.id
    reopened = service.set_done(overdue.id, False)
    assert not reopened.done and reopened.done_on is None


def test_edits_refuse_an_older_revision(vault: Vault) -> None:
    service = FollowUpsService(vault)
    item = service.add(FollowUpDraft("Call Sam"))
    edited = service.update(item.id, FollowUpDraft("Call Sam on Friday"), expected_rev=item.rev)
    with pytest.raises(StaleEdit) as stale:
        service.update(item.id, FollowUpDraft("lost typing"), expected_rev=item.rev)
    assert stale.value.kind == "follow_up"
    with pytest.raises(StaleEdit):
        service.set_done(item.id, expected_rev=item.rev)
    assert service.get(item.id).text == "Call Sam on Friday" == edited.text


def test_bad_input_is_refused_before_anything_is_written(vault: Vault) -> None:
    service = FollowUpsService(vault)
    with pytest.raises(ValidationError) as empty:
        service.add(FollowUpDraft("   "))
    assert (empty.value.field, empty.value.code) == ("text", "required")
    with pytest.raises(ValidationError):
        service.add(FollowUpDraft("x" * 501))
    with pytest.raises(NotFound):
        service.add(FollowUpDraft("Call", member_id="no-such-member"))
    assert service.list(include_done=True) == []


def test_linked_member_is_named_and_forget_me_erases_their_follow_ups(vault: Vault) -> None:
    service = FollowUpsService(vault)
    ana = add_member(vault, "Ana", keep_attendance=False)
    meeting = new_meeting_id(vault)
    assert "zq-follow" not in attendance_decrypted_text(vault)
    linked = service.add(
        FollowUpDraft("Ana left early zq-follow", member_id=ana, meeting_id=meeting)
    )
    assert "zq-follow" in attendance_decrypted_text(vault)  # control: the scan sees it
    other = service.add(FollowUpDraft("Order chairs"))
    assert linked.member_name == "Ana" and linked.meeting_id == meeting
    ForgetService(vault).forget(ana)
    assert [f.id for f in service.list()] == [other.id]
    assert "zq-follow" not in attendance_decrypted_text(vault)
    with pytest.raises(NotFound):
        service.get(linked.id)


def test_delete_blanks_the_text(vault: Vault) -> None:
    service = FollowUpsService(vault)
    item = service.add(FollowUpDraft("typo"))
    service.delete(item.id, expected_rev=item.rev)
    assert service.list(include_done=True) == []


def test_meeting_record_saves_and_refuses_stale_saves(vault: Vault) -> None:
    service = MeetingRecordService(vault)
    meeting = new_meeting_id(vault)
    empty = service.get(meeting)
    assert empty.empty and not empty.stored and empty.rev == 0
    saved = service.save(
        meeting,
        themes="Sleep and stress; starting again",
        next_meeting="Tuesday 18:30",
        volunteers="Someone to bring tea",
        final_notes="Room booked until June",
        expected_rev=0,
    )
    assert saved.stored and service.get(meeting) == saved
    with pytest.raises(StaleEdit) as stale:
        service.save(
            meeting, themes="", next_meeting="", volunteers="", final_notes="", expected_rev=0
        )
    assert stale.value.kind == "meeting_record"
    with pytest.raises(ValidationError):
        service.save(meeting, themes="x" * 4001, next_meeting="", volunteers="", final_notes="")
    assert service.get(meeting).themes == "Sleep and stress; starting again"
