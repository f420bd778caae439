"""Roster rules: roles, status, access needs, contact details, names (issue 3).

Pure domain, standard library only. The services turn sealed records into these
values and back; the UI shows them. Nothing here reads or writes storage.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from safespace_desktop.core.errors import Problem

NAME_MAX = 80
PRONOUNS_MAX = 40
NOTE_MAX = 4000
ACCESS_NOTE_MAX = 500
PHONE_MAX = 40
EMAIL_MAX = 254
BEST_TIME_MAX = 120

FORMER_MEMBER_PREFIX = "Former member #"


class GroupRole(StrEnum):
    """What someone does in the group (not the same as who may unlock: ``model.Role``)."""

    MEMBER = "member"
    CO_FACILITATOR = "co-facilitator"
    FACILITATOR = "facilitator"


class MemberStatus(StrEnum):
    """Where someone is with the group. "Archived" on the Members page means LEFT."""

    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


class AccessNeed(StrEnum):
    """Common access needs a facilitator can tick; anything else goes in the free text."""

    LARGE_PRINT = "large_print"
    HEARING_LOOP = "hearing_loop"
    STEP_FREE = "step_free_access"
    QUIET_SPACE = "quiet_space"
    INTERPRETER = "interpreter"
    SEAT_NEAR_DOOR = "seat_near_door"
    REGULAR_BREAKS = "regular_breaks"


ACCESS_NEED_LABELS: dict[AccessNeed, str] = {
    AccessNeed.LARGE_PRINT: "Large print",
    AccessNeed.HEARING_LOOP: "Hearing loop",
    AccessNeed.STEP_FREE: "Step-free access",
    AccessNeed.QUIET_SPACE: "Quiet space",
    AccessNeed.INTERPRETER: "Interpreter",
    AccessNeed.SEAT_NEAR_DOOR: "Seat near the door",
    AccessNeed.REGULAR_BREAKS: "Regular breaks",
}

ROLE_LABELS: dict[GroupRole, str] = {
    GroupRole.MEMBER: "Member",
    GroupRole.CO_FACILITATOR: "Co-facilitator",
    GroupRole.FACILITATOR: "Facilitator",
}

STATUS_LABELS: dict[MemberStatus, str] = {
    MemberStatus.ACTIVE: "Active",
    MemberStatus.PAUSED: "Paused",
    MemberStatus.LEFT: "Left",
}


@dataclass(frozen=True)
class ContactDetails:
    """How to reach someone between meetings. Stored only under the consent purpose
    ``contact_between_meetings``; withdrawing that consent erases all four fields.

    ``message_ok`` is None when nobody asked, True/False for "is it OK to leave a message?".
    """

    phone: str = ""
    email: str = ""
    best_time: str = ""
    message_ok: bool | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.phone or self.email or self.best_time) and self.message_ok is None


CONTACT_FIELDS = ("phone", "email", "best_time", "message_ok")


# --------------------------------------------------------------------------- names
def clean_text(text: str) -> str:
    """NFKC-normalised, with runs of whitespace folded to one space and ends trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def name_key(name: str) -> str:
    """What makes two names "the same" for the roster: case, spacing, accents are kept
    apart only where people would, punctuation is ignored ("Alex B." == "alex b")."""
    folded = clean_text(name).casefold()
    kept = "".join(ch for ch in folded if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.split())


def first_word_key(name: str) -> str:
    key = name_key(name)
    return key.split(" ", 1)[0] if key else ""


def former_member_name(number: int | None) -> str:
    return f"{FORMER_MEMBER_PREFIX}{number if number is not None else '?'}"


def suggest_distinct_name(name: str, taken_keys: set[str]) -> str:
    """A kind default the facilitator can accept or change: "Alex (2)", "Alex (3)", …"""
    base = clean_text(name)
    number = 2
    while name_key(f"{base} ({number})") in taken_keys:
        number += 1
    return f"{base} ({number})"


def similar_names(name: str, others: list[str]) -> list[str]:
    """Roster names that share a first word with ``name`` (but are not identical)."""
    key = name_key(name)
    first = first_word_key(name)
    if not first:
        return []
    return [o for o in others if first_word_key(o) == first and name_key(o) != key]


# --------------------------------------------------------------------------- contact
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.][^@\s]*$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-. /]*(?:(?:ext|x)\.? ?[0-9]+)?$", re.IGNORECASE)


def email_problem(email: str) -> Problem | None:
    """What is wrong when ``email`` does not look like an address, else None."""
    if not email:
        return None
    if len(email) > EMAIL_MAX:
        return Problem("too_long", {"limit": EMAIL_MAX})
    if not _EMAIL.match(email):
        return Problem("invalid")
    return None


def phone_problem(phone: str) -> Problem | None:
    if not phone:
        return None
    if len(phone) > PHONE_MAX:
        return Problem("too_long", {"limit": PHONE_MAX})
    if not _PHONE_CHARS.match(phone) or sum(ch.isdigit() for ch in phone) < 3:
        return Problem("invalid")
    return None


# --------------------------------------------------------------------------- dates
def today_from(seconds: float) -> date:
    """The local calendar date at ``seconds`` since the epoch (from an injected clock)."""
    return date.fromtimestamp(seconds)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def parse_date(value: object) -> date | None:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class NameHint:
    """What the Members page can say while a name is typed (the UI words it).

    ``exact`` True means someone already has this ``name`` (saving is still allowed);
    ``similar`` lists other names with the same first word, to help tell people apart.
    """

    exact: bool
    similar: tuple[str, ...]
    suggestion: str
    name: str


@dataclass(frozen=True)
class TellApart:
    """What tells a roster entry apart from others with the same name (the UI words it,
    e.g. "they/them, joined Mar 2027" or "no. 2"). Empty when the name is not shared.

    ``joined_month`` is the first day of the joining month; ``number`` the position by
    joining order, given only when pronouns and month still leave two the same.
    """

    pronouns: str = ""
    joined_month: date | None = None
    number: int | None = None

    def __bool__(self) -> bool:
        return bool(self.pronouns) or self.joined_month is not None or self.number is not None


@dataclass(frozen=True)
class CheckinPair:
    """Two members who agreed to check in with each other between meetings."""

    id: str
    member_ids: tuple[str, str]
    names: tuple[str, str]
    since: date | None

    def involves(self, member_id: str) -> bool:
        return member_id in self.member_ids


@dataclass(frozen=True)
class RetentionCandidate:
    """Someone who left long enough ago that the facilitators may want to forget them.

    ``left_on`` is None for an old entry archived before dates were kept.
    """

    member_id: str
    name: str
    left_on: date | None
    months_since: int | None


@dataclass(frozen=True)
class ForgetResult:
    member_id: str
    former_name: str
    former_number: int
    consents_withdrawn: int
    pairs_dissolved: int
    journal_shredded: bool


def whole_months_between(start: date, end: date) -> int:
    """Completed calendar months from ``start`` to ``end`` (0 if ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    return max(0, months)
