"""Decides what the meeting-record panel does. Saves carry the revision the form was
filled from; a save over someone else's newer notes is refused and the typing stays.

Unsaved notes survive a lock: when the session ends (``about_to_lock``) they are kept
as a sealed form draft (group key, this PC only) and put back in the form the next time
these notes are opened, until they are saved or Reload drops them."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.attendance import MeetingRecord
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.services.form_drafts import FormDraft, FormDraftsService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.ui.attendance import wording
from safespace_desktop.ui.attendance.meeting_choice import MeetingChoice
from safespace_desktop.ui.attendance.record_view import MeetingRecordView, RecordFields
from safespace_desktop.ui.care.debrief_controller import DebriefController
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

FORM = "meeting_record"
FORM_DRAFT = RecordKind.FORM_DRAFT
DRAFT_KEYS = ("themes", "next_meeting", "volunteers", "final_notes")


def _fields(record: MeetingRecord) -> RecordFields:
    return record.themes, record.next_meeting, record.volunteers, record.final_notes


def _draft_fields(draft: FormDraft | None) -> RecordFields | None:
    if draft is None:
        return None
    values = [draft.fields.get(key, "") for key in DRAFT_KEYS]
    if not all(isinstance(value, str) for value in values):
        return None
    themes, next_meeting, volunteers, final_notes = (str(value) for value in values)
    return themes, next_meeting, volunteers, final_notes


class MeetingRecordController(QObject):
    def __init__(self, context: SessionContext, view: MeetingRecordView, meeting_id: str) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.meeting_id = meeting_id
        self.service = MeetingRecordService(context.vault)
        # The record the form was filled from (its revision goes with the save).
        self.shown: MeetingRecord | None = None
        view.save_button.clicked.connect(self.save)
        view.stale.reload_button.clicked.connect(self.reload)
        self.choice = MeetingChoice(context, view, self.open_meeting, view.say)
        view.meeting_chosen.connect(self.choice.choose)
        view.became_visible.connect(self.choice.open_pending)
        context.changes.follow(view, [RecordKind.MEETING_RECORD], lambda _c: self.load())
        context.signals.about_to_lock.connect(self.keep_typing)
        self.drafts = FormDraftsService(context.vault)
        self.debrief = DebriefController(context, view.debrief)  # carekit (issue 13)
        self.load()

    def open_meeting(self, meeting_id: str) -> None:
        """Show another meeting's notes (the Meetings page's selection); "" shows none.
        Unsaved typing for the previous meeting is not carried over to this one."""
        if meeting_id == self.meeting_id and self.shown is not None:
            return
        self.meeting_id = meeting_id
        self.shown = None
        self.view.debrief.setVisible(False)  # carekit (issue 13): offered after a save
        self.view.say("")
        self.view.show_stale("")
        self.view.show_fields(("", "", "", ""))
        self.load()

    def load(self) -> None:
        service, meeting_id = self.service, self.meeting_id
        if not meeting_id:
            return
        drafts = self.drafts

        def read(_ctx: object) -> tuple[MeetingRecord, FormDraft | None]:
            return service.get(meeting_id), drafts.load(FORM, meeting_id)

        self.context.ops.query(self.view, read).on_success(self._show).on_failure(
            self._failed
        ).with_busy(self.view.set_busy).run()

    def _show(self, loaded: tuple[MeetingRecord, FormDraft | None]) -> None:
        record, draft = loaded
        if record.meeting_id != self.meeting_id:
            return  # an answer for a meeting no longer shown
        shown = self.shown
        if shown is not None and self.view.fields() != _fields(shown):
            return  # typing stays; a save states the revision it was typed over
        self.shown = record
        kept = _draft_fields(draft)
        if kept is not None and kept != _fields(record):
            self.view.show_fields(kept)  # typing kept at the last lock, still unsaved
            self.view.say(wording.notes_kept())
        else:
            self.view.show_fields(_fields(record))

    def keep_typing(self) -> None:
        """The session is ending: keep unsaved notes as a sealed draft (never asks)."""
        shown, meeting_id = self.shown, self.meeting_id
        fields = self.view.fields()
        if not meeting_id or shown is None or fields == _fields(shown):
            return
        drafts = self.drafts
        kept = dict(zip(DRAFT_KEYS, fields, strict=True))
        self.context.ops.collection(
            self.view, lambda _ctx: drafts.save(FORM, meeting_id, kept)
        ).run()

    def _drop_draft(self) -> None:
        drafts, meeting_id = self.drafts, self.meeting_id
        if not meeting_id:
            return
        self.context.ops.collection(
            self.view, lambda _ctx: drafts.discard(FORM, meeting_id), ChangeSet.of(FORM_DRAFT)
        ).run()

    def reload(self) -> None:
        """Show the notes as saved now, replacing the typing (only when chosen)."""
        self.shown = None
        self.view.show_stale("")
        self.view.say("")
        self._drop_draft()
        self.load()

    def save(self) -> None:
        service, meeting_id = self.service, self.meeting_id
        if not meeting_id:
            return
        themes, next_meeting, volunteers, final_notes = self.view.fields()
        expected = self.shown.rev if self.shown is not None else 0

        def saved(record: MeetingRecord) -> None:
            self.shown = record
            self.view.show_fields(_fields(record))
            self.view.show_stale("")
            self.view.say(wording.record_saved())
            self._drop_draft()
            self.debrief.offer_for(meeting_id)  # carekit (issue 13)

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.save(
                meeting_id,
                themes=themes,
                next_meeting=next_meeting,
                volunteers=volunteers,
                final_notes=final_notes,
                expected_rev=expected,
            ),
            ChangeSet.of(RecordKind.MEETING_RECORD),
        ).on_success(saved).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            self.view.say("")
            self.view.show_stale(describe(exc))
        else:
            self.view.say(describe(exc))
