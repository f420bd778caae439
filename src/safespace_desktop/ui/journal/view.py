"""The journal page's layout: header, prompts, the entry list on the left and the editor
(or the offer of a draft) on the right. It lays out and shows; the controller decides.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.journal import wording
from safespace_desktop.ui.journal.draft_card import DraftCard
from safespace_desktop.ui.journal.editor import JournalEditor
from safespace_desktop.ui.journal.list_panel import EntryListPanel
from safespace_desktop.ui.journal.options_popup import OptionsPopup
from safespace_desktop.ui.journal.prompt_panel import GroupPromptsPanel, PromptPanel
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.responsive import ResponsiveSplitter


class JournalView(QWidget):
    """The unlocked person's own journal (members and facilitators alike)."""

    hidden = Signal()  # the page was hidden (another page, lock, quick-hide)

    def __init__(self, today: date, is_facilitator: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalPage")
        self.controller: QObject | None = None  # set by the package's page factory
        self.is_facilitator = is_facilitator
        self.busy = False  # the journal is being opened
        em = self.fontMetrics().height()

        # Header ---------------------------------------------------------------------------
        self.title = heading_label(self.nav_title(), 1.6)
        self.title.setAccessibleName(self.nav_title())
        self.subtitle = paragraph_label(wording.privacy_promise(is_facilitator))
        self.subtitle.setAccessibleName(self.tr("About your journal's privacy"))
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.options_button = QPushButton(self.tr("&Options…"))
        self.options_button.setToolTip(self.tr("Choose what your journal page shows"))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.options_button, 0, Qt.AlignmentFlag.AlignTop)

        self.options = OptionsPopup(is_facilitator, self)
        self.prompt_panel = PromptPanel(is_facilitator)
        self.group_prompts = GroupPromptsPanel()
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        # Left: finding entries; right: the editor, or the offer of a draft ------------------
        self.entries = EntryListPanel(today)
        self.editor = JournalEditor(today)
        self.draft_card = DraftCard()
        self.right = QStackedWidget()
        self.right.addWidget(self.editor)
        self.right.addWidget(self.draft_card)
        right_holder = QWidget()
        right_layout = QVBoxLayout(right_holder)
        right_layout.setContentsMargins(em // 2, 0, 0, 0)
        right_layout.addWidget(self.right)

        # The entries beside the editor, or above it when space is short (200 % zoom).
        self.splitter = ResponsiveSplitter()
        self.splitter.addWidget(self.entries)
        self.splitter.addWidget(right_holder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        content = QWidget()
        page = QVBoxLayout(content)
        page.setContentsMargins(em * 2 // 3, em * 2 // 3, em * 2 // 3, em * 2 // 3)
        page.setSpacing(em * 2 // 3)
        page.addLayout(header)
        page.addWidget(self.prompt_panel)
        page.addWidget(self.group_prompts)
        page.addWidget(self.message)
        page.addWidget(self.splitter, 1)
        # On a small screen the page scrolls rather than squeezing or clipping anything.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        average = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([average * 46, average * 90])

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.find_shortcut.activated.connect(self.entries.focus_search)
        self.options_button.clicked.connect(lambda: self.options.open_under(self.options_button))

        chain_tab_order(
            [
                self.options_button,
                *self.prompt_panel.controls(),
                *self.entries.controls(),
                self.editor.remove_prompt_button,
            ]
        )

    def nav_title(self) -> str:
        return wording.nav_title(self.is_facilitator)

    # ------------------------------------------------------------------ showing
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While the journal opens: a calm greyed list and "Opening your journal…"."""
        self.busy = busy
        self.entries.set_busy(busy)
        self.editor.setEnabled(not busy)
        self.prompt_panel.setEnabled(not busy)

    def show_draft_offer(self, text: str) -> None:
        """Offer back an unfinished entry; browsing waits until the person chooses."""
        self.draft_card.text.setText(text)
        self.right.setCurrentWidget(self.draft_card)
        self.set_browsing_enabled(False)

    def show_editor(self) -> None:
        self.right.setCurrentWidget(self.editor)
        self.set_browsing_enabled(True)

    def editor_shown(self) -> bool:
        return self.right.currentWidget() is self.editor

    def set_browsing_enabled(self, enabled: bool) -> None:
        for widget in (self.entries, self.prompt_panel, self.group_prompts):
            widget.setEnabled(enabled)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.hidden.emit()
