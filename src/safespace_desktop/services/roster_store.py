"""Shared plumbing of the roster services (members, consent, pairs, forget, agreement).

Not a public API: the UI uses the service classes. Everything here runs inside one
``transaction`` so that, for example, withdrawing a consent and erasing the data it
covered happen together or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from safespace_desktop.core.consent import ConsentEnd, ConsentMethod, ConsentPurpose, ConsentRecord
from safespace_desktop.core.errors import ConsentRequired, NotFound, NotPermitted, StaleEdit
from safespace_desktop.core.model import JournalAccess, Member, Principal
from safespace_desktop.core.roster import (
    CONTACT_FIELDS,
    AccessNeed,
    CheckinPair,
    ContactDetails,
    GroupRole,
    MemberStatus,
    former_member_name,
    parse_date,
    today_from,
)
from safespace_desktop.core.sync.former_numbers import unique_former_numbers
from safespace_desktop.core.sync.hlc import unpack
from safespace_desktop.core.sync.record import DELETED_FIELD, JsonValue, RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.attendance_rows import fold_member_into_counts
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord, SealedRecords
from safespace_desktop.storage.repositories import GroupRepositories
from safespace_desktop.storage.unit_of_work import UnitOfWork

E = TypeVar("E", bound=StrEnum)


# --------------------------------------------------------------------------- plumbing
@contextmanager
def transaction(vault: Vault) -> Iterator[tuple[UnitOfWork, KeyRing, Principal]]:
    """``vault.transaction()`` (kept as the one place roster services open a unit of work)."""
    with vault.transaction() as unit:
        yield unit


def new_id() -> str:
    return str(uuid.uuid4())


def today(vault: Vault) -> date:
    return today_from(vault.clock.now())


def hlc_date(hlc: int) -> date | None:
    if hlc <= 0:
        return None
    return today_from(unpack(hlc)[0] / 1000)


def field_hlc(state: RecordState, name: str) -> int:
    values = state.fields.get(name)
    return max((v.hlc for v in values), default=0) if values else 0


def first_hlc(state: RecordState) -> int:
    return min((v.hlc for vs in state.fields.values() for v in vs), default=0)


def enum_or(kind: type[E], value: object, default: E) -> E:
    try:
        return kind(str(value))
    except ValueError:
        return default


# The repositories of every group-wide record family (storage builds them per group).
Repos = GroupRepositories


def repos(db: UnitOfWork) -> Repos:
    return db.group


def write(
    vault: Vault,
    db: UnitOfWork,
    repo: SealedRecords,
    key: SecretKey,
    record_id: str,
    state: RecordState,
    changes: Mapping[str, JsonValue],
    **extra: Any,
) -> RecordState:
    """One local write of ``changes`` into ``state``, sealed and stored."""
    replica, counter, hlc = vault.next_write(db)
    state.write(changes, replica, counter, hlc)
    repo.store(db, key, record_id, state, counter, **extra)
    return state


LOCAL_INDEX_REPLICA = "local-index"


def write_local(
    db: UnitOfWork,
    repo: SealedRecords,
    key: SecretKey,
    record_id: str,
    changes: Mapping[str, JsonValue],
) -> None:
    """Store a local record that never travels (an index the app keeps for itself)
    as a fresh state under the row's own next revision. No write stamp is taken: an
    index catching up is no change of anyone's, so it moves no replica counter (a sync
    import can still be undone after the pages have read the new rows)."""
    rev = (repo.stored_rev(db, record_id) or 0) + 1
    state = RecordState()
    state.write(changes, LOCAL_INDEX_REPLICA, rev, rev)
    repo.store(db, key, record_id, state, rev)


def encode_date(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


# --------------------------------------------------------------------------- members
def load_member(db: UnitOfWork, keyring: KeyRing, r: Repos, member_id: str) -> LoadedRecord:
    """The member's record; NotFound if missing or deleted (IntegrityError propagates)."""
    record = r.members.get(db, keyring, member_id)
    if record is None or record.state.deleted:
        raise NotFound("member_gone")
    return record


def load_editable_member(
    db: UnitOfWork, keyring: KeyRing, r: Repos, member_id: str
) -> LoadedRecord:
    record = load_member(db, keyring, r, member_id)
    if record.state.redacted:
        raise NotPermitted("forgotten")
    return record


def check_revision(record: LoadedRecord, expected_rev: int | None, kind: str) -> None:
    """Refuse a save that started from an older revision than the one stored now.

    Called inside the same transaction as the write (under the vault's one lock), so of
    two saves started from the same read exactly one wins and the other is refused.
    ``None`` means "no check" (internal callers and sync imports that merge instead).
    """
    if expected_rev is not None and record.rev != expected_rev:
        raise StaleEdit(kind, expected=expected_rev, found=record.rev)


def member_status(state: RecordState) -> MemberStatus:
    stored = state.get("status")
    if stored is not None:
        return enum_or(MemberStatus, stored, MemberStatus.ACTIVE)
    return MemberStatus.LEFT if state.get("archived", False) else MemberStatus.ACTIVE


