"""Shredding a member's journal slot: the only thing a facilitator may do to a slot.

A facilitator can never open a member's journal (the journal key is wrapped only by
the member's own passphrase and recovery code). What they can do, when the member
asks to be forgotten, is destroy the slot: its key wraps (so the journal key is gone
for good), every row that belongs to the slot (journal entries, drafts, safety plan,
settings: any table whose ``slot_id`` cascades from ``slots``), its unlock-throttle
counter, and the slot itself. ``secure_delete`` zeroes the freed cells and a TRUNCATE
checkpoint empties the WAL, so nothing of it stays on disk.

This belongs next to ``Vault.cancel_invitation`` in ``services/vault.py``; it lives
here only because that file was out of bounds for this change.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, delete
from sqlalchemy.orm import Session

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.model import Role
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.tables import Base, Slot, UnlockThrottle


def _slot_tables() -> list[tuple[str, Column[Any]]]:
    """(table name, column) of every column that cascades from ``slots.id``."""
    found: list[tuple[str, Column[Any]]] = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            for foreign_key in column.foreign_keys:
                if (
                    foreign_key.target_fullname == "slots.id"
                    and (foreign_key.ondelete or "").upper() == "CASCADE"
                ):
                    found.append((table.name, column))
    return found


def shred_slot_in(db: Session, slot_id: str) -> bool:
    """Inside an open transaction: destroy a member slot and everything it owns.

    Returns False when there was no such slot. Facilitator slots are refused.
    """
    slot = db.get(Slot, slot_id)
    if slot is None:
        return False
    if slot.kind != Role.MEMBER.value:
        raise NotPermitted("not_a_member_slot")
    for table_name, column in _slot_tables():
        table = Base.metadata.tables[table_name]
        db.execute(delete(table).where(column == slot_id))
    if slot.handle_hash is not None:
        db.execute(delete(UnlockThrottle).where(UnlockThrottle.handle_hash == slot.handle_hash))
    db.delete(slot)
    db.flush()
    return True


def shred_slot(vault: Vault, slot_id: str) -> bool:
    """Destroy a member's journal slot for good (facilitators only). Irreversible."""
    vault.require_facilitator()
    with store.transaction(vault) as (db, _keyring, _principal):
        shredded = shred_slot_in(db, slot_id)
    vault.checkpoint()
    return shredded
