"""Decides what the Home page's evaluation reminder says: the suggested evaluations,
read off the GUI thread, again whenever feedback, attendance or meetings change."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.feedback import EvaluationSuggestion
from safespace_desktop.services.feedback import FeedbackService
from safespace_desktop.ui.feedback import wording
from safespace_desktop.ui.feedback.reminder_view import EvaluationReminder
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.placeholders import fill


class EvaluationReminderController(QObject):
    def __init__(self, context: SessionContext, view: EvaluationReminder) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = FeedbackService(context.vault)
        context.changes.follow(
            view, [RecordKind.FEEDBACK, RecordKind.ATTENDANCE, RecordKind.MEETING], self._changed
        )
        self.load()

    def _changed(self, _changes: ChangeSet) -> None:
        self.load()

    def load(self) -> None:
        service = self.service
        self.context.ops.query(self.view, lambda _ctx: service.evaluation_suggestions()).on_success(
            self._show
        ).run()

    def _show(self, suggestions: list[EvaluationSuggestion]) -> None:
        text = wording.suggestion_text(suggestions)
        self.view.show_text(fill_where(text) if text else "")


def fill_where(text: str) -> str:
    return fill(wording.tr("%1 Start it from the meeting's Feedback tab, under Meetings."), text)
