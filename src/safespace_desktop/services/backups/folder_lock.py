"""The data folder's one-app-at-a-time lock, taken without Qt (for the command line).

The app holds ``<data>/.safespace-desktop.lock`` with Qt's ``QLockFile`` while it
runs (``ui/runtime/single_instance.py``). A restore from the command line replaces a
vault file, so it must not run while the app has that folder open, and the app must
not start while a restore runs. This writes the same file in the same layout
(process id, program name, computer name, one per line) and holds an ``flock`` on
it, as ``QLockFile`` does on Unix, so each side sees the other. A lock whose process
no longer runs on this computer is stale and taken over, as Qt does.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from pathlib import Path

from safespace_desktop.core.errors import BackupRefused

#: Must equal ``ui.runtime.single_instance.LOCK_FILE_NAME`` (a test checks it).
LOCK_FILE_NAME = ".safespace-desktop.lock"


def _program_name(pid: int) -> str:
    with contextlib.suppress(OSError):
        return Path(os.readlink(f"/proc/{pid}/exe")).name
    return ""


def _process_runs(pid: int, program: str) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    if program and sys.platform.startswith("linux"):
        running = _program_name(pid)
        return not running or running == program
    return True


def _try_flock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - the command line restore is POSIX-tested
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DataFolderLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._fd: int | None = None

    def _held_by_someone_else(self) -> bool:
        try:
            text = self.path.read_text("utf-8", errors="replace")
        except FileNotFoundError:
            return False
        except OSError:
            return True
        lines = text.splitlines()
        try:
            pid = int(lines[0]) if lines else 0
        except ValueError:
            pid = 0
        program = lines[1] if len(lines) > 1 else ""
        host = lines[2] if len(lines) > 2 else ""
        if host and host != platform.node():
            return True  # another computer's lock (a stick): never taken over from here
        if _process_runs(pid, program):
            return True
        # The process is gone; a native lock still held means it is not stale after all.
        try:
            fd = os.open(self.path, os.O_RDWR)
        except OSError:
            return False
        try:
            return not _try_flock(fd)
        finally:
            os.close(fd)

    def acquire(self) -> None:
        """Take the lock or raise ``BackupRefused("vault_in_use")``."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                if self._held_by_someone_else():
                    raise BackupRefused("vault_in_use") from None
                with contextlib.suppress(OSError):
                    self.path.unlink()  # stale: left by a crash
                continue
            if not _try_flock(fd):
                os.close(fd)
                raise BackupRefused("vault_in_use")
            info = f"{os.getpid()}\n{_program_name(os.getpid())}\n{platform.node()}\n"
            os.write(fd, info.encode("utf-8"))
            os.fsync(fd)
            self._fd = fd
            return
        raise BackupRefused("vault_in_use")

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
