"""SQLite engine with the privacy pragmas of DESIGN.md §3.4.

- ``secure_delete=ON`` so deleted cells are zeroed, ``temp_store=MEMORY`` so sorts
  never spill to temp files, WAL with TRUNCATE checkpoints on lock, shred and exit.
- Files are created 0600 (SQLite gives ``-wal``/``-shm`` the database file's mode).
- SQLAlchemy parameters are hidden from logs and error messages.
- One connection, serialised by a lock: the app has a single DB writer.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import StaticPool

from safespace_desktop.paths import create_private_dirs

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> None:
    create_private_dirs(path)  # missing parents 0700 too, not the umask's 0755
    with contextlib.suppress(OSError):  # FAT-formatted USB sticks have no POSIX modes
        path.chmod(PRIVATE_DIR_MODE)


def _create_private_file(path: Path) -> None:
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in (
        "PRAGMA secure_delete=ON",
        "PRAGMA journal_mode=WAL",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA foreign_keys=ON",
        "PRAGMA synchronous=FULL",
    ):
        cursor.execute(pragma)
    cursor.close()


def open_engine(path: Path | None) -> Engine:
    """Open (creating if needed) the vault file at ``path``; None means in memory."""
    if path is not None:
        ensure_private_dir(path.parent)
        _create_private_file(path)
        url = f"sqlite+pysqlite:///{path}"
    else:
        url = "sqlite+pysqlite://"
    engine = create_engine(
        url,
        hide_parameters=True,
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file and truncate it, so no old page lingers there."""
    with engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
