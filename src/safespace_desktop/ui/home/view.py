"""The facilitator home: the next meeting and the open follow-ups. It lays out and
shows; the controller decides. In the list, Space marks the chosen follow-up done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.attendance import FOLLOW_UP_TEXT_MAX
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner
from safespace_desktop.ui.wording.dates import from_qdate, to_qdate

FormFields = tuple[str, date | None, str, str]  # text, due date, member id, meeting id


class FollowUpList(QListWidget):
    """Emits ``done_pressed`` when Space is pressed on a follow-up."""

    done_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Space and self.currentRow() >= 0:
            self.done_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class HomeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.controller: QObject | None = None  # set by the package's page factory
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Home"), 1.6, weight=QFont.Weight.DemiBold)
        self.next_meeting = paragraph_label()
        self.next_meeting.setObjectName("nextMeeting")
        self.next_meeting.setAccessibleName(self.tr("Next meeting"))
        follow_title = heading_label(self.tr("Follow-ups"), 1.2, weight=QFont.Weight.DemiBold)
        self.summary = paragraph_label()
        self.summary.setObjectName("followUpSummary")
        self.summary.setAccessibleName(self.tr("Follow-ups summary"))
        self.list = FollowUpList()
        self.list.setObjectName("followUpList")
        self.list.setAccessibleName(self.tr("Open follow-ups, overdue first"))
        self.list.setAccessibleDescription(self.tr("Press Space to mark the chosen one done."))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(em * 8)
        list_caption = QLabel(self.tr("&Open follow-ups (Space marks one done):"))
        list_caption.setBuddy(self.list)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setObjectName("followUpDoneButton")
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("removeFollowUpButton")
        self.remove_button.setAccessibleDescription(
            self.tr("Remove a follow-up added by mistake (not the same as done)")
        )

        form_title = heading_label(
            self.tr("Add or edit a follow-up"), 1.1, weight=QFont.Weight.DemiBold
        )
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("followUpText")
        self.text_edit.setAccessibleName(self.tr("What needs following up"))
        self.text_edit.setMaxLength(FOLLOW_UP_TEXT_MAX)
        self.text_edit.setPlaceholderText(self.tr("For example: stepped out, call tomorrow"))
        self.has_due = QCheckBox(self.tr("Due &by:"))
        self.has_due.setObjectName("followUpHasDue")
        self.due_edit = QDateEdit()
        self.due_edit.setObjectName("followUpDue")
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setEnabled(False)
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("followUpMember")
        self.member_combo.setAccessibleName(self.tr("About whom (optional)"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("followUpMeeting")
        self.meeting_combo.setAccessibleName(self.tr("From which meeting (optional)"))
        form = QFormLayout()
        text_label = QLabel(self.tr("&What:"))
        text_label.setBuddy(self.text_edit)
        form.addRow(text_label, self.text_edit)
        form.addRow(self.has_due, self.due_edit)
        member_label = QLabel(self.tr("About &whom:"))
        member_label.setBuddy(self.member_combo)
        form.addRow(member_label, self.member_combo)
        meeting_label = QLabel(self.tr("From &meeting:"))
        meeting_label.setBuddy(self.meeting_combo)
        form.addRow(meeting_label, self.meeting_combo)
        self.add_button = QPushButton(self.tr("&Add follow-up"))
        self.add_button.setObjectName("addFollowUpButton")
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveFollowUpButton")
        self.new_button = QPushButton(self.tr("&Clear the form"))
        self.stale = StaleEditBanner(
            "reloadFollowUpButton", self.tr("Show the saved follow-up instead of what you typed")
        )
        self.message = paragraph_label()
        self.message.setObjectName("homeMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em // 2)
        column.addWidget(title)
        column.addWidget(self.next_meeting)
        column.addWidget(follow_title)
        column.addWidget(self.summary)
        column.addWidget(list_caption)
        column.addWidget(self.list)
        column.addLayout(left_aligned(self.done_button, self.remove_button))
        column.addWidget(form_title)
        column.addLayout(form)
        column.addLayout(left_aligned(self.add_button, self.save_button, self.new_button))
        column.addWidget(self.stale)
        column.addWidget(self.message)
        column.addStretch(1)
        scrolling_column(self, column)
        self.column = column  # feedback (issue 13) adds its evaluation reminder here
        chain_tab_order(
            [
                self.list,
                self.done_button,
                self.remove_button,
                self.text_edit,
                self.has_due,
                self.due_edit,
                self.member_combo,
                self.meeting_combo,
                self.add_button,
                self.save_button,
                self.new_button,
                self.stale.reload_button,
            ]
        )

    # ------------------------------------------------------------------ showing
    def show_rows(self, rows: list[tuple[str, str, bool]], select_row: int) -> None:
        """``rows`` are (follow-up id, text, overdue)."""
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, text, overdue in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            if overdue:
                font = item.font()
                font.setBold(True)  # weight, not colour alone, marks what is overdue
                item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(select_row)

    def show_choices(self, combo: QComboBox, choices: list[tuple[str, str]], none: str) -> None:
        """(id, text) choices after a first "none" entry; keeps the chosen id."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none, "")
        for choice_id, text in choices:
            combo.addItem(text, choice_id)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def fields(self) -> FormFields:
        due = from_qdate(self.due_edit.date()) if self.has_due.isChecked() else None
        return (
            self.text_edit.text(),
            due,
            str(self.member_combo.currentData() or ""),
            str(self.meeting_combo.currentData() or ""),
        )

    def show_fields(self, fields: FormFields, today: date) -> None:
        text, due, member_id, meeting_id = fields
        self.text_edit.setText(text)
        self.has_due.setChecked(due is not None)
        self.due_edit.setDate(to_qdate(due) if due is not None else to_qdate(today))
        for combo, chosen in ((self.member_combo, member_id), (self.meeting_combo, meeting_id)):
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))

    def set_today(self, today: date) -> None:
        if not self.has_due.isChecked():
            self.due_edit.setDate(QDate(today.year, today.month, today.day))

    def set_item_actions_enabled(self, enabled: bool) -> None:
        self.done_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def set_busy(self, busy: bool) -> None:
        self.add_button.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_stale(self, text: str) -> None:
        self.stale.say(text)
