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
from safespace_desktop.ui.attendance.view import KEYS as MARKING_KEYS
from safespace_desktop.ui.attendance.view import AttendanceView
from safespace_desktop.ui.care.debrief_view import debrief_writing_controls
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only, hold_rows_read_only


def attendance_panel(context: SessionContext, meeting_id: str = "") -> AttendanceView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = AttendanceView()
    view.controller = AttendanceController(context, view, meeting_id)
    hold_rows_read_only(context.vault.read_only, view.checklist, MARKING_KEYS)
    # A vault on a write-protected disk: attendance can be read and the sign-in sheet
    # printed; no mark or count can be kept.
    hold_read_only(
        context.vault.read_only,
        [
            view.present_button,
            view.late_button,
            view.apologies_button,
            view.clear_button,
            view.present_count,
            view.late_count,
            view.apologies_count,
            view.newcomers_count,
            view.save_counts_button,
        ],
    )
    return view


def meeting_record_panel(context: SessionContext, meeting_id: str = "") -> MeetingRecordView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = MeetingRecordView()
    view.controller = MeetingRecordController(context, view, meeting_id)
    hold_read_only(
        context.vault.read_only,
        [
            view.themes,
            view.next_meeting,
            view.volunteers,
            view.final_notes,
            view.save_button,
            *debrief_writing_controls(view.debrief),
        ],
    )
    return view