def to_member(record: LoadedRecord, consents: frozenset[ConsentPurpose] = frozenset()) -> Member:
    state = record.state
    status = member_status(state)
    status_since = parse_date(state.get("status_since"))
    if status_since is None:
        # Entries from before dates were kept: the time of the status (or archive) write.
        status_since = hlc_date(field_hlc(state, "status") or field_hlc(state, "archived"))
    joined_on = parse_date(state.get("joined_on")) or hlc_date(first_hlc(state))
    needs = state.get("access_needs") or ()
    access = frozenset(
        AccessNeed(v) for v in needs if isinstance(v, str) and v in AccessNeed._value2member_map_
    )
    message_ok = state.get("message_ok")
    former = state.get("former_number") if state.redacted else None
    return Member(
        id=record.id,
        name=former_member_name(former) if state.redacted else str(state.get("name", "")),
        pronouns=str(state.get("pronouns", "")),
        note=str(state.get("note", "")),
        archived=status is MemberStatus.LEFT,
        has_journal_account=bool(state.get("journal_slot_id")),
        journal=JournalAccess.INVITED if state.get("journal_slot_id") else JournalAccess.NONE,
        journal_slot_id=str(state.get("journal_slot_id") or ""),
        edited_hlc=state.last_edited_hlc(),
        role=enum_or(GroupRole, state.get("role"), GroupRole.MEMBER),
        status=status,
        joined_on=joined_on,
        status_since=status_since,
        access_needs=access,
        access_note=str(state.get("access_note", "")),
        contact=ContactDetails(
            phone=str(state.get("phone", "")),
            email=str(state.get("email", "")),
            best_time=str(state.get("best_time", "")),
            message_ok=message_ok if isinstance(message_ok, bool) else None,
        ),
        consents=consents,
        former_number=int(former) if former is not None else None,
        created_hlc=first_hlc(state),
        rev=record.rev,
    )


def stored_member(
    db: UnitOfWork,
    r: Repos,
    member_id: str,
    state: RecordState,
    consents: frozenset[ConsentPurpose] = frozenset(),
) -> Member:
    """A member just written in this unit of work, with the revision it was stored at."""
    rev = r.members.stored_rev(db, member_id) or 0
    return to_member(LoadedRecord(member_id, rev, state, {}), consents)


def with_journal_access(db: UnitOfWork, members: list[Member]) -> list[Member]:
    """``members`` with where their journal stands: an invitation is open while its slot
    has no handle yet, the journal is theirs once it has one, and nothing is open when
    the slot is gone (withdrawn)."""
    if not any(m.journal_slot_id for m in members):
        return members
    return with_claimed_journal_access(members, db.accounts.slot_claims())


def with_claimed_journal_access(members: list[Member], claimed: Mapping[str, bool]) -> list[Member]:
    """``with_journal_access`` from ``claimed`` (slot id → has a handle), read already."""

    def access(member: Member) -> JournalAccess:
        if not member.journal_slot_id or member.journal_slot_id not in claimed:
            return JournalAccess.NONE
        return JournalAccess.ACTIVE if claimed[member.journal_slot_id] else JournalAccess.INVITED

    return [m if access(m) is m.journal else replace(m, journal=access(m)) for m in members]


def write_member(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    r: Repos,
    member_id: str,
    state: RecordState,
    changes: Mapping[str, JsonValue],
) -> RecordState:
    """Every member write goes through here, so the consent rule has one guard:
    a contact field can only get a value while its purpose is consented to."""
    if any(changes.get(name) not in (None, "") for name in CONTACT_FIELDS if name in changes):
        active = active_purposes(db, keyring, r, member_id)
        if ConsentPurpose.CONTACT_BETWEEN_MEETINGS not in active:
            field = next(n for n in CONTACT_FIELDS if changes.get(n) not in (None, ""))
            raise ConsentRequired(field, ConsentPurpose.CONTACT_BETWEEN_MEETINGS.value)
    return write(vault, db, r.members, keyring.group_key, member_id, state, changes)


def former_numbers(db: UnitOfWork, keyring: KeyRing, r: Repos) -> list[int]:
    """Former-member numbers as shown (unique even after two PCs gave out the same one)."""
    loaded, _damaged = r.members.load_all(db, keyring, include_deleted=True)
    entries = []
    for record in loaded:
        value = record.state.get("former_number") if record.state.redacted else None
        if isinstance(value, int):
            entries.append((record.id, value, record.state.last_edited_hlc()))
    return list(unique_former_numbers(entries).values())


def with_unique_former_numbers(members: list[Member]) -> list[Member]:
    """Sync (issue 12): renumber former members who share a number, the same on every PC."""
    entries = [
        (m.id, m.former_number, m.edited_hlc) for m in members if m.former_number is not None
    ]
    shown = unique_former_numbers(entries)
    return [
        replace(m, former_number=shown[m.id], name=former_member_name(shown[m.id]))
        if m.id in shown and shown[m.id] != m.former_number
        else m
        for m in members
    ]


