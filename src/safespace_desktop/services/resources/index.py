"""The coping resources' list-and-search index (issue 15): what the Coping resources
pages read instead of opening every resource row (1,000 at the design's M size).

One local table per audience, sealed under the same key as the resources it
describes: ``resource_index_shared`` under the commons key (members may read those
resources), ``resource_index_facilitators`` under the group key, which a member's
session does not hold, so it never opens a facilitators-only entry. Each table holds
``BLOCKS`` block rows; a resource's block is picked from its id, so a change rewrites
one block. An entry is the resource row's fingerprint (``storage.fingerprints``: the
plaintext columns and the payload's tag, read without any key), its revision, when it
was last edited, and the resource's fields as the list, search and reader show them
(none for a tombstone).

Every read compares the rows' fingerprints with the entries' and opens, the
authenticated way, only rows that changed: a sync import, another PC, an edit by code
that does not know the index, a tampered row. Facilitators write back the blocks that
changed (the services' writes do so at once); a member's session keeps the caught-up
copy in memory only (members do not write the group's records), as a read-only vault
does. The decoded index is kept for the unlocked session, keyed by each block row's
fingerprint, and dropped with the session's keys at lock.

The members' index is sealed under the commons key every member holds, as the members'
resources themselves are: whoever could forge one could forge the other, so it adds no
new way in; the facilitators-only index is under the group key, like its resources.
"""

from __future__ import annotations

import functools
import uuid
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from safespace_desktop.core.errors import IntegrityError, UnsupportedFormatVersion
from safespace_desktop.core.resources.model import Audience, Resource
from safespace_desktop.core.resources.search import ResourceIndex
from safespace_desktop.core.sync.record import JsonValue
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing, SessionMemo
from safespace_desktop.services.resources.records import from_values, resource_values
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.fingerprints import row_fingerprints
from safespace_desktop.storage.records import LoadedRecord, SealedRecords
from safespace_desktop.storage.unit_of_work import UnitOfWork

BLOCKS = 64  # about 16 resources (20 KB) a block at the design size of 1,000
_BULK = 64  # more changed rows than this: one query for the table, not one per row
_UNREADABLE = (IntegrityError, UnsupportedFormatVersion, KeyError, TypeError, ValueError)


@dataclass(frozen=True)
class IndexedRow:
    """One resource row as the index knows it."""

    fp: str
    rev: int
    edited: int  # the row's last-edited HLC (a resource live in both tables: newest wins)
    values: dict[str, Any] | None  # None: a tombstone
    resource: Resource | None


@dataclass(frozen=True)
class _Decoded:
    blocks: dict[str, str]  # block row id → that row's fingerprint when it was read
    rows: dict[str, IndexedRow]  # resource id → entry
    unreadable: frozenset[int] = frozenset()  # damaged blocks, to be written again


# id(keyring) → audience → the decoded index: lives only as long as the unlocked
# session's keys (dropped when they are, at lock), never after.
_CACHE: SessionMemo[dict[Audience, _Decoded]] = SessionMemo()


def block_of(resource_id: str) -> int:
    return zlib.crc32(resource_id.encode("utf-8")) % BLOCKS


@functools.lru_cache(maxsize=8)
def block_ids(group_id: str, audience: Audience) -> tuple[str, ...]:
    group = uuid.UUID(group_id)
    return tuple(
        str(uuid.uuid5(group, f"resource_index:{audience.value}:{n}")) for n in range(BLOCKS)
    )


def _repos(db: UnitOfWork, audience: Audience) -> tuple[SealedRecords, SealedRecords]:
    """(the resource rows, their index) for ``audience``."""
    if audience is Audience.MEMBERS:
        return db.group.resources_shared, db.group.resource_index_shared
    return db.group.resources_facilitators, db.group.resource_index_facilitators


def _key(keyring: KeyRing, audience: Audience) -> SecretKey:
    return keyring.commons_key if audience is Audience.MEMBERS else keyring.group_key


def _remember(keyring: KeyRing, audience: Audience, decoded: _Decoded) -> None:
    by_audience = _CACHE.of(keyring)
    if by_audience is None:
        by_audience = _CACHE.keep(keyring, {})
    by_audience[audience] = decoded


# --------------------------------------------------------------------------- entries
def indexed_row(fp: str, record: LoadedRecord, audience: Audience) -> IndexedRow:
    edited = record.state.last_edited_hlc()
    if record.state.deleted:
        return IndexedRow(fp, record.rev, edited, None, None)
    values = resource_values(record.state)
    return IndexedRow(
        fp, record.rev, edited, values, from_values(record.id, record.rev, values, audience)
    )


