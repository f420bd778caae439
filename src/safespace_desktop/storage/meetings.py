"""Cheap reads over the meeting rows for the meetings index (issue 9).

``meeting_fingerprints`` reads only plaintext columns and the sealed payload's last
16 bytes (its authentication tag, new on every seal), so the list pages can tell
whether their sealed index still matches the meeting rows without opening any row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import String, func, literal, select

from safespace_desktop.storage.tables import MeetingIndexRecord, MeetingRecord

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork


def meeting_fingerprints(db: UnitOfWork) -> dict[str, str]:
    """Row id → "rev:tag" for every meeting row (tombstones included).

    SQLite writes each "rev:tag" itself and the pairs go straight into a dict."""
    tail = func.hex(func.substr(MeetingRecord.payload_sealed, -16))
    fingerprint = func.cast(MeetingRecord.rev, String) + literal(":") + tail
    query = select(MeetingRecord.id, fingerprint)
    return {row_id: fingerprint for row_id, fingerprint in db.session.execute(query)}


def index_revision(db: UnitOfWork, record_id: str) -> int | None:
    """The meetings index row's revision without loading its (large) payload."""
    query = select(MeetingIndexRecord.rev).where(MeetingIndexRecord.id == record_id)
    return db.session.execute(query).scalar_one_or_none()
