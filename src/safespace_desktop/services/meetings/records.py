"""Turning the meeting records into the plain values of ``core.meetings.model`` and
back, plus the checks every meeting write applies. Shared by the meetings services;
not a public API."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.meetings.model import (
    LAST_WEEK,
    MAX_MEETING_MINUTES,
    MAX_MINUTES,
    MAX_RESOURCES,
    Cadence,
    Meeting,
    MeetingStatus,
    PublicSegment,
    SchedulePeriod,
    Segment,
    SegmentKind,
)
from safespace_desktop.core.meetings.recurrence import parse_clock
from safespace_desktop.core.roster import clean_text, parse_date
from safespace_desktop.core.sync.record import JsonValue
from safespace_desktop.core.text import check_text
from safespace_desktop.services.roster_store import enum_or
from safespace_desktop.storage.records import LoadedRecord


def occurrence_id(group_id: str, schedule_id: str, occurs_on: date) -> str:
    """The one id a scheduled occurrence gets when it is stored, on every PC: two
    facilitators planning the same Tuesday write the same record, which sync merges."""
    return str(uuid.uuid5(uuid.UUID(group_id), f"meeting:{schedule_id}:{occurs_on.isoformat()}"))


def index_id(group_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), "meeting_index"))


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _ids(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        return ()
    return tuple(v for v in value if isinstance(v, str))


# --------------------------------------------------------------------------- checks
def check_title(field: str, value: str, limit: int, *, required: bool = True) -> str:
    cleaned = clean_text(check_text(field, value))
    if required and not cleaned:
        raise ValidationError(field, "required")
    if len(cleaned) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return cleaned


def check_long_text(field: str, value: str, limit: int) -> str:
    text = check_text(field, value).strip()
    if len(text) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return text


def check_minutes(field: str, value: int, *, maximum: int = MAX_MINUTES, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, "not_whole_number")
    if not minimum <= value <= maximum:
        raise ValidationError(field, "out_of_range", minimum=minimum, maximum=maximum)
    return value


def check_clock(field: str, value: str) -> str:
    parsed = parse_clock(value)
    if parsed is None:
        raise ValidationError(field, "not_a_time")
    return f"{parsed[0]:02d}:{parsed[1]:02d}"


def check_meeting_minutes(value: int) -> int:
    return check_minutes("minutes", value, maximum=MAX_MEETING_MINUTES, minimum=1)


def check_resource_ids(value: tuple[str, ...] | list[str]) -> list[str]:
    ids = [str(v) for v in value]
    if len(ids) > MAX_RESOURCES:
        raise ValidationError("resource_ids", "too_many", limit=MAX_RESOURCES)
    for one in ids:
        try:
            uuid.UUID(one)
        except ValueError:
            raise ValidationError("resource_ids", "not_a_choice") from None
    return list(dict.fromkeys(ids))


def check_week_of_month(value: int) -> int:
    if value not in (1, 2, 3, 4, LAST_WEEK):
        raise ValidationError("week_of_month", "not_a_choice")
    return value


def check_weekday(value: int) -> int:
    if not isinstance(value, int) or not 0 <= value <= 6:
        raise ValidationError("weekday", "not_a_choice")
    return value


# --------------------------------------------------------------------------- decoding
def to_period(record: LoadedRecord) -> SchedulePeriod:
    s = record.state
    return SchedulePeriod(
        id=record.id,
        cadence=enum_or(Cadence, s.get("cadence"), Cadence.WEEKLY),
        weekday=_int(s.get("weekday"), 0),
        start=_str(s.get("start")) or "18:30",
        minutes=_int(s.get("minutes"), 90),
        place=_str(s.get("place")),
        starts_on=parse_date(s.get("starts_on")) or date.min,
        ends_on=parse_date(s.get("ends_on")),
        week_of_month=_int(s.get("week_of_month"), 1),
        template_key=_str(s.get("template_key")),
        rev=record.rev,
    )


def meeting_fields(state: Mapping[str, Any]) -> Meeting:
    """A meeting from its field values (a record's state or an index entry)."""
    return Meeting(
        id=_str(state.get("id")),
        on=parse_date(state.get("on")) or date.min,
        start=_str(state.get("start")) or "18:30",
        minutes=_int(state.get("minutes"), 90),
        place=_str(state.get("place")),
        status=enum_or(MeetingStatus, state.get("status"), MeetingStatus.PLANNED),
        cancel_reason=_str(state.get("cancel_reason")),
        extra=bool(state.get("extra", False)),
        title=_str(state.get("title")),
        schedule_id=_str(state.get("schedule_id")),
        occurs_on=parse_date(state.get("occurs_on")),
        stored=True,
        rev=_int(state.get("rev"), 0),
    )


MEETING_FIELDS = (
    "on",
    "start",
    "minutes",
    "place",
    "status",
    "cancel_reason",
    "extra",
    "title",
    "schedule_id",
    "occurs_on",
)


def meeting_entry(record: LoadedRecord) -> dict[str, JsonValue]:
    """The index entry of one meeting row: its fields, id and revision."""
    entry: dict[str, JsonValue] = {name: record.state.get(name) for name in MEETING_FIELDS}
    entry["id"] = record.id
    entry["rev"] = record.rev
    return entry


def to_meeting(record: LoadedRecord) -> Meeting:
    return meeting_fields(meeting_entry(record))


# On a public segment's group-key row: its links to resources only facilitators can open.
FACILITATOR_LINKS = "facilitator_resource_ids"


def to_public_segment(record: LoadedRecord) -> PublicSegment:
    s = record.state
    return PublicSegment(
        id=record.id,
        position=_int(s.get("position"), 0),
        title=_str(s.get("title")),
        minutes=_int(s.get("minutes"), 0),
        kind=enum_or(SegmentKind, s.get("kind"), SegmentKind.DISCUSSION),
        read_aloud=_str(s.get("read_aloud")),
        resource_ids=_ids(s.get("resource_ids")),
        starts_at=_starts_at(s.get("starts_at")),
    )


def _starts_at(value: object) -> int | None:
    """Minutes after the meeting's start; None on rows saved before starts were kept."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def to_segment(meeting_id: str, private: LoadedRecord, public: LoadedRecord | None) -> Segment:
    """A facilitator's segment: the group-key row, with the commons-key row's content
    when the segment is public."""
    p = private.state
    is_public = bool(p.get("public", True)) and public is not None
    content = public.state if is_public and public is not None else p
    return Segment(
        id=private.id,
        meeting_id=meeting_id,
        position=_int(content.get("position"), 0),
        title=_str(content.get("title")),
        minutes=_int(content.get("minutes"), 0),
        kind=enum_or(SegmentKind, content.get("kind"), SegmentKind.DISCUSSION),
        read_aloud=_str(content.get("read_aloud")),
        note=_str(p.get("note")),
        public=is_public,
        resource_ids=_ids(content.get("resource_ids")) + _ids(p.get(FACILITATOR_LINKS)),
        rev=private.rev,
        public_rev=public.rev if is_public and public is not None else 0,
    )
