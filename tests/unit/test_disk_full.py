"""A full disk says so, loses nothing, and locking still completes (issue 17, item 5).

SQLite's ``max_page_count`` pragma caps the file at its current size, which fails the
next growing write with SQLITE_FULL exactly as a full disk does.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from safespace_desktop.core.errors import DiskFull
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import engine as storage_engine
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS


def _cap_file_at_current_size(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar_one()
        connection.execute(text(f"PRAGMA max_page_count={int(pages)}"))


def _lift_cap(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        connection.execute(text("PRAGMA max_page_count=1073741823"))


def test_a_save_on_a_full_disk_gives_the_typed_error_and_loses_nothing(vault: Vault) -> None:
    members = MembersService(vault)
    kept = members.add_member(MemberDraft(name="Ann", note="saved before the disk filled"))
    _cap_file_at_current_size(vault)
    with pytest.raises(DiskFull):
        for number in range(200):  # enough new rows to need a new page
            members.add_member(MemberDraft(name=f"Person {number}", note="x" * 2000))
    # Every earlier save reads back, and the failed transaction left nothing half-done.
    again = members.get(kept.id)
    assert again.note == "saved before the disk filled"
    count_before = len(members.list_members())
    _lift_cap(vault)
    members.add_member(MemberDraft(name="Ben"))  # saving works again once there is space
    assert len(members.list_members()) == count_before + 1
    with vault.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


def test_locking_on_a_full_disk_completes_and_folds_the_log_at_the_next_open(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = MembersService(vault)
    members.add_member(MemberDraft(name="Ann"))
    keyring = vault.keyring_for_tests()
    real_checkpoint = storage_engine.checkpoint

    def full(_engine: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = storage_engine.SQLITE_FULL  # type: ignore[attr-defined]
        raise OperationalError("PRAGMA wal_checkpoint(TRUNCATE)", {}, error)

    monkeypatch.setattr(storage_engine, "checkpoint", full)
    vault.lock()  # does not raise
    assert not vault.is_unlocked
    assert all(key.wiped for key in keyring.all_keys())
    path = vault.path
    assert path is not None
    vault.close()  # does not raise either
    monkeypatch.setattr(storage_engine, "checkpoint", real_checkpoint)

    folded: list[bool] = []
    original = storage_engine.checkpoint_if_possible
    monkeypatch.setattr(
        storage_engine,
        "checkpoint_if_possible",
        lambda engine: folded.append(original(engine)) or folded[-1],
    )
    reopened = Vault.open_existing(path)
    try:
        assert folded and folded[0] is True
        reopened.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        assert [m.name for m in MembersService(reopened).list_members()] == ["Ann"]
    finally:
        reopened.close()


def test_other_database_errors_are_not_mistaken_for_a_full_disk() -> None:
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert not storage_engine.is_disk_full(OperationalError("x", {}, busy))
    with pytest.raises(OperationalError), storage_engine.disk_full_as_typed_error():
        raise OperationalError("x", {}, busy)
