"""Attendance rows and per-meeting counts, as stored (issue 9). Shared by the attendance
service and by the consent and "forget me" services, which reach the attendance tables
through ``fold_member_into_counts``.

Not a public API: the UI uses ``AttendanceService``. Everything here runs inside the
caller's unit of work, so erasing a person's rows and adding them to the counts happen
together or not at all.

- A person's row id is an HMAC of the meeting, the member and the consent record that
  allowed it (``crypto.keyed_ids``), keyed by the **founding epoch's** group key so the
  id never changes when a revocation rotates the epoch: two facilitators marking the
  same person at the same meeting end up with one record after sync, whatever epoch
  each PC is on; a row erased on withdrawal (a sticky redaction) never blocks marking
  them again under a later consent; and nobody without the key can recompute which
  rows are about whom. Versions before this keyed the id with the then-current epoch,
  so a vault rotated under them can hold rows under a later epoch's id: ``RowIds``
  also computes those, every lookup finds them, and marking again writes to the row
  that exists (and clears a duplicate), so one person keeps one row per meeting.
- The count record's id is derived from the meeting id. It holds two kinds of count,
  merged differently (sync.md §2.3–2.4):
  * what facilitators **entered** (``present``, ``late``, ``apologies``,
    ``newcomers``): a head count of the room is a value, not an increment (two
    facilitators counting the same room must not add up to twice the people), so
    each field is a register. Two PCs entering different numbers between syncs keep
    both as siblings, shown by the conflicts inbox until someone picks one; a local
    write touches only the fields that changed, so saving one count never silently
    settles a conflict on another.
  * people **folded** in when their rows were erased (consent withdrawn, "forget
    me"): an increment, so a per-replica grow-only counter (``folded``:
    replica → status → count). Each PC only raises its own entry; merging takes the
    greatest value per replica and the total is the sum, so withdrawals on two PCs
    between syncs both count, once each, on every PC (registry rule ``COUNTER``,
    never a conflict).
  ``to_counts`` is the sum of both: what the sheet and the reports show.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from safespace_desktop.core.attendance import COUNT_MAX, STATUS_ORDER, AttendanceStatus, HeadCounts
from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.sync.record import JsonValue, RecordState, redact
from safespace_desktop.crypto.keyed_ids import attendance_row_ids
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.attendance_lookup import load_by_ids, meeting_ids_with_attendance
from safespace_desktop.storage.records import LoadedRecord, SealedRecords
from safespace_desktop.storage.repositories import GroupRepositories
from safespace_desktop.storage.unit_of_work import UnitOfWork

ENTERED_FIELDS = ("present", "late", "apologies", "newcomers")
FOLDED_FIELD = "folded"


def identity_key(keyring: KeyRing) -> SecretKey:
    """The group key row ids are keyed with: the earliest epoch this person holds, which
    is the founding epoch 0 for every facilitator (see ``crypto.keyed_ids``)."""
    held = keyring.held_epochs()
    return keyring.group_key_for_epoch(held[0]) if held else keyring.group_key


class RowIds:
    """The ids one person's attendance row can have: the stable id first, then the ids
    earlier versions gave rows written under a later epoch (one per other key held)."""

    def __init__(self, keyring: KeyRing) -> None:
        stable = identity_key(keyring)
        self._stable = attendance_row_ids(stable)
        self._legacy = [
            attendance_row_ids(key)
            for key_id, key in sorted(keyring.group_keys.items())
            if key_id != stable.key_id
        ]

    def stable(self, meeting_id: str, member_id: str, consent_id: str) -> str:
        return self._stable(meeting_id, member_id, consent_id)

    def candidates(self, meeting_id: str, member_id: str, consent_id: str) -> list[str]:
        parts = (meeting_id, member_id, consent_id)
        return [self._stable(*parts), *(legacy(*parts) for legacy in self._legacy)]


def attendance_row_id(keyring: KeyRing, meeting_id: str, member_id: str, consent_id: str) -> str:
    """Keyed (HMAC) so nobody without the group key can tell whose row it is; the same
    under every epoch."""
    return RowIds(keyring).stable(meeting_id, member_id, consent_id)


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


def one_per_member(marks: Iterable[StoredMark]) -> list[StoredMark]:
    """At most one mark per member (of one meeting): the latest edited. Two rows for one
    person at one meeting only exist while a PC still runs a version that keyed ids by
    the current epoch; marking them again on a current version clears the extra one."""
    latest: dict[str, StoredMark] = {}
    for mark in marks:
        seen = latest.get(mark.member_id)
        if seen is None or _edit_key(mark.record) > _edit_key(seen.record):
            latest[mark.member_id] = mark
    return list(latest.values())


def _edit_key(record: LoadedRecord) -> tuple[int, str]:
    return (record.state.last_edited_hlc(), record.id)


def marks_for_meeting(
    db: UnitOfWork, keyring: KeyRing, r: GroupRepositories, meeting_id: str
) -> list[StoredMark]:
    loaded, _damaged = r.attendance.load_where(db, keyring, meeting_id=meeting_id)
    return one_per_member(m for m in map(live_mark, loaded) if m is not None)


# --------------------------------------------------------------------------- counts
def _whole(value: JsonValue) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def entered_counts(state: RecordState) -> HeadCounts:
    """The counts facilitators typed (the displayed value of each register)."""
    return HeadCounts(**{name: _whole(state.get(name, 0)) for name in ENTERED_FIELDS})


def folded_by_replica(state: RecordState) -> dict[str, dict[str, int]]:
    """replica → status → people folded in on that PC: every sibling of ``folded``
    merged by the greatest value per replica (a replica's own count only grows)."""
    merged: dict[str, dict[str, int]] = {}
    for sibling in state.fields.get(FOLDED_FIELD, ()):
        if not isinstance(sibling.value, dict):
            continue
        for replica, per_status in sibling.value.items():
            if not isinstance(per_status, dict):
                continue
            slot = merged.setdefault(str(replica), {})
            for status in STATUS_ORDER:
                number = _whole(per_status.get(status.value, 0))
                slot[status.value] = max(slot.get(status.value, 0), number)
    return merged


def folded_counts(state: RecordState) -> HeadCounts:
    """People folded into the counts, summed over every replica."""
    totals = {s.value: 0 for s in STATUS_ORDER}
    for per_status in folded_by_replica(state).values():
        for name, number in per_status.items():
            totals[name] += number
    return HeadCounts(**totals)


def to_counts(state: RecordState) -> HeadCounts:
    """Everyone counted without a name: what was entered plus who was folded in."""
    entered, folded = entered_counts(state), folded_counts(state)
    return HeadCounts(
        present=entered.present + folded.present,
        late=entered.late + folded.late,
        apologies=entered.apologies + folded.apologies,
        newcomers=entered.newcomers,
    )


def counts_in_conflict(state: RecordState) -> tuple[str, ...]:
    """Entered counts two PCs set differently between syncs (for the conflicts inbox)."""
    return tuple(
        name
        for name in ENTERED_FIELDS
        if len({_whole(v.value) for v in state.fields.get(name, ())}) > 1
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
    """Store ``counts`` (the totals the panel shows) for the meeting; returns the record's
    new revision. People folded in stay counted: a total below them is refused, and only
    the entered fields that change are written (an untouched field keeps its siblings)."""
    record_id = counts_id(r.group_id, meeting_id)
    state = existing.state if existing is not None else RecordState()
    folded = folded_counts(state)
    entered = entered_counts(state)
    changes: dict[str, JsonValue] = {}
    for name in ENTERED_FIELDS:
        wanted = getattr(counts, name)
        floor = getattr(folded, name)
        if wanted < floor:
            raise ValidationError(name, "out_of_range", minimum=floor, maximum=COUNT_MAX)
        if existing is None or wanted - floor != getattr(entered, name):
            changes[name] = wanted - floor
    if existing is None:
        changes["meeting_id"] = meeting_id
    if not changes:
        return existing.rev if existing is not None else 0
    store_write(vault, db, r.attendance_counts, keyring, record_id, state, changes)
    return r.attendance_counts.stored_rev(db, record_id) or 0


def _with_folded(
    state: RecordState, replica: str, added: Mapping[AttendanceStatus, int]
) -> dict[str, JsonValue]:
    """The ``folded`` value after this replica folds in ``added``: every replica's merged
    count, this one's raised (so the write supersedes every sibling without losing any)."""
    merged = folded_by_replica(state)
    own = merged.setdefault(replica, {})
    for status, number in added.items():
        own[status.value] = own.get(status.value, 0) + number
    return {rep: dict(sorted(per.items())) for rep, per in sorted(merged.items())}


# --------------------------------------------------------------------------- folding
def _tally(rows: Iterable[LoadedRecord]) -> dict[str, dict[AttendanceStatus, int]]:
    """meeting id → status → 1 for each meeting one person's live ``rows`` mark them
    at: a meeting counts the person once, even if an older version left two rows."""
    by_meeting: dict[str, list[StoredMark]] = {}
    for mark in (m for m in map(live_mark, rows) if m is not None):
        by_meeting.setdefault(str(mark.record.extra["meeting_id"]), []).append(mark)
    return {
        meeting_id: {mark.status: 1 for mark in one_per_member(marks)}
        for meeting_id, marks in by_meeting.items()
    }


def fold_member_into_counts(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, r: GroupRepositories, member_id: str
) -> int:
    """Erase every attendance row of ``member_id`` and add each to its meeting's counts,
    so totals stay the same (consent withdrawn, or "forget me"). Returns rows erased.

    One pass, as one local write: the person's rows are found by their keyed ids in a few
    bulk reads, the counts of every meeting they were marked at are read together and
    each written once, and every row is redacted under the same write stamp, all in the
    caller's transaction. A row is erased by a sticky redaction that keeps nothing: who
    it was about and how they attended are dropped with their history, and no stale copy
    can bring them back in a later sync. The caller checkpoints the WAL afterwards.
    """
    consents, _damaged = r.consents.load_where(db, keyring, member_id=member_id)
    if not consents:
        return 0
    ids = RowIds(keyring)
    candidates = [
        row_id
        for meeting_id in meeting_ids_with_attendance(db)
        for consent in consents
        for row_id in ids.candidates(meeting_id, member_id, consent.id)
    ]
    held: list[object] = []  # the ORM rows stay in the session until written back
    rows = [
        record
        for record in load_by_ids(db, keyring, r.attendance, candidates, hold=held)
        if not record.state.redacted and str(record.state.get("member_id", "")) == member_id
    ]
    if not rows:
        return 0
    marks_by_meeting = _tally(rows)
    wanted = {counts_id(r.group_id, m): m for m in marks_by_meeting}
    existing = {
        rec.id: rec
        for rec in load_by_ids(db, keyring, r.attendance_counts, list(wanted), hold=held)
    }
    replica, counter, hlc = vault.next_write(db)  # one write event for the whole fold
    for record_id, meeting_id in sorted(wanted.items()):
        record = existing.get(record_id)
        state = record.state if record is not None else RecordState()
        changes: dict[str, JsonValue] = {
            FOLDED_FIELD: _with_folded(state, replica, marks_by_meeting[meeting_id])
        }
        if record is None:
            changes["meeting_id"] = meeting_id
        state.write(changes, replica, counter, hlc)
        r.attendance_counts.store(db, keyring.group_key, record_id, state, counter)
    for record in rows:
        redacted = redact(record.state, {}, replica, counter, hlc)
        r.attendance.store(db, keyring.group_key, record.id, redacted, counter, **record.extra)
    return len(rows)
