"""The follow-ups' open index: what the facilitator home reads instead of opening every
follow-up a group ever made (5,000 at the design's M size, all but a few done).

One local record (``follow_up_index``, group key, never synced) holds, per follow-up
row, the row's fingerprint, whether it is open (live, not erased, not done), live and
done, and the day it was made (for the reports' counts): ids, flags and a date the app
set, nothing anyone typed. Reading compares those fingerprints with the rows'
(plaintext columns and the payload's tag only, ``storage.fingerprints``) and opens only
rows that changed, so after a sync import, a restore, "forget me" or an edit anywhere
the index catches up by itself. The open rows are then opened, the authenticated way,
as always. The decoded index is kept in memory for the unlocked session (until its keys
are dropped), keyed by the index row's revision.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from safespace_desktop.core.errors import IntegrityError, UnsupportedFormatVersion
from safespace_desktop.core.roster import parse_date
from safespace_desktop.core.sync.record import JsonValue
from safespace_desktop.services import keyless_reads
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing, SessionMemo
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.fingerprints import row_fingerprints, stored_revision
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import ChangeToken, UnitOfWork

_BULK = 64
_NO_ROW = -1  # the cache key while no index row is stored (a read-only vault)
_UNREADABLE = (IntegrityError, UnsupportedFormatVersion, KeyError, TypeError, ValueError)

# row id → (fingerprint, open, live, done, created on: ISO date or "")
Entry = tuple[str, bool, bool, bool, str]
Entries = dict[str, Entry]


@dataclass
class _Kept:
    """One session's decoded index: the index row's revision, its entries, and the
    ``UnitOfWork.change_token`` when the rows last matched them (nothing written since
    then means no row needs comparing again)."""

    rev: int
    entries: Entries
    verified_at: ChangeToken | None = None


# id(keyring) → the decoded index: lives only as long as the unlocked session's keys
# (dropped when they are, at lock), never after.
_CACHE: SessionMemo[_Kept] = SessionMemo()


def index_id(group_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), "follow_up_index"))


def is_open(record: LoadedRecord) -> bool:
    state = record.state
    return not state.deleted and not state.redacted and not bool(state.get("done", False))


def _entry(fingerprint: str, record: LoadedRecord) -> Entry:
    state = record.state
    live = not state.deleted and not state.redacted
    created = parse_date(state.get("created_on"))
    return (
        fingerprint,
        is_open(record),
        live,
        bool(state.get("done", False)),
        "" if created is None else created.isoformat(),
    )


def _remember(keyring: KeyRing, rev: int, entries: Entries) -> None:
    _CACHE.keep(keyring, _Kept(rev, entries))


def _decode(raw: object) -> Entries:
    """The stored entries; an entry of any other shape is left out (its row is opened
    again and the index rewritten)."""
    if not isinstance(raw, dict):
        return {}
    entries: Entries = {}
    for rid, value in raw.items():
        try:
            fingerprint, is_open, live, done, created = value
        except (TypeError, ValueError):
            continue
        if is_open.__class__ is bool and live.__class__ is bool and done.__class__ is bool:
            entries[str(rid)] = (str(fingerprint), is_open, live, done, str(created))
    return entries


def _stored(db: UnitOfWork, keyring: KeyRing) -> Entries:
    repo = db.group.follow_up_index
    record_id = index_id(db.group_id)
    rev = stored_revision(db, repo, record_id)
    cached = _CACHE.of(keyring)
    if cached is not None and cached.rev == (_NO_ROW if rev is None else rev):
        return cached.entries
    if rev is None:
        return {}
    try:
        record = repo.get(db, keyring, record_id)
    except _UNREADABLE:
        return {}  # a damaged index is rebuilt from the rows
    if record is None:
        return {}
    entries = _decode(record.state.get("entries"))
    _remember(keyring, rev, entries)
    return entries


def _open_rows(db: UnitOfWork, keyring: KeyRing, wanted: Iterable[str]) -> list[LoadedRecord]:
    """The rows ``wanted`` that open; damaged ones are left out (as the list always did)."""
    repo = db.group.follow_ups
    ids = set(wanted)
    opened: list[LoadedRecord] = []
    if len(ids) > _BULK:
        for row in repo.rows(db):
            if row.id in ids:
                try:
                    opened.append(repo.open_row(keyring, row))
                except _UNREADABLE:
                    continue
        return opened
    for rid in ids:
        try:
            record = repo.get(db, keyring, rid)
        except _UNREADABLE:
            continue
        if record is not None:
            opened.append(record)
    return opened


def _caught_up(
    vault: Vault, db: UnitOfWork, keyring: KeyRing
) -> tuple[Entries, dict[str, LoadedRecord]]:
    """The index brought up to date (rows it does not know as they are now are opened
    and returned too)."""
    token = db.change_token()
    kept = _CACHE.of(keyring)
    if kept is not None and kept.verified_at == token:
        return kept.entries, {}
    fingerprints = keyless_reads.take(vault, db, keyless_reads.FOLLOW_UPS)
    if fingerprints is None:
        fingerprints = row_fingerprints(db, db.group.follow_ups)
    entries = _stored(db, keyring)
    changed = [rid for rid, fp in fingerprints.items() if entries.get(rid, ("",))[0] != fp]
    gone = any(rid not in fingerprints for rid in entries)
    fresh: dict[str, LoadedRecord] = {}
    if changed or gone:
        entries = {rid: e for rid, e in entries.items() if rid in fingerprints}
        for record in _open_rows(db, keyring, changed):
            entries[record.id] = _entry(fingerprints[record.id], record)
            fresh[record.id] = record
        if vault.read_only:  # a vault on a write-protected disk: kept in memory only
            rev = stored_revision(db, db.group.follow_up_index, index_id(db.group_id))
            _remember(keyring, _NO_ROW if rev is None else rev, entries)
        else:
            _write(vault, db, keyring, entries)
    elif (kept := _CACHE.of(keyring)) is not None and kept.entries is entries:
        kept.verified_at = token
    return entries, fresh


def open_follow_ups(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> list[LoadedRecord]:
    """Every open follow-up (live, not erased, not done), from the index brought up to
    date first; only rows the index does not know as they are now, and the open ones,
    are opened."""
    entries, fresh = _caught_up(vault, db, keyring)
    wanted = [rid for rid, entry in entries.items() if entry[1]]
    missing = [rid for rid in wanted if rid not in fresh]
    records = [fresh[rid] for rid in wanted if rid in fresh]
    records += [record for record in _open_rows(db, keyring, missing) if is_open(record)]
    return records


def _write(vault: Vault, db: UnitOfWork, keyring: KeyRing, entries: Entries) -> None:
    repo = db.group.follow_up_index
    record_id = index_id(db.group_id)
    value: JsonValue = {rid: list(entry) for rid, entry in entries.items()}
    store.write_local(db, repo, keyring.group_key, record_id, {"entries": value})
    rev = stored_revision(db, repo, record_id)
    if rev is not None:
        _remember(keyring, rev, entries)


def made_between(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, start: date, end: date
) -> tuple[int, int]:
    """(made, done since) of the live follow-ups made from ``start`` to ``end``
    inclusive, from the index (the reports' counts)."""
    first, last = start.isoformat(), end.isoformat()
    entries, _fresh = _caught_up(vault, db, keyring)
    made = done = 0
    for _fp, _open, live, is_done, created in entries.values():
        if live and created and first <= created <= last:
            made += 1
            done += is_done
    return made, done
