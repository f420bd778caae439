"""The sealed meetings index: what the list pages read instead of opening every
meeting row (5,000 meetings in a fifteen-year group).

One local record (``meeting_index``, commons key, never synced) holds, per meeting row,
its fields and the row's fingerprint. Reading the list compares those fingerprints
with the rows' (plaintext columns and the payload's tag only, see
``storage.meetings``) and opens only rows that changed: after a sync import, a restore
or another page's edit the index catches up by itself. The decoded index is kept in
memory for the unlocked session (until its keys are dropped), keyed by the index row's
revision.

With it the session keeps what the list pages work from (issue 15): every row's
fingerprint as the index knows it, so "nothing changed" is one dictionary comparison
in C instead of a look-up per row, and the live meetings in list order (``Listing``),
so the next and the past meetings are a slice either side of today instead of a walk
over thousands of entries. Both are derived from the decoded index once per revision.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from safespace_desktop.core.meetings.model import Meeting, MeetingStatus
from safespace_desktop.core.roster import parse_date
from safespace_desktop.core.sync.record import JsonValue
from safespace_desktop.services import keyless_reads
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing, SessionMemo
from safespace_desktop.services.meetings.records import index_id, meeting_entry, meeting_fields
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.meetings import index_revision, meeting_fingerprints
from safespace_desktop.storage.unit_of_work import ChangeToken, UnitOfWork

_FP = "fp"
_DELETED = "deleted"
_BULK = 64

Entry = dict[str, Any]
OrderKey = tuple[str, str, str]


def order_key(entry: Entry) -> OrderKey:
    """The list order of an index entry: day, start time, id (ISO dates sort as text)."""
    return str(entry.get("on") or ""), str(entry.get("start") or ""), str(entry.get("id"))


@dataclass(frozen=True)
class Listing:
    """The live meetings of one index revision, in list order, with what the Meetings
    page's overview asks of them."""

    ordered: tuple[Entry, ...]  # by ``order_key``
    days: tuple[str, ...]  # each ordered entry's day (ISO), for bisecting at today
    taken: frozenset[tuple[Any, Any]]  # (schedule id, occurrence day) stored as meetings
    overrides: tuple[str, ...]  # every live entry's occurrence day ("" if none), sorted

    @classmethod
    def of(cls, live: list[Entry]) -> Listing:
        ordered = sorted(live, key=order_key)
        return cls(
            ordered=tuple(ordered),
            days=tuple(str(e.get("on") or "") for e in ordered),
            taken=frozenset(
                (e.get("schedule_id"), e.get("occurs_on")) for e in live if e.get("schedule_id")
            ),
            overrides=tuple(sorted(str(e.get("occurs_on") or "") for e in live)),
        )

    def split(self, day: str) -> int:
        """Where ``day`` (ISO) starts: entries before it are past, the rest ahead."""
        return bisect_left(self.days, day)

    def overriding_from(self, day: str) -> int:
        """How many stored meetings stand for an occurrence on or after ``day``."""
        return len(self.overrides) - bisect_left(self.overrides, day)

    @cached_property
    def held_days(self) -> dict[str, date]:
        """Meeting id → date of every live meeting not cancelled (undated: ``date.min``),
        worked out once per listing, that is once per index revision in a session
        (issue 15: the evaluation reminder asked for it on every Home read). Callers
        copy it before changing it."""
        days: dict[str, date] = {}
        cancelled = MeetingStatus.CANCELLED.value  # any other value reads as planned
        for entry in self.ordered:
            if str(entry.get("status")) != cancelled:
                days[str(entry.get("id") or "")] = parse_date(entry.get("on")) or date.min
        return days


