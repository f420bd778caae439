"""The sealed meetings index: what the list pages read instead of opening every
meeting row (5,000 meetings in a fifteen-year group).

One local record (``meeting_index``, commons key, never synced) holds, per meeting row,
its fields and the row's fingerprint. Reading the list compares those fingerprints
with the rows' (plaintext columns and the payload's tag only, see
``storage.meetings``) and opens only rows that changed: after a sync import, a restore
or another page's edit the index catches up by itself. The decoded index is kept in
memory for the unlocked session (until its keys are dropped), keyed by the index row's
revision.
"""

from __future__ import annotations

import weakref
from typing import Any

from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.core.sync.record import JsonValue, RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.meetings.records import index_id, meeting_entry, meeting_fields
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.meetings import index_revision, meeting_fingerprints
from safespace_desktop.storage.unit_of_work import UnitOfWork

_FP = "fp"
_DELETED = "deleted"
_BULK = 64

# id(keyring) → (index row revision, entries): the decoded index lives only as long as
# the unlocked session's keys (dropped when they are, at lock), never after.
_CACHE: dict[int, tuple[int, dict[str, dict[str, Any]]]] = {}


def _remember(keyring: KeyRing, rev: int, entries: dict[str, dict[str, Any]]) -> None:
    key = id(keyring)
    if key not in _CACHE:
        weakref.finalize(keyring, _CACHE.pop, key, None)
    _CACHE[key] = (rev, entries)


def _stored_entries(
    vault: Vault, db: UnitOfWork, keyring: KeyRing
) -> tuple[dict[str, dict[str, Any]], RecordState | None]:
    repo = db.group.meeting_index
    record_id = index_id(db.group_id)
    rev = index_revision(db, record_id)
    if rev is None:
        return {}, None
    cached = _CACHE.get(id(keyring))
    if cached is not None and cached[0] == rev:
        return cached[1], None
    record = repo.get(db, keyring, record_id)
    if record is None:
        return {}, None
    raw = record.state.get("entries")
    entries = dict(raw) if isinstance(raw, dict) else {}
    _remember(keyring, rev, entries)
    return entries, record.state


def stored_meetings(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> list[Meeting]:
    """Every stored, undeleted meeting (see ``stored_entries``)."""
    return [meeting_fields(e) for e in stored_entries(vault, db, keyring)]


def stored_entries(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> list[dict[str, Any]]:
    """Every stored, undeleted meeting as its index entry (field values with ISO dates),
    from the index brought up to date first. List pages pick the few they show before
    turning entries into ``Meeting`` values.

    Facilitators write the refreshed index back; a member's session refreshes it in
    memory only (members do not write the group's records)."""
    fingerprints = meeting_fingerprints(db)
    entries, _state = _stored_entries(vault, db, keyring)
    changed = [rid for rid, fp in fingerprints.items() if entries.get(rid, {}).get(_FP) != fp]
    gone = [rid for rid in entries if rid not in fingerprints]
    if changed or gone:
        entries = {rid: e for rid, e in entries.items() if rid in fingerprints}
        repo = db.group.meetings
        if len(changed) > _BULK:
            # Many rows changed (a sync import, the first open): one query, not one each.
            wanted = set(changed)
            loaded, _damaged = repo.load_all(db, keyring, include_deleted=True)
            records = [r for r in loaded if r.id in wanted]
        else:
            records = [r for r in (repo.get(db, keyring, rid) for rid in changed) if r]
        for record in records:
            rid = record.id
            entry: dict[str, Any] = dict(meeting_entry(record))
            entry[_FP] = fingerprints[rid]
            entry[_DELETED] = record.state.deleted
            entries[rid] = entry
        principal = vault.principal
        # A vault on a write-protected disk is read as it is: nothing can be stored.
        if principal is not None and principal.is_facilitator and not vault.read_only:
            _write_index(vault, db, keyring, entries)
        else:
            _CACHE.pop(id(keyring), None)
    return [e for e in entries.values() if not e.get(_DELETED)]


def _write_index(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, entries: dict[str, dict[str, Any]]
) -> None:
    repo = db.group.meeting_index
    record_id = index_id(db.group_id)
    record = repo.get(db, keyring, record_id)
    state = record.state if record is not None else RecordState()
    value: JsonValue = entries
    store.write(vault, db, repo, keyring.commons_key, record_id, state, {"entries": value})
    rev = repo.stored_rev(db, record_id)
    if rev is not None:
        _remember(keyring, rev, entries)
