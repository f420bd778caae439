"""Anonymous feedback (issue 13); imported by ``tables.py``.

``feedback_drops`` holds kiosk responses, evaluations and suggested topics, each
sealed to the group's drop box (crypto/drop_box.py) under a fresh content key, so the
kiosk and a member's session can write one without holding the group key. A row has
no member id and no time: it is stamped by a fixed writer at time 0, its meeting id
and date live inside the sealed payload, and the table has no rowid (rows are kept in
the order of their random ids), so not even the file keeps the order they came in.

``feedback_responses`` holds responses and evaluations once a facilitator's session has
collected their drops: the same answers under the group key, as ordinary records that
travel to co-facilitators' PCs. They hold no member id either; their write stamp is the
collecting session's, not the moment someone answered.
"""

from __future__ import annotations

from sqlalchemy import LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from safespace_desktop.storage.tables import Base, SealedRecordMixin


class FeedbackDropRecord(SealedRecordMixin, Base):
    """One response, evaluation or topic as dropped; ``wrapped_key_sealed`` wraps its
    content key to the drop box. A topic becomes a group-key tombstone once collected
    into the topic backlog; responses and evaluations stay as they were given."""

    __tablename__ = "feedback_drops"
    __table_args__ = {"sqlite_with_rowid": False}

    wrapped_key_sealed: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class FeedbackResponseRecord(SealedRecordMixin, Base):
    """A kiosk response or evaluation collected from its drop (group key; travels)."""

    __tablename__ = "feedback_responses"
    __table_args__ = {"sqlite_with_rowid": False}
