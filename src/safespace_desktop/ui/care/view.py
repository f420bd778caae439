"""The Care kit page (issue 13), facilitators only: a debrief after a meeting, a short
self-check, and the succession checklist, one tab each so the page stays calm. It lays
out and shows; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from safespace_desktop.core.care import ChecklistItem, Feeling, Often
from safespace_desktop.ui.care.checklist_view import ChecklistView
from safespace_desktop.ui.care.debrief_view import DebriefPanel
from safespace_desktop.ui.care.self_check_view import SelfCheckView
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import PAGE_WIDTH_CHARS, scrolling_column


class CareView(QWidget):
    def __init__(
        self,
        feelings: list[tuple[Feeling, str]],
        answers: list[tuple[Often, str]],
        items: list[tuple[ChecklistItem, str, str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carePage")
        self.controller: QObject | None = None
        em = self.fontMetrics().height()
        title = heading_label(self.tr("Care kit"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "Looking after the group starts with looking after yourself. What you write "
                "here stays in your own reflections; only the checklist is shared."
            )
        )

        # The debrief tab: which meeting, then the offer and its editor.
        self.debrief_tab = QWidget()
        self.debrief_tab.setObjectName("debriefTab")
        self.meeting = QComboBox()
        self.meeting.setObjectName("debriefMeeting")
        self.meeting.setAccessibleName(self.tr("Which meeting the debrief is about"))
        meeting_form = QFormLayout()
        meeting_label = QLabel(self.tr("&Meeting:"))
        meeting_label.setBuddy(self.meeting)
        meeting_form.addRow(meeting_label, self.meeting)
        self.debrief = DebriefPanel(framed=False, offer_later=False)
        self.debrief.heading.setText(self.tr("After a meeting: a debrief"))
        debrief_column = QVBoxLayout()
        debrief_column.setSpacing(em // 2)
        debrief_column.addLayout(meeting_form)
        debrief_column.addWidget(self.debrief)
        debrief_column.addStretch(1)
        scrolling_column(self.debrief_tab, debrief_column)
        QWidget.setTabOrder(self.meeting, self.debrief.write_button)

        self.self_check = SelfCheckView(feelings, answers)
        self.checklist = ChecklistView(items)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("careTabs")
        self.tabs.setAccessibleName(self.tr("Care kit sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.debrief_tab, self.tr("&Debrief"))
        self.tabs.addTab(self.self_check, self.tr("&Self-check"))
        self.tabs.addTab(self.checklist, self.tr("S&uccession checklist"))

        width = self.fontMetrics().averageCharWidth() * PAGE_WIDTH_CHARS
        title.setMaximumWidth(width)
        intro.setMaximumWidth(width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 8)
        layout.setSpacing(em // 2)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(em // 3)
        layout.addWidget(self.tabs, 1)

    def show_meetings(self, choices: list[tuple[str, str]], none: str) -> None:
        """(meeting id, text) of recent meetings, newest first, after "no meeting"."""
        chosen = self.meeting.currentData()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for meeting_id, text in choices:
            self.meeting.addItem(text, meeting_id)
        self.meeting.addItem(none, "")
        index = self.meeting.findData(chosen) if chosen is not None else 0
        self.meeting.setCurrentIndex(max(index, 0))
        self.meeting.blockSignals(False)