def _parse(resource_id: str, raw: object, audience: Audience) -> IndexedRow | None:
    if not isinstance(raw, Mapping):
        return None
    fp, rev, edited, values = raw.get("fp"), raw.get("rev"), raw.get("e"), raw.get("v")
    if not isinstance(fp, str) or not isinstance(rev, int) or not isinstance(edited, int):
        return None
    if values is None:
        return IndexedRow(fp, rev, edited, None, None)
    if not isinstance(values, Mapping):
        return None
    kept = dict(values)
    return IndexedRow(fp, rev, edited, kept, from_values(resource_id, rev, kept, audience))


def _raw(row: IndexedRow) -> JsonValue:
    return {"fp": row.fp, "rev": row.rev, "e": row.edited, "v": row.values}


# --------------------------------------------------------------------------- reading
def _decoded(db: UnitOfWork, keyring: KeyRing, audience: Audience) -> _Decoded:
    """The stored index, decoded; only blocks whose row changed since this session last
    read (or wrote) them are opened again."""
    _rows, index = _repos(db, audience)
    stored = row_fingerprints(db, index)
    cached = (_CACHE.of(keyring) or {}).get(audience)
    if cached is not None and cached.blocks == stored:
        return cached
    ids = block_ids(db.group_id, audience)
    kept: set[int] = set()
    if cached is not None:
        kept = {n for n, block in enumerate(ids) if cached.blocks.get(block) == stored.get(block)}
    rows: dict[str, IndexedRow] = {}
    if cached is not None and kept:
        rows = {rid: row for rid, row in cached.rows.items() if block_of(rid) in kept}
    wanted = {block: n for n, block in enumerate(ids) if n not in kept and block in stored}
    unreadable: set[int] = set()
    for block, record in _open_blocks(db, keyring, index, wanted):
        number = wanted[block]
        entries = record.state.get("entries") if record is not None else None
        if not isinstance(entries, Mapping):
            unreadable.add(number)  # its rows are opened again and it is rewritten
            continue
        for rid, raw in entries.items():
            if block_of(str(rid)) != number:
                unreadable.add(number)  # written by another layout: rewritten
                continue
            row = _parse(str(rid), raw, audience)
            if row is not None:
                rows[str(rid)] = row
    return _Decoded(dict(stored), rows, frozenset(unreadable))


def _open_blocks(
    db: UnitOfWork, keyring: KeyRing, index: SealedRecords, wanted: Mapping[str, int]
) -> list[tuple[str, LoadedRecord | None]]:
    """The block rows ``wanted``, opened (None: damaged); one query when there are many."""
    opened: list[tuple[str, LoadedRecord | None]] = []
    if len(wanted) > 4:
        rows = (row for row in index.rows(db) if row.id in wanted)
        for row in rows:
            try:
                opened.append((row.id, index.open_row(keyring, row)))
            except _UNREADABLE:
                opened.append((row.id, None))
        return opened
    for block in wanted:
        try:
            opened.append((block, index.get(db, keyring, block)))
        except _UNREADABLE:
            opened.append((block, None))
    return opened


def _open(
    db: UnitOfWork, keyring: KeyRing, repo: SealedRecords, wanted: Iterable[str]
) -> tuple[list[LoadedRecord], int]:
    """The rows ``wanted`` that open, and how many did not (damaged rows are reported,
    never shown, as the page always did)."""
    ids = set(wanted)
    if len(ids) > _BULK:
        loaded, damaged = repo.load_all(db, keyring, include_deleted=True)
        return [r for r in loaded if r.id in ids], sum(1 for d in damaged if d.id in ids)
    opened: list[LoadedRecord] = []
    broken = 0
    for rid in ids:
        try:
            record = repo.get(db, keyring, rid)
        except (IntegrityError, UnsupportedFormatVersion):
            broken += 1
            continue
        if record is not None:
            opened.append(record)
    return opened, broken


