"""Whole-file copies of a vault, and reading such a copy without changing it.

A copy is always made with SQLite's online backup API from a connection to the live
file, never by copying the file: the API reads the database through SQLite's own
pager, so pages still in the ``-wal`` file are included and the copy is one consistent
snapshot (a single read transaction), even while another connection writes. The copy
holds exactly the vault's pages (sealed rows stay sealed) and nothing else.

Used by the safety copy a schema upgrade takes (``storage.migrations``) and by the
backups service (``services/backups``). No keys are needed for any of this.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

PRIVATE_FILE_MODE = 0o600
SQLITE_MAGIC = b"SQLite format 3\x00"
PARTIAL_MARK = ".partial-"


class CopyFailed(Exception):
    """A copy was not made; nothing was left at the destination.

    ``kind``: ``write`` (the destination could not be written: a full disk, a missing
    or read-only folder), ``read`` (the source could not be read whole) or
    ``damaged`` (the copy did not pass its integrity check).
    """

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def partial_path(dest: Path) -> Path:
    """A fresh temporary name beside ``dest``, hidden, never mistaken for a finished copy."""
    return dest.with_name(f".{dest.name}{PARTIAL_MARK}{secrets.token_hex(6)}")


def remove_side_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def integrity_ok(db: sqlite3.Connection) -> bool:
    return db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def online_copy(source: sqlite3.Connection, dest: Path) -> None:
    """Copy the database behind ``source`` to ``dest``, atomically and verified.

    The copy is written under a temporary name beside ``dest`` (created 0600), turned
    into a single self-contained file (rollback journal mode, no ``-wal`` beside it),
    checked with ``PRAGMA integrity_check``, flushed to disk, and only then renamed
    over ``dest``. A failure at any step removes the temporary file and leaves
    ``dest`` as it was. Raises ``CopyFailed``.
    """
    temp = partial_path(dest)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
        target = sqlite3.connect(temp, isolation_level=None)
        try:
            # Nothing of the copy may spill into temp files while it is checked.
            target.execute("PRAGMA temp_store=MEMORY")
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
            healthy = integrity_ok(target)
        finally:
            target.close()
        if not healthy:
            raise CopyFailed("damaged")
        fsync_file(temp)
        os.replace(temp, dest)
        fsync_folder(dest.parent)
    except CopyFailed:
        remove_side_files(temp)
        raise
    except OSError as exc:
        remove_side_files(temp)
        raise CopyFailed("write") from exc
    except sqlite3.Error as exc:
        remove_side_files(temp)
        # SQLITE_FULL / IOERR on the destination are write failures; the rest is the
        # source not reading whole (a damaged page, not a database at all).
        code = getattr(exc, "sqlite_errorcode", 0) or 0
        raise CopyFailed("write" if code & 0xFF in (10, 13, 14) else "read") from exc


def connect_live(path: Path) -> sqlite3.Connection:
    """A connection to a vault file that may be open in this app (WAL mode): reads
    see every committed page, including those still in the ``-wal`` file."""
    db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA query_only=ON")
    db.execute("PRAGMA temp_store=MEMORY")
    return db


def copy_live_file(path: Path, dest: Path) -> None:
    """``online_copy`` of the vault file at ``path`` (open in the app or not). A vault
    on a write-protected disk is read as immutable, as the app reads it."""
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    try:
        if writable:
            source = connect_live(path)
        else:
            source = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise CopyFailed("read") from exc
    try:
        online_copy(source, dest)
    finally:
        source.close()


def read_only_uri(path: Path) -> str:
    """A URI that opens a finished copy read-only and touches nothing beside it.

    ``immutable`` is right for a copy this app wrote (rollback journal mode, nobody
    writes it); ``quote`` keeps "?", "#" and "%" in folder names from changing the URI.
    """
    return f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"


@contextlib.contextmanager
def open_copy(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a copy; raises ``CopyFailed("read")`` for a file that
    is missing, is not SQLite, or cannot be opened."""
    try:
        with path.open("rb") as raw:
            magic = raw.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise CopyFailed("read") from exc
    if magic != SQLITE_MAGIC:
        raise CopyFailed("read")
    try:
        db = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
        db.execute("PRAGMA query_only=ON")
        db.execute("PRAGMA temp_store=MEMORY")
    except sqlite3.Error as exc:
        raise CopyFailed("read") from exc
    try:
        yield db
    finally:
        db.close()


@dataclass(frozen=True)
class CopyFacts:
    """What a copy's plaintext says about it (no key is needed to read any of it)."""

    vault_id: str
    label: str
    format_version: int
    schema_version: int
    tables: frozenset[str]
    rows: dict[str, int]
    """Rows per table, tombstones left out where the table has them."""
    slots: dict[str, int]
    """People who can unlock, per kind ("facilitator", "member")."""


def _table_names(db: sqlite3.Connection) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return sorted(str(name) for (name,) in rows)


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in db.execute(f'PRAGMA table_info("{table}")')}


def read_facts(db: sqlite3.Connection) -> CopyFacts | None:
    """The copy's vault row and row counts; None when it has no vault row (not ours).

    Raises ``sqlite3.Error`` when the file cannot be read."""
    tables = _table_names(db)
    needed = {"vault_id", "neutral_label", "format_version", "schema_version"}
    if "vault_meta" not in tables or not _columns(db, "vault_meta") >= needed:
        return None
    meta = db.execute(
        "SELECT vault_id, neutral_label, format_version, schema_version "
        "FROM vault_meta WHERE id = 1"
    ).fetchone()
    if meta is None:
        return None
    vault_id, label, format_version, schema_version = meta
    if not isinstance(vault_id, str) or not isinstance(schema_version, int):
        return None
    rows: dict[str, int] = {}
    for table in tables:
        where = " WHERE deleted = 0" if "deleted" in _columns(db, table) else ""
        query = f'SELECT COUNT(*) FROM "{table}"{where}'  # noqa: S608 - names from sqlite_master
        (count,) = db.execute(query).fetchone()
        rows[table] = int(count)
    slots: dict[str, int] = {}
    if "slots" in tables:
        for kind, count in db.execute("SELECT kind, COUNT(*) FROM slots GROUP BY kind"):
            slots[str(kind)] = int(count)
    return CopyFacts(
        vault_id=vault_id,
        label=str(label),
        format_version=int(format_version),
        schema_version=schema_version,
        tables=frozenset(tables),
        rows=rows,
        slots=slots,
    )


def load_into_memory(db: sqlite3.Connection) -> sqlite3.Connection:
    """An in-memory copy of ``db`` (for checks that must not touch the file, such as
    bringing an older copy's schema up to date before its records are opened)."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        db.backup(memory)
    except sqlite3.Error:
        memory.close()
        raise
    return memory


def install_copy(prepared: Path, vault: Path) -> None:
    """Put a finished, verified copy in the vault file's place, atomically.

    The vault must be closed (its write-ahead log folded). Its ``-wal``/``-shm`` files
    are removed first, so an old log can never be replayed onto the copy; a log that
    still holds pages means the vault is open somewhere, and nothing is changed.
    """
    wal = Path(f"{vault}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise CopyFailed("write")
    for suffix in ("-wal", "-shm"):
        Path(f"{vault}{suffix}").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        prepared.chmod(PRIVATE_FILE_MODE)
    os.replace(prepared, vault)
    fsync_folder(vault.parent)
