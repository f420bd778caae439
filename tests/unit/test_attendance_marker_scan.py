"""Claim 1 for the issue-9 attendance data: nothing typed into a follow-up or a meeting
record, and no member a row is about, reaches any file in the clear (mid-session with a
live WAL, and after close). The control opens the sealed rows and finds every marker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from safespace_desktop.core.attendance import AttendanceStatus, HeadCounts
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.services.vault import Vault
from tests.unit.attendance_helpers import add_member, attendance_decrypted_text, new_meeting_id
from tests.unit.security_helpers import find_markers, new_marker, raw_rows, vault_files


def test_no_issue_9_attendance_text_reaches_any_file(vault: Vault, vault_path: Path) -> None:
    data_dir = vault_path.parent.parent
    markers: list[str] = []

    def marker() -> str:
        value = new_marker()
        markers.append(value)
        return value

    meeting = new_meeting_id(vault)
    ana = add_member(vault, f"Ana {marker()}", keep_attendance=True)
    AttendanceService(vault).mark(meeting, ana, AttendanceStatus.LATE)
    AttendanceService(vault).set_counts(meeting, HeadCounts(present=3, late=1, newcomers=2))
    MeetingRecordService(vault).save(
        meeting,
        themes=f"themes {marker()}",
        next_meeting=f"next {marker()}",
        volunteers=f"volunteers {marker()}",
        final_notes=f"final {marker()}",
    )
    follow_ups = FollowUpsService(vault)
    item = follow_ups.add(
        FollowUpDraft(f"call {marker()}", date(2030, 1, 2), member_id=ana, meeting_id=meeting)
    )
    follow_ups.update(item.id, FollowUpDraft(f"call again {marker()}"), expected_rev=item.rev)
    follow_ups.set_done(follow_ups.list()[0].id)

    files = list(vault_files(data_dir))
    wal = [p for p in files if p.name.endswith("-wal")]
    assert wal and wal[0].stat().st_size > 0, "expected a live WAL to scan"
    assert find_markers(files, [*markers, "2030-01-02"]) == {}
    # Who a row is about is sealed: only the meeting id is a plaintext column.
    for row in raw_rows(vault, "attendance"):
        assert row["meeting_id"] == meeting
        assert all(ana not in str(value) for value in row.values())
    opened = attendance_decrypted_text(vault)
    # control: every marker typed into the new records is really there once opened
    # (the first one is the member's name, which lives in the roster, not here)
    typed_here = [*markers[1:5], markers[6]]
    assert [m for m in typed_here if m not in opened] == []
    assert markers[5] not in opened  # the superseded follow-up text left no history
    assert ana in opened  # the attendance row names the member inside its payload

    vault.lock()
    vault.close()
    assert find_markers(list(vault_files(data_dir)), markers) == {}
