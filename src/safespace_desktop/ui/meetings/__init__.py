"""Meetings (facilitators only): the schedule, next and past meetings, and each
meeting's agenda with templates, the topic backlog and printing (issue 9).

``meetings_page(context)`` builds the view and its controllers; the workspace calls it
the first time the page is shown. Other features add tabs to the meeting detail with
``MeetingsView.add_detail_tab`` (see ``view.py``).
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.attendance import attendance_panel, meeting_record_panel
from safespace_desktop.ui.feedback import feedback_panel
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.meetings.controller import MeetingsController
from safespace_desktop.ui.meetings.view import MeetingsView
from safespace_desktop.ui.session.context import SessionContext


def meetings_page(context: SessionContext) -> MeetingsView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = MeetingsView()
    view.controller = MeetingsController(context, view)
    # Attendance and the notes after the meeting (issue 9): tabs beside the agenda; each
    # is told which meeting is selected and stores a scheduled one only when shown.
    view.add_detail_tab(attendance_panel(context), wording.tr("A&ttendance"))
    view.add_detail_tab(meeting_record_panel(context), wording.tr("&Notes after the meeting"))
    # Feedback (issue 13): the anonymous kiosk, evaluations and what people said.
    view.add_detail_tab(feedback_panel(context), wording.tr("&Feedback"))
    return view
