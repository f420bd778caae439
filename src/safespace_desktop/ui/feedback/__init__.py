"""Feedback for facilitators (issue 13): a meeting's Feedback tab (start the kiosk or
an evaluation, suggested evaluations, aggregates once three people replied) and the
topic box of a member's own space (``member_topic_box``, on their Meetings page).

``feedback_panel(context, meeting_id)`` is a tab of the meeting detail (ui/meetings).
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.feedback.controller import FeedbackController
from safespace_desktop.ui.feedback.member_topic_controller import MemberTopicController
from safespace_desktop.ui.feedback.member_topic_view import MemberTopicBox
from safespace_desktop.ui.feedback.reminder_controller import EvaluationReminderController
from safespace_desktop.ui.feedback.reminder_view import EvaluationReminder
from safespace_desktop.ui.feedback.view import FeedbackView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def feedback_panel(context: SessionContext, meeting_id: str = "") -> FeedbackView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = FeedbackView()
    view.controller = FeedbackController(context, view, meeting_id)
    # A vault on a write-protected disk: what people said can be read; nothing new can
    # be taken in.
    hold_read_only(context.vault.read_only, [view.kiosk_button, view.evaluation_button])
    return view


def member_topic_box(context: SessionContext) -> MemberTopicBox:
    """Anyone unlocked may suggest a topic; it reaches the backlog without a name."""
    view = MemberTopicBox()
    view.controller = MemberTopicController(context, view)
    hold_read_only(context.vault.read_only, [view.topic, view.send_button])
    return view


def evaluation_reminder(context: SessionContext) -> EvaluationReminder:
    """The Home page's note that an evaluation is suggested (facilitators only)."""
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = EvaluationReminder()
    view.controller = EvaluationReminderController(context, view)
    return view
