"""Meeting templates: the built-in formats (``core.meetings.templates``) and the ones a
group saves from a meeting's agenda (group key)."""

from __future__ import annotations

from safespace_desktop.core.errors import NotFound, ValidationError
from safespace_desktop.core.meetings.model import (
    MAX_SEGMENTS,
    TITLE_MAX,
    MeetingTemplate,
    SegmentDraft,
    SegmentKind,
)
from safespace_desktop.core.meetings.templates import BUILTIN_TEMPLATES
from safespace_desktop.core.sync.record import DELETED_FIELD, JsonValue, RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.meetings.agenda import AgendaService, _checked
from safespace_desktop.services.meetings.records import (
    check_long_text,
    check_meeting_minutes,
    check_title,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord

DESCRIPTION_MAX = 500


# A saved segment is a list (not an object), so the field stays hashable when two
# replicas' versions merge: [title, minutes, kind, read_aloud, note, public, [ids]].
_ROW = ("title", "minutes", "kind", "read_aloud", "note", "public", "resource_ids")


def _row(draft: SegmentDraft) -> list[JsonValue]:
    values = _checked(draft)
    return [values[name] for name in _ROW]


def _draft(value: object) -> SegmentDraft | None:
    if not isinstance(value, list | tuple) or len(value) != len(_ROW):
        return None
    title, minutes, kind, read_aloud, note, public, ids = value
    try:
        segment_kind = SegmentKind(str(kind))
    except ValueError:
        segment_kind = SegmentKind.DISCUSSION
    return SegmentDraft(
        title=str(title),
        minutes=minutes if isinstance(minutes, int) else 0,
        kind=segment_kind,
        read_aloud=str(read_aloud or ""),
        note=str(note or ""),
        public=bool(public),
        resource_ids=tuple(str(i) for i in ids) if isinstance(ids, list | tuple) else (),
    )


def _to_template(record: LoadedRecord) -> MeetingTemplate:
    s = record.state
    raw = s.get("segments")
    drafts = tuple(d for d in map(_draft, raw if isinstance(raw, list | tuple) else []) if d)
    minutes = s.get("minutes")
    return MeetingTemplate(
        key=f"saved:{record.id}",
        name=str(s.get("name", "")),
        description=str(s.get("description", "")),
        minutes=minutes if isinstance(minutes, int) else sum(d.minutes for d in drafts),
        segments=drafts,
        builtin=False,
        id=record.id,
        rev=record.rev,
    )


class MeetingTemplatesService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def templates(self) -> list[MeetingTemplate]:
        """The built-in templates, then the group's own (by name)."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            loaded, _damaged = db.group.meeting_templates.load_all(db, keyring)
        saved = sorted(map(_to_template, loaded), key=lambda t: (t.name.casefold(), t.id))
        return [*BUILTIN_TEMPLATES, *saved]

    def template(self, key: str) -> MeetingTemplate:
        for found in self.templates():
            if found.key == key:
                return found
        raise NotFound("template_gone")

    def save_template(
        self,
        name: str,
        segments: tuple[SegmentDraft, ...],
        *,
        minutes: int,
        description: str = "",
        template_id: str | None = None,
        expected_rev: int | None = None,
    ) -> MeetingTemplate:
        """Save (or, with ``template_id``, change) one of the group's own templates."""
        self._vault.require_facilitator()
        if len(segments) > MAX_SEGMENTS:
            raise ValidationError("segments", "too_many", limit=MAX_SEGMENTS)
        rows: list[JsonValue] = [_row(draft) for draft in segments]
        changes: dict[str, JsonValue] = {
            "name": check_title("name", name, TITLE_MAX),
            "description": check_long_text("description", description, DESCRIPTION_MAX),
            "minutes": check_meeting_minutes(minutes),
            "segments": rows,
        }
        record_id = template_id or store.new_id()
        with store.transaction(self._vault) as (db, keyring, _principal):
            repo = db.group.meeting_templates
            state = RecordState()
            if template_id is not None:
                record = repo.get(db, keyring, template_id)
                if record is None or record.state.deleted:
                    raise NotFound("template_gone")
                store.check_revision(record, expected_rev, "meeting_template")
                state = record.state
            state = store.write(self._vault, db, repo, keyring.group_key, record_id, state, changes)
            return _to_template(
                LoadedRecord(record_id, repo.stored_rev(db, record_id) or 0, state, {})
            )

    def save_from_meeting(
        self, meeting_id: str, name: str, description: str = ""
    ) -> MeetingTemplate:
        """The meeting's agenda (notes and public flags included) as a new template."""
        detail = AgendaService(self._vault).detail(meeting_id)
        drafts = tuple(
            SegmentDraft(s.title, s.minutes, s.kind, s.read_aloud, s.note, s.public, s.resource_ids)
            for s in detail.segments
        )
        return self.save_template(
            name, drafts, minutes=detail.meeting.minutes, description=description
        )

    def delete_template(self, template_id: str, *, expected_rev: int | None = None) -> None:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            repo = db.group.meeting_templates
            record = repo.get(db, keyring, template_id)
            if record is None or record.state.deleted:
                raise NotFound("template_gone")
            store.check_revision(record, expected_rev, "meeting_template")
            store.write(
                self._vault,
                db,
                repo,
                keyring.group_key,
                template_id,
                record.state,
                {"name": "", "description": "", "segments": [], DELETED_FIELD: True},
            )