# --------------------------------------------------------------------------- consents
def to_consent(record: LoadedRecord) -> ConsentRecord:
    state = record.state
    ended = state.get("ended")
    given_on = parse_date(state.get("given_on")) or hlc_date(first_hlc(state)) or date.min
    return ConsentRecord(
        id=record.id,
        member_id=str(record.extra.get("member_id", "")),
        purpose=ConsentPurpose(str(state.get("purpose"))),
        wording_version=int(state.get("wording_version", 1)),
        given_on=given_on,
        method=enum_or(ConsentMethod, state.get("method"), ConsentMethod.IN_PERSON),
        withdrawn_on=parse_date(state.get("withdrawn_on")),
        ended=enum_or(ConsentEnd, ended, ConsentEnd.WITHDRAWN) if ended else None,
        wording_id=str(state.get("wording_id", "")),
    )


def consent_records(
    db: UnitOfWork, keyring: KeyRing, r: Repos, member_id: str
) -> list[tuple[LoadedRecord, ConsentRecord]]:
    loaded, _damaged = r.consents.load_where(db, keyring, member_id=member_id)
    pairs = [(record, to_consent(record)) for record in loaded]
    return sorted(pairs, key=lambda p: (p[1].given_on, p[0].state.last_edited_hlc(), p[1].id))


def active_purposes(
    db: UnitOfWork, keyring: KeyRing, r: Repos, member_id: str
) -> frozenset[ConsentPurpose]:
    return frozenset(
        c.purpose for _rec, c in consent_records(db, keyring, r, member_id) if c.active
    )


def all_active_purposes(
    db: UnitOfWork, keyring: KeyRing, r: Repos
) -> dict[str, frozenset[ConsentPurpose]]:
    loaded, _damaged = r.consents.load_all(db, keyring)
    found: dict[str, set[ConsentPurpose]] = {}
    for record in loaded:
        consent = to_consent(record)
        if consent.active:
            found.setdefault(consent.member_id, set()).add(consent.purpose)
    return {member_id: frozenset(purposes) for member_id, purposes in found.items()}


def end_consent(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    r: Repos,
    record: LoadedRecord,
    reason: ConsentEnd,
    on: date,
) -> None:
    write(
        vault,
        db,
        r.consents,
        keyring.group_key,
        record.id,
        record.state,
        {"withdrawn_on": on.isoformat(), "ended": reason.value},
        member_id=record.extra["member_id"],
    )


def erase_purpose_data(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    r: Repos,
    member_id: str,
    purpose: ConsentPurpose,
    on: date,
    reason: str,
) -> int:
    """Erase what ``purpose`` covered for this member. Returns pairs dissolved."""
    if purpose is ConsentPurpose.CONTACT_BETWEEN_MEETINGS:
        record = r.members.get(db, keyring, member_id)
        if record is not None and not record.state.redacted:
            current = {name: record.state.get(name) for name in CONTACT_FIELDS}
            if any(value not in (None, "") for value in current.values()):
                write_member(
                    vault,
                    db,
                    keyring,
                    r,
                    member_id,
                    record.state,
                    {"phone": "", "email": "", "best_time": "", "message_ok": None},
                )
        return 0
    if purpose is ConsentPurpose.CHECKIN_PAIRING:
        return dissolve_pairs(vault, db, keyring, r, member_id, on, reason)
    if purpose is ConsentPurpose.KEEP_ATTENDANCE_HISTORY:
        # Attendance (issue 9): the person's rows are erased and added to the counts.
        fold_member_into_counts(vault, db, keyring, r, member_id)
        return 0
    return 0


# --------------------------------------------------------------------------- pairs
def pair_records(db: UnitOfWork, keyring: KeyRing, r: Repos) -> list[LoadedRecord]:
    loaded, _damaged = r.pairs.load_all(db, keyring)
    return loaded


def pair_members(record: LoadedRecord) -> tuple[str, str]:
    ids = record.state.get("member_ids") or ("", "")
    return str(ids[0]), str(ids[1])


def to_pair(record: LoadedRecord, names: Mapping[str, str]) -> CheckinPair:
    a, b = pair_members(record)
    return CheckinPair(
        id=record.id,
        member_ids=(a, b),
        names=(names.get(a, ""), names.get(b, "")),
        since=parse_date(record.state.get("since")),
    )


def dissolve_pairs(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    r: Repos,
    member_id: str,
    on: date,
    reason: str,
) -> int:
    dissolved = 0
    for record in pair_records(db, keyring, r):
        if member_id in pair_members(record):
            end_pair(vault, db, keyring, r, record, on, reason)
            dissolved += 1
    return dissolved


def end_pair(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    r: Repos,
    record: LoadedRecord,
    on: date,
    reason: str,
) -> None:
    write(
        vault,
        db,
        r.pairs,
        keyring.group_key,
        record.id,
        record.state,
        {DELETED_FIELD: True, "ended_on": on.isoformat(), "ended": reason},
    )
