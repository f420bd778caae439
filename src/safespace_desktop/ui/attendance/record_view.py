"""The notes after a meeting (themes without names, next meeting, call for volunteers,
final notes). It lays out and shows; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from safespace_desktop.core.attendance import RECORD_TEXT_MAX
from safespace_desktop.ui.attendance.meeting_tab import MeetingTab
from safespace_desktop.ui.care.debrief_view import DebriefPanel
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner

RecordFields = tuple[str, str, str, str]  # themes, next meeting, volunteers, final notes


class MeetingRecordView(MeetingTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingRecordPanel")
        self.controller: QObject | None = None  # set by the package's factory
        em = self.fontMetrics().height()
        title = heading_label(self.tr("Notes after the meeting"), 1.4, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "For facilitators only. Write the themes without names: what was talked "
                "about, not who said it."
            )
        )
        self.themes = self._text(self.tr("Themes, without names"), "recordThemes", em * 6)
        self.next_meeting = QLineEdit()
        self.next_meeting.setObjectName("recordNextMeeting")
        self.next_meeting.setAccessibleName(self.tr("Next meeting"))
        self.next_meeting.setMaxLength(RECORD_TEXT_MAX)
        self.volunteers = self._text(self.tr("Call for volunteers"), "recordVolunteers", em * 3)
        self.final_notes = self._text(self.tr("Final notes"), "recordFinalNotes", em * 4)
        self.save_button = QPushButton(self.tr("S&ave notes"))
        self.save_button.setObjectName("saveRecordButton")
        self.stale = StaleEditBanner(
            "reloadRecordButton", self.tr("Show the saved notes instead of what you typed")
        )
        self.message = paragraph_label()
        self.message.setObjectName("recordMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        # carekit (issue 13): once the notes are saved, a debrief for the facilitator's
        # own reflections is offered (more strongly after a safety pause).
        self.debrief = DebriefPanel()
        self.debrief.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em // 3)
        column.addWidget(title)
        column.addWidget(intro)
        for caption, widget in (
            (self.tr("T&hemes, without names:"), self.themes),
            (self.tr("Next &meeting:"), self.next_meeting),
            (self.tr("Call for &volunteers:"), self.volunteers),
            (self.tr("F&inal notes:"), self.final_notes),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget)
        column.addLayout(left_aligned(self.save_button))
        column.addWidget(self.stale)
        column.addWidget(self.message)
        column.addWidget(self.debrief)  # carekit (issue 13)
        column.addStretch(1)
        scrolling_column(self, column)
        chain_tab_order(
            [
                self.themes,
                self.next_meeting,
                self.volunteers,
                self.final_notes,
                self.save_button,
                self.stale.reload_button,
                self.debrief.write_button,  # carekit (issue 13)
            ]
        )

    @staticmethod
    def _text(name: str, object_name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(object_name)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return edit

    def fields(self) -> RecordFields:
        return (
            self.themes.toPlainText(),
            self.next_meeting.text(),
            self.volunteers.toPlainText(),
            self.final_notes.toPlainText(),
        )

    def show_fields(self, fields: RecordFields) -> None:
        themes, next_meeting, volunteers, final_notes = fields
        self.themes.setPlainText(themes)
        self.next_meeting.setText(next_meeting)
        self.volunteers.setPlainText(volunteers)
        self.final_notes.setPlainText(final_notes)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
