"""Cheap reads over the meeting rows for the meetings index (issue 9).

``meeting_fingerprints`` reads only plaintext columns and the sealed payload's last
16 bytes (its authentication tag, new on every seal), so the list pages can tell
whether their sealed index still matches the meeting rows without opening any row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from safespace_desktop.storage.tables import MeetingIndexRecord, MeetingRecord

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork


def meeting_fingerprints(db: UnitOfWork) -> dict[str, str]:
    """Row id → "rev:tag" for every meeting row (tombstones included)."""
    tail = func.hex(func.substr(MeetingRecord.payload_sealed, -16))
    query = select(MeetingRecord.id, MeetingRecord.rev, tail)
    return {row_id: f"{rev}:{tag}" for row_id, rev, tag in db.session.execute(query)}


def index_revision(db: UnitOfWork, record_id: str) -> int | None:
    """The meetings index row's revision without loading its (large) payload."""
    query = select(MeetingIndexRecord.rev).where(MeetingIndexRecord.id == record_id)
    return db.session.execute(query).scalar_one_or_none()
