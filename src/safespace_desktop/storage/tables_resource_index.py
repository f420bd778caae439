"""The coping resources' local, sealed list-and-search index (resperf, issue 15);
imported by ``tables.py``.

One table per audience, each sealed under the same key as the resources it
describes: the members' resources' index under the commons key (members may read
those resources), the facilitators-only index under the group key (a member's
session cannot open it). Rows are blocks of entries (a resource's block is picked
from its id), so a change rewrites one block. Never synced: each PC rebuilds it from
the resource rows whenever their fingerprints differ.
"""

from __future__ import annotations

from safespace_desktop.storage.tables import Base, SealedRecordMixin


class SharedResourceIndexRecord(SealedRecordMixin, Base):
    """One block of the members' resources' index (commons key; never synced)."""

    __tablename__ = "resource_index_shared"


class FacilitatorResourceIndexRecord(SealedRecordMixin, Base):
    """One block of the facilitators-only resources' index (group key; never synced)."""

    __tablename__ = "resource_index_facilitators"
