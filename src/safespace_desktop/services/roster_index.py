"""The roster's sealed index (issue 15): what the first roster read of a session
decodes instead of opening every member row (1,000 at the design's M size).

One local record (``roster_index``, group key like the member rows, never synced)
holds, per member row, a digest of every stored column of the row (the whole sealed
payload included, ``storage.fingerprints.row_digests``) and the entry's values as
they were opened from that row (nothing a tombstone). The roster cache
(``services.members.RosterCache``) starts a session from it and opens, the
authenticated way, only rows whose digest differs: a row changed by a sync import, a
restore, another PC's copy or a tampered byte is opened again and, if it fails,
reported as damaged, never served from the index. A damaged or unknown index is
ignored and rewritten from the rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from safespace_desktop.core.errors import IntegrityError, UnsupportedFormatVersion
from safespace_desktop.core.model import JournalAccess, Member
from safespace_desktop.core.roster import AccessNeed, ContactDetails, GroupRole, MemberStatus
from safespace_desktop.core.sync.record import JsonValue
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.unit_of_work import UnitOfWork

FORMAT = 1  # the layout of ``member_values``; another number is ignored and rebuilt
_UNREADABLE = (IntegrityError, UnsupportedFormatVersion, KeyError, TypeError, ValueError)

# row id → (digest of the stored row, the entry as opened from it; None: a tombstone)
Indexed = dict[str, tuple[str, Member | None]]


def index_id(group_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), "roster_index"))


def _iso(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def member_values(member: Member) -> list[JsonValue]:
    """The entry as ``store.to_member`` builds it (no consents or name hints: those
    are worked out per read), as a JSON list."""
    contact = member.contact
    return [
        member.name,
        member.pronouns,
        member.note,
        member.archived,
        member.has_journal_account,
        member.edited_hlc,
        member.role.value,
        member.status.value,
        _iso(member.joined_on),
        _iso(member.status_since),
        sorted(need.value for need in member.access_needs),
        member.access_note,
        contact.phone,
        contact.email,
        contact.best_time,
        contact.message_ok,
        member.former_number,
        member.created_hlc,
        member.journal.value,
        member.journal_slot_id,
        member.rev,
    ]


def member_from_values(member_id: str, values: list[JsonValue]) -> Member:
    """``member_values`` read back; raises ValueError/TypeError on anything else."""
    (
        name,
        pronouns,
        note,
        archived,
        has_journal_account,
        edited_hlc,
        role,
        status,
        joined_on,
        status_since,
        needs,
        access_note,
        phone,
        email,
        best_time,
        message_ok,
        former_number,
        created_hlc,
        journal,
        journal_slot_id,
        rev,
    ) = values
    if not isinstance(needs, list) or not isinstance(message_ok, bool | None):
        raise TypeError("not a roster index entry")
    return Member(
        id=member_id,
        name=str(name),
        pronouns=str(pronouns),
        note=str(note),
        archived=bool(archived),
        has_journal_account=bool(has_journal_account),
        edited_hlc=int(str(edited_hlc)),
        role=GroupRole(role),
        status=MemberStatus(status),
        joined_on=_day(joined_on),
        status_since=_day(status_since),
        access_needs=frozenset(AccessNeed(need) for need in needs),
        access_note=str(access_note),
        contact=ContactDetails(str(phone), str(email), str(best_time), message_ok),
        former_number=None if former_number is None else int(str(former_number)),
        created_hlc=int(str(created_hlc)),
        journal=JournalAccess(journal),
        journal_slot_id=str(journal_slot_id),
        rev=int(str(rev)),
    )


def read_index(db: UnitOfWork, keyring: KeyRing) -> Indexed:
    """The stored index ({} when there is none or it cannot be read: it is rebuilt)."""
    try:
        record = db.group.roster_index.get(db, keyring, index_id(db.group_id))
        if record is None:
            return {}
        raw = record.state.get("entries")
        if not isinstance(raw, Mapping) or raw.get("format") != FORMAT:
            return {}
        rows = raw.get("rows")
        if not isinstance(rows, Mapping):
            return {}
        indexed: Indexed = {}
        for row_id, (digest, values) in rows.items():
            member = None if values is None else member_from_values(str(row_id), values)
            indexed[str(row_id)] = (str(digest), member)
        return indexed
    except _UNREADABLE:
        return {}


def write_index(vault: Vault, db: UnitOfWork, keyring: KeyRing, indexed: Indexed) -> None:
    """Store ``indexed`` as the roster's index (not on a write-protected disk, where
    nothing can be stored: the session then keeps it in memory only)."""
    if vault.read_only:
        return
    rows: dict[str, JsonValue] = {
        row_id: [digest, None if member is None else member_values(member)]
        for row_id, (digest, member) in indexed.items()
    }
    entries: JsonValue = {"format": FORMAT, "rows": rows}
    record_id = index_id(db.group_id)
    store.write_local(db, db.group.roster_index, keyring.group_key, record_id, {"entries": entries})
