"""Values the meetings services hand to the UI: schedule periods, meetings, agenda
segments, templates and backlog topics. Plain frozen dataclasses; ``rev`` is the stored
revision an editor states back as ``expected_rev`` when it saves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

TITLE_MAX = 120
PLACE_MAX = 200
REASON_MAX = 500
READ_ALOUD_MAX = 20_000
NOTE_MAX = 4000
TOPIC_MAX = 300
MAX_MINUTES = 600
MAX_MEETING_MINUTES = 24 * 60
MAX_SEGMENTS = 60
MAX_RESOURCES = 40
UPCOMING_COUNT = 8


class Cadence(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"  # the nth weekday of the month ("second Tuesday")
    ONE_OFF = "one_off"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class SegmentKind(StrEnum):
    WELCOME = "welcome"
    READING = "reading"  # reading aloud (a preamble, the guidelines, a reading)
    AGREEMENT = "agreement"  # the group agreement: shows the current adopted version
    CHECK_IN = "check_in"
    AGENDA_SETTING = "agenda_setting"
    DISCUSSION = "discussion"
    BREAK = "break"
    CHECK_OUT = "check_out"
    CLOSING = "closing"


class TopicStatus(StrEnum):
    OPEN = "open"
    PICKED = "picked"  # picked into an agenda (a discussion segment)
    DROPPED = "dropped"


class TopicSource(StrEnum):
    FACILITATOR = "facilitator"
    RAISED_AT_MEETING = "raised_at_meeting"
    SUGGESTED = "suggested"  # feedback (issue 13): from the kiosk or a member, no name


LAST_WEEK = -1  # ``week_of_month`` for "the last Tuesday of the month"


@dataclass(frozen=True)
class SchedulePeriod:
    """One stretch of the schedule: from ``starts_on`` (to ``ends_on``, inclusive) the
    group meets with this cadence. Changing the cadence ends the current period and
    starts a new one, so meetings before the change stay as they were."""

    id: str
    cadence: Cadence
    weekday: int  # Monday 0 … Sunday 6 (ignored for one-off)
    start: str  # "HH:MM"
    minutes: int
    place: str
    starts_on: date
    ends_on: date | None = None
    week_of_month: int = 1  # 1..4 or LAST_WEEK, for the monthly cadence
    template_key: str = ""
    rev: int = 0


@dataclass(frozen=True)
class Meeting:
    """A meeting. ``stored`` is False for an occurrence the schedule promises that has
    no record yet (nothing planned, moved or cancelled); ``MeetingsService.ensure``
    stores it under the same deterministic id."""

    id: str
    on: date
    start: str
    minutes: int
    place: str
    status: MeetingStatus = MeetingStatus.PLANNED
    cancel_reason: str = ""
    extra: bool = False
    title: str = ""
    schedule_id: str = ""
    occurs_on: date | None = None
    stored: bool = True
    rev: int = 0

    @property
    def cancelled(self) -> bool:
        return self.status is MeetingStatus.CANCELLED

    @property
    def moved(self) -> bool:
        return self.occurs_on is not None and self.occurs_on != self.on


@dataclass(frozen=True)
class Segment:
    """One agenda segment. Public segments (and their text) are sealed under the
    commons key so members can read them; ``note`` and every internal segment live
    under the group key only."""

    id: str
    meeting_id: str
    position: int
    title: str
    minutes: int
    kind: SegmentKind
    read_aloud: str = ""
    note: str = ""
    public: bool = True
    resource_ids: tuple[str, ...] = ()
    rev: int = 0  # revision of the facilitator (group-key) row
    public_rev: int = 0  # revision of the members' (commons-key) row, 0 when internal


@dataclass(frozen=True)
class PublicSegment:
    """What a member sees of a public segment."""

    id: str
    position: int
    title: str
    minutes: int
    kind: SegmentKind
    read_aloud: str = ""
    resource_ids: tuple[str, ...] = ()
    # Minutes after the meeting's start, counting internal segments before it too;
    # None on segments saved before starts were kept.
    starts_at: int | None = None


@dataclass(frozen=True)
class SegmentDraft:
    """A segment before it is stored (a template's line, or the editor's new row)."""

    title: str
    minutes: int
    kind: SegmentKind
    read_aloud: str = ""
    note: str = ""
    public: bool = True
    resource_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingTemplate:
    """A meeting format: built in (``builtin``) or saved by the group (``id`` set)."""

    key: str
    name: str
    description: str
    minutes: int
    segments: tuple[SegmentDraft, ...]
    builtin: bool = True
    id: str = ""
    rev: int = 0


@dataclass(frozen=True)
class Topic:
    id: str
    text: str
    source: TopicSource
    added_on: date | None
    status: TopicStatus = TopicStatus.OPEN
    raised_meeting_id: str = ""
    picked_meeting_id: str = ""
    rev: int = 0


@dataclass(frozen=True)
class MeetingDetail:
    """One meeting with its agenda, for facilitators."""

    meeting: Meeting
    segments: tuple[Segment, ...] = field(default_factory=tuple)
    agreement_version: int | None = None  # the adopted version an agreement segment shows
    agreement_title: str = ""
    agreement_text: str = ""


@dataclass(frozen=True)
class MemberMeeting:
    """One meeting as a member sees it: the meeting and its public agenda only."""

    meeting: Meeting
    segments: tuple[PublicSegment, ...] = field(default_factory=tuple)
