"""What a coping resource is, how a typed draft is checked, and when one needs review.

A resource is a handout, an exercise, a reading or a local service. Its audience
decides which key seals it: members and facilitators (the commons key) or facilitators
only (the group key). A local service, and any resource that gives a phone number or
an address, carries a "last checked" date and a review interval: numbers and opening
hours go stale (domain.md F3), so a quiet reminder lists those due.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.roster import add_months
from safespace_desktop.core.text import check_text, check_texts

TITLE_MAX = 160
BODY_MAX = 50_000
CONTENT_NOTE_MAX = 200
TAG_MAX = 40
TAGS_MAX = 20
SERVICE_FIELD_MAX = 500
REVIEW_MONTHS_DEFAULT = 6
REVIEW_MONTHS_MIN = 1
REVIEW_MONTHS_MAX = 36


class ResourceKind(StrEnum):
    HANDOUT = "handout"
    EXERCISE = "exercise"
    READING = "reading"
    LOCAL_SERVICE = "local_service"


class Audience(StrEnum):
    """Who may read a resource, and so which key seals it."""

    MEMBERS = "members"  # members and facilitators: the commons key
    FACILITATORS = "facilitators"  # facilitators only: the group key


@dataclass(frozen=True)
class LocalService:
    """What a local service offers and how to reach it. Every field is optional text."""

    offers: str = ""
    phone: str = ""
    address: str = ""
    hours: str = ""
    directions: str = ""
    accessibility: str = ""

    def is_empty(self) -> bool:
        return not any(self.as_dict().values())

    def as_dict(self) -> dict[str, str]:
        return {
            "offers": self.offers,
            "phone": self.phone,
            "address": self.address,
            "hours": self.hours,
            "directions": self.directions,
            "accessibility": self.accessibility,
        }


SERVICE_FIELDS: tuple[str, ...] = tuple(LocalService().as_dict())


@dataclass(frozen=True)
class ResourceDraft:
    """What a facilitator typed into the editor (or what an imported file holds)."""

    title: str
    kind: ResourceKind = ResourceKind.HANDOUT
    body: str = ""
    tags: tuple[str, ...] = ()
    content_note: str = ""
    audience: Audience = Audience.MEMBERS
    service: LocalService = field(default_factory=LocalService)
    last_checked: date | None = None
    review_months: int = REVIEW_MONTHS_DEFAULT


@dataclass(frozen=True)
class Resource:
    """One resource as people see it. ``rev`` is the stored revision it was read at:
    the editor passes it back as ``expected_rev`` so a stale save is refused."""

    id: str
    title: str
    kind: ResourceKind
    body: str
    tags: tuple[str, ...]
    content_note: str
    audience: Audience
    service: LocalService
    last_checked: date | None
    review_months: int
    is_example: bool
    rev: int

    @property
    def needs_checking(self) -> bool:
        """Local services and anything with a phone number or address get checked."""
        return needs_checking(self.kind, self.service)

    def review_due_on(self) -> date | None:
        """The day a check falls due (None if this resource needs no checks)."""
        if not self.needs_checking or self.last_checked is None:
            return None
        return add_months(self.last_checked, self.review_months)

    def due_for_review(self, today: date) -> bool:
        """Needs checks, and was never checked or its interval has passed."""
        if not self.needs_checking:
            return False
        due = self.review_due_on()
        return due is None or due < today

    def draft(self) -> ResourceDraft:
        return ResourceDraft(
            title=self.title,
            kind=self.kind,
            body=self.body,
            tags=self.tags,
            content_note=self.content_note,
            audience=self.audience,
            service=self.service,
            last_checked=self.last_checked,
            review_months=self.review_months,
        )


@dataclass(frozen=True)
class ResourceSummary:
    """What an agenda segment shows of a linked resource."""

    id: str
    title: str
    kind: ResourceKind
    audience: Audience
    content_note: str


def needs_checking(kind: ResourceKind, service: LocalService) -> bool:
    return kind is ResourceKind.LOCAL_SERVICE or bool(service.phone.strip() or service.address)


def _line(field_name: str, value: str, limit: int) -> str:
    text = " ".join(check_text(field_name, str(value)).split())
    if len(text) > limit:
        raise ValidationError(field_name, "too_long", limit=limit)
    return text


def _block(field_name: str, value: str, limit: int) -> str:
    text = check_text(field_name, str(value)).replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        raise ValidationError(field_name, "too_long", limit=limit)
    return text


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, lower-cased, without repeats, in the order typed."""
    seen: list[str] = []
    for tag in check_texts("tags", tuple(tags)):
        cleaned = " ".join(tag.split()).strip(" ,#").casefold()
        if not cleaned:
            continue
        if len(cleaned) > TAG_MAX:
            raise ValidationError("tags", "too_long", limit=TAG_MAX)
        if cleaned not in seen:
            seen.append(cleaned)
    if len(seen) > TAGS_MAX:
        raise ValidationError("tags", "too_many", limit=TAGS_MAX)
    return tuple(seen)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as one line, separated by commas."""
    return clean_tags(part for part in text.split(","))


def clean_draft(draft: ResourceDraft) -> ResourceDraft:
    """The draft with its text trimmed and checked, or a ValidationError naming the field."""
    title = _line("title", draft.title, TITLE_MAX)
    if not title:
        raise ValidationError("title", "required", record="resource")
    kind = ResourceKind(draft.kind)
    service = LocalService(
        offers=_block("offers", draft.service.offers, SERVICE_FIELD_MAX),
        phone=_line("phone", draft.service.phone, 60),
        address=_block("address", draft.service.address, SERVICE_FIELD_MAX),
        hours=_block("hours", draft.service.hours, SERVICE_FIELD_MAX),
        directions=_block("directions", draft.service.directions, SERVICE_FIELD_MAX),
        accessibility=_block("accessibility", draft.service.accessibility, SERVICE_FIELD_MAX),
    )
    if not (REVIEW_MONTHS_MIN <= int(draft.review_months) <= REVIEW_MONTHS_MAX):
        raise ValidationError(
            "review_months", "out_of_range", minimum=REVIEW_MONTHS_MIN, maximum=REVIEW_MONTHS_MAX
        )
    return ResourceDraft(
        title=title,
        kind=kind,
        body=_block("body", draft.body, BODY_MAX),
        tags=clean_tags(draft.tags),
        content_note=_line("content_note", draft.content_note, CONTENT_NOTE_MAX),
        audience=Audience(draft.audience),
        service=service,
        last_checked=draft.last_checked,
        review_months=int(draft.review_months),
    )


@dataclass(frozen=True)
class SuggestionDraft:
    """What a member sends: a new resource or a correction, signed only if they choose."""

    text: str
    title: str = ""
    resource_id: str = ""  # set for a correction to an existing resource
    from_name: str = ""  # empty: anonymous


@dataclass(frozen=True)
class Suggestion:
    id: str
    text: str
    title: str
    resource_id: str
    from_name: str
    received_on: date | None
    handled: bool
    rev: int


SUGGESTION_TEXT_MAX = 4_000
SUGGESTION_NAME_MAX = 80


def clean_suggestion(draft: SuggestionDraft) -> SuggestionDraft:
    text = _block("text", draft.text, SUGGESTION_TEXT_MAX)
    if not text:
        raise ValidationError("text", "required", record="suggestion")
    return SuggestionDraft(
        text=text,
        title=_line("title", draft.title, TITLE_MAX),
        resource_id=draft.resource_id.strip(),
        from_name=_line("from_name", draft.from_name, SUGGESTION_NAME_MAX),
    )