def caught_up(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, audience: Audience
) -> tuple[list[IndexedRow], int]:
    """Every row of ``audience`` (tombstones too), in the table's order, from the index
    brought up to date first; and how many rows could not be opened."""
    repo, _index = _repos(db, audience)
    fingerprints = row_fingerprints(db, repo)
    decoded = _decoded(db, keyring, audience)
    rows = decoded.rows
    changed = [rid for rid, fp in fingerprints.items() if rid not in rows or rows[rid].fp != fp]
    gone = [rid for rid in rows if rid not in fingerprints]
    broken = 0
    if changed or gone or decoded.unreadable:
        rows = {rid: row for rid, row in rows.items() if rid in fingerprints}
        touched = {block_of(rid) for rid in gone} | decoded.unreadable
        for rid in changed:
            if rows.pop(rid, None) is not None:
                touched.add(block_of(rid))
        opened, broken = _open(db, keyring, repo, changed)
        for record in opened:
            rows[record.id] = indexed_row(fingerprints[record.id], record, audience)
            touched.add(block_of(record.id))
        decoded = _Decoded(decoded.blocks, rows)
        if touched and _may_write(vault):
            decoded = _write(vault, db, keyring, audience, rows, touched, decoded.blocks)
    _remember(keyring, audience, decoded)
    return [rows[rid] for rid in fingerprints if rid in rows], broken


def _may_write(vault: Vault) -> bool:
    principal = vault.principal
    # Members keep it in memory; a vault on a write-protected disk is read as it is.
    return principal is not None and principal.is_facilitator and not vault.read_only


def _write(
    vault: Vault,
    db: UnitOfWork,
    keyring: KeyRing,
    audience: Audience,
    rows: dict[str, IndexedRow],
    touched: set[int],
    blocks: Mapping[str, str],
) -> _Decoded:
    """Rewrite the ``touched`` blocks from ``rows``; ``blocks`` are the stored blocks'
    fingerprints before (the others stay as they are)."""
    _repo, index = _repos(db, audience)
    ids = block_ids(db.group_id, audience)
    by_block: dict[int, dict[str, JsonValue]] = {number: {} for number in touched}
    for rid, row in rows.items():
        number = block_of(rid)
        if number in by_block:
            by_block[number][rid] = _raw(row)
    for number, entries in sorted(by_block.items()):
        value: JsonValue = entries
        # A fresh state: the index is local, nothing merges into it.
        store.write_local(db, index, _key(keyring, audience), ids[number], {"entries": value})
    written = row_fingerprints(db, index, [ids[number] for number in by_block])
    return _Decoded({**blocks, **written}, rows)


def note_stored(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, audience: Audience, ids: Iterable[str]
) -> None:
    """After the services stored the rows ``ids`` of ``audience`` in this unit of work:
    their entries are renewed and only their blocks rewritten, when this session's
    decoded index is the stored one; otherwise the whole index is caught up now."""
    if not _may_write(vault):
        return
    repo, index = _repos(db, audience)
    cached = (_CACHE.of(keyring) or {}).get(audience)
    if cached is None or cached.unreadable or row_fingerprints(db, index) != cached.blocks:
        caught_up(vault, db, keyring, audience)
        return
    wanted = set(ids)
    fingerprints = row_fingerprints(db, repo, wanted)
    rows = {rid: row for rid, row in cached.rows.items() if rid not in wanted}
    opened, _broken = _open(db, keyring, repo, fingerprints)
    for record in opened:
        rows[record.id] = indexed_row(fingerprints[record.id], record, audience)
    _remember(
        keyring,
        audience,
        _write(vault, db, keyring, audience, rows, {block_of(r) for r in wanted}, cached.blocks),
    )


def live_resources(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, audience: Audience
) -> tuple[list[tuple[int, Resource]], int]:
    """(last edited, resource) of every live resource of ``audience``, and how many rows
    could not be opened."""
    rows, broken = caught_up(vault, db, keyring, audience)
    return [(row.edited, row.resource) for row in rows if row.resource is not None], broken


def version(keyring: KeyRing, audiences: Iterable[Audience]) -> tuple[object, ...]:
    """What this session's decoded indexes of ``audiences`` are now (right after
    ``live_resources``): the same objects for as long as no row changed."""
    cached = _CACHE.of(keyring) or {}
    return tuple(cached.get(audience) for audience in audiences)


# id(keyring) → (the decoded indexes it was built from, the page's search index): a later
# open of the page in the session with nothing changed reuses it (dropped at lock).
_SEARCH: SessionMemo[tuple[tuple[object, ...], ResourceIndex]] = SessionMemo()


def search_index(
    keyring: KeyRing, built_from: tuple[object, ...], resources: Iterable[Resource]
) -> ResourceIndex:
    """The search index over ``resources``, kept for the session while ``built_from``
    (``version``) stays the same objects."""
    cached = _SEARCH.of(keyring)
    if (
        cached is not None
        and None not in built_from
        and len(cached[0]) == len(built_from)
        and all(a is b for a, b in zip(cached[0], built_from, strict=True))
    ):
        return cached[1]
    return _SEARCH.keep(keyring, (built_from, ResourceIndex(resources)))[1]
