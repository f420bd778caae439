"""Meetings (facilitators only): the schedule, next and past meetings, and each
meeting's agenda with templates, the topic backlog and printing (issue 9).

``meetings_page(context)`` builds the view and its controllers; the workspace calls it
the first time the page is shown. Other features add tabs to the meeting detail with
``MeetingsView.add_detail_tab`` (see ``view.py``).
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.meetings.controller import MeetingsController
from safespace_desktop.ui.meetings.view import MeetingsView
from safespace_desktop.ui.session.context import SessionContext


def meetings_page(context: SessionContext) -> MeetingsView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = MeetingsView()
    view.controller = MeetingsController(context, view)
    return view
