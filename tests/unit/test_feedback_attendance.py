"""The evaluation suggestions read only the attendance that can make one (issue 15),
and suggest exactly what the whole history suggests, on any day."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import pytest

from safespace_desktop.core.attendance import AttendanceStatus
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.feedback import suggest_evaluations
from safespace_desktop.core.roster import today_from
from safespace_desktop.services import attendance_rows, feedback_attendance
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.feedback_attendance import ATTENDED, attended_for_suggestions
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import read_many
from safespace_desktop.storage.read_many import load_where_in
from tests.unit.attendance_helpers import add_member, new_meeting_id


def _whole_history(vault: Vault, on: dict[str, date]) -> dict[str, list[date]]:
    """What the suggestions read before: every attendance row opened."""
    attended: dict[str, list[date]] = defaultdict(list)
    with store.transaction(vault) as (db, keyring, _principal):
        marks, _damaged = db.group.attendance.load_all(db, keyring)
    for record in marks:
        mark = attendance_rows.live_mark(record)
        day = on.get(str(record.extra.get("meeting_id", "")))
        if mark is not None and day is not None and mark.status.value in ATTENDED:
            attended[mark.member_id].append(day)
    return attended


@pytest.mark.parametrize("one_by_one", [3, 200])
def test_same_suggestions_as_the_whole_history_on_every_day(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, one_by_one: int
) -> None:
    monkeypatch.setattr(feedback_attendance, "_ONE_BY_ONE", one_by_one)
    rng = random.Random(15)
    people = [add_member(vault, f"Person {n}", keep_attendance=True) for n in range(5)]
    attendance = AttendanceService(vault)
    statuses = list(AttendanceStatus)
    # Meetings over about ten months, two on one day; newcomers join late, regulars
    # come often, one person only sends apologies.
    for days_ago in (*range(300, 0, -14), 40, 3):
        meeting = new_meeting_id(vault, days_ago=days_ago)
        for n, person in enumerate(people):
            joined = 300 - 60 * n
            if days_ago <= joined and rng.random() < 0.6:
                status = AttendanceStatus.APOLOGIES if n == 4 else rng.choice(statuses)
                attendance.mark(meeting, person, status)
    service = MeetingsService(vault)
    service.cancel(new_meeting_id(vault, days_ago=5), "snow")  # counts for nobody
    meetings = service.meetings()
    on = {m.id: m.on for m in meetings if not m.cancelled}
    assert len(on) == len(meetings) - 1
    with store.transaction(vault) as (db, keyring, _principal):
        assert feedback_attendance.meeting_days(vault, db, keyring) == on
    everything = _whole_history(vault, on)
    today = today_from(vault.clock.now())
    checked = 0
    for back in range(0, 320, 5):
        day = today - timedelta(days=back)
        held = [d for d in on.values() if d <= day]
        with store.transaction(vault) as (db, keyring, _principal):
            few = attended_for_suggestions(db, keyring, on, day)
        expected = suggest_evaluations(everything, held, [], day)
        assert suggest_evaluations(few, held, [], day) == expected
        checked += bool([s for s in expected if s.people])
    assert checked > 5  # control: milestones were found on many of those days


def test_meeting_days_kept_per_session_notice_changes_from_another_unit_of_work(
    vault: Vault,
) -> None:
    """The days are kept with the session's meetings listing (issue 15); a meeting
    added, cancelled or moved in another unit of work shows on the next read."""
    service = MeetingsService(vault)
    first = new_meeting_id(vault, days_ago=10)

    def days() -> dict[str, date]:
        with store.transaction(vault) as (db, keyring, _principal):
            return feedback_attendance.meeting_days(vault, db, keyring)

    before = days()
    assert set(before) == {first}
    before.clear()  # a caller changing its copy changes nothing kept
    assert set(days()) == {first}
    second = new_meeting_id(vault, days_ago=3)
    assert set(days()) == {first, second}
    service.cancel(first, "snow")
    assert set(days()) == {second}
    earlier = days()[second] - timedelta(days=1)
    service.move(second, earlier)
    assert days() == {second: earlier}


def test_load_where_in_reads_what_one_query_per_value_reads(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one-query read the suggestions use (issue 15) finds the same live rows as a
    ``load_where`` per meeting, in chunks too, and no erased or other meeting's rows."""
    monkeypatch.setattr(read_many, "IN_CHUNK", 2)
    attendance = AttendanceService(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    bo = add_member(vault, "Bo", keep_attendance=True)
    meetings = [new_meeting_id(vault, days_ago=d) for d in (30, 20, 10, 5)]
    for meeting in meetings:
        attendance.mark(meeting, ana, AttendanceStatus.PRESENT)
        attendance.mark(meeting, bo, AttendanceStatus.LATE)
    ConsentService(vault).withdraw(bo, ConsentPurpose.KEEP_ATTENDANCE_HISTORY)
    wanted = meetings[:3]
    with store.transaction(vault) as (db, keyring, _principal):
        repo = db.group.attendance
        found, damaged = load_where_in(db, repo, keyring, "meeting_id", [*wanted, wanted[0]])
        one_by_one = [
            record.id for m in wanted for record in repo.load_where(db, keyring, meeting_id=m)[0]
        ]
        with pytest.raises(ValueError):
            load_where_in(db, repo, keyring, "payload_sealed", wanted)
    assert damaged == []
    assert sorted(r.id for r in found) == sorted(one_by_one)
    assert {str(r.extra.get("meeting_id")) for r in found} == set(wanted)
    marks = [attendance_rows.live_mark(r) for r in found]
    assert sorted(m.member_id for m in marks if m is not None) == [ana] * 3  # Bo's erased
