"""Meetings (facilitators only): the schedule, next and past meetings, and each
meeting's agenda with templates, the topic backlog and printing (issue 9).

``meetings_page(context)`` builds the view and its controllers; the workspace calls it
the first time the page is shown. Other features add tabs to the meeting detail with
``MeetingsView.add_detail_tab`` (see ``view.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.services.resources.suggestions import SuggestionsService
from safespace_desktop.ui.attendance import attendance_panel, meeting_record_panel
from safespace_desktop.ui.feedback import feedback_panel
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.meetings.controller import MeetingsController
from safespace_desktop.ui.meetings.view import MeetingsView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only, hold_rows_read_only


def meetings_page(context: SessionContext) -> MeetingsView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = MeetingsView()
    controller = MeetingsController(context, view)
    view.controller = controller
    # A vault on a write-protected disk: meetings and agendas can be read and printed;
    # nothing can be planned, moved, run or recorded.
    agenda = view.agenda
    hold_rows_read_only(context.vault.read_only, agenda.segments)
    hold_read_only(
        context.vault.read_only,
        [
            view.schedule_button,
            view.extra_button,
            agenda.move_button,
            agenda.cancel_button,
            agenda.restore_button,
            agenda.run_button,
            agenda.templates_button,
            agenda.save_template_button,
            agenda.manage_templates_button,
            agenda.up_button,
            agenda.down_button,
            agenda.add_button,
            agenda.remove_button,
            agenda.title_edit,
            agenda.minutes_box,
            agenda.kind_box,
            agenda.public_box,
            agenda.read_aloud_edit,
            agenda.note_edit,
            agenda.link_resources_button,
            agenda.save_button,
            agenda.topic_edit,
            agenda.add_topic_button,
            agenda.pick_topic_button,
            agenda.drop_topic_button,
        ],
    )
    # Attendance and the notes after the meeting (issue 9): tabs beside the agenda; each
    # is told which meeting is selected and stores a scheduled one only when shown.
    # Every tab but the agenda is built when first opened (issue 15: the page's first
    # rows at M waited for three panels and their reads).
    view.add_lazy_detail_tab(
        lambda: attendance_panel(context), wording.tr("Atten&dance"), "attendanceTab"
    )
    view.add_lazy_detail_tab(
        lambda: meeting_record_panel(context),
        wording.tr("N&otes after the meeting"),
        "meetingRecordTab",
    )
    # Feedback (issue 13): the anonymous kiosk, evaluations and what people said.
    view.add_lazy_detail_tab(
        lambda: feedback_panel(context), wording.tr("&Feedback"), "feedbackTab"
    )
    # Members suggest topics through the drop box's published key; a facilitator's
    # session keeps it published (as the Feedback tab does), once the first rows are in.
    controller.after_first_rows(lambda: publish_topic_box(context, view))
    return view


def publish_topic_box(context: SessionContext, view: QWidget) -> None:
    """Publish (or repair) the topic drop box's public key (the Feedback tab does the
    same when it is built; publishing twice writes nothing the second time)."""
    suggestions = SuggestionsService(context.vault)
    context.ops.collection(
        view, lambda _ctx: suggestions.publish_box(), ChangeSet.of(RecordKind.RESOURCE)
    ).run()
