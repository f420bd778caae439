"""``safespace-admin backup``, ``verify`` and ``restore`` in real subprocesses.

The vault is made with the production key-derivation floor, because a subprocess
refuses the tests' fast profile (as the app does)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safespace_desktop.crypto import kdf
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.backups.folder_lock import DataFolderLock
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.backup_helpers import table_dump


def _admin(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return subprocess.run(
        [sys.executable, "-m", "safespace_desktop.admin", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
        env=env,
        check=False,
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "portable data"
    paths = AppPaths.portable(folder)
    vault, _account = Vault.create(
        paths.new_vault_path("11111111-2222-4333-8444-555555555555"),
        label="Tuesday group",
        group_name="Riverside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=kdf.FLOOR,
    )
    vault.close()
    return folder


def test_backup_verify_and_restore_round_trip(data: Path) -> None:
    paths = AppPaths.portable(data)
    vault_path = next(paths.vaults_dir.glob("*.ssvault"))

    made = _admin(data, "backup")
    assert made.returncode == 0, made.stderr
    backup = next((data / "backups").rglob("*.ssbackup"))
    assert backup.stat().st_mode & 0o777 == 0o600
    at_backup = table_dump(vault_path)

    checked = _admin(
        data, "verify", str(backup), "--handle", FACILITATOR_HANDLE, stdin=FACILITATOR_PASS + "\n"
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK: this backup can be restored." in checked.stdout
    assert "Riverside" not in checked.stdout  # no names in a preview

    # A change after the backup, which the restore takes back.
    vault = Vault.open_existing(vault_path)
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    from safespace_desktop.core.model import MemberDraft

    MembersService(vault).add_member(MemberDraft("After the backup", "", ""))
    vault.close()
    changed = table_dump(vault_path)
    assert changed != at_backup

    # Without --yes and without a terminal, nothing happens.
    refused = _admin(
        data, "restore", str(backup), "--handle", FACILITATOR_HANDLE, stdin=FACILITATOR_PASS + "\n"
    )
    assert refused.returncode == 1
    assert table_dump(vault_path) == changed

    restored = _admin(
        data,
        "restore",
        str(backup),
        "--handle",
        FACILITATOR_HANDLE,
        "--yes",
        stdin=FACILITATOR_PASS + "\n",
    )
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert table_dump(vault_path) == at_backup
    kept = [p for p in (data / "backups").rglob("*-before-restore.ssbackup")]
    assert len(kept) == 1 and table_dump(kept[0]) == changed


def test_restore_is_refused_while_the_app_holds_the_data_folder(data: Path) -> None:
    assert _admin(data, "backup").returncode == 0
    backup = next((data / "backups").rglob("*.ssbackup"))
    with DataFolderLock(data):  # this test process stands in for the running app
        result = _admin(
            data,
            "restore",
            str(backup),
            "--handle",
            FACILITATOR_HANDLE,
            "--yes",
            stdin=FACILITATOR_PASS + "\n",
        )
    assert result.returncode == 1
    assert "SafeSpace is open with this data folder" in result.stderr


def test_verify_refuses_a_damaged_backup(data: Path) -> None:
    assert _admin(data, "backup").returncode == 0
    backup = next((data / "backups").rglob("*.ssbackup"))
    raw = backup.read_bytes()
    backup.write_bytes(raw[: len(raw) // 3])
    result = _admin(data, "verify", str(backup))
    assert result.returncode == 1
    assert "damaged" in result.stderr or "not a SafeSpace backup" in result.stderr
    assert "Nothing was changed." in result.stderr
