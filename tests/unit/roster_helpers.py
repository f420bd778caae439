"""Helpers for the roster tests: proving that erased data is gone from the disk.

Everything the app stores is sealed, so a plaintext marker scan alone would pass even
if an erased value were still on disk inside an old ciphertext. These helpers check
three things instead:
- ``find_markers`` (security_helpers): no marker in any file, in the clear;
- ``old_blob_fragments``: no piece of a ciphertext that held the erased data survives
  in any file (``secure_delete`` zeroed the old cells, the checkpoint emptied the WAL);
- ``decrypted_text``: opening every sealed row with the facilitator's keys shows no
  marker either (nothing erased lives on in the current records or their history).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.tables import SYNCED_TABLES, GroupSettings
from tests.unit.security_helpers import find_bytes, raw_rows, vault_files

COMMONS_TABLES = {"group_settings", "consent_wordings", "agreement_versions"}
FRAGMENT = 24  # bytes of random-looking ciphertext: never found by chance


def sealed_blobs(
    vault: Vault, table: str, ids: Iterable[str], column: str = "payload_sealed"
) -> list[bytes]:
    wanted = set(ids)
    return [bytes(r[column]) for r in raw_rows(vault, table) if r["id"] in wanted]


def fragments(blobs: Iterable[bytes]) -> list[bytes]:
    """A slice from the middle of each ciphertext (past the header and nonce)."""
    out = []
    for blob in blobs:
        middle = max(30, len(blob) // 2 - FRAGMENT // 2)
        out.append(blob[middle : middle + FRAGMENT])
    return out


def old_blob_fragments(directory: Path, blobs: Iterable[bytes]) -> dict[str, list[bytes]]:
    return find_bytes(vault_files(directory), fragments(blobs))


def decrypted_text(vault: Vault) -> str:
    """Every sealed synced row, opened with the unlocked facilitator's keys, as JSON."""
    parts: list[str] = []
    group_id = vault.group_id
    with vault.transaction() as (db, keyring, _principal):
        for table in SYNCED_TABLES:
            name = str(table.__tablename__)  # type: ignore[attr-defined]
            scope = (
                Scope.commons if name in COMMONS_TABLES or table is GroupSettings else Scope.group
            )
            loaded, damaged = SealedRecords(table, scope(group_id)).load_all(
                db, keyring, include_deleted=True
            )
            assert damaged == [], name
            parts += [json.dumps(r.state.to_json(), ensure_ascii=False) for r in loaded]
    return "\n".join(parts).casefold()


def checkpointed_files(vault: Vault, directory: Path) -> list[Path]:
    vault.checkpoint()
    return list(vault_files(directory))
