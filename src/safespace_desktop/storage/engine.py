"""SQLite engine with the privacy pragmas of DESIGN.md §3.4.

- ``secure_delete=ON`` so deleted cells are zeroed, ``temp_store=MEMORY`` so sorts
  never spill to temp files, WAL with TRUNCATE checkpoints on lock, shred and exit.
- Files are created 0600 (SQLite gives ``-wal``/``-shm`` the database file's mode).
- SQLAlchemy parameters are hidden from logs and error messages.
- One connection, serialised by a lock: the app has a single DB writer.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from safespace_desktop.core.errors import DiskFull, VaultReadOnly
from safespace_desktop.paths import create_private_dirs

log = logging.getLogger(__name__)
SQLITE_FULL = 13
SQLITE_READONLY = 8

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


def _apply_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in ("PRAGMA query_only=ON", "PRAGMA temp_store=MEMORY", "PRAGMA foreign_keys=ON"):
        cursor.execute(pragma)
    cursor.close()


def is_unfinished_vault(path: Path) -> bool:
    """True for a file a vault creation or join left behind when it was stopped before
    its first commit: our tables, but no ``vault_meta`` row. Any other file — a vault,
    a foreign SQLite file, anything else — is never taken for one."""
    try:
        with contextlib.closing(sqlite3.connect(path)) as connection:
            tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'vault_meta'"
            ).fetchone()[0]
            if tables != 1:
                return False
            return int(connection.execute("SELECT count(*) FROM vault_meta").fetchone()[0]) == 0
    except sqlite3.Error:
        return False


def is_writable(path: Path) -> bool:
    """Whether the vault file and its folder can be written (SQLite needs both in WAL
    mode). False on a read-only file system: a locked SD card or USB stick, a CD."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_engine(path: Path | None, *, read_only: bool = False) -> Engine:
    """Open (creating if needed) the vault file at ``path``; None means in memory.

    ``read_only`` opens an existing file that cannot be written: SQLite reads a WAL
    database on read-only media only as ``immutable`` (nothing else may change it
    meanwhile, which holds for a write-protected disk).
    """
    if read_only:
        assert path is not None
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        engine = create_engine(
            "sqlite+pysqlite://",
            hide_parameters=True,
            poolclass=StaticPool,
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
        event.listen(engine, "connect", _apply_read_only_pragmas)
        return engine
    if path is not None:
        ensure_private_dir(path.parent)
        _create_private_file(path)
        target = str(path)
        # Connect through a creator, not a URL: a folder name holding "?" or "#" (a
        # stick called "Group?") must not be read as URL syntax.
        engine = create_engine(
            "sqlite+pysqlite://",
            hide_parameters=True,
            poolclass=StaticPool,
            creator=lambda: sqlite3.connect(target, check_same_thread=False),
        )
    else:
        engine = create_engine(
            "sqlite+pysqlite://",
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


def is_read_only(exc: BaseException) -> bool:
    """True for SQLITE_READONLY ("attempt to write a readonly database") and for a write
    refused by ``query_only``."""
    original = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.OperationalError):
        return False
    code = getattr(original, "sqlite_errorcode", None)
    return code == SQLITE_READONLY or (code is not None and code & 0xFF == SQLITE_READONLY)


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's SQLITE_FULL ("database or disk is full"), however wrapped."""
    original = getattr(exc, "orig", exc)
    return (
        isinstance(original, sqlite3.OperationalError)
        and getattr(original, "sqlite_errorcode", None) == SQLITE_FULL
    )


@contextlib.contextmanager
def disk_full_as_typed_error() -> Iterator[None]:
    """Turn the driver's SQLITE_FULL into ``DiskFull``; the transaction is rolled back."""
    try:
        yield
    except OperationalError as exc:
        if is_disk_full(exc):
            raise DiskFull() from exc
        if is_read_only(exc):
            raise VaultReadOnly() from exc
        raise


def checkpoint_if_possible(engine: Engine) -> bool:
    """``checkpoint``, except that a full disk leaves the fold for later (returns False).

    Called on lock and close after the keys are wiped: it must not raise there. The WAL
    holds only sealed pages; the next open folds it.
    """
    try:
        checkpoint(engine)
    except OperationalError as exc:
        if not is_disk_full(exc):
            raise
        log.warning("The disk is full; the write-ahead log will be folded at the next open.")
        return False
    return True
