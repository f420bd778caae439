"""Saving a run meeting is all or nothing, and saving it twice counts nobody twice."""

from __future__ import annotations

import pytest

from safespace_desktop.core.attendance import AttendanceStatus
from safespace_desktop.core.errors import DiskFull
from safespace_desktop.core.run.meeting import Attendance, MeetingSummary
from safespace_desktop.core.run.plan import RunPerson, RunPlan
from safespace_desktop.services import meeting_outcome
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.meeting_outcome import MeetingOutcomeService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.services.vault import Vault
from tests.unit.attendance_helpers import add_member, new_meeting_id

SUMMARY = MeetingSummary((), 3, 0, 1, 1, 3, 4.0, None, 0)


def _plan(meeting_id: str, kept: str, counted: str, newcomer: str) -> RunPlan:
    people = (
        RunPerson(kept, "Ana"),
        RunPerson(counted, "Bo"),
        RunPerson(newcomer, "Cy", newcomer=True),
    )
    return RunPlan(meeting_id, "Tuesday", 60, (), people)


def _finish(vault: Vault, plan: RunPlan) -> None:
    present = {p.id: Attendance.PRESENT for p in plan.people}
    MeetingOutcomeService(vault).finish(plan, SUMMARY, present, [4, 4, 4], "Sleep came up")


def _stored(vault: Vault, meeting_id: str) -> tuple[object, ...]:
    sheet = AttendanceService(vault).sheet(meeting_id)
    marks = tuple((line.member_id, line.status) for line in sheet.lines if line.status)
    themes = MeetingRecordService(vault).get(meeting_id).themes
    held = MeetingOutcomeService(vault).outcome(meeting_id).held
    return marks, sheet.counts, themes, held


def test_a_failed_save_leaves_nothing_and_a_second_save_counts_nobody_twice(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = new_meeting_id(vault)
    kept = add_member(vault, "Ana", keep_attendance=True)
    counted = add_member(vault, "Bo", keep_attendance=False)
    newcomer = add_member(vault, "Cy", keep_attendance=False)
    plan = _plan(meeting, kept, counted, newcomer)
    before = _stored(vault, meeting)

    real_write = meeting_outcome.store_write

    def disk_fills_at_the_last_write(*args: object, **kwargs: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(meeting_outcome, "store_write", disk_fills_at_the_last_write)
    with pytest.raises(DiskFull):
        _finish(vault, plan)
    assert _stored(vault, meeting) == before  # no mark, no count, no notes: nothing half-saved

    monkeypatch.setattr(meeting_outcome, "store_write", real_write)
    _finish(vault, plan)
    saved = _stored(vault, meeting)
    marks, counts, themes, held = saved
    assert marks == ((kept, AttendanceStatus.PRESENT),)
    assert (counts.present, counts.newcomers) == (2, 1)  # type: ignore[attr-defined]
    assert themes == "Sleep came up" and held

    _finish(vault, plan)  # a second click, or a retry after the first save landed
    assert _stored(vault, meeting) == saved
