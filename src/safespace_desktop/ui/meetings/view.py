"""The facilitators' Meetings page: the schedule, the next meetings and past ones, and
the selected meeting's detail in tabs. It lays out and shows; the controllers decide.

The detail is a ``QTabWidget`` (objectName ``meetingDetailTabs``) whose first tab is the
Agenda. Other features add their own tabs with ``add_detail_tab`` (attendance, notes
after the meeting): the page calls each tab's ``show_meeting(meeting)`` when the
selected meeting changes, if the tab widget has that method.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.ui.meetings.agenda_panel import AgendaPanel
from safespace_desktop.ui.meetings.wording import tr
from safespace_desktop.ui.widgets.flow_row import flow_row
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.responsive import ResponsiveSplitter, VerticalScrollArea

MEETING_ID = Qt.ItemDataRole.UserRole
_UNSET = object()


class LazyTab(QWidget):
    """A detail tab whose panel is built by ``build()`` when the tab is first opened.
    Until then it remembers the selected meeting and hands it to the panel once built,
    so the panel shows the same meeting as if it had been there from the start."""

    def __init__(self, build: Callable[[], QWidget], object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self._build: Callable[[], QWidget] | None = build
        self._meeting: object = _UNSET
        self.panel: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def show_meeting(self, meeting: Meeting | None) -> None:
        if self.panel is None:
            self._meeting = meeting
            return
        show = getattr(self.panel, "show_meeting", None)
        if callable(show):
            show(meeting)

    def ensure_built(self) -> QWidget:
        if self.panel is not None:
            return self.panel
        build, self._build = self._build, None
        assert build is not None
        self.panel = build()
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.panel)
        self.setFocusProxy(self.panel)
        self.panel.show()  # now, not on the next turn of the loop as a layout would
        if self._meeting is not _UNSET:
            meeting, self._meeting = self._meeting, _UNSET
            self.show_meeting(meeting)  # type: ignore[arg-type]
        return self.panel


class MeetingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.controller: QObject | None = None  # set by the package's page factory
        self.agenda_controller: QObject | None = None
        em = self.fontMetrics().height()

        title = heading_label(tr("Meetings"), 1.6, weight=QFont.Weight.DemiBold)
        self.schedule_label = paragraph_label()
        self.schedule_label.setObjectName("scheduleSummary")
        self.schedule_label.setAccessibleName(tr("Schedule"))
        self.schedule_button = QPushButton(tr("Change &schedule…"))
        self.schedule_button.setObjectName("changeScheduleButton")
        self.extra_button = QPushButton(tr("Add an e&xtra meeting…"))
        self.extra_button.setObjectName("extraMeetingButton")
        for button in (self.schedule_button, self.extra_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

        self.upcoming = self._list("upcomingMeetings", tr("Next meetings"))
        upcoming_caption = QLabel(tr("&Next meetings:"))
        upcoming_caption.setBuddy(self.upcoming)
        self.past = self._list("pastMeetings", tr("Past meetings"))
        past_caption = QLabel(tr("Pas&t meetings:"))
        past_caption.setBuddy(self.past)

        self.message = paragraph_label()
        self.message.setAccessibleName(tr("Message"))
        self.message.setVisible(False)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(self.schedule_label)
        left.addLayout(flow_row(self.schedule_button, self.extra_button))  # wraps if narrow
        left.addWidget(upcoming_caption)
        left.addWidget(self.upcoming, 2)
        left.addWidget(past_caption)
        left.addWidget(self.past, 1)
        left.addWidget(self.message)
        left_holder = QWidget()
        left_holder.setLayout(left)
        left_holder.setMaximumWidth(em * 28)

        self.agenda = AgendaPanel()
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("meetingDetailTabs")
        self.detail_tabs.setAccessibleName(tr("Meeting detail"))
        # The agenda scrolls on a small screen (1366×768) instead of making the window
        # taller than the screen.
        agenda_scroll = VerticalScrollArea()  # the meetings list gives way, not the agenda
        agenda_scroll.setWidget(self.agenda)
        self.detail_tabs.addTab(agenda_scroll, tr("A&genda"))
        # Room to work in when the list is above it (200 %): the page scrolls instead.
        self.detail_tabs.setMinimumHeight(em * 14)
        self.detail_tabs.setEnabled(False)
        self.detail_tabs.currentChanged.connect(self._tab_opened)

        # The meetings list beside the detail, or above it when space is short (200 %).
        panes = ResponsiveSplitter()
        panes.addWidget(left_holder)
        panes.addWidget(self.detail_tabs)
        panes.setStretchFactor(0, 0)
        panes.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(panes)
        chain_tab_order(
            [self.schedule_button, self.extra_button, self.upcoming, self.past, self.detail_tabs]
        )

    def _list(self, name: str, accessible: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setWordWrap(True)
        widget.setAlternatingRowColors(True)
        return widget

    # ------------------------------------------------------------------ extension
    def add_detail_tab(self, widget: QWidget, title: str) -> int:
        """Another feature's tab in the meeting detail (attendance, notes afterwards)."""
        return self.detail_tabs.addTab(widget, title)

    def add_lazy_detail_tab(
        self, build: Callable[[], QWidget], title: str, object_name: str
    ) -> LazyTab:
        """A tab whose panel ``build()`` makes the first time the tab is opened; the
        panel is told the selected meeting then."""
        holder = LazyTab(build, object_name)
        self.detail_tabs.addTab(holder, title)
        return holder

    def _tab_opened(self, index: int) -> None:
        tab = self.detail_tabs.widget(index)
        if isinstance(tab, LazyTab):
            tab.ensure_built()

    def show_meeting_in_tabs(self, meeting: Meeting | None) -> None:
        self.detail_tabs.setEnabled(meeting is not None)
        for index in range(1, self.detail_tabs.count()):
            tab = self.detail_tabs.widget(index)
            show = getattr(tab, "show_meeting", None)
            if callable(show):
                show(meeting)

    # ------------------------------------------------------------------ showing
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for widget in (self.upcoming, self.past, self.schedule_button, self.extra_button):
            widget.setEnabled(not busy)

    def show_schedule(self, text: str) -> None:
        self.schedule_label.setText(text)

    def show_meetings(
        self, upcoming: list[tuple[str, str]], past: list[tuple[str, str]], select_id: str | None
    ) -> None:
        for widget, rows in ((self.upcoming, upcoming), (self.past, past)):
            blocker = widget.blockSignals(True)
            widget.clear()
            for meeting_id, text in rows:
                item = QListWidgetItem(text)
                item.setData(MEETING_ID, meeting_id)
                widget.addItem(item)
            widget.blockSignals(blocker)
        for widget in (self.upcoming, self.past):
            for row in range(widget.count()):
                if widget.item(row).data(MEETING_ID) == select_id:
                    blocker = widget.blockSignals(True)
                    widget.setCurrentRow(row)
                    widget.blockSignals(blocker)
