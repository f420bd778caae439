"""Backups (issue 14): a consistent, encrypted copy taken during use restores to the
same vault; damaged backups are refused; a restore keeps the vault as it was; the
rotation keeps 7 daily and 4 weekly backups; a member's journal stays under their key."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import BackupRefused, NotPermitted
from safespace_desktop.core.model import JournalEntryInput, MemberDraft
from safespace_desktop.crypto import seal
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.backups import BackupKind, BackupService, locations
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.backup_helpers import readable_dump, table_dump
from tests.unit.journal_helpers import add_member

CANARY = "journal-canary-7f3a9c"
NAME_MARKER = "Marker Quillfeather"


@pytest.fixture
def paths(vault_path: Path) -> AppPaths:
    return AppPaths.portable(vault_path.parent.parent)


@pytest.fixture
def service(paths: AppPaths, clock: ManualClock) -> BackupService:
    return BackupService(paths, clock=clock)


def _fill(vault: Vault) -> tuple[str, str]:
    """A roster entry and a member whose journal holds the canary; returns the member's
    (handle, passphrase). The facilitator is left unlocked."""
    MembersService(vault).add_member(MemberDraft(NAME_MARKER, "she/her", "first note"))
    member = add_member(vault, "wren")
    JournalService(vault).add(JournalEntryInput(body=f"today {CANARY}", title="private"))
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    return member.handle, member.secret


def _wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_a_backup_taken_during_use_restores_to_an_identical_vault(
    vault: Vault, vault_path: Path, service: BackupService
) -> None:
    member = _fill(vault)
    MembersService(vault).add_member(MemberDraft("Only in the log", "", ""))
    assert _wal_size(vault_path) > 0, "the newest pages must still be in the -wal file"
    # Another connection holds an open write transaction while the backup is taken.
    writer = sqlite3.connect(str(vault_path), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE vault_meta SET neutral_label = 'uncommitted' WHERE id = 1")
    before = table_dump(vault_path)  # committed state only (another connection)
    backup = service.back_up_now(vault)
    writer.execute("ROLLBACK")
    writer.close()
    assert backup.path.stat().st_mode & 0o777 == 0o600
    assert not Path(f"{backup.path}-wal").exists()
    assert table_dump(backup.path) == before
    readable_before = readable_dump(backup.path, member)
    assert readable_before["journal"] and NAME_MARKER in repr(readable_before["members"])

    # Later changes, then the restore brings the vault back to the backup exactly.
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    MembersService(vault).add_member(MemberDraft("Someone Later", "", ""))
    prepared = service.prepare_restore(vault_path, backup.path)
    vault.close()
    service.commit_restore(prepared)
    assert not prepared.prepared.exists()
    assert table_dump(vault_path) == before
    assert readable_dump(vault_path, member) == readable_before


def test_the_backup_holds_the_wal_pages(
    vault: Vault, vault_path: Path, service: BackupService
) -> None:
    MembersService(vault).add_member(MemberDraft(NAME_MARKER, "", ""))
    assert _wal_size(vault_path) > 0
    main_file_only = vault_path.with_name("main-only.ssvault")
    main_file_only.write_bytes(vault_path.read_bytes())  # what a file copy would get
    backup = service.back_up_now(vault)
    assert table_dump(main_file_only).get("members", []) == []
    assert len(table_dump(backup.path)["members"]) == 1


def test_a_restore_keeps_the_current_vault_as_a_backup(
    vault: Vault, vault_path: Path, service: BackupService, clock: ManualClock
) -> None:
    backup = service.back_up_now(vault)
    MembersService(vault).add_member(MemberDraft("Added after the backup", "", ""))
    vault.checkpoint()
    current = table_dump(vault_path)
    clock.advance(60)
    prepared = service.prepare_restore(vault_path, backup.path)
    vault.close()
    kept = service.commit_restore(prepared)
    assert kept.kind is BackupKind.BEFORE_RESTORE
    assert table_dump(kept.path) == current
    assert table_dump(vault_path) != current
    # The kept copy can itself be restored: nothing was lost by restoring.
    again = service.prepare_restore(vault_path, kept.path)
    service.commit_restore(again)
    assert table_dump(vault_path) == current


def _flip(path: Path, offset: int, length: int = 64) -> None:
    with path.open("r+b") as raw:
        raw.seek(offset)
        data = raw.read(length)
        raw.seek(offset)
        raw.write(bytes(b ^ 0xFF for b in data))


def _root_page_offset(path: Path, table: str) -> int:
    db = sqlite3.connect(str(path))
    try:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        (root,) = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    finally:
        db.close()
    return int((root - 1) * page_size)


@pytest.mark.parametrize("damage", ["flip_page", "flip_header", "truncate", "empty"])
def test_a_damaged_backup_is_refused_by_verify(
    vault: Vault, service: BackupService, damage: str
) -> None:
    _fill(vault)
    backup = service.back_up_now(vault).path
    if damage == "flip_page":
        _flip(backup, _root_page_offset(backup, "members") + 8)
    elif damage == "flip_header":
        _flip(backup, 0, 16)
    elif damage == "truncate":
        data = backup.read_bytes()
        backup.write_bytes(data[: len(data) // 2])
    else:
        backup.write_bytes(b"")
    with pytest.raises(BackupRefused) as refused:
        service.verify(backup, vault)
    assert refused.value.code in {"damaged", "not_a_backup"}
    with pytest.raises(BackupRefused):
        service.prepare_restore(vault.path or Path(), backup)


def test_a_tampered_record_is_refused_when_verified_with_keys(
    vault: Vault, service: BackupService
) -> None:
    _fill(vault)
    backup = service.back_up_now(vault).path
    db = sqlite3.connect(str(backup))
    (payload,) = db.execute("SELECT payload_sealed FROM members").fetchone()
    changed = bytearray(payload)
    changed[-1] ^= 0x01
    db.execute("UPDATE members SET payload_sealed = ?", (bytes(changed),))
    db.commit()
    db.close()
    service.verify(backup)  # the file itself is sound: without keys it passes
    with pytest.raises(BackupRefused) as refused:
        service.verify(backup, vault)
    assert refused.value.code == "records_damaged"
    assert refused.value.params == {"count": 1}


def test_verify_opens_every_group_record_and_only_counts_journals(
    vault: Vault, service: BackupService
) -> None:
    _fill(vault)
    report = service.verify(service.back_up_now(vault).path, vault)
    assert report.checked_with_keys
    assert report.records_opened >= 3  # settings, facilitator, member, consent wordings…
    assert report.records_not_held == 0
    assert report.journal_records_counted >= 1
    assert report.preview.records.get("member") == 1
    assert report.preview.journal_records >= 1
    assert report.preview.members_with_journals == 1


def test_a_members_journal_stays_under_their_key_only(
    vault: Vault, service: BackupService, paths: AppPaths
) -> None:
    member = _fill(vault)
    backup = service.back_up_now(vault).path
    vault.lock()
    markers = [CANARY, NAME_MARKER, member[1], FACILITATOR_PASS, "Riverside Circle"]
    for path in paths.data_dir.joinpath("backups").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in markers:
                assert marker.encode("utf-8") not in data, (path.name, marker)
                assert marker.encode("utf-16-le") not in data, (path.name, marker)
    # The journal rows in the backup are sealed under the member's journal key, which
    # no facilitator session holds.
    db = sqlite3.connect(str(backup))
    key_ids = {row[0] for row in db.execute("SELECT key_id FROM journal_entries")}
    db.close()
    assert len(key_ids) == 1
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    with vault.transaction() as (_db, keys, _principal), pytest.raises(NotPermitted):
        keys.key(next(iter(key_ids)))
    vault.unlock(*member)
    with vault.transaction() as (_db, keys, _principal):
        assert keys.journal_key.key_id in key_ids


def test_automatic_backup_at_session_end_at_most_once_a_day(
    vault: Vault, service: BackupService, clock: ManualClock
) -> None:
    plan = service.plan_automatic(vault)
    assert plan is not None
    vault.lock()  # the keys go first; the backup needs none
    taken = service.run_automatic(plan)
    assert taken.kind is BackupKind.AUTOMATIC
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert service.plan_automatic(vault) is None  # already one today
    clock.advance(24 * 3600)
    assert service.plan_automatic(vault) is not None


def test_members_sessions_take_no_automatic_backup(vault: Vault, service: BackupService) -> None:
    add_member(vault, "wren")
    assert service.plan_automatic(vault) is None


def test_rotation_keeps_seven_daily_and_four_weekly(
    vault: Vault, service: BackupService, clock: ManualClock
) -> None:
    start = clock.now()
    for day in range(60):
        clock.value = start + day * 86400
        for _ in range(2):  # two backups a day: only the newest of the day is kept
            service.back_up_now(vault)
            clock.advance(3600)
    folder = service.destination(vault).folder
    kept = locations.list_folder(folder)
    days = sorted({datetime.fromtimestamp(b.taken_at).date() for b in kept}, reverse=True)
    last = datetime.fromtimestamp(start + 59 * 86400).date()
    assert days[:7] == [last - timedelta(days=n) for n in range(7)]
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) == 4
    assert len(kept) == len(days) <= 7 + 4
    # one per day: the newest of that day
    for backup in kept:
        same_day = [
            b
            for b in kept
            if datetime.fromtimestamp(b.taken_at).date()
            == datetime.fromtimestamp(backup.taken_at).date()
        ]
        assert same_day == [backup]


def test_the_chosen_folder_is_remembered_sealed_and_falls_back(
    vault: Vault, service: BackupService, paths: AppPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "Alex's stick"
    stick.mkdir()
    destination = service.choose_folder(vault, stick)
    assert destination.chosen_available and destination.folder.is_relative_to(stick)
    remembered = locations.data_backups_dir(paths, vault.summary().vault_id) / "destination"
    assert remembered.stat().st_mode & 0o777 == 0o600
    assert b"Alex" not in remembered.read_bytes() and b"stick" not in remembered.read_bytes()
    taken = service.back_up_now(vault)
    assert taken.path.is_relative_to(stick)
    assert service.list_backups(vault)[0].path == taken.path
    # The stick is pulled out: backups go to the data folder until it is back.
    stick.rename(tmp_path / "elsewhere")
    fallback = service.destination(vault)
    assert not fallback.chosen_available and fallback.folder.is_relative_to(paths.data_dir)
    assert service.back_up_now(vault).path.is_relative_to(paths.data_dir)
    assert service.choose_folder(vault, None).chosen is None


def test_a_backup_of_another_vault_is_not_restored(
    vault: Vault, service: BackupService, tmp_path: Path, clock: ManualClock
) -> None:
    from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE

    other, _account = Vault.create(
        tmp_path / "other.ssvault",
        label="Other",
        group_name="Other group",
        handle="sam",
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    other_backup = service.take(tmp_path / "other.ssvault", tmp_path / "b", BackupKind.MANUAL)
    other.close()
    with pytest.raises(BackupRefused) as refused:
        service.prepare_restore(vault.path or Path(), other_backup.path)
    assert refused.value.code == "other_group"


def test_a_member_cannot_read_the_backup_folder_choice(
    vault: Vault, service: BackupService
) -> None:
    add_member(vault, "wren")
    with pytest.raises(NotPermitted):
        service.destination(vault)


def test_sealed_choice_uses_the_group_key(
    vault: Vault, service: BackupService, paths: AppPaths, tmp_path: Path
) -> None:
    service.choose_folder(vault, tmp_path)
    blob = (
        locations.data_backups_dir(paths, vault.summary().vault_id) / "destination"
    ).read_bytes()
    with vault.transaction() as (_db, keys, _principal):
        assert seal.envelope_key_id(blob) == keys.group_key.key_id
