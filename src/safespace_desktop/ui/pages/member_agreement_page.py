"""The group agreement in a member's own space: the current version, read-only, printable.

It comes from ``AgreementService.current_for_members`` (sealed under the commons key,
so any unlocked member can read it). Drafts and meeting counts are facilitator
records and never appear here.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from safespace_desktop.core.agreement import AgreementVersion
from safespace_desktop.core.errors import SafeSpaceError
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.printing import agreement_document, print_document, printer_note
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.agreement_text import ReadOnlyText, long_date
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned
from safespace_desktop.ui.wording.placeholders import fill

#: The agreement is read, not scanned: keep its lines to a comfortable length.
READING_WIDTH_CHARS = 100


class MemberAgreementPage(QWidget):
    """The current group agreement, for everyone who has unlocked (members included)."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = AgreementService(context.vault)
        self.version: AgreementVersion | None = None
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Group agreement"), 1.6, weight=QFont.Weight.DemiBold)
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        # Nothing adopted yet ---------------------------------------------------------------------
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

        # The agreement ---------------------------------------------------------------------------
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
        column_layout.addWidget(self.message)
        column_layout.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
        outer.addWidget(column, 1)

        chain_tab_order([self.text_view, self.print_button])
        self.print_button.clicked.connect(self.print_agreement)
        self.refresh()

    def nav_title(self) -> str:
        return self.tr("Group agreement")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refresh(self) -> None:
        try:
            self.version = self.service.current_for_members()
        except SafeSpaceError as exc:
            self._show_message(describe(exc))
            self.stack.setCurrentIndex(0)
            return
        version = self.version
        if version is None:
            self.stack.setCurrentIndex(0)
            return
        self.meta_label.setText(
            fill(self.tr("Version %1, adopted %2."), version.number, long_date(version.adopted_on))
        )
        self.text_view.show_agreement(version.title, version.lines)
        self.stack.setCurrentIndex(1)

    def print_agreement(self) -> None:
        if self.version is None:
            return
        try:
            printable = self.service.printable()
        except SafeSpaceError as exc:
            self._show_message(describe(exc))
            return
        document = agreement_document(printable, self.font())
        try:
            printed = print_document(document, self)
        finally:
            document.clear()
            document.deleteLater()
        if printed:
            self.context.signals.status_message.emit(self.tr("Sent to the printer."))
