"""Attendance and the notes after a meeting (issue 9), facilitators only.

Two panels built for one meeting, meant to sit as tabs in the meeting detail (ui/meetings)
and usable on their own:

- ``attendance_panel(context, meeting_id)``: the checklist of members with a status
  per person (kept only for members who agreed), counts without names, newcomers, quick
  keyboard marking, and the sign-in sheet;
- ``meeting_record_panel(context, meeting_id)``: themes without names, the next
  meeting, a call for volunteers and the final notes.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.attendance.controller import AttendanceController
from safespace_desktop.ui.attendance.record_controller import MeetingRecordController
from safespace_desktop.ui.attendance.record_view import MeetingRecordView
from safespace_desktop.ui.attendance.view import AttendanceView
from safespace_desktop.ui.session.context import SessionContext


def attendance_panel(context: SessionContext, meeting_id: str = "") -> AttendanceView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = AttendanceView()
    view.controller = AttendanceController(context, view, meeting_id)
    return view


def meeting_record_panel(context: SessionContext, meeting_id: str = "") -> MeetingRecordView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = MeetingRecordView()
    view.controller = MeetingRecordController(context, view, meeting_id)
    return view
