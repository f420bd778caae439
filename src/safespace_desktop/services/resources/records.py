"""Turning a resource's sealed record state into a ``Resource`` and back."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from safespace_desktop.core.resources.model import (
    REVIEW_MONTHS_DEFAULT,
    SERVICE_FIELDS,
    Audience,
    LocalService,
    Resource,
    ResourceDraft,
    ResourceKind,
)
from safespace_desktop.core.sync.record import RecordState


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None  # unreadable: counts as "never checked"


def _kind(value: Any) -> ResourceKind:
    try:
        return ResourceKind(str(value))
    except ValueError:
        return ResourceKind.HANDOUT


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        return ()
    return tuple(str(v) for v in value if isinstance(v, str))


# The sealed fields a ``Resource`` is made of (the list-and-search index keeps these).
RESOURCE_FIELDS: tuple[str, ...] = (
    "title",
    "kind",
    "body",
    "tags",
    "content_note",
    *SERVICE_FIELDS,
    "last_checked",
    "review_months",
    "is_example",
)


def to_resource(record_id: str, rev: int, state: RecordState, audience: Audience) -> Resource:
    return _resource(record_id, rev, state.get, audience)


def from_values(
    record_id: str, rev: int, values: Mapping[str, Any], audience: Audience
) -> Resource:
    """A ``Resource`` from the values ``resource_values`` kept (the index's entries)."""
    return _resource(record_id, rev, values.get, audience)


def resource_values(state: RecordState) -> dict[str, Any]:
    """The current value of each of ``RESOURCE_FIELDS`` that has one."""
    found = {name: state.get(name) for name in RESOURCE_FIELDS}
    return {name: value for name, value in found.items() if value is not None}


def _resource(record_id: str, rev: int, get: Callable[..., Any], audience: Audience) -> Resource:
    months = get("review_months", REVIEW_MONTHS_DEFAULT)
    return Resource(
        id=record_id,
        title=_text(get("title")),
        kind=_kind(get("kind")),
        body=_text(get("body")),
        tags=_strings(get("tags")),
        content_note=_text(get("content_note")),
        audience=audience,
        service=LocalService(
            offers=_text(get("offers")),
            phone=_text(get("phone")),
            address=_text(get("address")),
            hours=_text(get("hours")),
            directions=_text(get("directions")),
            accessibility=_text(get("accessibility")),
        ),
        last_checked=_day(get("last_checked")),
        review_months=months if isinstance(months, int) and months > 0 else REVIEW_MONTHS_DEFAULT,
        is_example=bool(get("is_example", False)),
        rev=rev,
    )


def to_values(draft: ResourceDraft) -> dict[str, Any]:
    """The sealed fields of a cleaned draft (the audience is the table, not a field)."""
    return {
        "title": draft.title,
        "kind": draft.kind.value,
        "body": draft.body,
        "tags": list(draft.tags),
        "content_note": draft.content_note,
        **draft.service.as_dict(),
        "last_checked": draft.last_checked.isoformat() if draft.last_checked else "",
        "review_months": draft.review_months,
    }
