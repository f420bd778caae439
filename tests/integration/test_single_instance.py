"""One running app per data folder (issue 17): a second start brings the first window
forward and exits 0; a lock left by a crash is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from safespace_desktop.ui.runtime.single_instance import LOCK_FILE_NAME
from tests.integration.app_process import run_app, start_app, stop

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and POSIX signals")


def wait_for_lock(data: Path, process: subprocess.Popen[str], timeout: float = 60) -> int:
    """The pid written in the data folder's lock file, once ``process`` holds it."""
    lock = data / LOCK_FILE_NAME
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, stop(process)
        if lock.exists():
            first_line = lock.read_text("utf-8", errors="replace").split("\n", 1)[0]
            if first_line.strip() == str(process.pid):
                return process.pid
        time.sleep(0.1)
    raise AssertionError(f"no lock by {process.pid}: {stop(process)}")


def still_running(process: subprocess.Popen[str], seconds: float) -> bool:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return True
    return False


def test_a_second_start_brings_the_first_forward_and_exits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start_app("--data-dir", str(data), SAFESPACE_DEBUG="1")
    try:
        wait_for_lock(data, first)
        second = run_app("--data-dir", str(data), timeout=60)
        assert second.returncode == 0, second.stderr
        assert still_running(first, 1.0), "the first copy must keep running"
    finally:
        _out, err = stop(first)
    assert "asked this window to come forward" in err


def test_another_data_folder_runs_side_by_side(tmp_path: Path) -> None:
    first = start_app("--data-dir", str(tmp_path / "one"))
    second = start_app("--data-dir", str(tmp_path / "two"))
    try:
        wait_for_lock(tmp_path / "one", first)
        wait_for_lock(tmp_path / "two", second)
        assert still_running(second, 1.0)
    finally:
        stop(first)
        stop(second)


def test_a_lock_left_by_a_crash_is_taken_over(tmp_path: Path) -> None:
    data = tmp_path / "data"
    crashed = start_app("--data-dir", str(data))
    wait_for_lock(data, crashed)
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.wait(timeout=30)
    stop(crashed)
    assert (data / LOCK_FILE_NAME).exists()  # the crash left its lock behind

    after = start_app("--data-dir", str(data))
    try:
        assert wait_for_lock(data, after) == after.pid
        assert still_running(after, 1.0)
    finally:
        stop(after)
