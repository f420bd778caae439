"""Consent purposes, consent records and the plain-language wording (issue 3).

Every optional roster field belongs to exactly one purpose. A field can be saved only
while its purpose is consented to, and withdrawing the consent erases what it covered.
The default texts below are written for this app in plain language; each vault can
edit them, and every edit is a new version (a consent record keeps the version the
person was shown).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from safespace_desktop.core.roster import CONTACT_FIELDS

WORDING_TITLE_MAX = 120
WORDING_TEXT_MAX = 8000


class ConsentPurpose(StrEnum):
    CONTACT_BETWEEN_MEETINGS = "contact_between_meetings"
    KEEP_ATTENDANCE_HISTORY = "keep_attendance_history"
    CHECKIN_PAIRING = "checkin_pairing"


class ConsentMethod(StrEnum):
    """How the consent was given."""

    IN_PERSON = "in_person"
    ON_PAPER = "on_paper"


class ConsentEnd(StrEnum):
    """Why a consent record stopped being active."""

    WITHDRAWN = "withdrawn"  # the person changed their mind
    RENEWED = "renewed"  # replaced by consent to a newer wording (nothing erased)
    FORGOTTEN = "forgotten"  # the person asked to be forgotten


class WordingKind(StrEnum):
    """Texts a newcomer is shown: the confidentiality statement and one per purpose."""

    CONFIDENTIALITY = "confidentiality"
    CONTACT_BETWEEN_MEETINGS = "contact_between_meetings"
    KEEP_ATTENDANCE_HISTORY = "keep_attendance_history"
    CHECKIN_PAIRING = "checkin_pairing"

    @classmethod
    def of(cls, purpose: ConsentPurpose) -> WordingKind:
        return cls(purpose.value)


# Roster fields each purpose covers; withdrawing the consent erases them.
PURPOSE_FIELDS: dict[ConsentPurpose, tuple[str, ...]] = {
    ConsentPurpose.CONTACT_BETWEEN_MEETINGS: CONTACT_FIELDS,
    # Attendance rows live in their own records (services/attendance.py checks this
    # purpose before it links a meeting row to a person; otherwise it only counts heads);
    # withdrawing erases the rows and adds them to the meeting's counts.
    ConsentPurpose.KEEP_ATTENDANCE_HISTORY: (),
    # Check-in pairs live in their own records; withdrawing dissolves them.
    ConsentPurpose.CHECKIN_PAIRING: (),
}

PURPOSE_ORDER: tuple[ConsentPurpose, ...] = (
    ConsentPurpose.CONTACT_BETWEEN_MEETINGS,
    ConsentPurpose.KEEP_ATTENDANCE_HISTORY,
    ConsentPurpose.CHECKIN_PAIRING,
)

DEFAULT_WORDINGS: dict[WordingKind, tuple[str, str]] = {
    WordingKind.CONFIDENTIALITY: (
        "What stays in the room",
        "What people share in this group stays in this group. We do not repeat who came "
        "or what anyone said, and we ask everyone here to do the same.\n"
        "The facilitators keep a short list of members: a first name or a name you choose, "
        "and only the other details you agree to on the next pages. You can ask to see "
        "what we keep, to change it, or to have it removed, at any time.\n"
        "There is one rare exception. If someone tells us that they or another person are "
        "in serious and immediate danger, a facilitator may need to get help from outside "
        "the group. Whenever we can, we will talk with that person first.\n"
        "This is a peer support group. We listen and share what we have lived through; we "
        "are not a replacement for a doctor, a therapist or emergency services.",
    ),
    WordingKind.CONTACT_BETWEEN_MEETINGS: (
        "Contact between meetings",
        "May a facilitator get in touch with you between meetings, for example when a "
        "meeting moves or if you asked us to check in? If you say yes, you choose which "
        "details to give (a phone number, an email address or both), the best time to "
        "reach you, and whether we may leave a message. Saying no changes nothing about "
        "your place in the group. If you change your mind later, we delete these details.",
    ),
    WordingKind.KEEP_ATTENDANCE_HISTORY: (
        "Keeping your attendance history",
        "May we note which meetings you come to? It helps us remember when you joined and "
        "see how the group is doing. If you say no, we only count how many people came, "
        "without your name. You can change your mind at any time.",
    ),
    WordingKind.CHECKIN_PAIRING: (
        "Check-in pairs",
        "Some members like to be paired with another member to check in with each other "
        "between meetings. If you say yes, a facilitator may pair you with someone who has "
        "also said yes and tell them your first name, so the two of you can agree how to "
        "keep in touch. You can stop at any time, and your pairing ends straight away.",
    ),
}


@dataclass(frozen=True)
class Wording:
    """One version of a text shown to newcomers. Versions are never edited in place."""

    id: str
    kind: WordingKind
    version: int
    title: str
    text: str
    created_on: date | None = None
    stored: bool = True  # False only for a built-in default nobody has used yet


@dataclass(frozen=True)
class ConsentRecord:
    """One consent given by one member for one purpose; the consent log is a list of these.

    Records hold no free text: purpose, the wording version shown, dates and method.
    """

    id: str
    member_id: str
    purpose: ConsentPurpose
    wording_version: int
    given_on: date
    method: ConsentMethod
    withdrawn_on: date | None = None
    ended: ConsentEnd | None = None
    wording_id: str = ""

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None
