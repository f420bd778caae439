"""Decides what a meeting's Feedback tab does (issue 13): reads the meeting's feedback
(nothing below three replies) and the suggested evaluations off the GUI thread, and
asks the shell to start the kiosk with a ticket for the chosen meeting and form."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.feedback import EvaluationSuggestion, FeedbackMode, MeetingFeedback
from safespace_desktop.services.feedback import FeedbackService
from safespace_desktop.services.resources.suggestions import SuggestionsService
from safespace_desktop.ui.attendance.meeting_choice import MeetingChoice
from safespace_desktop.ui.feedback import wording
from safespace_desktop.ui.feedback.view import FeedbackView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

Loaded = tuple[MeetingFeedback | None, list[EvaluationSuggestion]]


class FeedbackController(QObject):
    def __init__(self, context: SessionContext, view: FeedbackView, meeting_id: str) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.meeting_id = meeting_id
        self.service = FeedbackService(context.vault)
        view.kiosk_requested.connect(lambda: self.start(FeedbackMode.MEETING))
        view.evaluation_requested.connect(lambda: self.start(FeedbackMode.EVALUATION))
        self.choice = MeetingChoice(context, view, self.open_meeting, view.say)
        view.meeting_chosen.connect(self.choice.choose)
        view.became_visible.connect(self.choice.open_pending)
        context.changes.follow(
            view, [RecordKind.FEEDBACK, RecordKind.ATTENDANCE, RecordKind.MEETING], self._changed
        )
        self._open_topic_box()
        self.load()

    def _open_topic_box(self) -> None:
        """Members suggest topics through the drop box's published key (the commons
        ``resource_library`` record); a facilitator's session keeps it published."""
        suggestions = SuggestionsService(self.context.vault)
        self.context.ops.collection(
            self.view, lambda _ctx: suggestions.publish_box(), ChangeSet.of(RecordKind.RESOURCE)
        ).run()

    def open_meeting(self, meeting_id: str) -> None:
        if meeting_id == self.meeting_id:
            return
        self.meeting_id = meeting_id
        self.view.say("")
        self.view.show_results(None)
        self.view.show_evaluation(None)
        self.view.show_hidden("")
        self.load()

    def _changed(self, _changes: ChangeSet) -> None:
        self.load()

    def load(self) -> None:
        service, meeting_id = self.service, self.meeting_id

        def read(_ctx: object) -> Loaded:
            found = service.meeting_feedback(meeting_id) if meeting_id else None
            return found, service.evaluation_suggestions()

        self.context.ops.query(self.view, read).on_success(self._show).on_failure(
            lambda exc: self.view.say(describe(exc))
        ).run()

    def _show(self, loaded: Loaded) -> None:
        feedback, suggestions = loaded
        self.view.show_suggestion(wording.suggestion_text(suggestions))
        self.view.kiosk_button.setEnabled(bool(self.meeting_id))
        self.view.evaluation_button.setEnabled(bool(self.meeting_id))
        if feedback is None or feedback.meeting_id != self.meeting_id:
            return
        if feedback.shown and feedback.ratings is not None:
            self.view.show_hidden("")
            self.view.show_results(
                wording.ratings_summary(feedback.ratings),
                wording.rating_rows(feedback.ratings),
                feedback.helped,
                feedback.better,
            )
        else:
            self.view.show_hidden(wording.nothing_yet())
            self.view.show_results(None)
        if feedback.evaluations_shown and feedback.evaluation is not None:
            self.view.show_evaluation(
                wording.evaluation_note(feedback.evaluation, True),
                wording.evaluation_rows(feedback.evaluation),
                feedback.changes,
            )
        else:
            self.view.show_evaluation(None)

    def start(self, mode: FeedbackMode) -> None:
        service, meeting_id = self.service, self.meeting_id
        if not meeting_id:
            return
        signals = self.context.signals
        self.view.say(wording.started_kiosk())
        self.context.ops.query(
            self.view, lambda _ctx: service.kiosk_ticket(meeting_id, mode)
        ).on_success(signals.kiosk_requested.emit).on_failure(
            lambda exc: self.view.say(describe(exc))
        ).with_busy(self.view.set_busy).run()
