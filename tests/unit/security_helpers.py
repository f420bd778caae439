"""Shared helpers for the security-claim tests (crypto.md §5).

Raw SQL access to a vault's file (the attacker's view), bit flipping, marker
generation and byte scanning. Nothing here reaches into the code under test beyond
what an attacker with the data folder, or a test with the vault object, could do.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from safespace_desktop.core.model import Role
from safespace_desktop.crypto import kdf, passphrase, recovery
from safespace_desktop.crypto.keys import SecretKey, key_encryption_key
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.tables import KeyWrap, Slot


# --------------------------------------------------------------------------- raw SQL
def raw_row(vault: Vault, table: str, row_id: str, key: str = "id") -> dict[str, Any]:
    with vault.engine.connect() as connection:
        row = (
            connection.execute(text(f"SELECT * FROM {table} WHERE {key} = :v"), {"v": row_id})
            .mappings()
            .one()
        )
        return dict(row)


def raw_rows(vault: Vault, table: str) -> list[dict[str, Any]]:
    with vault.engine.connect() as connection:
        return [dict(r) for r in connection.execute(text(f"SELECT * FROM {table}")).mappings()]


def raw_update(vault: Vault, table: str, row_id: str, **values: Any) -> None:
    """Change columns of one row behind the application's back, as an attacker would."""
    assignments = ", ".join(f"{column} = :{column}" for column in values)
    with vault.engine.begin() as connection:
        result = connection.execute(
            text(f"UPDATE {table} SET {assignments} WHERE id = :__row_id"),
            {**values, "__row_id": row_id},
        )
        assert result.rowcount == 1, f"{table} row {row_id} not found"


def raw_insert(vault: Vault, table: str, **values: Any) -> None:
    columns = ", ".join(values)
    params = ", ".join(f":{c}" for c in values)
    with vault.engine.begin() as connection:
        connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({params})"), values)


def slot_ids(vault: Vault, kind: Role | None = None) -> list[str]:
    with Session(vault.engine) as db:
        query = db.query(Slot)
        if kind is not None:
            query = query.filter(Slot.kind == kind.value)
        return sorted(s.id for s in query)


def wrap_rows(vault: Vault, slot_id: str | None = None) -> list[KeyWrap]:
    """Detached ORM copies of the key_wraps rows (optionally of one slot)."""
    with Session(vault.engine, expire_on_commit=False) as db:
        query = db.query(KeyWrap)
        if slot_id is not None:
            query = query.filter(KeyWrap.slot_id == slot_id)
        rows = list(query.order_by(KeyWrap.slot_id, KeyWrap.wrapper, KeyWrap.target))
        db.expunge_all()
        return rows


def wrap_row(vault: Vault, slot_id: str, wrapper: str, target: str) -> KeyWrap:
    matches = [r for r in wrap_rows(vault, slot_id) if r.wrapper == wrapper and r.target == target]
    assert len(matches) == 1, (slot_id, wrapper, target, matches)
    return matches[0]


def passphrase_kek(secret: str, row: KeyWrap) -> SecretKey:
    """The KEK a person's passphrase yields for ``row`` (stored salt and parameters)."""
    info = wraps.info(row)
    assert info.params is not None and info.salt is not None
    return key_encryption_key(kdf.derive(passphrase.encode(secret), info.salt, info.params))


def recovery_kek(code: str, row: KeyWrap) -> SecretKey:
    assert row.salt is not None
    return key_encryption_key(recovery.derive_recovery_kek(recovery.parse_code(code), row.salt))


def copy_key(key: SecretKey) -> SecretKey:
    return SecretKey(key.material(), key.key_id)


# --------------------------------------------------------------------------- bytes
def flip_bit(blob: bytes, bit: int) -> bytes:
    out = bytearray(blob)
    out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def new_marker() -> str:
    """A unique 16-hex-digit marker."""
    return secrets.token_hex(8)


def vault_files(directory: Path) -> Iterator[Path]:
    """Every regular file under ``directory`` (DB, -wal, -shm, -journal, anything else)."""
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            yield path


def encoded_forms(marker: str) -> list[bytes]:
    """The byte forms a marker is searched in, after the haystack is ASCII-lowercased.

    Lowercasing the haystack and the needle makes the search case-insensitive, which
    covers the case-folded form of every ASCII marker in both encodings.
    """
    folded = marker.casefold()
    return [folded.encode("utf-8"), folded.encode("utf-16-le")]


def find_markers(files: Iterable[Path], markers: Iterable[str]) -> dict[str, list[str]]:
    """Which markers occur in which file, in UTF-8 or UTF-16-LE, case-insensitively."""
    wanted = list(markers)
    found: dict[str, list[str]] = {}
    for path in files:
        try:
            haystack = path.read_bytes().lower()
        except OSError:
            continue
        hits = [m for m in wanted if any(form in haystack for form in encoded_forms(m))]
        if hits:
            found[str(path)] = hits
    return found


def find_bytes(files: Iterable[Path], needles: Iterable[bytes]) -> dict[str, list[bytes]]:
    wanted = [n for n in needles if n]
    found: dict[str, list[bytes]] = {}
    for path in files:
        data = path.read_bytes()
        hits = [n for n in wanted if n in data]
        if hits:
            found[str(path)] = hits
    return found
