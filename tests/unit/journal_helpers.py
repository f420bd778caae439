"""Helpers for the journal tests: member accounts and generated entries."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from safespace_desktop.core.model import JournalEntryInput
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


WORDS = [
    *[
        "feel",
        "calm",
        "group",
        "meeting",
        "breathing",
        "walk",
        "tired",
        "hopeful",
        "anxious",
        "support",
        "family",
        "sleep",
    ],
    *[
        "morning",
        "evening",
        "coffee",
        "rain",
        "sun",
        "friend",
        "call",
        "plan",
        "week",
        "progress",
        "setback",
    ],
    *["gratitude", "journal", "resource", "coping", "talk", "listen"],
]


def generated_entries(
    count: int, seed: int = 7, end: date | None = None
) -> list[JournalEntryInput]:
    """Entries like the benchmark's: ~580 characters, 1 % say "zanzibar"."""
    rng = random.Random(seed)
    last = end or date(2026, 1, 1)
    out = []
    for i in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(75)) + "."
        if i % 100 == 0:
            body += " Zanzibar postcard."
        out.append(
            JournalEntryInput(
                body=body,
                title=" ".join(rng.choice(WORDS) for _ in range(5)).capitalize(),
                entry_date=last - timedelta(days=rng.randrange(0, 3650)),
                mood=rng.choice((None, 1, 2, 3, 4, 5)),
                feelings=tuple(
                    rng.sample(("calm", "tired", "hopeful", "anxious"), rng.randrange(3))
                ),
                tags=("work",) if i % 10 == 0 else (),
                starred=i % 17 == 0,
            )
        )
    return out
