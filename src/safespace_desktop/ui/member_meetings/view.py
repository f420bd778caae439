"""A member's Meetings page: lays out and shows; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from safespace_desktop.ui.meetings.wording import tr
from safespace_desktop.ui.widgets.agreement_text import ReadOnlyText
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, scrolling_column

MEETING_ID = Qt.ItemDataRole.UserRole


class MemberMeetingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberMeetingsPage")
        self.controller: QObject | None = None
        em = self.fontMetrics().height()
        title = heading_label(tr("Meetings"), 1.6, weight=QFont.Weight.DemiBold)
        self.schedule_label = paragraph_label()
        self.schedule_label.setObjectName("memberScheduleSummary")
        self.schedule_label.setAccessibleName(tr("Schedule"))
        self.meetings = QListWidget()
        self.meetings.setObjectName("memberMeetingsList")
        self.meetings.setAccessibleName(tr("Next meetings"))
        self.meetings.setWordWrap(True)
        self.meetings.setMinimumHeight(em * 10)
        caption = QLabel(tr("&Next meetings:"))
        caption.setBuddy(self.meetings)
        self.agenda = ReadOnlyText(tr("Agenda"), min_lines=12)
        self.agenda.setObjectName("memberAgenda")
        agenda_caption = QLabel(tr("&Agenda of the selected meeting:"))
        agenda_caption.setBuddy(self.agenda)
        self.message = paragraph_label()
        self.message.setAccessibleName(tr("Message"))
        self.message.setVisible(False)
        column = QVBoxLayout()
        for widget in (
            title,
            self.schedule_label,
            caption,
            self.meetings,
            agenda_caption,
            self.agenda,
            self.message,
        ):
            column.addWidget(widget)
        scrolling_column(self, column)
        self.column = column  # feedback (issue 13) adds the topic box here
        chain_tab_order([self.meetings, self.agenda])

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_schedule(self, text: str) -> None:
        self.schedule_label.setText(text)

    def show_meetings(self, rows: list[tuple[str, str]], select: int) -> None:
        blocker = self.meetings.blockSignals(True)
        self.meetings.clear()
        for meeting_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(MEETING_ID, meeting_id)
            self.meetings.addItem(item)
        self.meetings.blockSignals(blocker)
        if 0 <= select < self.meetings.count():
            self.meetings.setCurrentRow(select)

    def current_id(self) -> str | None:
        item = self.meetings.currentItem()
        return None if item is None else str(item.data(MEETING_ID))

    def show_agenda(self, lines: list[str]) -> None:
        self.agenda.setPlainText("\n\n".join(lines))
