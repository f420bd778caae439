"""The group agreement in a member's own space: layout only (read-only, printable)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from safespace_desktop.ui.printing.documents import printer_note
from safespace_desktop.ui.widgets.agreement_text import ReadOnlyText
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned

#: The agreement is read, not scanned: keep its lines to a comfortable length.
READING_WIDTH_CHARS = 100
EMPTY_PAGE, SHOWN_PAGE = 0, 1


class MemberAgreementView(QWidget):
    """The current group agreement, for everyone who has unlocked (members included)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberAgreementPage")
        self.controller: QObject | None = None  # set by the package's page factory
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Group agreement"), 1.6, weight=QFont.Weight.DemiBold)
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        self.busy_label = paragraph_label(self.tr("Loading…"))
        self.busy_label.setAccessibleName(self.tr("Loading"))
        self.busy_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.busy_label.setVisible(False)

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, em // 2, 0, 0)
        empty_layout.setSpacing(em * 2 // 3)
        self.empty_heading = heading_label(
            self.tr("Your group hasn't written its agreement in SafeSpace yet."), 1.2
        )
        empty_text = paragraph_label(
            self.tr(
                "The group agreement is how everyone looks after each other at meetings. "
                "When your facilitators add it here, you can read it on this page at any "
                "time, and print it if you like."
            )
        )
        empty_layout.addWidget(self.empty_heading)
        empty_layout.addWidget(empty_text)
        empty_layout.addStretch(1)

        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.setSpacing(em // 2)
        intro = paragraph_label(
            self.tr(
                "What your group has agreed, so that meetings feel safe for everyone. "
                "Your facilitators keep it up to date."
            )
        )
        self.meta_label = paragraph_label()
        self.meta_label.setAccessibleName(self.tr("Version and adoption date"))
        self.text_view = ReadOnlyText(self.tr("Group agreement"), min_lines=10)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleDescription(printer_note())
        self.print_note = paragraph_label(printer_note())
        self.print_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        shown_layout.addWidget(intro)
        shown_layout.addWidget(self.meta_label)
        shown_layout.addWidget(self.text_view, 1)
        shown_layout.addLayout(left_aligned(self.print_button))
        shown_layout.addWidget(self.print_note)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(shown)

        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(em * 2 // 3)
        column_layout.addWidget(title)
        column_layout.addWidget(self.busy_label)
        column_layout.addWidget(self.message)
        column_layout.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
        outer.addWidget(column, 1)
        chain_tab_order([self.text_view, self.print_button])

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.print_button.setEnabled(not busy)

    def show_empty(self) -> None:
        self.stack.setCurrentIndex(EMPTY_PAGE)

    def show_agreement(self, meta: str, title: str, lines: list[str]) -> None:
        self.meta_label.setText(meta)
        self.text_view.show_agreement(title, lines)
        self.stack.setCurrentIndex(SHOWN_PAGE)