@dataclass
class _Decoded:
    """One session's decoded index: its entries (tombstones too), every row's
    fingerprint as the index knows it, and the listing once asked for."""

    rev: int
    entries: dict[str, Entry]
    fingerprints: dict[str, str] = field(default_factory=dict)
    listing: Listing | None = None
    # ``UnitOfWork.change_token`` when the rows last matched: nothing written since
    # then means no row needs comparing again.
    verified_at: ChangeToken | None = None

    def __post_init__(self) -> None:
        self.fingerprints = {rid: str(e.get(_FP)) for rid, e in self.entries.items()}


# id(keyring) → the decoded index: it lives only as long as the unlocked session's keys
# (dropped when they are, at lock), never after.
_CACHE: SessionMemo[_Decoded] = SessionMemo()


def _remember(keyring: KeyRing, rev: int, entries: dict[str, Entry]) -> _Decoded:
    return _CACHE.keep(keyring, _Decoded(rev, entries))


def _stored_entries(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> _Decoded | None:
    repo = db.group.meeting_index
    record_id = index_id(db.group_id)
    rev = index_revision(db, record_id)
    if rev is None:
        return None
    cached = _CACHE.of(keyring)
    if cached is not None and cached.rev == rev:
        return cached
    record = repo.get(db, keyring, record_id)
    if record is None:
        return None
    raw = record.state.get("entries")
    entries = dict(raw) if isinstance(raw, dict) else {}
    return _remember(keyring, rev, entries)


def stored_meetings(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> list[Meeting]:
    """Every stored, undeleted meeting (see ``stored_entries``)."""
    return [meeting_fields(e) for e in stored_entries(vault, db, keyring)]


def stored_listing(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> Listing:
    """The live meetings in list order, from the index brought up to date first
    (``stored_entries``); worked out once per index revision in a session."""
    entries, decoded = _refreshed(vault, db, keyring)
    if decoded is None:  # a session that cannot keep the index (a member's, after a change)
        return Listing.of(entries)
    if decoded.listing is None:
        decoded.listing = Listing.of(entries)
    return decoded.listing


def stored_entries(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> list[Entry]:
    """Every stored, undeleted meeting as its index entry (field values with ISO dates),
    from the index brought up to date first. List pages pick the few they show before
    turning entries into ``Meeting`` values.

    Facilitators write the refreshed index back; a member's session refreshes it in
    memory only (members do not write the group's records)."""
    return _refreshed(vault, db, keyring)[0]


def _refreshed(
    vault: Vault, db: UnitOfWork, keyring: KeyRing
) -> tuple[list[Entry], _Decoded | None]:
    """``stored_entries`` and the session's decoded index they are (None when the
    session keeps none for them)."""
    token = db.change_token()
    cached = _CACHE.of(keyring)
    if cached is not None and cached.verified_at == token:
        # Nothing at all was written since the rows last matched (issue 15: Home's
        # evaluation reminder asked again right after Home's list).
        return [e for e in cached.entries.values() if not e.get(_DELETED)], cached
    fingerprints = keyless_reads.take(vault, db, keyless_reads.MEETINGS)
    if fingerprints is None:
        fingerprints = meeting_fingerprints(db)
    decoded = _stored_entries(vault, db, keyring)
    if decoded is not None and decoded.fingerprints == fingerprints:
        # Nothing changed since the index was written: one comparison, no walk.
        decoded.verified_at = token
        return [e for e in decoded.entries.values() if not e.get(_DELETED)], decoded
    kept: _Decoded | None = None
    entries = decoded.entries if decoded is not None else {}
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
            kept = _write_index(vault, db, keyring, entries)
        else:
            _CACHE.forget(keyring)
    else:
        kept = decoded
    return [e for e in entries.values() if not e.get(_DELETED)], kept


def _write_index(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, entries: dict[str, dict[str, Any]]
) -> _Decoded | None:
    repo = db.group.meeting_index
    record_id = index_id(db.group_id)
    value: JsonValue = entries
    store.write_local(db, repo, keyring.commons_key, record_id, {"entries": value})
    rev = repo.stored_rev(db, record_id)
    return None if rev is None else _remember(keyring, rev, entries)
