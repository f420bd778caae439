"""The facilitators' group agreement page: layout only. The controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.agreement import TITLE_MAX, DiffLine
from safespace_desktop.ui.printing.documents import printer_note
from safespace_desktop.ui.widgets.agreement_text import GuidelineEditor, ReadOnlyText
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned
from safespace_desktop.ui.widgets.responsive import ResponsiveSplitter
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner

#: A history row's key: ("version", number) or ("draft", draft id).
HistoryKey = tuple[str, object]
ROLE_KEY = Qt.ItemDataRole.UserRole
EMPTY_PAGE, HISTORY_PAGE = 0, 1
VERSION_DETAIL, DRAFT_DETAIL = 0, 1


def note_label(text: str = "") -> QLabel:
    """A quieter, word-wrapped remark (palette role, not a colour)."""
    label = paragraph_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _padded(widget: QWidget, margin: int) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(widget)
    return holder


class AgreementView(QWidget):
    """Versions and drafts on the left; the chosen one on the right."""

    history_chosen = Signal(object)  # HistoryKey, when a person picks a row
    draft_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementPage")
        self.controller: QObject | None = None  # set by the package's page factory
        self._filling = False
        em = self.fontMetrics().height()
        char = self.fontMetrics().averageCharWidth()

        title = heading_label(self.tr("Group agreement"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "The guidelines your group agrees to and reads together at meetings. Adopted "
                "versions never change: to change the wording, start an amendment, and the "
                "group adopts it as a new version."
            )
        )
        self.message = paragraph_label()
        self.message.setObjectName("agreementMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        self.busy_label = note_label(self.tr("Loading…"))
        self.busy_label.setAccessibleName(self.tr("Loading"))
        self.busy_label.setVisible(False)

        # Typing kept when the app locked, offered back ------------------------------------
        self.kept_bar = QFrame()
        self.kept_bar.setObjectName("keptEditsBar")
        self.kept_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.kept_text = paragraph_label(
            self.tr(
                "When the app locked, this draft had changes that were not saved yet. They "
                "were kept safely and are back in the editor: save the draft to keep them, "
                "or go back to the wording saved before."
            )
        )
        self.kept_text.setAccessibleName(self.tr("Changes kept when the app locked"))
        self.drop_kept_button = QPushButton(self.tr("&Go back to the saved wording"))
        kept_layout = QHBoxLayout(self.kept_bar)
        kept_layout.addWidget(self.kept_text, 1)
        kept_layout.addWidget(self.drop_kept_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.kept_bar.setVisible(False)

        # A save refused because someone else changed the draft first ------------------------
        self.stale = StaleEditBanner(
            "reloadDraftButton",
            self.tr("Show the saved version of this draft instead of what you typed"),
        )

        # Empty state ------------------------------------------------------------------------
        empty = QWidget()
        empty.setMaximumWidth(char * 100)
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, em, 0, 0)
        empty_layout.setSpacing(em * 2 // 3)
        self.empty_heading = heading_label(
            self.tr("Your group hasn't written its agreement in SafeSpace yet."), 1.25
        )
        empty_text = paragraph_label(
            self.tr(
                "A group agreement sets out how everyone looks after each other: keeping "
                "what is shared private, listening without judging, and letting everyone "
                "have a turn. You can start from one of three templates written in plain "
                "words, or from a blank page. Nothing is final until the group adopts it."
            )
        )
        self.start_button = QPushButton(self.tr("&Start from a template…"))
        empty_layout.addWidget(self.empty_heading)
        empty_layout.addWidget(empty_text)
        empty_layout.addSpacing(em // 3)
        empty_layout.addLayout(left_aligned(self.start_button))
        empty_layout.addStretch(1)

        # History list -----------------------------------------------------------------------
        self.history_list = QListWidget()
        self.history_list.setObjectName("agreementHistory")
        self.history_list.setAccessibleName(self.tr("Versions and drafts"))
        self.history_list.setWordWrap(True)
        self.history_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.history_list.setSpacing(max(2, em // 6))
        history_label = QLabel(self.tr("&History"))
        history_label.setFont(scaled_font(self.font(), 1.15, QFont.Weight.DemiBold))
        history_label.setBuddy(self.history_list)
        self.side_start_button = QPushButton(self.tr("Start from a te&mplate…"))
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(em // 2)
        side.addWidget(history_label)
        side.addWidget(self.history_list, 1)
        side.addLayout(left_aligned(self.side_start_button))
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(char * 22)  # narrower at 200 % zoom, not cut off
        side_widget.setMaximumWidth(char * 34)

        self.detail = QStackedWidget()
        self.detail.addWidget(self._build_version_view(em))
        self.detail.addWidget(self._build_draft_view(em))
        self.detail.setMaximumWidth(char * 120)

        # The history beside the version when there is room, above it when there is
        # not (200 % zoom in a longer language): the page never scrolls sideways.
        panes = ResponsiveSplitter()
        panes.setHandleWidth(em * 3 // 2)
        panes.addWidget(side_widget)
        panes.addWidget(self.detail)
        panes.setStretchFactor(0, 0)
        panes.setStretchFactor(1, 1)
        main = QWidget()
        main_layout = QHBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(panes, 100)
        main_layout.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(main)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
        outer.setSpacing(em * 2 // 3)
        outer.addWidget(title)
        outer.addWidget(intro)
        outer.addWidget(self.busy_label)
        outer.addWidget(self.message)
        outer.addWidget(self.kept_bar)
        outer.addWidget(self.stale)
        outer.addWidget(self.stack, 1)

        chain_tab_order(
            [
                self.start_button,
                self.history_list,
                self.side_start_button,
                self.version_tabs,
                self.version_text,
                self.diff_view,
                self.amend_button,
                self.record_button,
                self.print_button,
                self.drop_kept_button,
                self.stale.reload_button,
                self.title_edit,
                self.draft_tabs,
                self.text_edit,
                self.changes_view,
                self.save_button,
                self.discard_button,
                self.adopt_button,
            ]
        )
        self.history_list.currentItemChanged.connect(self._on_row)
        self.title_edit.textEdited.connect(self._on_typed)
        self.text_edit.textChanged.connect(self._on_typed)

    def _build_version_view(self, em: int) -> QWidget:
        self.version_heading = heading_label("", 1.4)
        self.version_heading.setAccessibleName(self.tr("Version"))
        self.version_meta = paragraph_label()
        self.version_meta.setAccessibleName(self.tr("Version and adoption date"))
        self.count_label = paragraph_label()
        self.count_label.setAccessibleName(self.tr("Agreement at meetings"))
        self.read_only_note = note_label(
            self.tr(
                "Adopted versions are read-only, so everyone can trust what was agreed. "
                "To change the wording, press “Amend…”."
            )
        )
        self.version_text = ReadOnlyText(self.tr("Agreement wording"))
        self.diff_summary = paragraph_label()
        self.diff_summary.setAccessibleName(self.tr("Summary of differences"))
        self.diff_view = ReadOnlyText(self.tr("Differences from the previous version"))
        diff_tab = QWidget()
        diff_layout = QVBoxLayout(diff_tab)
        diff_layout.setContentsMargins(em // 2, em // 2, em // 2, em // 2)
        diff_layout.addWidget(self.diff_summary)
        diff_layout.addWidget(self.diff_view, 1)
        self.version_tabs = QTabWidget()
        self.version_tabs.setAccessibleName(self.tr("Agreement or differences"))
        self.version_tabs.addTab(_padded(self.version_text, em // 2), self.tr("The a&greement"))
        self.version_tabs.addTab(diff_tab, self.tr("Di&fferences from the previous version"))

        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.amend_button.setToolTip(self.tr("Start a draft from this version's wording"))
        self.record_button = QPushButton(self.tr("&Record agreement at a meeting…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_note = note_label(printer_note())
        self.print_button.setAccessibleDescription(printer_note())

        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em // 2)
        layout.addWidget(self.version_heading)
        layout.addWidget(self.version_meta)
        layout.addWidget(self.count_label)
        layout.addWidget(self.version_tabs, 1)
        layout.addWidget(self.read_only_note)
        layout.addLayout(left_aligned(self.amend_button, self.record_button, self.print_button))
        layout.addWidget(self.print_note)
        return view

    def _build_draft_view(self, em: int) -> QWidget:
        self.draft_heading = heading_label(self.tr("Draft"), 1.4)
        self.draft_meta = paragraph_label()
        self.draft_meta.setAccessibleName(self.tr("About this draft"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Agreement title"))
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_edit)
        self.text_edit = GuidelineEditor(self.tr("Agreement wording, one guideline per line"))
        text_label = QLabel(self.tr("&Wording, one guideline per line:"))
        text_label.setBuddy(self.text_edit)
        self.changes_summary = paragraph_label()
        self.changes_summary.setAccessibleName(self.tr("Summary of changes so far"))
        self.changes_view = ReadOnlyText(self.tr("Changes so far"))
        changes_tab = QWidget()
        changes_layout = QVBoxLayout(changes_tab)
        changes_layout.setContentsMargins(em // 2, em // 2, em // 2, em // 2)
        changes_layout.addWidget(self.changes_summary)
        changes_layout.addWidget(self.changes_view, 1)
        edit_tab = QWidget()
        edit_layout = QVBoxLayout(edit_tab)
        edit_layout.setContentsMargins(em // 2, em // 2, em // 2, em // 2)
        edit_layout.setSpacing(em // 3)
        edit_layout.addWidget(text_label)
        edit_layout.addWidget(self.text_edit, 1)
        self.draft_tabs = QTabWidget()
        self.draft_tabs.setAccessibleName(self.tr("Wording or changes so far"))
        self.draft_tabs.addTab(edit_tab, self.tr("W&ording"))
        self.draft_tabs.addTab(changes_tab, self.tr("&Changes so far"))

        self.draft_state = paragraph_label()
        self.draft_state.setAccessibleName(self.tr("Whether the draft is saved"))
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.discard_button = QPushButton(self.tr("&Discard draft…"))
        self.adopt_button = QPushButton(self.tr("Adopt as &version 1…"))

        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em // 2)
        layout.addWidget(self.draft_heading)
        layout.addWidget(self.draft_meta)
        title_row = QHBoxLayout()
        title_row.setSpacing(em // 2)
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_edit, 1)
        layout.addLayout(title_row)
        layout.addWidget(self.draft_tabs, 1)
        layout.addWidget(self.draft_state)
        layout.addLayout(left_aligned(self.save_button, self.discard_button, self.adopt_button))
        return view

    # ------------------------------------------------------------------ showing
    def show_stale(self, text: str) -> None:
        """Say that someone else changed the draft first (with Reload); "" hides it."""
        self.stale.say(text)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.history_list.setEnabled(not busy)

    def show_empty(self) -> None:
        self._fill_history([], None)
        self.stack.setCurrentIndex(EMPTY_PAGE)

    def show_history(
        self, rows: list[tuple[HistoryKey, str]], select: HistoryKey | None, *, can_start: bool
    ) -> None:
        """``rows`` newest first; selects ``select`` (or the first row) without a signal."""
        self.side_start_button.setVisible(can_start)
        self._fill_history(rows, select)
        self.stack.setCurrentIndex(HISTORY_PAGE)

    def select_quietly(self, key: HistoryKey) -> None:
        self._fill_history(
            [
                (self.history_list.item(r).data(ROLE_KEY), self.history_list.item(r).text())
                for r in range(self.history_list.count())
            ],
            key,
        )

    def _fill_history(self, rows: list[tuple[HistoryKey, str]], select: HistoryKey | None) -> None:
        self._filling = True
        self.history_list.clear()
        chosen = 0
        for row, (key, text) in enumerate(rows):
            item = QListWidgetItem(text)
            item.setData(ROLE_KEY, key)
            self.history_list.addItem(item)
            if key == select:
                chosen = row
        if rows:
            self.history_list.setCurrentRow(chosen)
        self._filling = False

    def show_version(
        self,
        *,
        heading: str,
        meta: str,
        count: str,
        title: str,
        lines: list[str],
        diff_summary: str,
        changes: tuple[DiffLine, ...],
        is_current: bool,
    ) -> None:
        self.version_heading.setText(heading)
        self.version_meta.setText(meta)
        self.count_label.setText(count)
        self.version_text.show_agreement(title, lines)
        self.diff_summary.setText(diff_summary)
        self.diff_view.show_diff(changes)
        self.amend_button.setVisible(is_current)
        self.amend_button.setEnabled(is_current)
        self.record_button.setVisible(is_current)  # counts are for the agreement in use
        self.record_button.setEnabled(is_current)
        self.set_draft_actions_enabled(False)
        self.kept_bar.setVisible(False)
        self.show_stale("")
        self.detail.setCurrentIndex(VERSION_DETAIL)

    def show_draft(
        self, *, heading: str, meta: str, adopt_text: str, title: str, text: str, kept: bool
    ) -> None:
        self._filling = True
        self.title_edit.setText(title)
        self.text_edit.setPlainText(text)
        self.text_edit.document().clearUndoRedoStacks()
        self._filling = False
        self.draft_heading.setText(heading)
        self.draft_meta.setText(meta)
        self.adopt_button.setText(adopt_text)
        self.set_draft_actions_enabled(True)
        self.kept_bar.setVisible(kept)
        self.show_stale("")
        self.draft_tabs.setCurrentIndex(0)
        self.detail.setCurrentIndex(DRAFT_DETAIL)

    def set_draft_actions_enabled(self, enabled: bool) -> None:
        for button in (self.save_button, self.discard_button, self.adopt_button):
            button.setEnabled(enabled)

    def show_draft_state(self, text: str) -> None:
        self.draft_state.setText(text)

    def show_draft_changes(self, summary: str, changes: tuple[DiffLine, ...]) -> None:
        self.changes_summary.setText(summary)
        self.changes_view.show_diff(changes)

    def typed(self) -> tuple[str, str]:
        """The draft's title and wording as typed."""
        return self.title_edit.text(), self.text_edit.toPlainText()

    def showing_changes_tab(self) -> bool:
        return self.draft_tabs.currentIndex() == 1

    def focus_field(self, field: str) -> None:
        target = {"title": self.title_edit, "text": self.text_edit}.get(field)
        if target is not None:
            self.draft_tabs.setCurrentIndex(0)
            target.setFocus()

    # ------------------------------------------------------------------ internals
    def _on_row(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if not self._filling and current is not None:
            self.history_chosen.emit(current.data(ROLE_KEY))

    def _on_typed(self, *_args: object) -> None:
        if not self._filling:
            self.draft_edited.emit()
