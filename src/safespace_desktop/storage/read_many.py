"""Reading the sealed rows for several values of one plaintext column in one query
(issue 15: the evaluation reminder opened one meeting's attendance per query)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from sqlalchemy import select

from safespace_desktop.storage.records import DamagedRecord, KeyLookup, LoadedRecord

if TYPE_CHECKING:
    from safespace_desktop.storage.records import SealedRecords
    from safespace_desktop.storage.unit_of_work import UnitOfWork

IN_CHUNK = 500  # values per "IN (...)" query, well under SQLite's variable limit


def load_where_in(
    db: UnitOfWork, repo: SealedRecords, keys: KeyLookup, column: str, values: Collection[str]
) -> tuple[list[LoadedRecord], list[DamagedRecord]]:
    """Like ``repo.load_where(db, keys, column=value)`` for every value of ``values`` (live
    rows only, each row once), in one query per ``IN_CHUNK`` values. Filtering on a
    plaintext column is safe: every such column is bound into the row's AD."""
    if column not in repo.extra_names:
        raise ValueError(f"{repo.name}.{column} is not a plaintext column")
    wanted = list(dict.fromkeys(values))
    loaded: list[LoadedRecord] = []
    damaged: list[DamagedRecord] = []
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        query = select(repo.table).where(getattr(repo.table, column).in_(chunk))
        opened, broken = repo.open_rows(keys, db.session.scalars(query))
        loaded += opened
        damaged += broken
    return loaded, damaged
