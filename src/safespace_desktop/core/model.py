"""Plain data passed between services and the UI. No ORM objects, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Role(StrEnum):
    FACILITATOR = "facilitator"
    MEMBER = "member"


@dataclass(frozen=True)
class VaultSummary:
    """What the vault picker may show before anyone unlocks: nothing sensitive."""

    vault_id: str
    label: str
    path: Path
    is_demo: bool = False


@dataclass(frozen=True)
class Principal:
    """The one person currently unlocked."""

    slot_id: str
    role: Role
    handle: str

    @property
    def is_facilitator(self) -> bool:
        return self.role is Role.FACILITATOR


@dataclass(frozen=True)
class UnlockOutcome:
    principal: Principal
    failed_attempts_since_last_unlock: int = 0
    upgraded_key_protection: bool = False


@dataclass(frozen=True)
class NewAccount:
    """Returned once when an account is created or recovered: the code to copy down."""

    principal: Principal
    recovery_code: str


@dataclass(frozen=True)
class Invitation:
    slot_id: str
    code: str


@dataclass(frozen=True)
class GroupSettings:
    group_name: str
    facilitator_lock_seconds: int = 300
    member_lock_seconds: int = 180


@dataclass(frozen=True)
class MemberDraft:
    """What a facilitator types for a roster entry."""

    name: str
    pronouns: str = ""
    note: str = ""


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    pronouns: str = ""
    note: str = ""
    archived: bool = False
    has_journal_account: bool = False
    edited_hlc: int = 0
    tags: tuple[str, ...] = field(default_factory=tuple)
