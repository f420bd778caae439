"""A vault on a write-protected disk opens read-only instead of "not a vault" (issue 17,
item 6): reading works, every write is refused with VaultReadOnly, nothing changes."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from safespace_desktop.core.errors import VaultReadOnly, WrongPassphrase
from safespace_desktop.core.model import JournalEntryInput, MemberDraft
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.crisis_lines import CrisisLinesService
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import engine as storage_engine
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS


def _make_vault(path: Path) -> None:
    vault, _account = Vault.create(
        path,
        label="Tuesday group",
        group_name="Riverside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
    )
    MembersService(vault).add_member(MemberDraft(name="Ann", note="likes tea"))
    lines = CrisisLinesService(vault)
    for line in lines.list_lines():
        lines.delete(line.id)
    lines.add("Samaritans", "116 123", "Every day, 24 hours", "")
    JournalService(vault).add(JournalEntryInput(body="a reflection on the day"))
    FollowUpsService(vault).add(FollowUpDraft("Ring the venue"))  # issue 15: no index yet
    MeetingsService(vault).add_extra(date(2027, 1, 5), start="18:30", minutes=90, place="Hall")
    vault.close()


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _check_reads_work_and_writes_are_refused(path: Path) -> None:
    vault = Vault.open_existing(path)
    try:
        assert vault.read_only
        assert vault.summary().label == "Tuesday group"
        assert [line.name for line in CrisisLinesService(vault).list_lines()] == ["Samaritans"]
        with pytest.raises(WrongPassphrase):
            vault.unlock(FACILITATOR_HANDLE, "not the passphrase at all, sorry")
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        members = MembersService(vault)
        assert [m.name for m in members.list_members()] == ["Ann"]
        for _again in range(2):  # the follow-ups' index is kept in memory only
            assert [f.text for f in FollowUpsService(vault).list()] == ["Ring the venue"]
        for _again in range(2):  # so is the meetings' index
            assert [m.place for m in MeetingsService(vault).meetings()] == ["Hall"]
        entries = JournalService(vault).list_entries()
        assert [e.body for e in entries] == ["a reflection on the day"]
        with pytest.raises(VaultReadOnly):
            members.add_member(MemberDraft(name="Ben"))
        with pytest.raises(VaultReadOnly):
            JournalService(vault).add(JournalEntryInput(body="not saved"))
        assert [m.name for m in members.list_members()] == ["Ann"]
        vault.lock()
    finally:
        vault.close()


def test_a_file_that_cannot_be_written_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "group.safespace"
    _make_vault(path)
    before = _digest(tmp_path)
    monkeypatch.setattr(storage_engine, "is_writable", lambda _path: False)
    _check_reads_work_and_writes_are_refused(path)
    assert _digest(tmp_path) == before  # not one byte changed, no side file appeared


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (tmpfs remounted ro); needs root and mount."""
    mount = shutil.which("mount")
    mountpoint = tmp_path / "stick"
    mountpoint.mkdir()
    if mount is None:
        pytest.skip("no mount command on this machine")
    made = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mountpoint)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("mounting a file system is not allowed here")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", str(mountpoint)], check=False)


def test_a_vault_on_a_read_only_mount_opens_read_only(read_only_mount: Path) -> None:
    path = read_only_mount / "group.safespace"
    _make_vault(path)
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    _check_reads_work_and_writes_are_refused(path)


def test_an_older_vault_on_a_write_protected_disk_asks_for_an_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This version's reads need the tables its schema has (schema 6: the roster's index
    and collected feedback): an older file that cannot be upgraded in place is refused
    with "needs upgrade", and nothing is written."""
    import sqlite3

    path = tmp_path / "group.safespace"
    _make_vault(path)
    db = sqlite3.connect(path)
    db.execute("DROP TABLE roster_index")
    db.execute("DROP TABLE feedback_responses")
    db.execute("UPDATE vault_meta SET schema_version = 5")
    db.commit()
    db.close()
    before = _digest(tmp_path)
    monkeypatch.setattr(storage_engine, "is_writable", lambda _path: False)
    with pytest.raises(VaultReadOnly) as refused:
        Vault.open_existing(path)
    assert refused.value.args[0] == "needs_upgrade"
    assert _digest(tmp_path) == before
    monkeypatch.setattr(storage_engine, "is_writable", lambda _path: True)
    upgraded = Vault.open_existing(path)  # on a writable disk the step makes them
    try:
        upgraded.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        assert [m.name for m in MembersService(upgraded).list_members()] == ["Ann"]
    finally:
        upgraded.close()
