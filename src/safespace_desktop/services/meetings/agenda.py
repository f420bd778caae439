"""Agenda segments of a meeting (issue 9): add, edit, reorder, remove, fill from a
template, and the members' view.

Every segment has a group-key row in ``agenda_private`` (its facilitator-only note and
public flag; for an internal segment, all of its content). A PUBLIC segment's content
(title, minutes, kind, read-aloud text, position, resource links) lives in
``agenda_segments`` under the commons key, which is all a member's keys can open.
Making a segment internal tombstones its commons row and moves the content to the
group-key row, so no member session can ever read an internal item.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from safespace_desktop.core.errors import NotFound, ValidationError
from safespace_desktop.core.meetings.model import (
    MAX_SEGMENTS,
    NOTE_MAX,
    READ_ALOUD_MAX,
    TITLE_MAX,
    Meeting,
    MeetingDetail,
    MeetingTemplate,
    MemberMeeting,
    Segment,
    SegmentDraft,
    SegmentKind,
)
from safespace_desktop.core.sync.record import DELETED_FIELD, JsonValue, RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.meetings.records import (
    FACILITATOR_LINKS,
    check_long_text,
    check_minutes,
    check_resource_ids,
    check_title,
    to_meeting,
    to_public_segment,
    to_segment,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

_CONTENT = ("position", "title", "minutes", "kind", "read_aloud", "resource_ids")
STARTS_AT = "starts_at"  # public rows only: minutes after the meeting starts


def _split_links(
    db: UnitOfWork, keyring: KeyRing, ids: JsonValue
) -> tuple[list[JsonValue], list[JsonValue]]:
    """Linked resource ids members can open (the commons library), and the rest."""
    shared: list[JsonValue] = []
    others: list[JsonValue] = []
    for resource_id in ids if isinstance(ids, list) else []:
        record = db.group.resources_shared.get(db, keyring, str(resource_id))
        visible = record is not None and not record.state.deleted
        (shared if visible else others).append(resource_id)
    return shared, others


def _checked(draft: SegmentDraft) -> dict[str, JsonValue]:
    return {
        "title": check_title("title", draft.title, TITLE_MAX),
        "minutes": check_minutes("minutes", draft.minutes),
        "kind": SegmentKind(draft.kind).value,
        "read_aloud": check_long_text("read_aloud", draft.read_aloud, READ_ALOUD_MAX),
        "note": check_long_text("note", draft.note, NOTE_MAX),
        "public": bool(draft.public),
        "resource_ids": check_resource_ids(draft.resource_ids),
    }


class AgendaService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- reading -------------------------------------------------------------------
    @staticmethod
    def _meeting(db: UnitOfWork, keyring: KeyRing, meeting_id: str) -> Meeting:
        record = db.group.meetings.get(db, keyring, meeting_id)
        if record is None or record.state.deleted:
            raise NotFound("meeting_gone")
        return to_meeting(record)

    @staticmethod
    def _rows(
        db: UnitOfWork, keyring: KeyRing, meeting_id: str
    ) -> tuple[dict[str, LoadedRecord], dict[str, LoadedRecord]]:
        private, _d1 = db.group.agenda_private.load_where(
            db, keyring, include_deleted=True, meeting_id=meeting_id
        )
        public, _d2 = db.group.agenda_segments.load_where(
            db, keyring, include_deleted=True, meeting_id=meeting_id
        )
        return {r.id: r for r in private}, {r.id: r for r in public}

    def _segments(self, db: UnitOfWork, keyring: KeyRing, meeting_id: str) -> list[Segment]:
        private, public = self._rows(db, keyring, meeting_id)
        found = []
        for record_id, record in private.items():
            if record.state.deleted:
                continue
            shared = public.get(record_id)
            if shared is not None and shared.state.deleted:
                shared = None
            found.append(to_segment(meeting_id, record, shared))
        return sorted(found, key=lambda s: (s.position, s.id))

    def detail(self, meeting_id: str) -> MeetingDetail:
        """The meeting and its whole agenda (facilitators), with the adopted agreement
        when the agenda has a group-agreement segment."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            meeting = self._meeting(db, keyring, meeting_id)
            segments = self._segments(db, keyring, meeting_id)
        return self._with_agreement(
            MeetingDetail(meeting, tuple(segments)), (s.kind for s in segments)
        )

    def _with_agreement(self, detail: MeetingDetail, kinds: Iterable[SegmentKind]) -> MeetingDetail:
        if SegmentKind.AGREEMENT not in set(kinds):
            return detail
        current = AgreementService(self._vault).current_for_members()
        if current is None:
            return detail
        return replace(
            detail,
            agreement_version=current.number,
            agreement_title=current.title,
            agreement_text=current.text,
        )

    def for_members(self, meeting_id: str) -> MemberMeeting:
        """The meeting and its PUBLIC segments only. Works in a member's session: it
        reads only commons-key rows."""
        with store.transaction(self._vault) as (db, keyring, _principal):
            meeting = self._meeting(db, keyring, meeting_id)
            loaded, _damaged = db.group.agenda_segments.load_where(
                db, keyring, meeting_id=meeting_id
            )
        segments = sorted(map(to_public_segment, loaded), key=lambda s: (s.position, s.id))
        return MemberMeeting(meeting, tuple(segments))

    # -- writing -------------------------------------------------------------------
    def _write_segment(
        self,
        db: UnitOfWork,
        keyring: KeyRing,
        meeting_id: str,
        segment_id: str,
        values: dict[str, JsonValue],
        private: LoadedRecord | None,
        public: LoadedRecord | None,
    ) -> None:
        """Write one segment's full values to the right rows."""
        is_public = bool(values["public"])
        content = {k: values[k] for k in _CONTENT}
        private_state = private.state if private is not None else RecordState()
        private_changes: dict[str, JsonValue] = {"public": is_public, "note": values["note"]}
        if private is not None and private.state.deleted:
            private_changes[DELETED_FIELD] = False
        if is_public:
            # The group-key row keeps no copy of public content. Links to resources
            # members cannot open stay on it: members never see even their ids.
            shared, facilitators_only = _split_links(db, keyring, content["resource_ids"])
            content["resource_ids"] = shared
            private_changes |= dict.fromkeys(_CONTENT)
            private_changes[FACILITATOR_LINKS] = facilitators_only
        else:
            private_changes |= content
            private_changes[FACILITATOR_LINKS] = None
        store.write(
            self._vault,
            db,
            db.group.agenda_private,
            keyring.group_key,
            segment_id,
            private_state,
            private_changes,
            meeting_id=meeting_id,
        )
        public_repo = db.group.agenda_segments
        if is_public:
            public_state = public.state if public is not None else RecordState()
            changes = {k: v for k, v in content.items() if public_state.get(k) != v}
            if public_state.deleted:
                changes[DELETED_FIELD] = False
            if changes or public is None:
                store.write(
                    self._vault,
                    db,
                    public_repo,
                    keyring.commons_key,
                    segment_id,
                    public_state,
                    changes,
                    meeting_id=meeting_id,
                )
        elif public is not None and not public.state.deleted:
            # Blank the members' copy as well as tombstoning it.
            blank: dict[str, JsonValue] = dict.fromkeys(_CONTENT)
            store.write(
                self._vault,
                db,
                public_repo,
                keyring.commons_key,
                segment_id,
                public.state,
                {**blank, DELETED_FIELD: True},
                meeting_id=meeting_id,
            )

    def _values(self, segment: Segment) -> dict[str, JsonValue]:
        return {
            "position": segment.position,
            "title": segment.title,
            "minutes": segment.minutes,
            "kind": segment.kind.value,
            "read_aloud": segment.read_aloud,
            "note": segment.note,
            "public": segment.public,
            "resource_ids": list(segment.resource_ids),
        }

    def _publish_starts(self, db: UnitOfWork, keyring: KeyRing, meeting_id: str) -> None:
        """Give each public segment its start, in minutes after the meeting starts,
        counted over every segment before it. Members cannot open internal segments, so
        they learn only that time passes before a public one, as on a printed agenda."""
        _private, public = self._rows(db, keyring, meeting_id)
        offset = 0
        for segment in self._segments(db, keyring, meeting_id):
            row = public.get(segment.id)
            stale = (
                segment.public
                and row is not None
                and not row.state.deleted
                and row.state.get(STARTS_AT) != offset
            )
            if stale and row is not None:
                store.write(
                    self._vault,
                    db,
                    db.group.agenda_segments,
                    keyring.commons_key,
                    segment.id,
                    row.state,
                    {STARTS_AT: offset},
                    meeting_id=meeting_id,
                )
            offset += segment.minutes

    def _insert(
        self,
        db: UnitOfWork,
        keyring: KeyRing,
        meeting_id: str,
        drafts: Sequence[SegmentDraft],
        position: int | None,
    ) -> list[str]:
        current = self._segments(db, keyring, meeting_id)
        if len(current) + len(drafts) > MAX_SEGMENTS:
            raise ValidationError("segments", "too_many", limit=MAX_SEGMENTS)
        checked = [_checked(d) for d in drafts]
        at = len(current) if position is None else max(0, min(position, len(current)))
        new_ids = [store.new_id() for _ in drafts]
        order = [s.id for s in current]
        order[at:at] = new_ids
        private, public = self._rows(db, keyring, meeting_id)
        by_id = {s.id: s for s in current}
        for index, segment_id in enumerate(order):
            if segment_id in by_id:
                segment = by_id[segment_id]
                if segment.position != index:
                    values = self._values(segment) | {"position": index}
                    self._write_segment(
                        db,
                        keyring,
                        meeting_id,
                        segment_id,
                        values,
                        private.get(segment_id),
                        public.get(segment_id),
                    )
            else:
                values = checked[new_ids.index(segment_id)] | {"position": index}
                self._write_segment(db, keyring, meeting_id, segment_id, values, None, None)
        self._publish_starts(db, keyring, meeting_id)
        return new_ids

    def check_meeting(self, db: UnitOfWork, keyring: KeyRing, meeting_id: str) -> Meeting:
        """The meeting (NotFound when it is gone), inside a caller's transaction."""
        return self._meeting(db, keyring, meeting_id)

    def insert_in(
        self,
        db: UnitOfWork,
        keyring: KeyRing,
        meeting_id: str,
        drafts: Sequence[SegmentDraft],
        position: int | None,
    ) -> list[str]:
        """Insert segments inside a caller's transaction (the topic backlog's pick)."""
        return self._insert(db, keyring, meeting_id, drafts, position)

    def segment_in(self, db: UnitOfWork, keyring: KeyRing, segment_id: str) -> Segment:
        return self._located(db, keyring, segment_id)[0]

    def add_segment(
        self, meeting_id: str, draft: SegmentDraft, *, position: int | None = None
    ) -> Segment:
        """A new segment at ``position`` (at the end when None)."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            self._meeting(db, keyring, meeting_id)
            (new_id,) = self._insert(db, keyring, meeting_id, [draft], position)
            return next(s for s in self._segments(db, keyring, meeting_id) if s.id == new_id)

    def apply_template(
        self, meeting_id: str, template: MeetingTemplate, *, replace_agenda: bool = True
    ) -> MeetingDetail:
        """Fill the agenda from a template (replacing what is there, or appending);
        the meeting takes the template's length when the agenda is replaced."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            self._meeting(db, keyring, meeting_id)
            if replace_agenda:
                for segment in self._segments(db, keyring, meeting_id):
                    self._remove(db, keyring, segment.id)
                record = db.group.meetings.get(db, keyring, meeting_id)
                if record is not None and record.state.get("minutes") != template.minutes:
                    store.write(
                        self._vault,
                        db,
                        db.group.meetings,
                        keyring.commons_key,
                        meeting_id,
                        record.state,
                        {"minutes": check_minutes("minutes", template.minutes, maximum=24 * 60)},
                    )
            self._insert(db, keyring, meeting_id, template.segments, None)
        return self.detail(meeting_id)

    def _located(
        self, db: UnitOfWork, keyring: KeyRing, segment_id: str
    ) -> tuple[Segment, LoadedRecord, LoadedRecord | None]:
        private = db.group.agenda_private.get(db, keyring, segment_id)
        if private is None or private.state.deleted:
            raise NotFound("segment_gone")
        meeting_id = str(private.extra["meeting_id"])
        public = db.group.agenda_segments.get(db, keyring, segment_id)
        shared = public if public is not None and not public.state.deleted else None
        return to_segment(meeting_id, private, shared), private, public

    def update_segment(
        self,
        segment_id: str,
        *,
        title: str | None = None,
        minutes: int | None = None,
        kind: SegmentKind | None = None,
        read_aloud: str | None = None,
        note: str | None = None,
        public: bool | None = None,
        resource_ids: Sequence[str] | None = None,
        expected_rev: int | None = None,
    ) -> Segment:
        """Save edits to one segment. ``expected_rev`` is the ``Segment.rev`` the editor
        loaded; a segment changed since is refused with StaleEdit("agenda_segment")."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            segment, private, shared = self._located(db, keyring, segment_id)
            store.check_revision(private, expected_rev, "agenda_segment")
            edited = replace(
                segment,
                title=segment.title if title is None else title,
                minutes=segment.minutes if minutes is None else minutes,
                kind=segment.kind if kind is None else SegmentKind(kind),
                read_aloud=segment.read_aloud if read_aloud is None else read_aloud,
                note=segment.note if note is None else note,
                public=segment.public if public is None else public,
                resource_ids=segment.resource_ids if resource_ids is None else tuple(resource_ids),
            )
            values = _checked(
                SegmentDraft(
                    edited.title,
                    edited.minutes,
                    edited.kind,
                    edited.read_aloud,
                    edited.note,
                    edited.public,
                    edited.resource_ids,
                )
            ) | {"position": segment.position}
            if values == self._values(segment):
                return segment
            self._write_segment(
                db, keyring, segment.meeting_id, segment_id, values, private, shared
            )
            self._publish_starts(db, keyring, segment.meeting_id)
            return self._located(db, keyring, segment_id)[0]

    def reorder(self, meeting_id: str, order: Sequence[str]) -> tuple[Segment, ...]:
        """Put the segments in ``order`` (every segment id of the meeting, once)."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            current = self._segments(db, keyring, meeting_id)
            if sorted(order) != sorted(s.id for s in current):
                raise ValidationError("order", "not_a_choice")
            private, public = self._rows(db, keyring, meeting_id)
            by_id = {s.id: s for s in current}
            for index, segment_id in enumerate(order):
                segment = by_id[segment_id]
                if segment.position != index:
                    self._write_segment(
                        db,
                        keyring,
                        meeting_id,
                        segment_id,
                        self._values(segment) | {"position": index},
                        private.get(segment_id),
                        public.get(segment_id),
                    )
            self._publish_starts(db, keyring, meeting_id)
            return tuple(self._segments(db, keyring, meeting_id))

    def _remove(self, db: UnitOfWork, keyring: KeyRing, segment_id: str) -> None:
        segment, private, public = self._located(db, keyring, segment_id)
        blank: dict[str, JsonValue] = dict.fromkeys(_CONTENT)
        store.write(
            self._vault,
            db,
            db.group.agenda_private,
            keyring.group_key,
            segment_id,
            private.state,
            {**blank, "note": "", DELETED_FIELD: True},
            meeting_id=segment.meeting_id,
        )
        if public is not None and not public.state.deleted:
            store.write(
                self._vault,
                db,
                db.group.agenda_segments,
                keyring.commons_key,
                segment_id,
                public.state,
                {**blank, DELETED_FIELD: True},
                meeting_id=segment.meeting_id,
            )

    def remove_segment(self, segment_id: str, *, expected_rev: int | None = None) -> None:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            _segment, private, _public = self._located(db, keyring, segment_id)
            store.check_revision(private, expected_rev, "agenda_segment")
            self._remove(db, keyring, segment_id)
            self._publish_starts(db, keyring, _segment.meeting_id)
