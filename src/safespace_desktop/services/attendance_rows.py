"""Attendance rows and per-meeting counts, as stored (issue 9). Shared by the attendance
service and by the consent and "forget me" services, which reach the attendance tables
through ``fold_member_into_counts``.

Not a public API: the UI uses ``AttendanceService``. Everything here runs inside the
caller's unit of work, so erasing a person's rows and adding them to the counts happen
together or not at all.

- A person's row id is an HMAC under the group key of the meeting, the member and the
  consent record that allowed it (``crypto.keyed_ids``): two facilitators marking the
  same person at the same meeting end up with one record after sync, a row erased on
  withdrawal (a sticky redaction) never blocks marking them again under a later
  consent, and nobody without the key can recompute which rows are about whom (a plain
  ``uuid5`` of those ids, all stored in the clear, would give that away).
- The count record's id is derived from the meeting id. Its counts merge field by
  field, latest write wins: two PCs changing the same meeting's counts while apart keep
  the later change (the sync preview reports the other).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from safespace_desktop.core.attendance import STATUS_ORDER, AttendanceStatus, HeadCounts
from safespace_desktop.core.sync.record import JsonValue, RecordState, redact
from safespace_desktop.crypto.keyed_ids import attendance_row_uuid
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.attendance_lookup import load_by_ids, meeting_ids_with_attendance
from safespace_desktop.storage.records import LoadedRecord, SealedRecords
from safespace_desktop.storage.repositories import GroupRepositories
from safespace_desktop.storage.unit_of_work import UnitOfWork


def attendance_row_id(keyring: KeyRing, meeting_id: str, member_id: str, consent_id: str) -> str:
    """Keyed (HMAC) so nobody without the group key can tell whose row it is."""
    return attendance_row_uuid(keyring.group_key, meeting_id, member_id, consent_id)


def counts_id(group_id: str, meeting_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), f"attendance_counts:{meeting_id}"))


def meeting_record_id(group_id: str, meeting_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), f"meeting_records:{meeting_id}"))


def store_write(
    vault: Vault,
    db: UnitOfWork,
    repo: SealedRecords,
    keyring: KeyRing,
    record_id: str,
    state: RecordState,
    changes: Mapping[str, JsonValue],
    **extra: object,
) -> RecordState:
    """One local write of ``changes`` sealed under the group key."""
    replica, counter, hlc = vault.next_write(db)
    state.write(changes, replica, counter, hlc)
    repo.store(db, keyring.group_key, record_id, state, counter, **extra)
    return state


@dataclass(frozen=True)
class StoredMark:
    """One live attendance row as stored."""

    record: LoadedRecord
    member_id: str
    status: AttendanceStatus


def live_mark(record: LoadedRecord) -> StoredMark | None:
    """The row's mark, or None for an erased (redacted) or cleared row."""
    state = record.state
    if state.redacted or state.deleted:
        return None
    try:
        status = AttendanceStatus(str(state.get("status")))
    except ValueError:
        return None
    return StoredMark(record, str(state.get("member_id", "")), status)


def marks_for_meeting(
    db: UnitOfWork, keyring: KeyRing, r: GroupRepositories, meeting_id: str
) -> list[StoredMark]:
    loaded, _damaged = r.attendance.load_where(db, keyring, meeting_id=meeting_id)
    return [m for m in map(live_mark, loaded) if m is not None]


def to_counts(state: RecordState) -> HeadCounts:
    def number(name: str) -> int:
        value = state.get(name, 0)
        return value if isinstance(value, int) and value >= 0 else 0

    return HeadCounts(
        present=number("present"),
        late=number("late"),
        apologies=number("apologies"),
        newcomers=number("newcomers"),
    )


def read_counts(
    db: UnitOfWork, keyring: KeyRing, r: GroupRepositories, meeting_id: str
) -> tuple[HeadCounts, LoadedRecord | None]:
    record = r.attendance_counts.get(db, keyring, counts_id(r.group_id, meeting_id))
    if record is None or record.state.deleted:
        return HeadCounts(), record
    return to_counts(record.state), record


def write_counts(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    r: GroupRepositories,
    meeting_id: str,
    counts: HeadCounts,
    existing: LoadedRecord | None,
) -> int:
    """Store ``counts`` for the meeting; returns the record's new revision."""
    record_id = counts_id(r.group_id, meeting_id)
    state = existing.state if existing is not None else RecordState()
    changes: dict[str, JsonValue] = {s.value: counts.of(s) for s in STATUS_ORDER}
    changes["newcomers"] = counts.newcomers
    if existing is None:
        changes["meeting_id"] = meeting_id
    store_write(vault, db, r.attendance_counts, keyring, record_id, state, changes)
    return r.attendance_counts.stored_rev(db, record_id) or 0


def fold_member_into_counts(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, r: GroupRepositories, member_id: str
) -> int:
    """Erase every attendance row of ``member_id`` and add each to its meeting's counts,
    so totals stay the same (consent withdrawn, or "forget me"). Returns rows erased.

    A row is erased by a sticky redaction that keeps nothing: who it was about and how
    they attended are dropped with their history, and no stale copy can bring them back
    in a later sync. The caller checkpoints the WAL after its transaction.
    """
    consents, _damaged = r.consents.load_where(db, keyring, member_id=member_id)
    candidates = [
        attendance_row_id(keyring, meeting_id, member_id, consent.id)
        for meeting_id in meeting_ids_with_attendance(db)
        for consent in consents
    ]
    loaded = load_by_ids(db, keyring, r.attendance, candidates)
    erased = 0
    for record in loaded:
        mark = live_mark(record)
        if record.state.redacted or str(record.state.get("member_id", "")) != member_id:
            continue
        meeting_id = str(record.extra["meeting_id"])
        if mark is not None:
            counts, existing = read_counts(db, keyring, r, meeting_id)
            write_counts(vault, db, keyring, r, meeting_id, counts.plus(mark.status), existing)
        replica, counter, hlc = vault.next_write(db)
        redacted = redact(record.state, {}, replica, counter, hlc)
        r.attendance.store(
            db, keyring.group_key, record.id, redacted, counter, meeting_id=meeting_id
        )
        erased += 1
    return erased
