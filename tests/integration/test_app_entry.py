"""The GUI entry point's headless modes, run as a person would from a terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safespace_desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_self_test_runs_without_a_window_and_leaves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "stick"
    data.mkdir()
    result = run("--data-dir", str(data), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout
    assert list(data.iterdir()) == []


def test_help_names_portable_mode_and_demo() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--data-dir", "--demo", "--self-test"):
        assert option in result.stdout
