"""Backups, continued: an older-schema backup restores and is brought up to date when
opened; the command-line lock shares the app's lock file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import BackupRefused
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.backups import BackupKind, BackupService, folder_lock
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.tables import SCHEMA_VERSION
from tests.unit.backup_helpers import table_dump

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-schema1.safespace"
SAM = ("sam", "demo kettle harbour maple")


def test_an_older_schema_backup_restores_and_is_upgraded_when_opened(
    tmp_path: Path, clock: ManualClock
) -> None:
    paths = AppPaths.portable(tmp_path / "data")
    vault_path = paths.vaults_dir / "group.ssvault"
    vault_path.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURE, vault_path)
    old_backup = tmp_path / "20260101T100000Z-auto.ssbackup"
    shutil.copyfile(FIXTURE, old_backup)
    service = BackupService(paths, clock=clock)

    vault = Vault.open_existing(vault_path, clock=clock)  # upgraded to the current schema
    vault.unlock(*SAM)
    roster = sorted(m.name for m in MembersService(vault).list_members())
    report = service.verify(old_backup, vault)  # upgraded in memory only, then opened
    assert report.preview.needs_upgrade and report.preview.schema_version == 1
    assert report.checked_with_keys and report.records_opened > 0
    assert table_dump(old_backup) == table_dump(FIXTURE)  # the backup itself untouched

    prepared = service.prepare_restore(vault_path, old_backup)
    vault.close()
    service.commit_restore(prepared)
    reopened = Vault.open_existing(vault_path, clock=clock)
    try:
        reopened.unlock(*SAM)
        assert sorted(m.name for m in MembersService(reopened).list_members()) == roster
        assert reopened.summary().vault_id == report.preview.vault_id
    finally:
        reopened.close()
    assert table_dump(vault_path)["vault_meta"][0] != table_dump(FIXTURE)["vault_meta"][0]
    assert service.preview(vault_path).schema_version == SCHEMA_VERSION


def test_the_command_line_lock_is_the_apps_lock_file() -> None:
    from safespace_desktop.ui.runtime.single_instance import LOCK_FILE_NAME

    assert folder_lock.LOCK_FILE_NAME == LOCK_FILE_NAME


def test_the_data_folder_lock_refuses_a_running_holder_and_takes_a_stale_one(
    tmp_path: Path,
) -> None:
    lock_path = tmp_path / folder_lock.LOCK_FILE_NAME
    with folder_lock.DataFolderLock(tmp_path):
        assert lock_path.read_text().splitlines()[0] == str(os.getpid())
        with pytest.raises(BackupRefused) as refused:
            folder_lock.DataFolderLock(tmp_path).acquire()
        assert refused.value.code == "vault_in_use"
    assert not lock_path.exists()
    # A lock left by a process that no longer runs is taken over.
    lock_path.write_text(f"999999999\npython3\n{os.uname().nodename}\n")
    lock = folder_lock.DataFolderLock(tmp_path)
    lock.acquire()
    lock.release()


def test_backups_are_only_files_the_app_named(tmp_path: Path, clock: ManualClock) -> None:
    from safespace_desktop.services.backups import locations

    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / ".20260101T000000Z-auto.ssbackup.partial-abc").write_text("x")
    name = locations.backup_name(clock.now(), BackupKind.MANUAL)
    (tmp_path / name).write_bytes(b"x")
    assert [b.path.name for b in locations.list_folder(tmp_path)] == [name]
    locations.remove_leftovers(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "notes.txt"])


@given(st.lists(st.integers(min_value=0, max_value=200 * 86400), min_size=1, max_size=60))
def test_rotation_invariants(offsets: list[int]) -> None:
    from safespace_desktop.services.backups import BackupFile, rotation

    start = 1_800_000_000.0
    backups = [
        BackupFile(Path(f"{n}.ssbackup"), start + offset, BackupKind.AUTOMATIC, 1)
        for n, offset in enumerate(offsets)
    ]
    kept = rotation.to_keep(backups)
    newest = max(backups, key=lambda b: b.taken_at)
    assert newest in kept or any(b.taken_at == newest.taken_at for b in kept)
    assert len(kept) <= rotation.KEEP_DAILY + rotation.KEEP_WEEKLY
    days = sorted({rotation.local_day(b.taken_at) for b in backups}, reverse=True)
    kept_days = [rotation.local_day(b.taken_at) for b in kept]
    for day in days[: rotation.KEEP_DAILY]:
        assert kept_days.count(day) == 1  # exactly the newest of each recent day
    assert set(rotation.to_remove(backups)) == set(backups) - kept


def test_the_demo_group_gets_no_automatic_backup(tmp_path: Path, clock: ManualClock) -> None:
    from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
    from safespace_desktop.services.demo import DEMO_ACCOUNTS, ensure_demo_vault

    paths = AppPaths.portable(tmp_path / "data")
    demo = Vault.open_existing(ensure_demo_vault(paths, params=FAST_TEST_PROFILE), clock=clock)
    try:
        facilitator = next(a for a in DEMO_ACCOUNTS if a.role.value == "facilitator")
        demo.unlock(facilitator.handle, facilitator.passphrase)
        assert BackupService(paths, clock=clock).plan_automatic(demo) is None
    finally:
        demo.close()


def test_a_sqlite_file_that_is_not_a_vault_is_not_a_backup(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "notes.ssbackup"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE vault_meta (id INTEGER, vault_id TEXT)")
    db.commit()
    db.close()
    with pytest.raises(BackupRefused) as refused:
        BackupService(AppPaths.portable(tmp_path)).verify(other)
    assert refused.value.code == "not_a_backup"
