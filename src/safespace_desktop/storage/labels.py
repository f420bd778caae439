"""Read a vault's neutral label with the standard library's sqlite3 alone.

The vault picker is the first window a person sees; reading labels through the full
storage layer would import SQLAlchemy and every table before anything shows. This
reader opens the file read-only (``mode=ro``), runs one SELECT and closes it: it never
writes, never creates tables and never upgrades. Version checks stay with the real
open, which can say kindly that a vault was made by a newer version.

Vaults use WAL. A read-only connection to a WAL file would create ``-wal`` and
``-shm`` files beside it and leave them there, so a cleanly closed vault (no ``-wal``
file) is read with ``immutable=1``, which touches nothing. When a ``-wal`` file exists
(the vault is open elsewhere, or the app stopped in a crash) the newest committed label
may live only in it, so it is read through SQLite's usual read-only path, which uses the
``-wal``/``-shm`` files already there.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from urllib.parse import quote

from safespace_desktop.core.errors import VaultNotFound
from safespace_desktop.core.vault_summary import VaultSummary

_LABEL_QUERY = "SELECT vault_id, neutral_label, is_demo FROM vault_meta WHERE id = 1"


def _read_only_uri(path: Path) -> str:
    # quote() keeps "/" and escapes "?", "#" and "%", which would end or change the URI.
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def read_vault_label(path: Path) -> VaultSummary:
    """The picker's view of the vault at ``path``.

    Raises ``VaultNotFound`` when the file is missing, is not SQLite, or has no
    vault row (a half-created or foreign file).
    """
    if not path.is_file():
        raise VaultNotFound("The vault file is missing.")
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise VaultNotFound("This file is not a SafeSpace vault.") from exc
    try:
        with contextlib.closing(connection.cursor()) as cursor:
            # query_only refuses any write on this connection, as a second guard
            # besides the read-only open.
            cursor.execute("PRAGMA query_only=ON")
            row = cursor.execute(_LABEL_QUERY).fetchone()
    except sqlite3.Error as exc:  # not SQLite, or no vault_meta table: not ours
        raise VaultNotFound("This file is not a SafeSpace vault.") from exc
    finally:
        connection.close()
    if row is None:
        raise VaultNotFound("This file is not a SafeSpace vault.")
    vault_id, label, is_demo = row
    if not isinstance(vault_id, str) or not isinstance(label, str):
        raise VaultNotFound("This file is not a SafeSpace vault.")
    return VaultSummary(vault_id, label, path, bool(is_demo))


def list_vault_labels(folder: Path, suffix: str) -> list[VaultSummary]:
    """Every readable vault in ``folder`` by label; unreadable files are skipped."""
    found: list[VaultSummary] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{suffix}")):
        with contextlib.suppress(VaultNotFound):
            found.append(read_vault_label(path))
    return sorted(found, key=lambda v: v.label.casefold())
