"""Decides what the meeting-record panel does. Saves carry the revision the form was
filled from; a save over someone else's newer notes is refused and the typing stays."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.attendance import MeetingRecord
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.ui.attendance import wording
from safespace_desktop.ui.attendance.meeting_choice import MeetingChoice
from safespace_desktop.ui.attendance.record_view import MeetingRecordView, RecordFields
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe


def _fields(record: MeetingRecord) -> RecordFields:
    return record.themes, record.next_meeting, record.volunteers, record.final_notes


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
        self.load()

    def open_meeting(self, meeting_id: str) -> None:
        """Show another meeting's notes (the Meetings page's selection); "" shows none.
        Unsaved typing for the previous meeting is not carried over to this one."""
        if meeting_id == self.meeting_id and self.shown is not None:
            return
        self.meeting_id = meeting_id
        self.shown = None
        self.view.say("")
        self.view.show_stale("")
        self.view.show_fields(("", "", "", ""))
        self.load()

    def load(self) -> None:
        service, meeting_id = self.service, self.meeting_id
        if not meeting_id:
            return
        self.context.ops.query(self.view, lambda _ctx: service.get(meeting_id)).on_success(
            self._show
        ).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _show(self, record: MeetingRecord) -> None:
        if record.meeting_id != self.meeting_id:
            return  # an answer for a meeting no longer shown
        shown = self.shown
        if shown is not None and self.view.fields() != _fields(shown):
            return  # typing stays; a save states the revision it was typed over
        self.shown = record
        self.view.show_fields(_fields(record))

    def reload(self) -> None:
        """Show the notes as saved now, replacing the typing (only when chosen)."""
        self.shown = None
        self.view.show_stale("")
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
