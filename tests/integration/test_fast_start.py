"""Fast start (issue 8): the first window shows before SQLAlchemy, the vault service
and the demo builder are imported. ``SAFESPACE_STARTUP_PROBE=1`` makes the app report,
at its first paint, which of those modules were already imported, then quit."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import time
from pathlib import Path

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.directory import VaultDirectory
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.integration.app_process import app_env, run_app

HEAVY = (
    "sqlalchemy",
    "safespace_desktop.services.vault",
    "safespace_desktop.services.demo",
    "safespace_desktop.storage.tables",
    "safespace_desktop.ui.workspace",
)


def first_window_report(stdout: str) -> dict[str, object]:
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, stdout
    report = json.loads(lines[0])
    assert isinstance(report, dict)
    return report


def test_the_vault_picker_shows_before_any_heavy_import(tmp_path: Path, clock: ManualClock) -> None:
    data = tmp_path / "stick" / "SafeSpace"
    directory = VaultDirectory(AppPaths.portable(data), clock=clock)
    vault, _account = directory.create_vault(
        label="Tuesday group",
        group_name="Riverside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
    )
    vault.close()  # the picker has a real label to read
    started = time.time_ns()

    result = run_app("--data-dir", str(data), SAFESPACE_STARTUP_PROBE="1")

    assert result.returncode == 0, result.stderr
    report = first_window_report(result.stdout)
    assert report["imported"] == {name: False for name in HEAVY}
    assert isinstance(report["first_paint_ns"], int) and report["first_paint_ns"] > started


def test_the_demo_window_shows_before_the_demo_builder_is_imported(tmp_path: Path) -> None:
    result = run_app("--data-dir", str(tmp_path / "data"), "--demo", SAFESPACE_STARTUP_PROBE="1")
    assert result.returncode == 0, result.stderr
    assert first_window_report(result.stdout)["imported"] == {name: False for name in HEAVY}
    assert not (tmp_path / "data" / "demo").exists()  # built only after the first paint


def test_the_probe_sees_a_heavy_import_when_there_is_one(tmp_path: Path) -> None:
    """Control: the same probe reports SQLAlchemy when it was imported before the window."""
    code = (
        "import sys, sqlalchemy\n"
        "from safespace_desktop.app import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=app_env(SAFESPACE_STARTUP_PROBE="1"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert first_window_report(result.stdout)["imported"]["sqlalchemy"] is True


def test_a_fresh_data_dir_is_private_from_the_first_start(tmp_path: Path) -> None:
    data = tmp_path / "new-stick-folder"
    result = run_app("--data-dir", str(data), SAFESPACE_STARTUP_PROBE="1")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_a_data_dir_that_cannot_be_created_still_opens_the_picker(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    result = run_app("--data-dir", str(blocker / "data"), SAFESPACE_STARTUP_PROBE="1")
    assert result.returncode == 0, result.stderr
    assert "Cannot create the data folder" in result.stderr
    assert first_window_report(result.stdout)["imported"] == {name: False for name in HEAVY}
