"""The attendance panel of one meeting. It lays out and shows; the controller decides.

Quick marking with the keyboard: in the checklist, P marks present, L came late, A sent
apologies and Delete clears; the selection then moves to the next person.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.attendance import COUNT_MAX, AttendanceStatus, HeadCounts
from safespace_desktop.ui.attendance.meeting_tab import MeetingTab
from safespace_desktop.ui.printing.documents import printer_note
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner

KEYS: dict[int, AttendanceStatus | None] = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_L: AttendanceStatus.LATE,
    Qt.Key.Key_A: AttendanceStatus.APOLOGIES,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}


class Checklist(QTableWidget):
    """Member | Status. Emits ``mark_pressed(row, status or "")`` for the marking keys."""

    mark_pressed = Signal(int, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in KEYS and self.currentRow() >= 0:
            status = KEYS[key]
            self.mark_pressed.emit(self.currentRow(), status.value if status else "")
            event.accept()
            return
        super().keyPressEvent(event)


class AttendanceView(MeetingTab):
    """Who came to one meeting: a checklist of members, counts without names, and the
    sign-in sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePanel")
        self.controller: QObject | None = None  # set by the package's factory
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Attendance"), 1.4, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "Mark who came. A name is kept only for members who agreed to keep their "
                "attendance history; everyone else is counted below without a name. In the "
                "list, press P for present, L for came late, A for sent apologies and Delete "
                "to clear."
            )
        )
        self.checklist = Checklist(0, 2)
        self.checklist.setObjectName("attendanceChecklist")
        self.checklist.setAccessibleName(self.tr("Attendance checklist"))
        self.checklist.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Attendance")])
        self.checklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist.verticalHeader().setVisible(False)
        self.checklist.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.checklist.setMinimumHeight(em * 12)
        self.checklist.setTabKeyNavigation(False)
        self.checklist.setCornerButtonEnabled(False)
        corner = self.checklist.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:  # unused (no row numbers) but still a child: name it
            corner.setAccessibleName(self.tr("Select all rows"))

        self.present_button = QPushButton(self.tr("&Present"))
        self.late_button = QPushButton(self.tr("&Came late"))
        self.apologies_button = QPushButton(self.tr("Sent &apologies"))
        self.clear_button = QPushButton(self.tr("Cl&ear mark"))
        for button, name in (
            (self.present_button, "markPresentButton"),
            (self.late_button, "markLateButton"),
            (self.apologies_button, "markApologiesButton"),
            (self.clear_button, "clearMarkButton"),
        ):
            button.setObjectName(name)

        counts_title = heading_label(
            self.tr("Counted without names"), 1.15, weight=QFont.Weight.DemiBold
        )
        self.present_count = self._spin(self.tr("Others present"), "othersPresent")
        self.late_count = self._spin(self.tr("Others who came late"), "othersLate")
        self.apologies_count = self._spin(self.tr("Others who sent apologies"), "othersApologies")
        self.newcomers_count = self._spin(self.tr("Newcomers"), "newcomers")
        form = QFormLayout()
        for caption, spin in (
            (self.tr("Others p&resent:"), self.present_count),
            (self.tr("Others who ca&me late:"), self.late_count),
            (self.tr("Others who sent apolog&ies:"), self.apologies_count),
            (self.tr("Ne&wcomers:"), self.newcomers_count),
        ):
            label = QLabel(caption)
            label.setBuddy(spin)
            form.addRow(label, spin)
        self.save_counts_button = QPushButton(self.tr("Sa&ve counts"))
        self.save_counts_button.setObjectName("saveCountsButton")
        self.stale = StaleEditBanner(
            "reloadCountsButton", self.tr("Show the counts as saved now instead of yours")
        )

        self.totals = paragraph_label()
        self.totals.setObjectName("attendanceTotals")
        self.totals.setAccessibleName(self.tr("Totals"))

        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setObjectName("largePrintCheck")
        self.print_button = QPushButton(self.tr("Print sign-in s&heet…"))
        self.print_button.setObjectName("printSignInButton")
        self.print_button.setAccessibleDescription(printer_note())
        print_note = paragraph_label(
            self.tr(
                "The sheet lists first names or chosen names only, never surnames or contact "
                "details, with blank rows for newcomers. "
            )
            + printer_note()
        )
        print_note.setAccessibleName(self.tr("About the sign-in sheet"))

        self.message = paragraph_label()
        self.message.setObjectName("attendanceMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em // 2)
        column.addWidget(title)
        column.addWidget(intro)
        # The list of people takes the room the page has (a group of 25 fits without
        # scrolling a six-row box); the rest keeps its natural height.
        column.addWidget(self.checklist, 1)
        column.addLayout(
            left_aligned(
                self.present_button, self.late_button, self.apologies_button, self.clear_button
            )
        )
        column.addWidget(self.message)
        column.addWidget(counts_title)
        column.addLayout(form)
        column.addLayout(left_aligned(self.save_counts_button))
        column.addWidget(self.stale)
        column.addWidget(self.totals)
        column.addWidget(print_note)
        column.addLayout(left_aligned(self.large_print, self.print_button))
        scrolling_column(self, column)
        chain_tab_order(
            [
                self.checklist,
                self.present_button,
                self.late_button,
                self.apologies_button,
                self.clear_button,
                self.present_count,
                self.late_count,
                self.apologies_count,
                self.newcomers_count,
                self.save_counts_button,
                self.stale.reload_button,
                self.large_print,
                self.print_button,
            ]
        )

    def _spin(self, name: str, object_name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, COUNT_MAX)
        spin.setAccessibleName(name)
        spin.setObjectName(object_name)
        return spin

    # ------------------------------------------------------------------ showing
    def show_lines(self, rows: list[tuple[str, str, bool]], select_row: int) -> None:
        """``rows`` are (name, status text, kept by name)."""
        self.checklist.setRowCount(len(rows))
        for index, (name, status, kept) in enumerate(rows):
            name_item = QTableWidgetItem(name)
            status_item = QTableWidgetItem(status)
            if not kept:
                font = status_item.font()
                font.setItalic(True)
                status_item.setFont(font)
            self.checklist.setItem(index, 0, name_item)
            self.checklist.setItem(index, 1, status_item)
        if 0 <= select_row < len(rows):
            self.checklist.setCurrentCell(select_row, 0)

    def show_status(self, row: int, status: str) -> None:
        item = self.checklist.item(row, 1)
        if item is not None:
            item.setText(status)

    def select(self, row: int) -> None:
        if 0 <= row < self.checklist.rowCount():
            self.checklist.setCurrentCell(row, 0)

    def show_counts(self, counts: HeadCounts) -> None:
        self.present_count.setValue(counts.present)
        self.late_count.setValue(counts.late)
        self.apologies_count.setValue(counts.apologies)
        self.newcomers_count.setValue(counts.newcomers)

    def counts(self) -> HeadCounts:
        return HeadCounts(
            present=self.present_count.value(),
            late=self.late_count.value(),
            apologies=self.apologies_count.value(),
            newcomers=self.newcomers_count.value(),
        )

    def show_totals(self, text: str) -> None:
        self.totals.setText(text)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.save_counts_button, self.print_button):
            widget.setEnabled(not busy)
