"""The design-size generator (benchmarks/datagen.py) builds what it promises: the
slow profile builds S through the real services and counts every type of record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from benchmarks.datagen import CONSENTING, MEMBER, SIZES, create_vault, journal_entries, populate

from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.follow_ups import FollowUpsService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.meetings import MeetingsService


def _count(db: sqlite3.Connection, table: str, *, deleted: bool | None = None) -> int:
    where = "" if deleted is None else f" WHERE deleted = {int(deleted)}"
    return int(db.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])  # noqa: S608


def test_the_journal_text_is_the_same_for_the_same_seed() -> None:
    first, again, other = journal_entries(300, 5), journal_entries(300, 5), journal_entries(300, 6)
    assert first == again
    assert first != other
    assert sum("zanzibar" in e["body"] for e in first) == 3


@pytest.mark.slow
def test_size_s_has_every_type_in_its_counts(tmp_path: Path) -> None:
    size = SIZES["S"]
    vault = create_vault(tmp_path / "s.ssvault", FAST_TEST_PROFILE)
    try:
        populate(vault, size, seed=3)
        assert vault.principal is not None and vault.principal.handle == MEMBER[0]
        shown = len(JournalService(vault).list_entries(limit=size.journal))
        vault.unlock("bench-facilitator", "benchmark facilitator passphrase")
        assert len(MeetingsService(vault).overview().past) > 0
        open_follow_ups = FollowUpsService(vault).list()
        assert open_follow_ups and not any(item.done for item in open_follow_ups)
    finally:
        vault.close()
    db = sqlite3.connect(tmp_path / "s.ssvault")
    try:
        assert _count(db, "members") == size.members
        assert _count(db, "meetings") == size.meetings
        assert _count(db, "agenda_private") == size.segments
        # the break is facilitator-only: its content stays in the group-key row
        assert _count(db, "agenda_segments") == size.segments - size.meetings
        assert _count(db, "attendance") == size.attendance
        assert size.attendance // size.meetings <= CONSENTING
        resources = _count(db, "resources_shared") + _count(db, "resources_facilitators")
        assert resources == size.resources
        assert _count(db, "attachments_commons") == size.attachments
        assert _count(db, "meeting_records") + _count(db, "follow_ups") == size.notes
        assert _count(db, "journal_entries") == size.journal
        deleted = sum(
            _count(db, table, deleted=True)
            for table in ("resources_shared", "resources_facilitators", "follow_ups")
        )
        assert deleted == 2 * (size.tombstones // 3)
        assert _count(db, "follow_ups") > 0
        deleted += _count(db, "journal_entries", deleted=True)
        assert deleted == size.tombstones
        assert shown == _count(db, "journal_entries", deleted=False)
    finally:
        db.close()
