"""Schedule and meetings (issue 9): periods, next meetings, extras, moves, cancels."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import NotPermitted, StaleEdit, ValidationError
from safespace_desktop.core.meetings.model import Cadence, MeetingStatus
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.vault import Vault


@pytest.fixture
def meetings(vault: Vault) -> MeetingsService:
    return MeetingsService(vault)


def _today(clock: ManualClock) -> date:
    return today_from(clock.now())


def test_weekly_schedule_lists_the_next_eight_tuesdays(
    meetings: MeetingsService, clock: ManualClock
) -> None:
    today = _today(clock)
    meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, place="Room 2")
    overview = meetings.overview()
    assert len(overview.upcoming) == 8
    assert all(m.on.weekday() == 1 and m.on >= today for m in overview.upcoming)
    assert [m.on for m in overview.upcoming] == sorted(m.on for m in overview.upcoming)
    assert {m.start for m in overview.upcoming} == {"18:30"}
    assert not any(m.stored for m in overview.upcoming)
    assert overview.current is not None and overview.current.place == "Room 2"


def test_ensure_stores_an_occurrence_under_its_own_id_once(meetings: MeetingsService) -> None:
    meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    first = meetings.overview().upcoming[0]
    stored = meetings.ensure(first)
    again = meetings.ensure(first)
    assert stored.id == first.id == again.id and stored.stored
    assert [m.id for m in meetings.meetings()] == [first.id]
    assert meetings.overview().upcoming[0].stored


def test_changing_the_cadence_keeps_past_meetings(
    meetings: MeetingsService, clock: ManualClock
) -> None:
    start = _today(clock) - timedelta(days=70)
    meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, from_date=start)
    past_before = [m.on for m in meetings.overview().past]
    meetings.set_schedule(Cadence.MONTHLY, weekday=1, week_of_month=2, start="19:00", minutes=120)
    overview = meetings.overview()
    assert [m.on for m in overview.past] == past_before
    assert all(m.start == "18:30" for m in overview.past)
    assert all(m.start == "19:00" and 8 <= m.on.day <= 14 for m in overview.upcoming)
    assert len(meetings.schedule()) == 2


def test_extra_move_cancel_and_restore(meetings: MeetingsService, clock: ManualClock) -> None:
    day = _today(clock) + timedelta(days=3)
    extra = meetings.add_extra(day, start="10:00", minutes=60, place="Library", title="Picnic")
    assert extra.extra and extra.stored
    moved = meetings.move(extra.id, day + timedelta(days=1), "11:00", expected_rev=extra.rev)
    assert moved.on == day + timedelta(days=1) and moved.start == "11:00"
    with pytest.raises(StaleEdit):
        meetings.cancel(extra.id, "Rain", expected_rev=extra.rev)
    cancelled = meetings.cancel(extra.id, "The hall is closed", expected_rev=moved.rev)
    assert cancelled.status is MeetingStatus.CANCELLED
    assert cancelled.cancel_reason == "The hall is closed"
    assert meetings.overview().upcoming[0].cancelled
    restored = meetings.restore(extra.id)
    assert restored.status is MeetingStatus.PLANNED and restored.cancel_reason == ""
    with pytest.raises(ValidationError):
        meetings.cancel(extra.id, "  ")


def test_bad_input_is_refused(meetings: MeetingsService, clock: ManualClock) -> None:
    with pytest.raises(ValidationError) as error:
        meetings.add_extra(_today(clock), start="25:00", minutes=60)
    assert error.value.field == "start"
    with pytest.raises(ValidationError):
        meetings.set_schedule(Cadence.WEEKLY, weekday=9, start="18:30", minutes=90)
    with pytest.raises(ValidationError):
        meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=0)


def test_a_scheduled_meeting_is_cancelled_not_removed(meetings: MeetingsService) -> None:
    meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    stored = meetings.ensure(meetings.overview().upcoming[0])
    with pytest.raises(NotPermitted):
        meetings.remove_extra(stored.id)


def test_index_follows_changes_and_stale_index_is_rebuilt(
    meetings: MeetingsService, clock: ManualClock
) -> None:
    day = _today(clock) + timedelta(days=2)
    first = meetings.add_extra(day, start="10:00", minutes=60)
    assert [m.id for m in meetings.meetings()] == [first.id]
    meetings.update(first.id, place="Hall B")
    assert meetings.meetings()[0].place == "Hall B"
    meetings.remove_extra(first.id)
    assert meetings.meetings() == []


def test_the_decoded_index_is_dropped_with_the_session_keys(
    vault: Vault, meetings: MeetingsService, clock: ManualClock
) -> None:
    import gc

    from safespace_desktop.services.meetings import index

    meetings.add_extra(_today(clock) + timedelta(days=1), start="10:00", minutes=60, place="Hall")
    meetings.overview()
    meetings.overview()  # the second read uses the decoded index
    ring = id(vault.keyring_for_tests())  # its id only: holding it would keep it alive
    assert ring in index._CACHE
    vault.lock()
    gc.collect()
    assert ring not in index._CACHE
