"""What an operation changed, so pages update the affected rows instead of reloading.

An operation reports a ``ChangeSet``: for each kind of record, the ids it touched, or
``None`` when it cannot say which (then everything of that kind is stale). The UI's
change bus hands it to every page and item model that follows that kind; a page that
is not visible catches up when it is next shown. A sync import and a live meeting
screen report their changes the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class RecordKind(StrEnum):
    """Families of records a page can follow. One per thing a person sees change."""

    MEMBER = "member"
    CONSENT = "consent"
    CONSENT_WORDING = "consent_wording"
    CHECKIN_PAIR = "checkin_pair"
    ROSTER_SETTINGS = "roster_settings"
    AGREEMENT = "agreement"
    JOURNAL_ENTRY = "journal_entry"
    JOURNAL_DRAFT = "journal_draft"
    JOURNAL_SETTINGS = "journal_settings"
    JOURNAL_TEMPLATE = "journal_template"
    GROUP_PROMPT = "group_prompt"
    SAFETY_PLAN = "safety_plan"
    GROUP_SETTINGS = "group_settings"
    ACCOUNT = "account"  # slots, invitations, facilitators, passphrases, recovery codes
    CRISIS_LINE = "crisis_line"
    FORM_DRAFT = "form_draft"  # unsaved typing kept at lock time (never synced)
    # resources (issue 11)
    RESOURCE = "resource"  # the library, both audiences, and its drop-box key
    RESOURCE_SUGGESTION = "resource_suggestion"  # members' suggestions and corrections
    RESOURCE_FAVOURITES = "resource_favourites"  # a person's own favourites
    ATTACHMENT = "attachment"  # attach (issue 11): attachment records and their content
    # meetings (issue 9, meet)
    MEETING_SCHEDULE = "meeting_schedule"
    MEETING = "meeting"
    AGENDA = "agenda"  # agenda segments, public and facilitator-only
    MEETING_TEMPLATE = "meeting_template"
    MEETING_TOPIC = "meeting_topic"
    # attendance, meeting record and follow-ups (issue 9, attend)
    ATTENDANCE = "attendance"  # per-person rows and the per-meeting counts
    MEETING_RECORD = "meeting_record"
    FOLLOW_UP = "follow_up"
    # sync (issue 12): the enrolled devices
    SYNC_DEVICE = "sync_device"
    # feedback (issue 13): anonymous kiosk responses, evaluations and topic drops
    FEEDBACK = "feedback"
    # carekit (issue 13): the co-facilitator rota and the succession checklist
    ROTA = "rota"
    CARE_CHECKLIST = "care_checklist"


@dataclass(frozen=True)
class ChangeSet:
    """Immutable map of record kind → changed ids (``None``: any record of that kind)."""

    _changes: Mapping[RecordKind, frozenset[str] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: RecordKind, *ids: str) -> ChangeSet:
        """Records of ``kind`` with these ids changed; no ids means "some, unknown which"."""
        return cls({kind: frozenset(ids) if ids else None})

    @classmethod
    def kinds(cls, *kinds: RecordKind) -> ChangeSet:
        """Everything of these kinds may have changed."""
        return cls(dict.fromkeys(kinds))

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged: dict[RecordKind, frozenset[str] | None] = dict(self._changes)
        for kind, ids in other._changes.items():
            if kind in merged:
                current = merged[kind]
                merged[kind] = None if current is None or ids is None else current | ids
            else:
                merged[kind] = ids
        return ChangeSet(merged)

    def __bool__(self) -> bool:
        return bool(self._changes)

    def __iter__(self) -> Iterator[RecordKind]:
        return iter(self._changes)

    def touches(self, kinds: Iterable[RecordKind]) -> bool:
        return any(kind in self._changes for kind in kinds)

    def ids(self, kind: RecordKind) -> frozenset[str] | None:
        """Changed ids of ``kind``; ``None`` if all of that kind may have changed.

        Raises ``KeyError`` when ``kind`` did not change at all (ask ``touches`` first).
        """
        return self._changes[kind]

    def only(self, kinds: Iterable[RecordKind]) -> ChangeSet:
        wanted = set(kinds)
        return ChangeSet({k: v for k, v in self._changes.items() if k in wanted})


NO_CHANGES = ChangeSet()
