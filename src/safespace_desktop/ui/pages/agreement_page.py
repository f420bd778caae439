"""The group agreement (facilitators): the adopted versions, drafts and meeting counts.

Adopted versions are read-only: they are shown, never edited. Changing the wording
means starting an amendment (a draft), and adopting that draft makes a new version
with a readable difference to the one before. Agreement at a meeting is kept as two
numbers (present, agreed), never names. The rules live in
``services.agreement.AgreementService``; this page only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.agreement import (
    BLANK,
    TEXT_MAX,
    TITLE_MAX,
    AgreementDraft,
    AgreementVersion,
    agreement_lines,
    diff_lines,
    template,
)
from safespace_desktop.core.errors import NotPermitted, SafeSpaceError, ValidationError
from safespace_desktop.core.roster import clean_text, today_from
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.ui.dialogs.agreement_template import AgreementTemplateDialog
from safespace_desktop.ui.dialogs.record_agreement import RecordAgreementDialog
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.printing import agreement_document, print_document, printer_note
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.agreement_text import (
    GuidelineEditor,
    ReadOnlyText,
    diff_counts,
    long_date,
    medium_date,
)
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned
from safespace_desktop.ui.wording.placeholders import fill

ROLE_KEY = Qt.ItemDataRole.UserRole
DRAFT = "draft"
VERSION = "version"


def note_label(text: str = "") -> QLabel:
    """A quieter, word-wrapped remark (palette role, not a colour)."""
    label = paragraph_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class AgreementPage(QWidget):
    """Facilitators' view of the group agreement. Only built for facilitators."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        if not context.principal.is_facilitator:
            raise NotPermitted()
        super().__init__(parent)
        self.context = context
        self.service = AgreementService(context.vault)
        self.versions: list[AgreementVersion] = []
        self.drafts: list[AgreementDraft] = []
        self.shown_version: AgreementVersion | None = None
        self.shown_draft: AgreementDraft | None = None
        self.template_dialog: AgreementTemplateDialog | None = None
        self.record_dialog: RecordAgreementDialog | None = None
        self.confirm_box: QMessageBox | None = None
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
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

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

        # History list ---------------------------------------------------------------------
        self.history_list = QListWidget()
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
        side_widget.setFixedWidth(char * 34)

        # Version view ---------------------------------------------------------------------
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
        self.version_tabs.addTab(self._padded(self.version_text), self.tr("The a&greement"))
        self.version_tabs.addTab(diff_tab, self.tr("Di&fferences from the previous version"))

        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.amend_button.setToolTip(self.tr("Start a draft from this version's wording"))
        self.record_button = QPushButton(self.tr("&Record agreement at a meeting…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_note = note_label(printer_note())
        self.print_button.setAccessibleDescription(printer_note())

        version_view = QWidget()
        version_layout = QVBoxLayout(version_view)
        version_layout.setContentsMargins(0, 0, 0, 0)
        version_layout.setSpacing(em // 2)
        version_layout.addWidget(self.version_heading)
        version_layout.addWidget(self.version_meta)
        version_layout.addWidget(self.count_label)
        version_layout.addWidget(self.version_tabs, 1)
        version_layout.addWidget(self.read_only_note)
        version_layout.addLayout(
            left_aligned(self.amend_button, self.record_button, self.print_button)
        )
        version_layout.addWidget(self.print_note)

        # Draft view -----------------------------------------------------------------------
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

        draft_view = QWidget()
        draft_layout = QVBoxLayout(draft_view)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        draft_layout.setSpacing(em // 2)
        draft_layout.addWidget(self.draft_heading)
        draft_layout.addWidget(self.draft_meta)
        title_row = QHBoxLayout()
        title_row.setSpacing(em // 2)
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_edit, 1)
        draft_layout.addLayout(title_row)
        draft_layout.addWidget(self.draft_tabs, 1)
        draft_layout.addWidget(self.draft_state)
        draft_layout.addLayout(
            left_aligned(self.save_button, self.discard_button, self.adopt_button)
        )

        self.detail = QStackedWidget()
        self.detail.addWidget(version_view)
        self.detail.addWidget(draft_view)
        self.detail.setMaximumWidth(char * 120)

        main = QWidget()
        main_layout = QHBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(em * 3 // 2)
        main_layout.addWidget(side_widget)
        main_layout.addWidget(self.detail, 100)
        main_layout.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(main)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
        outer.setSpacing(em * 2 // 3)
        outer.addWidget(title)
        outer.addWidget(intro)
        outer.addWidget(self.message)
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
                self.title_edit,
                self.draft_tabs,
                self.text_edit,
                self.changes_view,
                self.save_button,
                self.discard_button,
                self.adopt_button,
            ]
        )

        self.start_button.clicked.connect(self.open_template_chooser)
        self.side_start_button.clicked.connect(self.open_template_chooser)
        self.history_list.currentItemChanged.connect(self._on_selection)
        self.amend_button.clicked.connect(self.amend)
        self.record_button.clicked.connect(self.open_record_dialog)
        self.print_button.clicked.connect(self.print_shown_version)
        self.save_button.clicked.connect(self.save_draft)
        self.discard_button.clicked.connect(self.ask_discard_draft)
        self.adopt_button.clicked.connect(self.ask_adopt)
        self.title_edit.textEdited.connect(self._on_draft_edited)
        self.text_edit.textChanged.connect(self._on_draft_edited)
        self.draft_tabs.currentChanged.connect(self._on_draft_tab)

        self.refresh()

    def nav_title(self) -> str:
        return self.tr("Group agreement")

    # -- pieces -----------------------------------------------------------------------------
    def _padded(self, widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em // 2, em // 2, em // 2, em // 2)
        layout.addWidget(widget)
        return holder

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _fail(self, exc: SafeSpaceError, prefix: str = "") -> None:
        text = describe(exc)
        self.show_message(fill(prefix, text) if prefix else text)

    def next_number(self) -> int:
        return max((v.number for v in self.versions), default=0) + 1

    def current_version(self) -> AgreementVersion | None:
        return self.versions[-1] if self.versions else None

    def _origin_words(self, draft: AgreementDraft) -> str:
        if draft.amends is not None:
            return fill(self.tr("Amending version %1."), draft.amends)
        if draft.origin == BLANK:
            return self.tr("Started from a blank page.")
        try:
            name = template(draft.origin).title
        except KeyError:
            return self.tr("Started from a template.")
        return fill(self.tr("Started from the “%1” template."), name)

    def _draft_item_text(self, draft: AgreementDraft) -> str:
        if draft.amends is not None:
            return fill(self.tr("Draft: amending version %1"), draft.amends)
        return self.tr("Draft: not adopted yet")

    def _version_item_text(self, version: AgreementVersion, current: bool) -> str:
        if current:
            first = fill(self.tr("Version %1 (current)"), version.number)
        else:
            first = fill(self.tr("Version %1"), version.number)
        adopted = fill(self.tr("adopted %1"), medium_date(version.adopted_on))
        return first + "\n" + adopted

    # -- loading -----------------------------------------------------------------------------
    def refresh(self, select: tuple[str, object] | None = None) -> None:
        """Reload versions and drafts and show ``select`` (or the current version)."""
        try:
            self.versions = self.service.history()
            self.drafts = self.service.drafts()
        except SafeSpaceError as exc:
            self._fail(exc)
            return
        self.side_start_button.setVisible(not self.versions)
        if not self.versions and not self.drafts:
            self.shown_draft = None
            self.shown_version = None
            self._filling = True
            self.history_list.clear()
            self._filling = False
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._filling = True
        self.history_list.clear()
        current = self.current_version()
        for draft in reversed(self.drafts):
            item = QListWidgetItem(self._draft_item_text(draft))
            item.setData(ROLE_KEY, (DRAFT, draft.id))
            self.history_list.addItem(item)
        for version in reversed(self.versions):
            item = QListWidgetItem(self._version_item_text(version, version is current))
            item.setData(ROLE_KEY, (VERSION, version.number))
            self.history_list.addItem(item)
        self._filling = False
        if select is None:
            select = (VERSION, current.number) if current else (DRAFT, self.drafts[-1].id)
        for row in range(self.history_list.count()):
            if self.history_list.item(row).data(ROLE_KEY) == select:
                self.history_list.setCurrentRow(row)
                break
        else:
            self.history_list.setCurrentRow(0)

    def _on_selection(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if self._filling or current is None:
            return
        self.show_message("")
        leaving = self.shown_draft
        if leaving is not None and self.draft_is_dirty() and not self.save_draft(quiet=True):
            # Keep the unsaved wording on screen; the message says what to fix.
            self._select_quietly((DRAFT, leaving.id))
            return
        kind, key = current.data(ROLE_KEY)
        if kind == VERSION:
            version = next((v for v in self.versions if v.number == key), None)
            if version is not None:
                self.show_version(version)
        else:
            draft = next((d for d in self.drafts if d.id == key), None)
            if draft is not None:
                self.show_draft(draft)

    def _select_quietly(self, key: tuple[str, object]) -> None:
        self._filling = True
        for row in range(self.history_list.count()):
            if self.history_list.item(row).data(ROLE_KEY) == key:
                self.history_list.setCurrentRow(row)
        self._filling = False

    # -- a version -----------------------------------------------------------------------------
    def show_version(self, version: AgreementVersion) -> None:
        self.shown_draft = None
        self.shown_version = version
        self.adopt_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        current = self.current_version()
        is_current = current is not None and version.number == current.number
        if is_current:
            heading = self.tr("Version %1, the current agreement")
            meta = self.tr("Adopted %1.")
        else:
            heading = self.tr("Version %1, an earlier agreement")
            meta = self.tr("Adopted %1. Kept for the record; the group now uses a later version.")
        self.version_heading.setText(fill(heading, version.number))
        self.version_meta.setText(fill(meta, long_date(version.adopted_on)))
        if version.affirmations:
            last = version.affirmations[-1]
            count = fill(
                self.tr("Agreed at the meeting on %1: %2 of %3 present."),
                long_date(last.meeting_on),
                last.agreed,
                last.present,
            )
        else:
            count = self.tr("No agreement at a meeting has been recorded for this version yet.")
        self.count_label.setText(count)
        self.version_text.show_agreement(version.title, version.lines)
        self._show_changes(version)
        self.amend_button.setVisible(is_current)
        self.amend_button.setEnabled(is_current)
        self.record_button.setVisible(is_current)  # counts are for the agreement in use
        self.record_button.setEnabled(is_current)
        self.detail.setCurrentIndex(0)

    def _show_changes(self, version: AgreementVersion) -> None:
        added, removed = diff_counts(version.changes)
        if version.amends is not None or version.number > 1:
            before = fill(
                self.tr("Compared with version %1."), version.amends or version.number - 1
            )
        elif version.origin == BLANK:
            before = self.tr("Version 1 was written on a blank page, so every line is new.")
        else:
            try:
                name = template(version.origin).title
                before = fill(self.tr("Compared with the “%1” template it started from."), name)
            except KeyError:
                before = self.tr("Compared with the template it started from.")
        if added or removed:
            summary = fill(self.tr("Lines added: %1. Lines removed: %2."), added, removed)
        else:
            summary = self.tr("No differences: the wording is the same.")
        self.diff_summary.setText(before + " " + summary)
        self.diff_view.show_diff(version.changes)

    # -- a draft -------------------------------------------------------------------------------
    def show_draft(self, draft: AgreementDraft) -> None:
        self.shown_version = None
        self.shown_draft = draft
        self._filling = True
        self.title_edit.setText(draft.title)
        self.text_edit.setPlainText(draft.text)
        self.text_edit.document().clearUndoRedoStacks()
        self._filling = False
        number = self.next_number()
        self.draft_heading.setText(fill(self.tr("Draft for version %1"), number))
        self.draft_meta.setText(
            self._origin_words(draft)
            + " "
            + self.tr(
                "Nothing here is final: the group's agreement only changes when you adopt "
                "this draft."
            )
        )
        self.adopt_button.setText(fill(self.tr("Adopt as &version %1…"), number))
        self.save_button.setEnabled(True)
        self.discard_button.setEnabled(True)
        self.adopt_button.setEnabled(True)
        self.draft_tabs.setCurrentIndex(0)
        self._update_draft_state()
        self.detail.setCurrentIndex(1)

    def _typed_title(self) -> str:
        return clean_text(self.title_edit.text())

    def _typed_text(self) -> str:
        return "\n".join(agreement_lines(self.text_edit.toPlainText()))

    def draft_is_dirty(self) -> bool:
        draft = self.shown_draft
        if draft is None:
            return False
        return self._typed_title() != draft.title or self._typed_text() != draft.text

    def _update_draft_state(self, saved_now: bool = False) -> None:
        if self.draft_is_dirty():
            self.draft_state.setText(self.tr("You have changes that are not saved yet."))
        elif saved_now:
            self.draft_state.setText(self.tr("✓ Draft saved."))
        else:
            self.draft_state.setText(self.tr("All changes are saved."))

    def _on_draft_edited(self, *_args: object) -> None:
        if self._filling or self.shown_draft is None:
            return
        too_long = len(self.text_edit.toPlainText()) > TEXT_MAX
        if too_long:
            self.show_message(
                fill(self.tr("Please keep the agreement under %1 characters."), TEXT_MAX)
            )
        self._update_draft_state()
        if self.draft_tabs.currentIndex() == 1:
            self._show_draft_changes()

    def _on_draft_tab(self, index: int) -> None:
        if index == 1:
            self._show_draft_changes()

    def _show_draft_changes(self) -> None:
        draft = self.shown_draft
        if draft is None:
            return
        changes = diff_lines(
            draft.origin_text,
            self.text_edit.toPlainText(),
            old_title=draft.origin_title,
            new_title=self._typed_title(),
        )
        added, removed = diff_counts(changes)
        if draft.amends is not None:
            before = fill(self.tr("Compared with version %1."), draft.amends)
        elif draft.origin == BLANK:
            before = self.tr("Compared with the blank page you started from.")
        else:
            before = self.tr("Compared with the template you started from.")
        summary = (
            fill(self.tr("Lines added: %1. Lines removed: %2."), added, removed)
            if added or removed
            else self.tr("No changes yet.")
        )
        self.changes_summary.setText(before + " " + summary)
        self.changes_view.show_diff(changes)

    def _focus_field(self, exc: SafeSpaceError) -> None:
        if isinstance(exc, ValidationError):
            target = {"title": self.title_edit, "text": self.text_edit}.get(exc.field)
            if target is not None:
                self.draft_tabs.setCurrentIndex(0)
                target.setFocus()

    def save_draft(self, quiet: bool = False) -> bool:
        """Save the shown draft. Returns False (and says why) if it could not be saved."""
        draft = self.shown_draft
        if draft is None:
            return False
        try:
            saved = self.service.update_draft(
                draft.id, title=self.title_edit.text(), text=self.text_edit.toPlainText()
            )
        except SafeSpaceError as exc:
            self._fail(exc, self.tr("The draft is not saved yet. %1"))
            self._focus_field(exc)
            return False
        self.shown_draft = saved
        self.drafts = [saved if d.id == saved.id else d for d in self.drafts]
        if not quiet:
            self.show_message("")
            self._update_draft_state(saved_now=True)
            self.context.signals.status_message.emit(self.tr("Draft saved."))
        return True

    # -- actions -----------------------------------------------------------------------------------
    def open_template_chooser(self) -> None:
        if self.template_dialog is not None and shiboken6.isValid(self.template_dialog):
            self.template_dialog.deleteLater()
        self.template_dialog = AgreementTemplateDialog(self.service.templates(), self)
        self.template_dialog.accepted.connect(self._start_from_chosen)
        self.template_dialog.open()

    def _start_from_chosen(self) -> None:
        dialog = self.template_dialog
        if dialog is None:
            return
        try:
            draft = self.service.start_draft(dialog.chosen_key())
        except SafeSpaceError as exc:
            self._fail(exc)
            return
        self.show_message("")
        self.refresh(select=(DRAFT, draft.id))
        self.text_edit.setFocus()
        self.context.signals.status_message.emit(self.tr("Draft started."))

    def amend(self) -> None:
        current = self.current_version()
        if current is None:
            return
        existing = next((d for d in self.drafts if d.amends == current.number), None)
        if existing is not None:
            self.refresh(select=(DRAFT, existing.id))
            self.show_message(self.tr("You already have an amendment in progress. Here it is."))
            return
        try:
            draft = self.service.amend()
        except SafeSpaceError as exc:
            self._fail(exc)
            return
        self.show_message("")
        self.refresh(select=(DRAFT, draft.id))
        self.text_edit.setFocus()
        self.context.signals.status_message.emit(self.tr("Amendment started."))

    def _confirm(self, title: str, text: str, action_text: str, on_yes: Callable[[], None]) -> None:
        if self.confirm_box is not None and shiboken6.isValid(self.confirm_box):
            self.confirm_box.deleteLater()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(text)
        yes = box.addButton(action_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def finished() -> None:
            if box.clickedButton() is yes:
                on_yes()

        box.finished.connect(finished)
        self.confirm_box = box
        box.open()

    def ask_discard_draft(self) -> None:
        if self.shown_draft is None:
            return
        self._confirm(
            self.tr("Discard this draft?"),
            self.tr(
                "The draft's wording will be gone. Adopted versions of the agreement are "
                "not affected."
            ),
            self.tr("&Discard draft"),
            self.discard_draft,
        )

    def discard_draft(self) -> None:
        draft = self.shown_draft
        if draft is None:
            return
        try:
            self.service.discard_draft(draft.id)
        except SafeSpaceError as exc:
            self._fail(exc)
            return
        self.shown_draft = None
        self.show_message("")
        self.refresh()
        self.context.signals.status_message.emit(self.tr("Draft discarded."))

    def ask_adopt(self) -> None:
        if self.shown_draft is None:
            return
        number = self.next_number()
        self._confirm(
            fill(self.tr("Adopt this draft as version %1?"), number),
            self.tr(
                "Adopted versions are read-only: once adopted, nobody can change this "
                "wording. To change it later you start an amendment, and the group adopts "
                "a new version. Please adopt it when the group has agreed to it."
            ),
            fill(self.tr("&Adopt as version %1"), number),
            self.adopt_draft,
        )

    def adopt_draft(self) -> None:
        draft = self.shown_draft
        if draft is None:
            return
        if self.draft_is_dirty() and not self.save_draft(quiet=True):
            return
        try:
            version = self.service.adopt(draft.id)
        except SafeSpaceError as exc:
            self._fail(exc, self.tr("Not adopted yet. %1"))
            self._focus_field(exc)
            return
        self.shown_draft = None
        self.refresh(select=(VERSION, version.number))
        self.show_message(
            fill(
                self.tr(
                    "✓ Adopted as version %1. When the group agrees to it at a meeting, you can "
                    "record how many agreed."
                ),
                version.number,
            )
        )
        self.context.signals.status_message.emit(
            fill(self.tr("Agreement adopted as version %1."), version.number)
        )

    def open_record_dialog(self) -> None:
        version = self.shown_version or self.current_version()
        if version is None:
            return
        if self.record_dialog is not None and shiboken6.isValid(self.record_dialog):
            self.record_dialog.deleteLater()
        today = today_from(self.context.vault.clock.now())
        self.record_dialog = RecordAgreementDialog(self.service, version.number, today, self)
        self.record_dialog.accepted.connect(self._on_recorded)
        self.record_dialog.open()

    def _on_recorded(self) -> None:
        dialog = self.record_dialog
        if dialog is None or dialog.recorded is None:
            return
        recorded = dialog.recorded
        self.refresh(select=(VERSION, recorded.version))
        text = fill(
            self.tr("✓ Recorded: %1 of %2 present agreed."), recorded.agreed, recorded.present
        )
        self.show_message(text)
        self.context.signals.status_message.emit(text)

    def print_shown_version(self) -> None:
        version = self.shown_version or self.current_version()
        if version is None:
            return
        try:
            printable = self.service.printable(version.number)
        except SafeSpaceError as exc:
            self._fail(exc)
            return
        document = agreement_document(printable, self.font())
        try:
            printed = print_document(document, self)
        finally:
            document.clear()
            document.deleteLater()
        if printed:
            self.context.signals.status_message.emit(self.tr("Sent to the printer."))
