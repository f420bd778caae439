"""Start the real app in a child process (offscreen), as a person would from a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import safespace_desktop

SRC = Path(safespace_desktop.__file__).resolve().parent.parent


def app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def app_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "safespace_desktop", *args]


def start_app(*args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        app_command(*args),
        env=app_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_app(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        app_command(*args),
        env=app_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    """End ``process`` (if still running) and return what it printed."""
    if process.poll() is None:
        process.terminate()
    try:
        return process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()
