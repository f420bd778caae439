"""Helpers for the journal tests: member accounts and generated entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from benchmarks.datagen import varied_journal_inputs

from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS


@dataclass(frozen=True)
class Account:
    handle: str
    secret: str
    slot_id: str
    recovery_code: str


def add_member(vault: Vault, handle: str, secret: str | None = None) -> Account:
    """Invite and claim a member account; the member is left unlocked."""
    secret = secret or f"{handle} keeps a long passphrase here"
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    invitation = vault.invite_member()
    account = vault.claim_invitation(invitation.code, handle, secret, exact_handle=True)
    return Account(handle, secret, account.principal.slot_id, account.recovery_code)


def facilitator(vault: Vault) -> Account:
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    principal = vault.principal
    assert principal is not None
    return Account(FACILITATOR_HANDLE, FACILITATOR_PASS, principal.slot_id, "")


def today(vault: Vault) -> date:
    return date.fromtimestamp(vault.clock.now())


# The one generator of design-size data (benchmarks/datagen.py) owns the text.
generated_entries = varied_journal_inputs
