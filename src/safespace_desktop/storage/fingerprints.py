"""Cheap reads over sealed rows for local indexes (issue 15).

``row_fingerprints`` reads only plaintext columns and the sealed payload's last 16
bytes (its authentication tag, new on every seal), so a service can tell whether its
sealed index still matches a table without opening any row. Every column bound into a
row's associated data that could change on its own (key id, revision, tombstone flag)
is part of the fingerprint: a row whose plaintext columns were altered no longer
matches and is opened, the authenticated way, again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

if TYPE_CHECKING:
    from safespace_desktop.storage.records import SealedRecords
    from safespace_desktop.storage.unit_of_work import UnitOfWork


def row_fingerprints(
    db: UnitOfWork, repo: SealedRecords, ids: Collection[str] | None = None
) -> dict[str, str]:
    """Row id → "format:rev:deleted:key id:tag" for every row of ``repo`` (tombstones too),
    or only for the rows ``ids`` that exist (resperf: a write's own rows)."""
    table = repo.table
    tail = func.hex(func.substr(table.payload_sealed, -16))
    query = select(
        table.id, table.format_version, table.rev, table.deleted, func.hex(table.key_id), tail
    )
    if ids is not None:
        query = query.where(table.id.in_(list(ids)))
    return {
        row_id: f"{version}:{rev}:{int(deleted)}:{key}:{tag}"
        for row_id, version, rev, deleted, key, tag in db.session.execute(query)
    }


def stored_revision(db: UnitOfWork, repo: SealedRecords, record_id: str) -> int | None:
    """One row's revision without loading its payload (None: no such row)."""
    table = repo.table
    query = select(table.rev).where(table.id == record_id)
    value = db.session.execute(query).scalar_one_or_none()
    return None if value is None else int(value)


def row_stamps(db: UnitOfWork, repo: SealedRecords) -> dict[str, tuple[Any, ...]]:
    """Row id → every stored column of the row (the whole sealed payload included), for
    every row of ``repo`` (tombstones too), read through Core without ORM objects.

    For a cache of opened rows that must never serve a row whose stored bytes changed
    in any way (members: a tampered row is opened again, fails, and is reported).
    """
    table = repo.table.__table__  # type: ignore[attr-defined]
    return {row[0]: tuple(row) for row in db.session.execute(select(table))}


def row_digests(db: UnitOfWork, repo: SealedRecords) -> dict[str, str]:
    """Row id → a digest of every stored column of the row (the whole sealed payload
    included), for every row of ``repo`` (tombstones too).

    For a persisted cache of opened rows that must never serve a row whose stored bytes
    changed in any way (the roster's index: a row with one bit flipped anywhere is
    opened again, fails, and is reported)."""
    table = repo.table.__table__  # type: ignore[attr-defined]
    payload_at = list(table.columns.keys()).index("payload_sealed")
    digests: dict[str, str] = {}
    for row in db.session.execute(select(table)):
        columns = tuple(row)
        plain = columns[:payload_at] + columns[payload_at + 1 :]
        digest = hashlib.blake2b(repr(plain).encode(), digest_size=16)
        digest.update(columns[payload_at])
        digests[columns[0]] = digest.hexdigest()
    return digests
