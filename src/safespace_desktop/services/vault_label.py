"""Rename the vault's neutral label (facilitators only).

The label is the one thing about a vault anyone at this PC can read before unlocking:
it is plaintext ``vault_meta.neutral_label``, shown in the vault picker, so it must
never name the group's purpose or a person. It is required, at most ``LABEL_MAX``
characters, and stored without the spaces around it.
"""

from __future__ import annotations

from safespace_desktop.core.errors import ValidationError, VaultNotFound
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.tables import VaultMeta

LABEL_MAX = 60


def clean_label(label: str) -> str:
    """The label as it will be stored, or ``ValidationError("label", …)``."""
    cleaned = label.strip()
    if not cleaned:
        raise ValidationError("label", "Please give this vault a label for the vault list.")
    if len(cleaned) > LABEL_MAX:
        raise ValidationError("label", f"Please keep the label under {LABEL_MAX} characters.")
    return cleaned


def rename_label(vault: Vault, label: str) -> str:
    """Store a new neutral label for the vault; returns the label as stored."""
    cleaned = clean_label(label)
    vault.require_facilitator()
    with vault.transaction() as (db, _keyring, _principal):
        meta = db.get(VaultMeta, 1)
        if meta is None:
            raise VaultNotFound("This file is not a SafeSpace vault.")
        meta.neutral_label = cleaned
    return cleaned
