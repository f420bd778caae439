"""The version on the command line, and the installer check's offscreen demo run
(``--smoke``), started as a real process like the installed program is (issue 14)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from safespace_desktop import __version__
from tests.integration.app_process import app_env, run_app


def test_the_app_says_its_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"safespace-desktop {__version__}"


def test_the_admin_tool_says_its_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "safespace_desktop.admin", "--version"],
        env=app_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"safespace-admin {__version__}"


def test_smoke_opens_the_demo_unlocks_it_and_shows_the_first_page(tmp_path: Path) -> None:
    data = tmp_path / "stick"
    result = run_app("--data-dir", str(data), "--smoke", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("smoke: ok, the demo group is open")
    assert (data / "demo").is_dir()  # the real demo was built in the chosen folder
