"""Rename the vault's neutral label (facilitators only).

The label is the one thing about a vault anyone at this PC can read before unlocking:
it is plaintext ``vault_meta.neutral_label``, shown in the vault picker, so it must
never name the group's purpose or a person. It is required, at most ``LABEL_MAX``
characters, and stored without the spaces around it.
"""

from __future__ import annotations

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.text import check_text
from safespace_desktop.services.vault import Vault

LABEL_MAX = 60


def clean_label(label: str) -> str:
    """The label as it will be stored, or ``ValidationError("label", …)``."""
    cleaned = check_text("label", label).strip()
    if not cleaned:
        raise ValidationError("label", "required")
    if len(cleaned) > LABEL_MAX:
        raise ValidationError("label", "too_long", limit=LABEL_MAX)
    return cleaned


def rename_label(vault: Vault, label: str) -> str:
    """Store a new neutral label for the vault; returns the label as stored."""
    cleaned = clean_label(label)
    vault.require_facilitator()
    with vault.transaction() as (db, _keyring, _principal):
        db.set_label(cleaned)
    return cleaned
