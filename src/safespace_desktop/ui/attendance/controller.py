"""Decides what the attendance panel does: every read and change is a typed operation.

A mark is stored only for members who agreed to keep their attendance history; for
anyone else the panel says to count them without a name and stores nothing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject

from safespace_desktop.core.attendance import AttendanceSheet, AttendanceStatus, HeadCounts
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.ui.attendance import wording
from safespace_desktop.ui.attendance.meeting_choice import MeetingChoice
from safespace_desktop.ui.attendance.sign_in import sheet_names, sign_in_document
from safespace_desktop.ui.attendance.view import AttendanceView
from safespace_desktop.ui.members.table_model import tell_apart_text
from safespace_desktop.ui.printing.documents import print_document
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

FOLLOWS = (RecordKind.ATTENDANCE, RecordKind.MEMBER, RecordKind.CONSENT, RecordKind.MEETING)


class AttendanceController(QObject):
    def __init__(self, context: SessionContext, view: AttendanceView, meeting_id: str) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.meeting_id = meeting_id
        self.service = AttendanceService(context.vault)
        self.meetings = MeetingsService(context.vault)
        self.sheet: AttendanceSheet | None = None
        self.meeting: Meeting | None = None
        self._shown_counts: HeadCounts | None = None
        view.checklist.mark_pressed.connect(self._key_mark)
        for button, status in (
            (view.present_button, AttendanceStatus.PRESENT),
            (view.late_button, AttendanceStatus.LATE),
            (view.apologies_button, AttendanceStatus.APOLOGIES),
            (view.clear_button, None),
        ):
            button.clicked.connect(lambda _checked=False, s=status: self.mark_current(s))
        view.save_counts_button.clicked.connect(self.save_counts)
        view.stale.reload_button.clicked.connect(self.reload)
        view.print_button.clicked.connect(self.print_sheet)
        self.choice = MeetingChoice(context, view, self.open_meeting, view.say)
        view.meeting_chosen.connect(self.choice.choose)
        view.became_visible.connect(self.choice.open_pending)
        context.changes.follow(view, FOLLOWS, lambda _c: self.load())
        self.load()

    def open_meeting(self, meeting_id: str) -> None:
        """Show another meeting (the Meetings page's selection); "" shows none."""
        if meeting_id == self.meeting_id and self.sheet is not None:
            return
        self.meeting_id = meeting_id
        self.sheet, self.meeting, self._shown_counts = None, None, None
        self.view.say("")
        self.view.show_stale("")
        self.view.show_lines([], -1)
        self.view.show_totals("")
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        service, meetings, meeting_id = self.service, self.meetings, self.meeting_id
        if not meeting_id:
            return

        def read(_ctx: object) -> tuple[AttendanceSheet, Meeting]:
            return service.sheet(meeting_id), meetings.meeting(meeting_id)

        self.context.ops.query(self.view, read).on_success(self._show).on_failure(
            self._failed
        ).with_busy(self.view.set_busy).run()

    def _show(self, loaded: tuple[AttendanceSheet, Meeting]) -> None:
        sheet, meeting = loaded
        if sheet.meeting_id != self.meeting_id:
            return  # an answer for a meeting no longer shown
        self.meeting = meeting
        row = self.view.checklist.currentRow()
        self.sheet = sheet
        rows = [(wording.line_name(x), wording.line_status(x), x.kept) for x in sheet.lines]
        self.view.show_lines(rows, row if row >= 0 else 0)
        typing = self._shown_counts is not None and self.view.counts() != self._shown_counts
        if not typing:  # never replace counts someone is still changing
            self.view.show_counts(sheet.counts)
            self._shown_counts = sheet.counts
        self.view.show_totals(wording.totals(sheet))

    def reload(self) -> None:
        self._shown_counts = None
        self.view.show_stale("")
        self.load()

    # ------------------------------------------------------------------ marking
    def _key_mark(self, row: int, status: str) -> None:
        self.view.select(row)
        self.mark_current(AttendanceStatus(status) if status else None)

    def mark_current(self, status: AttendanceStatus | None) -> None:
        sheet, row = self.sheet, self.view.checklist.currentRow()
        if sheet is None or not 0 <= row < len(sheet.lines):
            return
        line = sheet.lines[row]
        if not line.kept:
            self.view.say(wording.not_kept(line))
            return
        service, meeting_id = self.service, self.meeting_id

        def marked(_result: None) -> None:
            current = self.sheet
            if current is not None and current.lines[row].member_id == line.member_id:
                lines = list(current.lines)
                lines[row] = replace(line, status=status)
                self.sheet = replace(current, lines=tuple(lines))
                self.view.show_status(row, wording.line_status(lines[row]))
                self.view.show_totals(wording.totals(self.sheet))
            self.view.say(wording.marked(line, status))
            self.view.select(row + 1)  # quick marking: on to the next person

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.mark(meeting_id, line.member_id, status),
            ChangeSet.of(RecordKind.ATTENDANCE),
        ).on_success(marked).on_failure(self._failed).run()

    # ------------------------------------------------------------------ counts
    def save_counts(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        service, meeting_id, counts = self.service, self.meeting_id, self.view.counts()
        expected = sheet.counts_rev

        def saved(rev: int) -> None:
            self._shown_counts = counts
            self.sheet = replace(sheet, counts=counts, counts_rev=rev)
            self.view.show_stale("")
            self.view.show_totals(wording.totals(self.sheet))
            self.view.say(wording.counts_saved())

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.set_counts(meeting_id, counts, expected_rev=expected),
            ChangeSet.of(RecordKind.ATTENDANCE),
        ).on_success(saved).on_failure(self._save_failed).run()

    # ------------------------------------------------------------------ printing
    def print_sheet(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        people = [
            (x.name, tell_apart_text(x.tell_apart) if x.tell_apart else "") for x in sheet.lines
        ]
        document = sign_in_document(
            wording.sheet_title(self.meeting),
            sheet_names(people),
            self.view.font(),
            large=self.view.large_print.isChecked(),
        )
        try:
            printed = print_document(document, self.view)
        finally:
            document.clear()
            document.deleteLater()
        if printed:
            self.view.say(wording.sent_to_printer())

    # ------------------------------------------------------------------ failures
    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            self.view.say("")
            self.view.show_stale(describe(exc))  # the typed counts stay
        else:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
