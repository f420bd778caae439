"""Helpers for the attendance, meeting-record and follow-up tests (issue 9, attend)."""

from __future__ import annotations

import json
from datetime import timedelta

from safespace_desktop.core.attendance import AttendanceStatus, HeadCounts
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.tables import ATTENDANCE_TABLES


def new_meeting_id(vault: Vault, days_ago: int = 0) -> str:
    """A stored extra meeting (attendance refers to stored meetings only)."""
    day = today_from(vault.clock.now()) - timedelta(days=days_ago)
    return MeetingsService(vault).add_extra(day, start="18:30", minutes=90).id


def add_member(vault: Vault, name: str, *, keep_attendance: bool, pronouns: str = "") -> str:
    member = MembersService(vault).add_member(MemberDraft(name, pronouns, ""))
    if keep_attendance:
        ConsentService(vault).give(member.id, ConsentPurpose.KEEP_ATTENDANCE_HISTORY)
    return member.id


def write_attendance_records(vault: Vault, roster: MembersService, meeting_id: str = "") -> str:
    """One record of every attendance type: a mark, counts, a meeting record, a follow-up."""
    meeting = meeting_id or new_meeting_id(vault)
    someone = add_member(vault, "Registry Rae", keep_attendance=True)
    AttendanceService(vault).mark(meeting, someone, AttendanceStatus.PRESENT)
    AttendanceService(vault).set_counts(meeting, HeadCounts(present=2, newcomers=1))
    MeetingRecordService(vault).save(
        meeting, themes="sleep", next_meeting="Tuesday", volunteers="tea", final_notes="ok"
    )
    FollowUpsService(vault).add(FollowUpDraft("call tomorrow", member_id=someone))
    return meeting


def attendance_decrypted_text(vault: Vault) -> str:
    """Every attendance, count, meeting-record and follow-up row opened with the
    facilitator's keys (history and erased rows included), as JSON."""
    parts: list[str] = []
    with vault.transaction() as (db, keyring, _principal):
        for table in ATTENDANCE_TABLES:
            loaded, damaged = SealedRecords(table, Scope.group(vault.group_id)).load_all(
                db, keyring, include_deleted=True
            )
            assert damaged == [], table
            parts += [json.dumps(r.state.to_json(), ensure_ascii=False) for r in loaded]
    return "\n".join(parts).casefold()
