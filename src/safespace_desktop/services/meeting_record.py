"""The record after a meeting (issue 9; domain C6, workflow W5): themes without names,
the next meeting, a call for volunteers and "final notes". Facilitators only (group key).

One record per meeting, its id derived from the meeting id (two PCs writing the notes
of the same meeting merge into one record). Saves carry ``expected_rev`` and a save
from an older revision is refused with ``StaleEdit("meeting_record")``.
"""

from __future__ import annotations

from safespace_desktop.core.attendance import RECORD_TEXT_MAX, MeetingRecord
from safespace_desktop.core.errors import StaleEdit, ValidationError
from safespace_desktop.core.sync.record import JsonValue, RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.attendance import check_meeting_id, require_meeting
from safespace_desktop.services.attendance_rows import meeting_record_id
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

RECORD_FIELDS = ("themes", "next_meeting", "volunteers", "final_notes")


def clean_record_text(field: str, text: str) -> str:
    check_text(field, text)
    body = "\n".join(line.rstrip() for line in str(text).strip().splitlines())
    if len(body) > RECORD_TEXT_MAX:
        raise ValidationError(field, "too_long", limit=RECORD_TEXT_MAX)
    return body


def to_record(meeting_id: str, record: LoadedRecord | None) -> MeetingRecord:
    if record is None or record.state.deleted:
        return MeetingRecord(meeting_id)
    state = record.state
    return MeetingRecord(
        meeting_id=meeting_id,
        themes=str(state.get("themes", "")),
        next_meeting=str(state.get("next_meeting", "")),
        volunteers=str(state.get("volunteers", "")),
        final_notes=str(state.get("final_notes", "")),
        rev=record.rev,
        stored=True,
    )


def save_record_in(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    meeting_id: str,
    values: dict[str, str],
    expected_rev: int | None,
) -> MeetingRecord:
    """``MeetingRecordService.save`` (cleaned values) inside a unit of work the caller holds."""
    r = store.repos(db)
    require_meeting(db, keyring, r, meeting_id)
    record_id = meeting_record_id(r.group_id, meeting_id)
    existing = r.meeting_records.get(db, keyring, record_id)
    found = existing.rev if existing is not None else 0
    if expected_rev is not None and found != expected_rev:
        raise StaleEdit("meeting_record", expected=expected_rev, found=found)
    current = to_record(meeting_id, existing)
    if existing is not None and all(
        getattr(current, name) == values[name] for name in RECORD_FIELDS
    ):
        return current
    changes: dict[str, JsonValue] = dict(values)
    if existing is None:
        changes["meeting_id"] = meeting_id
    state = existing.state if existing is not None else RecordState()
    store.write(vault, db, r.meeting_records, keyring.group_key, record_id, state, changes)
    return to_record(meeting_id, r.meeting_records.get(db, keyring, record_id))


class MeetingRecordService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, meeting_id: str) -> MeetingRecord:
        """The meeting's record (an empty, unstored one if nobody wrote it yet)."""
        self._vault.require_facilitator()
        meeting_id = check_meeting_id(meeting_id)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            require_meeting(db, keyring, r, meeting_id)
            record = r.meeting_records.get(db, keyring, meeting_record_id(r.group_id, meeting_id))
        return to_record(meeting_id, record)

    def save(
        self,
        meeting_id: str,
        *,
        themes: str,
        next_meeting: str,
        volunteers: str,
        final_notes: str,
        expected_rev: int | None = None,
    ) -> MeetingRecord:
        """Save all four parts. ``expected_rev`` is ``MeetingRecord.rev`` the form was
        filled from (0 for a record not stored yet)."""
        self._vault.require_facilitator()
        meeting_id = check_meeting_id(meeting_id)
        values = {
            "themes": clean_record_text("themes", themes),
            "next_meeting": clean_record_text("next_meeting", next_meeting),
            "volunteers": clean_record_text("volunteers", volunteers),
            "final_notes": clean_record_text("final_notes", final_notes),
        }
        with store.transaction(self._vault) as (db, keyring, _principal):
            return save_record_in(self._vault, db, keyring, meeting_id, values, expected_rev)
