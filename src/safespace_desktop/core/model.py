"""Plain data passed between services and the UI. No ORM objects, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.roster import (
    AccessNeed,
    ContactDetails,
    GroupRole,
    MemberStatus,
    TellApart,
)
from safespace_desktop.core.sync.hlc import unpack

# Re-exported: it lives in its own module so the first window need not import this one.
from safespace_desktop.core.vault_summary import VaultSummary as VaultSummary


class Role(StrEnum):
    FACILITATOR = "facilitator"
    MEMBER = "member"


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

    def lock_seconds_for(self, principal: Principal) -> int:
        """Idle time before auto-lock for ``principal``."""
        if principal.is_facilitator:
            return self.facilitator_lock_seconds
        return self.member_lock_seconds


@dataclass(frozen=True)
class MemberDraft:
    """What a facilitator types for a roster entry.

    ``note`` is the facilitator note. The roster fields added later (role, status,
    joining date, access needs) default to None, which means "keep what is stored"
    when updating and "the usual default" when adding, so older callers that only
    know name, pronouns and note never wipe them. Contact details are not part of a
    draft: they need consent (``MembersService.set_contact``).
    """

    name: str
    pronouns: str = ""
    note: str = ""
    role: GroupRole | None = None
    status: MemberStatus | None = None
    joined_on: date | None = None
    access_needs: frozenset[AccessNeed] | None = None
    access_note: str | None = None


class JournalAccess(StrEnum):
    """Where a member's private journal stands, as the roster shows it."""

    NONE = "none"  # never invited, or the invitation was withdrawn
    INVITED = "invited"  # a code was given out and has not been used yet
    ACTIVE = "active"  # they used the code: the journal is theirs


@dataclass(frozen=True)
class Member:
    """A roster entry as facilitators see it.

    ``archived`` is True exactly when ``status`` is LEFT (the Members page calls
    leaving "archive"). After "forget me", ``former_number`` is set, ``name`` reads
    "Former member #n" and every personal field is empty. ``disambiguation`` says
    what tells this entry apart when another has the same name (pronouns, joining
    month, a number), so two Alexes can be told apart wherever names are listed.
    """

    id: str
    name: str
    pronouns: str = ""
    note: str = ""
    archived: bool = False
    has_journal_account: bool = False
    edited_hlc: int = 0
    tags: tuple[str, ...] = field(default_factory=tuple)
    role: GroupRole = GroupRole.MEMBER
    status: MemberStatus = MemberStatus.ACTIVE
    joined_on: date | None = None
    status_since: date | None = None
    access_needs: frozenset[AccessNeed] = field(default_factory=frozenset)
    access_note: str = ""
    contact: ContactDetails = field(default_factory=ContactDetails)
    consents: frozenset[ConsentPurpose] = field(default_factory=frozenset)
    former_number: int | None = None
    # Set when someone else on the roster has the same name.
    disambiguation: TellApart = field(default_factory=TellApart)
    created_hlc: int = 0  # when the entry was first written (orders same-day joiners)
    journal: JournalAccess = JournalAccess.NONE
    journal_slot_id: str = ""  # the slot opened by their invitation ("" if none)
    # The stored revision this was read at: a form passes it back as ``expected_rev`` so
    # a save that started before someone else's edit is refused (StaleEdit), not lost.
    rev: int = 0

    @property
    def forgotten(self) -> bool:
        return self.former_number is not None

    @property
    def facilitator_note(self) -> str:
        return self.note

    @property
    def left_on(self) -> date | None:
        return self.status_since if self.status is MemberStatus.LEFT else None

    def has_consent(self, purpose: ConsentPurpose) -> bool:
        return purpose in self.consents


# --------------------------------------------------------------------------- journals
MOOD_MIN = 1
MOOD_MAX = 5


@dataclass(frozen=True)
class JournalEntryInput:
    """What a person types into the journal editor (for a new or an edited entry).

    ``entry_date`` None means "today". ``prompt`` is the prompt text the entry answers,
    if any (kept with the entry so it still reads well later).
    """

    body: str = ""
    title: str = ""
    entry_date: date | None = None
    mood: int | None = None
    feelings: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    starred: bool = False
    prompt: str = ""


