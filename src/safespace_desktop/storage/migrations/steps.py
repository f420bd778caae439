"""The ordered migration steps. Append only: a step, once released, never changes.

Each step moves the vault from ``to_version - 1`` to ``to_version``. Steps change
tables and plaintext columns only; they never open a sealed payload, so they run
before anyone unlocks and without any key. They must be written against what the
file holds at that version (plain SQL), not against today's ORM classes, because the
tables keep changing after a step is released.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

Apply = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Migration:
    to_version: int
    description: str
    apply: Apply


def table_names(db: sqlite3.Connection) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [str(name) for (name,) in rows]


def column_names(db: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in db.execute(f'PRAGMA table_info("{table}")')]


def _per_record_format_version(db: sqlite3.Connection) -> None:
    """Schema 1 bound the vault-wide schema version (1) into every record's associated
    data. From schema 2 each sealed row says its own record format instead; every row
    already in the file was sealed with the old layout, so it is format 1."""
    for table in table_names(db):
        columns = column_names(db, table)
        if "payload_sealed" in columns and "format_version" not in columns:
            db.execute(
                f'ALTER TABLE "{table}" ADD COLUMN format_version INTEGER NOT NULL DEFAULT 1'
            )


def _form_drafts(db: sqlite3.Connection) -> None:
    """Unsaved form typing kept when the app locks (sealed; plaintext only the mixin's)."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS form_drafts ("
        " id VARCHAR(36) NOT NULL,"
        " format_version INTEGER DEFAULT 1 NOT NULL,"
        " key_id BLOB NOT NULL,"
        " rev INTEGER NOT NULL,"
        " deleted BOOLEAN NOT NULL,"
        " payload_sealed BLOB NOT NULL,"
        " CONSTRAINT pk_form_drafts PRIMARY KEY (id))"
    )


def _group_key_epochs(db: sqlite3.Connection) -> None:
    """Group keys are versioned by epoch (DESIGN.md §3.1). The key every existing row was
    sealed with becomes epoch 0; rows keep naming it by their own ``key_id``."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS group_key_epochs ("
        " epoch INTEGER NOT NULL,"
        " key_id BLOB NOT NULL,"
        " CONSTRAINT pk_group_key_epochs PRIMARY KEY (epoch),"
        " CONSTRAINT uq_group_key_epochs_key_id UNIQUE (key_id))"
    )
    db.execute(
        "INSERT OR IGNORE INTO group_key_epochs (epoch, key_id) "
        "SELECT 0, group_key_id FROM vault_meta WHERE id = (SELECT MIN(id) FROM vault_meta)"
    )


def _journal_revision_index(db: sqlite3.Connection) -> None:
    """Opening a journal checks its index against every entry's plaintext (id, rev); a
    covering index answers that from the index alone (9 → 3.5 ms at 10,000 entries,
    issue 15). It also serves every lookup by slot, so the slot-only index goes."""
    if "journal_entries" not in table_names(db):
        return  # created whole, with this index, after the steps
    db.execute(
        "CREATE INDEX IF NOT EXISTS ix_journal_entries_slot_id_id_rev "
        "ON journal_entries (slot_id, id, rev)"
    )
    db.execute("DROP INDEX IF EXISTS ix_journal_entries_slot_id")


def _sealed_table(db: sqlite3.Connection, name: str, suffix: str = "") -> None:
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {name} ("
        " id VARCHAR(36) NOT NULL,"
        " format_version INTEGER DEFAULT 1 NOT NULL,"
        " key_id BLOB NOT NULL,"
        " rev INTEGER NOT NULL,"
        " deleted BOOLEAN NOT NULL,"
        " payload_sealed BLOB NOT NULL,"
        f" CONSTRAINT pk_{name} PRIMARY KEY (id)){suffix}"
    )


def _roster_index_and_feedback_responses(db: sqlite3.Connection) -> None:
    """Two sealed tables (issue 15): the roster's local index, and kiosk answers once a
    facilitator's session has collected them (they travel). A new table alone would be
    made when a writable vault opens, but a vault on a write-protected disk is read as
    it is: this version's reads need them, so the schema says they are there."""
    _sealed_table(db, "roster_index")
    _sealed_table(db, "feedback_responses", " WITHOUT ROWID")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(2, "per-record format version in sealed rows", _per_record_format_version),
    Migration(3, "form drafts kept when the app locks", _form_drafts),
    Migration(4, "group key epochs (devices, #12)", _group_key_epochs),
    Migration(5, "covering index of journal entry revisions (#15)", _journal_revision_index),
    Migration(
        6, "the roster's index and collected feedback (#15)", _roster_index_and_feedback_responses
    ),
)
