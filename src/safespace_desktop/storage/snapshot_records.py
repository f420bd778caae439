"""Opening every record of a vault copy with the keys of the person checking it.

The copy is an in-memory database (``snapshots.load_into_memory``, brought to the
current schema by ``migrations.upgrade_in_memory``), so nothing here touches the copy's
file. Group and commons records are opened with the session's keys, exactly as the
repositories open them; journal rows are only counted: they open only with their
owner's key, which no facilitator holds, and that is never attempted.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import create_engine, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from safespace_desktop.core.errors import IntegrityError, NotPermitted, UnsupportedFormatVersion
from safespace_desktop.storage.records import KeyLookup
from safespace_desktop.storage.registry import RECORD_TYPES, ScopeKind
from safespace_desktop.storage.repositories import group_records
from safespace_desktop.storage.tables import VaultMeta


@dataclass
class RecordCheck:
    """Per table: rows that opened, failed to open, or use a key not held here."""

    opened: dict[str, int] = field(default_factory=dict)
    damaged: dict[str, int] = field(default_factory=dict)
    not_held: dict[str, int] = field(default_factory=dict)
    journal_rows: dict[str, int] = field(default_factory=dict)
    """Counted only: a member's journal opens with their own key alone."""

    @property
    def total_opened(self) -> int:
        return sum(self.opened.values())

    @property
    def total_damaged(self) -> int:
        return sum(self.damaged.values())

    @property
    def total_not_held(self) -> int:
        return sum(self.not_held.values())

    @property
    def total_journal_rows(self) -> int:
        return sum(self.journal_rows.values())


def _bump(counts: dict[str, int], table: str) -> None:
    counts[table] = counts.get(table, 0) + 1


def open_every_record(memory: sqlite3.Connection, keys: KeyLookup) -> RecordCheck:
    """Open every group and commons record of the copy in ``memory``; count the rest."""
    engine = create_engine(
        "sqlite+pysqlite://",
        hide_parameters=True,
        poolclass=StaticPool,
        creator=lambda: memory,
    )
    check = RecordCheck()
    present = set(inspect(engine).get_table_names())
    with Session(engine) as session:
        meta = session.get(VaultMeta, 1)
        if meta is None:
            raise IntegrityError("vault_meta", "1")
        group_id = meta.group_id
        for record_type in RECORD_TYPES:
            if record_type.name not in present or not record_type.sealed:
                continue
            rows = session.scalars(select(record_type.table))
            if record_type.scope is ScopeKind.JOURNAL:
                for _row in rows:
                    _bump(check.journal_rows, record_type.name)
                continue
            repository = group_records(record_type.table, group_id)  # type: ignore[arg-type]
            for row in rows:
                try:
                    repository.open_document(keys, row)  # type: ignore[arg-type]
                except NotPermitted:
                    _bump(check.not_held, record_type.name)
                except (IntegrityError, UnsupportedFormatVersion):
                    _bump(check.damaged, record_type.name)
                else:
                    _bump(check.opened, record_type.name)
            session.expunge_all()
    return check
