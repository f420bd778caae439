"""Meetings in a member's own space: the schedule, the next meetings (with the reason
when one is cancelled) and each meeting's public agenda (issue 9). Everything shown is
sealed under the commons key; facilitator-only items are in rows a member's keys cannot
open."""

from __future__ import annotations

from safespace_desktop.ui.feedback import member_topic_box
from safespace_desktop.ui.member_meetings.controller import MemberMeetingsController
from safespace_desktop.ui.member_meetings.view import MemberMeetingsView
from safespace_desktop.ui.session.context import SessionContext


def member_meetings_page(context: SessionContext) -> MemberMeetingsView:
    view = MemberMeetingsView()
    view.controller = MemberMeetingsController(context, view)
    # Feedback (issue 13): suggest a topic for the backlog, without a name.
    view.column.addWidget(member_topic_box(context))
    return view
