"""Shredding a member's journal slot: the only thing a facilitator may do to a slot.

A facilitator can never open a member's journal (the journal key is wrapped only by
the member's own passphrase and recovery code). What they can do, when the member
asks to be forgotten, is destroy the slot: its key wraps (so the journal key is gone
for good), every row that belongs to the slot (journal entries, drafts, safety plan,
settings: any table whose ``slot_id`` cascades from ``slots``), its unlock-throttle
counter, and the slot itself. ``secure_delete`` zeroes the freed cells and a TRUNCATE
checkpoint empties the WAL, so nothing of it stays on disk.

The deleting itself is ``storage.accounts.AccountsRepository.shred_slot``; this
module decides who may do it.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.model import Role
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.unit_of_work import UnitOfWork


def shred_slot_in(db: UnitOfWork, slot_id: str) -> bool:
    """Inside an open transaction: destroy a member slot and everything it owns.

    Returns False when there was no such slot. Facilitator slots are refused.
    """
    slot = db.accounts.slot(slot_id)
    if slot is None:
        return False
    if slot.kind != Role.MEMBER.value:
        raise NotPermitted("not_a_member_slot")
    db.accounts.shred_slot(slot_id)
    return True


def shred_slot(vault: Vault, slot_id: str) -> bool:
    """Destroy a member's journal slot for good (facilitators only). Irreversible."""
    vault.require_facilitator()
    with store.transaction(vault) as (db, _keyring, _principal):
        shredded = shred_slot_in(db, slot_id)
    vault.checkpoint()
    return shredded
