"""Writing export files safely, without Qt (DESIGN.md §4 "Export writes to a temp name,
fsyncs, renames, re-opens and verifies").

Used by the UI for the personal journal file and the readable export. The temporary
file sits in the target folder (so the rename is atomic on the same file system),
is created 0600 and exclusively, and is removed if anything fails. After the rename
the file is read back and compared; if it differs it is removed and an error raised,
so a failed export never leaves a file at the target name.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from safespace_desktop.core.errors import SafeSpaceError

PRIVATE_FILE_MODE = 0o600


class ExportFailed(SafeSpaceError):
    """The file could not be written and verified; nothing was left at the target."""


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open directories.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, durably, and verify it by reading back."""
    path = Path(path)
    directory = path.parent
    temporary = directory / f".{path.name}.{uuid.uuid4().hex}.part"
    renamed = False
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temporary, flags, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            view = memoryview(data)
            while view:
                written = handle.write(view)
                view = view[written:]
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        renamed = True
        _fsync_directory(directory)
        if path.read_bytes() != bytes(data):
            raise ExportFailed("The file did not read back the same.")
    except ExportFailed:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    except OSError as exc:
        with contextlib.suppress(OSError):
            (path if renamed else temporary).unlink()
        raise ExportFailed(f"The file could not be written: {exc.strerror or exc}.") from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
