"""Finding attendance rows by id in bulk (issue 9): withdrawing the attendance consent
or "forget me" computes the keyed ids a person's rows could have and opens only the
rows that exist, instead of opening every attendance row in the vault."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from safespace_desktop.core.errors import IntegrityError, UnsupportedFormatVersion
from safespace_desktop.storage.records import KeyLookup, LoadedRecord, SealedRecords
from safespace_desktop.storage.tables import AttendanceRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

CHUNK = 500  # below SQLite's limit on bound parameters


def meeting_ids_with_attendance(db: UnitOfWork) -> list[str]:
    """Every meeting id that has at least one attendance row (plaintext column)."""
    query = select(AttendanceRecord.meeting_id).distinct()
    return [str(value) for value in db.session.scalars(query)]


def load_by_ids(
    db: UnitOfWork,
    keys: KeyLookup,
    repo: SealedRecords,
    ids: Iterable[str],
    *,
    hold: list[object] | None = None,
) -> list[LoadedRecord]:
    """The rows among ``ids`` that exist, opened; damaged rows are skipped (reported by
    the regular readers), never rewritten.

    ``hold`` receives the ORM rows read: a caller about to write many of them back keeps
    them in the session's (weak) identity map that way, so each write finds its row
    without reading it again."""
    wanted = sorted(set(ids))
    found: list[LoadedRecord] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = select(repo.table).where(repo.table.id.in_(chunk))
        for row in db.session.scalars(query):
            if hold is not None:
                hold.append(row)
            try:
                found.append(repo.open_row(keys, row))
            except (IntegrityError, UnsupportedFormatVersion):
                continue
    return found
