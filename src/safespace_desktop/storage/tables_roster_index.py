"""The roster's local, sealed index (issue 15); imported by ``tables.py``.

One row, sealed under the group key like the member rows it describes: every roster
entry's values as last opened, with a digest of the row it was opened from, so the
first read of a session decodes one record instead of opening 1,000. Never synced:
each PC rebuilds it from the member rows whenever their digests differ.
"""

from __future__ import annotations

from safespace_desktop.storage.tables import Base, SealedRecordMixin


class RosterIndexRecord(SealedRecordMixin, Base):
    """The roster entries as last opened, by row digest (group key; never synced)."""

    __tablename__ = "roster_index"