@dataclass(frozen=True)
class JournalEntry:
    """One saved journal entry, newest-first lists are sorted by (entry_date, edited_hlc).

    ``edited`` is True once the entry was changed after it was first saved.
    ``created_hlc`` / ``edited_hlc`` are hybrid-clock times (milliseconds << 16 | counter);
    use ``created_at`` / ``edited_at`` to show them.
    """

    id: str
    title: str
    body: str
    entry_date: date
    mood: int | None = None
    feelings: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    starred: bool = False
    edited: bool = False
    prompt: str = ""
    created_hlc: int = 0
    edited_hlc: int = 0

    @property
    def created_at(self) -> datetime:
        return _hlc_datetime(self.created_hlc)

    @property
    def edited_at(self) -> datetime:
        return _hlc_datetime(self.edited_hlc)

    def to_input(self) -> JournalEntryInput:
        """The editor's starting point when the person edits this entry."""
        return JournalEntryInput(
            body=self.body,
            title=self.title,
            entry_date=self.entry_date,
            mood=self.mood,
            feelings=self.feelings,
            tags=self.tags,
            starred=self.starred,
            prompt=self.prompt,
        )


@dataclass(frozen=True)
class JournalDraft:
    """The autosaved editor content offered back on the next unlock.

    ``editing_id`` names the entry being edited, or None for a new entry.
    """

    entry: JournalEntryInput
    editing_id: str | None = None
    saved_hlc: int = 0

    @property
    def saved_at(self) -> datetime:
        return _hlc_datetime(self.saved_hlc)


@dataclass(frozen=True)
class JournalFilter:
    """Narrowing for the list view; every given criterion must hold.

    - ``text``: every whitespace-separated word must occur (case-insensitively) in
      the title, body, tags or feelings;
    - ``date_from`` / ``date_to``: inclusive bounds on the entry date;
    - ``tags``: the entry carries every one of these tags (case-insensitive);
    - ``moods``: the entry's mood is one of these (entries without a mood are then
      left out);
    - ``starred_only``: only starred entries.
    """

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    tags: tuple[str, ...] = ()
    moods: frozenset[int] = frozenset()
    starred_only: bool = False


@dataclass(frozen=True)
class MoodPoint:
    """Mood over one week (starting Monday) or one month (starting on the 1st)."""

    period_start: date
    average: float
    count: int
    lowest: int
    highest: int


@dataclass(frozen=True)
class JournalPreferences:
    """Private journal settings, sealed under the person's journal key.

    "On this day" is off by default: it can bring back painful days. Group prompts
    reach the journal only if the person opts in.
    """

    show_on_this_day: bool = False
    receive_group_prompts: bool = False


class PromptGroup(StrEnum):
    GRATITUDE = "gratitude"
    COPING = "coping"
    RELATIONSHIPS = "relationships"
    AFTER_A_MEETING = "after_a_meeting"
    HARD_DAYS = "hard_days"


@dataclass(frozen=True)
class Prompt:
    id: str
    group: PromptGroup
    text: str


@dataclass(frozen=True)
class JournalTemplate:
    """A starting text for an entry. ``builtin`` templates ship with the app."""

    id: str
    name: str
    body: str
    builtin: bool = False


@dataclass(frozen=True)
class GroupPrompt:
    """A prompt a facilitator offered the group. It carries nobody's name or answer."""

    id: str
    text: str
    offered_on: date


@dataclass(frozen=True)
class SafetyPlan:
    """A personal safety plan: the six standard sections plus reasons for living.

    Each section is a tuple of short lines the person wrote.
    """

    warning_signs: tuple[str, ...] = ()
    coping_on_my_own: tuple[str, ...] = ()
    distractions: tuple[str, ...] = ()
    people_to_ask: tuple[str, ...] = ()
    professionals: tuple[str, ...] = ()
    safer_surroundings: tuple[str, ...] = ()
    reasons_for_living: tuple[str, ...] = ()
    # The stored revision this was read at (0: never saved). The page passes it back as
    # ``expected_rev`` so a stale save is refused; it is not part of the plan's content.
    rev: int = field(default=0, compare=False)

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name, _title in SAFETY_PLAN_SECTIONS)


# Field name and heading of every safety-plan section, in the order of the plan.
SAFETY_PLAN_SECTIONS: tuple[tuple[str, str], ...] = (
    ("warning_signs", "Warning signs that a crisis may be developing"),
    ("coping_on_my_own", "Things I can do on my own to cope"),
    ("distractions", "People and places that take my mind off things"),
    ("people_to_ask", "People I can ask for help"),
    ("professionals", "Professionals and services I can contact"),
    ("safer_surroundings", "Making my surroundings safer"),
    ("reasons_for_living", "My reasons for living"),
)


def _hlc_datetime(hlc: int) -> datetime:
    """Local time of a hybrid-clock value."""
    milliseconds, _counter = unpack(hlc)
    return datetime.fromtimestamp(milliseconds / 1000).astimezone()
