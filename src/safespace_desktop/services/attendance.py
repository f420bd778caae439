"""Attendance per meeting (issue 9, domain C4; workflow W4/W5), facilitators only.

A status (present, late, sent apologies) is stored for a person only while they agree
to "keep my attendance history"; marking anyone else raises ``ConsentRequired`` and
the panel counts them without names instead (``set_counts``). Newcomers are always a
count. Withdrawing the consent or "forget me" folds the person's rows into the counts
(``attendance_rows.fold_member_into_counts``), so a meeting's totals never change.
"""

from __future__ import annotations

from safespace_desktop.core.attendance import (
    COUNT_MAX,
    AttendanceLine,
    AttendanceSheet,
    AttendanceStatus,
    HeadCounts,
)
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.errors import ConsentRequired, NotFound, StaleEdit, ValidationError
from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import MemberStatus, clean_text
from safespace_desktop.core.sync.record import DELETED_FIELD, RecordState
from safespace_desktop.services import attendance_rows as rows
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.members import disambiguate
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.attendance_lookup import load_by_ids
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

MEETING_ID_MAX = 36


def check_meeting_id(meeting_id: str) -> str:
    value = clean_text(str(meeting_id))
    if not value:
        raise ValidationError("meeting_id", "required")
    if len(value) > MEETING_ID_MAX:
        raise ValidationError("meeting_id", "too_long", limit=MEETING_ID_MAX)
    return value


def require_meeting(db: UnitOfWork, keyring: KeyRing, r: store.Repos, meeting_id: str) -> None:
    """NotFound("meeting_gone") unless the meeting is stored (meet's ``ensure`` stores a
    listed occurrence before anything may refer to it)."""
    record = r.meetings.get(db, keyring, meeting_id)
    if record is None or record.state.deleted:
        raise NotFound("meeting_gone")


def check_count(field: str, value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, "not_whole_number")
    if not 0 <= value <= COUNT_MAX:
        raise ValidationError(field, "out_of_range", minimum=0, maximum=COUNT_MAX)
    return value


def consent_ids(db: UnitOfWork, keyring: KeyRing, r: store.Repos) -> dict[str, str]:
    """member id → the id of their active "keep my attendance history" consent."""
    loaded, _damaged = r.consents.load_all(db, keyring)
    found: dict[str, str] = {}
    for record in loaded:
        consent = store.to_consent(record)
        if consent.active and consent.purpose is ConsentPurpose.KEEP_ATTENDANCE_HISTORY:
            found[consent.member_id] = consent.id
    return found


def mark_in(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    meeting_id: str,
    member_id: str,
    status: AttendanceStatus | None,
) -> None:
    """``AttendanceService.mark`` inside a unit of work the caller holds."""
    r = store.repos(db)
    require_meeting(db, keyring, r, meeting_id)
    store.load_editable_member(db, keyring, r, member_id)
    consent_id = consent_ids(db, keyring, r).get(member_id)
    if consent_id is None:
        raise ConsentRequired("status", ConsentPurpose.KEEP_ATTENDANCE_HISTORY.value)
    candidates = rows.RowIds(keyring).candidates(meeting_id, member_id, consent_id)
    found = {record.id: record for record in load_by_ids(db, keyring, r.attendance, candidates)}
    row_id = _row_to_write(found, candidates, member_id)
    existing = found.get(row_id)
    # A second live row for the same person and meeting (left by a version that keyed
    # ids by the current epoch) is cleared, so one row holds the mark from now on.
    duplicates = [
        record
        for record in found.values()
        if record.id != row_id
        and (mark := rows.live_mark(record)) is not None
        and mark.member_id == member_id
    ]
    if existing is None and status is None and not duplicates:
        return
    if existing is not None or status is not None:
        state = existing.state if existing is not None else RecordState()
        changes: dict[str, object] = {
            "status": status.value if status is not None else None,
            "marked_on": store.today(vault).isoformat(),
            DELETED_FIELD: status is None,
        }
        if existing is None:
            changes["member_id"] = member_id
        rows.store_write(
            vault, db, r.attendance, keyring, row_id, state, changes, meeting_id=meeting_id
        )
    for record in duplicates:
        rows.store_write(
            vault,
            db,
            r.attendance,
            keyring,
            record.id,
            record.state,
            {"status": None, DELETED_FIELD: True},
            **record.extra,
        )


