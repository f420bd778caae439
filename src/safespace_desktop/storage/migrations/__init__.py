"""Versioned, keyless schema upgrades that run when a vault file is opened.

Why not Alembic: the vault is an embedded SQLite file on a shared PC, upgraded by the
app itself at open, before anyone unlocks, with no operator, no command line and no
``alembic.ini`` or script folder to ship. Alembic's strengths (autogenerate against a
live server, branching revision graphs, ``batch_alter_table`` table rebuilds) are
things we either cannot use or must avoid: a steps list that is append-only, run in
one SQLite transaction, is all the upgrade needs and keeps every step plain SQL that
never touches a key. So: an ordered tuple of steps (``steps.MIGRATIONS``).

How an upgrade runs (``upgrade``):

1. Read ``vault_meta.schema_version`` on a private connection. Nothing to do means
   nothing is written (the vault picker and a current vault never change the file).
2. Make a copy next to the vault with SQLite's backup API and check it with
   ``PRAGMA integrity_check``; a damaged file is not upgraded.
3. In one ``BEGIN IMMEDIATE`` transaction: every pending step in order, any table the
   current code has that the file lacks (empty, so additive), the new schema version,
   and an integrity check before ``COMMIT``. Any failure rolls the whole thing back.
4. The caller opens the upgraded vault and then calls ``Upgraded.finish()``, which
   removes the copy. A copy left by a crash is removed the next time the vault opens
   at the current version, so an old copy never outlives a later "forget me".
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from safespace_desktop.core.errors import MigrationFailed
from safespace_desktop.storage import snapshots
from safespace_desktop.storage.migrations.steps import MIGRATIONS, Migration, table_names
from safespace_desktop.storage.tables import SCHEMA_VERSION, Base

BACKUP_SUFFIX = ".before-upgrade"

__all__ = [
    "BACKUP_SUFFIX",
    "MIGRATIONS",
    "Migration",
    "MigrationFailed",
    "Upgraded",
    "backup_path",
    "upgrade",
    "upgrade_in_memory",
]


@dataclass(frozen=True)
class Upgraded:
    """A committed upgrade whose safety copy is still on disk."""

    path: Path
    from_version: int
    to_version: int
    copy: Path

    def finish(self) -> None:
        """The upgraded vault has opened: the copy is no longer needed."""
        self.copy.unlink(missing_ok=True)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)  # we issue BEGIN/COMMIT ourselves
    for pragma in (
        "PRAGMA secure_delete=ON",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=OFF",  # a step may rebuild a table; checked before COMMIT
    ):
        db.execute(pragma)
    return db


def _schema_version(db: sqlite3.Connection) -> int | None:
    if "vault_meta" not in table_names(db):
        return None
    row = db.execute("SELECT schema_version FROM vault_meta WHERE id = 1").fetchone()
    return None if row is None else int(row[0])


def _integrity_ok(db: sqlite3.Connection) -> bool:
    return db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _verified_copy(db: sqlite3.Connection, copy: Path) -> None:
    """A self-contained copy of the whole file, checked page by page (the same
    verified, atomic online copy the backups use: ``storage.snapshots``)."""
    try:
        snapshots.online_copy(db, copy)
    except snapshots.CopyFailed as exc:
        if exc.kind == "damaged":
            raise MigrationFailed("The vault file is damaged, so it was not upgraded.") from exc
        reason = (
            "A safety copy could not be written (is the disk full?), so the vault was not upgraded."
            if exc.kind == "write"
            else "The vault file could not be read whole, so it was not upgraded."
        )
        raise MigrationFailed(reason) from exc


def _create_missing_tables(db: sqlite3.Connection, metadata: MetaData) -> None:
    """Tables the current code has and the file lacks start empty, so adding them is
    safe at any version (a vault made before a feature existed gets that feature)."""
    present = set(table_names(db))
    dialect = sqlite_dialect.dialect()
    for table in metadata.sorted_tables:
        if table.name in present:
            continue
        db.execute(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            db.execute(str(CreateIndex(index).compile(dialect=dialect)).strip())


def _missing_tables(db: sqlite3.Connection, metadata: MetaData) -> bool:
    return bool({t.name for t in metadata.sorted_tables} - set(table_names(db)))


def _run_steps(
    db: sqlite3.Connection,
    pending: Sequence[Migration],
    target: int,
    metadata: MetaData,
) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        for step in pending:
            step.apply(db)
        _create_missing_tables(db, metadata)
        db.execute("UPDATE vault_meta SET schema_version = ? WHERE id = 1", (target,))
        if db.execute("PRAGMA foreign_key_check").fetchall():
            raise MigrationFailed("The upgrade would break links between records.")
        if not _integrity_ok(db):
            raise MigrationFailed("The upgraded vault did not pass its integrity check.")
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already
            db.execute("ROLLBACK")
        raise


def upgrade(
    path: Path,
    *,
    steps: Sequence[Migration] = MIGRATIONS,
    target: int = SCHEMA_VERSION,
    metadata: MetaData = Base.metadata,
) -> Upgraded | None:
    """Bring the vault file at ``path`` to schema ``target``; None if nothing was needed.

    Files that are not vaults, or are newer than this code, are left alone (opening
    them refuses them). Raises ``MigrationFailed`` with the file as it was.
    """
    copy = backup_path(path)
    db = _connect(path)
    try:
        version = _schema_version(db)
        if version is None or version > target:
            return None
        pending = [step for step in steps if version < step.to_version <= target]
        if version == target and not _missing_tables(db, metadata):
            copy.unlink(missing_ok=True)  # left by a crash after an earlier upgrade
            return None
        if [step.to_version for step in pending] != list(range(version + 1, target + 1)):
            raise MigrationFailed(f"No upgrade path from schema {version} to {target}.")
        _verified_copy(db, copy)
        try:
            _run_steps(db, pending, target, metadata)
        except sqlite3.Error as exc:
            raise _failed(db, copy, version, "The vault could not be upgraded.") from exc
        except MigrationFailed as exc:
            raise _failed(db, copy, version, exc.reason) from exc
        except Exception as exc:
            raise _failed(db, copy, version, "The vault could not be upgraded.") from exc
        return Upgraded(path, version, target, copy)
    finally:
        db.close()


def upgrade_in_memory(
    db: sqlite3.Connection,
    *,
    steps: Sequence[Migration] = MIGRATIONS,
    target: int = SCHEMA_VERSION,
    metadata: MetaData = Base.metadata,
) -> None:
    """Bring an in-memory copy (a backup being checked) to schema ``target`` with the
    same steps, in one transaction; no safety copy, as no file is touched. Raises
    ``MigrationFailed`` when there is no path."""
    for pragma in ("PRAGMA temp_store=MEMORY", "PRAGMA foreign_keys=OFF"):
        db.execute(pragma)
    version = _schema_version(db)
    if version is None or version > target:
        raise MigrationFailed("The copy is not a vault this version can read.")
    pending = [step for step in steps if version < step.to_version <= target]
    if version == target and not _missing_tables(db, metadata):
        return
    if [step.to_version for step in pending] != list(range(version + 1, target + 1)):
        raise MigrationFailed(f"No upgrade path from schema {version} to {target}.")
    try:
        _run_steps(db, pending, target, metadata)
    except sqlite3.Error as exc:
        raise MigrationFailed("The copy could not be upgraded.") from exc


def _failed(db: sqlite3.Connection, copy: Path, version: int, reason: str) -> MigrationFailed:
    """After a rollback: drop the copy if the original is provably as it was."""
    try:
        intact = _schema_version(db) == version and _integrity_ok(db)
    except sqlite3.Error:
        intact = False
    if intact:
        copy.unlink(missing_ok=True)
        return MigrationFailed(reason)
    return MigrationFailed(reason, kept_copy=copy)
