"""A logical dump of a vault file, for comparing a restored vault with the one backed up.

``table_dump`` reads every row of every table with the standard library (sealed
payloads included, byte for byte); ``readable_dump`` opens what the facilitator's and
one member's keys open, through the services. Two vault files with equal dumps hold
the same records, whatever their pages look like.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS


def table_dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted (the vault's bookkeeping rows included)."""
    db = sqlite3.connect(str(path))
    try:
        db.execute("PRAGMA query_only=ON")
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for table in sorted(tables):
            rows = db.execute(f'SELECT * FROM "{table}"').fetchall()
            dump[table] = sorted(rows, key=repr)
        return dump
    finally:
        db.close()


def readable_dump(path: Path, member: tuple[str, str] | None = None) -> dict[str, Any]:
    """What the keys open: the roster and group settings for the facilitator, and one
    member's journal (``member`` = handle, passphrase)."""
    vault = Vault.open_existing(path)
    try:
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        members = sorted(
            (m.id, m.name, m.pronouns, m.note, m.rev) for m in MembersService(vault).list_members()
        )
        dump: dict[str, Any] = {"members": members, "group": vault.settings().group_name}
        if member is not None:
            vault.unlock(*member)
            entries = JournalService(vault).list_entries()
            dump["journal"] = sorted((e.id, e.title, e.body) for e in entries)
        return dump
    finally:
        vault.close()