def _row_to_write(found: dict[str, LoadedRecord], candidates: list[str], member_id: str) -> str:
    """The stable id (``candidates[0]``) unless only a row under an older epoch's id
    exists for this person: then that row, so their history stays one row."""
    stable = candidates[0]
    if stable in found:
        return stable
    for row_id in candidates[1:]:
        record = found.get(row_id)
        if (
            record is not None
            and not record.state.redacted
            and str(record.state.get("member_id", "")) == member_id
        ):
            return row_id
    return stable


def set_counts_in(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    meeting_id: str,
    counts: HeadCounts,
    expected_rev: int | None,
) -> int:
    """``AttendanceService.set_counts`` inside a unit of work the caller holds."""
    r = store.repos(db)
    require_meeting(db, keyring, r, meeting_id)
    current, record = rows.read_counts(db, keyring, r, meeting_id)
    found = record.rev if record is not None else 0
    if expected_rev is not None and found != expected_rev:
        raise StaleEdit("attendance_counts", expected=expected_rev, found=found)
    if record is not None and current == counts:
        return found
    return rows.write_counts(vault, db, keyring, r, meeting_id, counts, record)


class AttendanceService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _members(self, db: UnitOfWork, keyring: KeyRing, r: store.Repos) -> dict[str, Member]:
        loaded, _damaged = r.members.load_all(db, keyring)
        members = disambiguate([store.to_member(record) for record in loaded])
        return {m.id: m for m in members}

    def sheet(self, meeting_id: str) -> AttendanceSheet:
        """The checklist of one meeting: every active member (and anyone marked at it),
        whether their attendance may be kept by name, their status, and the counts."""
        self._vault.require_facilitator()
        meeting_id = check_meeting_id(meeting_id)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            require_meeting(db, keyring, r, meeting_id)
            members = self._members(db, keyring, r)
            kept = consent_ids(db, keyring, r)
            marks = {
                m.member_id: m.status for m in rows.marks_for_meeting(db, keyring, r, meeting_id)
            }
            counts, record = rows.read_counts(db, keyring, r, meeting_id)
        lines = []
        for member in members.values():
            status = marks.get(member.id)
            listed = member.status is MemberStatus.ACTIVE and not member.forgotten
            if not listed and status is None:
                continue
            lines.append(
                AttendanceLine(
                    member_id=member.id,
                    name=member.name,
                    pronouns=member.pronouns,
                    tell_apart=member.disambiguation,
                    kept=member.id in kept,
                    status=status,
                )
            )
        lines.sort(key=lambda line: (line.name.casefold(), line.member_id))
        rev = record.rev if record is not None else 0
        conflicts = rows.counts_in_conflict(record.state) if record is not None else ()
        return AttendanceSheet(meeting_id, tuple(lines), counts, rev, conflicts)

    def mark(self, meeting_id: str, member_id: str, status: AttendanceStatus | None) -> None:
        """Store (or clear, with None) a consenting member's status at the meeting."""
        self._vault.require_facilitator()
        meeting_id = check_meeting_id(meeting_id)
        if status is not None and not isinstance(status, AttendanceStatus):
            raise ValidationError("status", "not_a_choice")
        with store.transaction(self._vault) as (db, keyring, _principal):
            mark_in(self._vault, db, keyring, meeting_id, member_id, status)

    def set_counts(
        self, meeting_id: str, counts: HeadCounts, *, expected_rev: int | None = None
    ) -> int:
        """Store the counts of people not kept by name; returns the new revision.
        ``expected_rev`` is ``AttendanceSheet.counts_rev`` the panel showed."""
        self._vault.require_facilitator()
        meeting_id = check_meeting_id(meeting_id)
        for name in ("present", "late", "apologies", "newcomers"):
            check_count(name, getattr(counts, name))
        with store.transaction(self._vault) as (db, keyring, _principal):
            return set_counts_in(self._vault, db, keyring, meeting_id, counts, expected_rev)

    def history(self, member_id: str) -> list[tuple[str, AttendanceStatus]]:
        """(meeting id, status) of every meeting the member is marked at (consented)."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            store.load_member(db, keyring, r, member_id)
            loaded, _damaged = r.attendance.load_all(db, keyring)
        by_meeting: dict[str, list[rows.StoredMark]] = {}
        for record in loaded:
            mark = rows.live_mark(record)
            if mark is not None and mark.member_id == member_id:
                by_meeting.setdefault(str(record.extra["meeting_id"]), []).append(mark)
        return sorted(
            (meeting_id, mark.status)
            for meeting_id, marks in by_meeting.items()
            for mark in rows.one_per_member(marks)
        )
