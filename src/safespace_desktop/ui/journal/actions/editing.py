"""Writing in the journal: new entry, open, save, delete, and what to ask before leaving.

Saving and deleting are collection operations that report the entry they changed
(``JOURNAL_ENTRY``), so the list, the calendar and the mood page follow by themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import NotFound, StaleEdit
from safespace_desktop.core.model import JournalEntry, JournalEntryInput, JournalTemplate
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.ui.journal.wording import long_date
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.journal.controller import JournalController


def save_entry(
    journal: JournalService,
    prompts: PromptsService,
    entry_id: str | None,
    group_prompt_id: str | None,
    entry: JournalEntryInput,
    entry_rev: int | None = None,
) -> JournalEntry:
    """Save on the worker: an edit, an answer to a group prompt, or a new entry.

    A group prompt withdrawn while the person was writing does not cost them their
    words: the answer is kept as an ordinary entry (with the prompt's text still shown).
    An edit states the revision it was opened at (``entry_rev``), so a change made
    elsewhere meanwhile is refused (StaleEdit) rather than overwritten.
    """
    if entry_id is not None:
        return journal.update(entry_id, entry, expected_rev=entry_rev)
    if group_prompt_id is not None:
        try:
            return prompts.answer_group_prompt(group_prompt_id, entry)
        except NotFound:
            return journal.add(entry)
    return journal.add(entry)


def _entry_changed(entry_id: str, *, answered_group_prompt: bool = False) -> ChangeSet:
    changes = ChangeSet.of(RecordKind.JOURNAL_ENTRY, entry_id) | ChangeSet.kinds(
        RecordKind.JOURNAL_DRAFT
    )
    if answered_group_prompt:  # an answered prompt leaves the person's list of prompts
        changes = changes | ChangeSet.kinds(RecordKind.JOURNAL_SETTINGS)
    return changes


class EntryEditing(QObject):
    def __init__(self, controller: JournalController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.view = controller.view
        editor = self.view.editor
        editor.save_button.clicked.connect(self.save)
        editor.new_button.clicked.connect(self.new_entry)
        editor.delete_button.clicked.connect(self.delete)
        editor.stale.reload_button.clicked.connect(self.reload)
        self.view.save_shortcut.activated.connect(self.save)
        self.view.new_shortcut.activated.connect(self.new_entry)

    # ------------------------------------------------------------------ leaving
    def ask_unsaved_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self.view,
            self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved yet. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def leave_then(self, proceed: Callable[[], None]) -> None:
        """Let the editor show something else once what it holds is safe: saved,
        discarded, or nothing to lose. On Cancel the editor and the list stay as they are."""
        editor = self.view.editor
        if not self.view.editor_shown():
            return
        if not editor.is_dirty() or (editor.entry_id is None and editor.is_blank()):
            proceed()
            return
        answer = self.ask_unsaved_changes()
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=proceed)
        elif answer == QMessageBox.StandardButton.Discard:
            self.controller.drafts.discard()
            proceed()
        else:
            self.controller.select_entry(editor.entry_id)

    # ------------------------------------------------------------------ starting
    def new_entry(self) -> None:
        self.leave_then(self._start_new)

    def _start_new(self) -> None:
        editor, day = self.view.editor, self.controller.day_filter
        editor.load(JournalEntryInput(), None)
        if day is not None and day <= self.controller.today:
            editor.set_date(day)
            editor.load(editor.current_input(), None)
        self.controller.clear_selection()
        editor.body_edit.setFocus()

    def open_entry(self, entry: JournalEntry) -> None:
        """Show ``entry`` in the editor (asking first about unsaved changes)."""
        if entry.id == self.view.editor.entry_id:
            return

        def show() -> None:
            self.view.editor.load(entry.to_input(), entry.id, entry_rev=entry.edited_hlc)
            self.controller.select_entry(entry.id)

        self.leave_then(show)

    def start_prompt(self, text: str, group_prompt_id: str | None = None) -> None:
        def start() -> None:
            self.controller.clear_selection()
            self.view.editor.start_with(prompt=text, group_prompt_id=group_prompt_id)

        self.leave_then(start)

    def start_template(self, template: JournalTemplate) -> None:
        def start() -> None:
            self.controller.clear_selection()
            self.view.editor.start_with(title=template.name, body=template.body)

        self.leave_then(start)

    # ------------------------------------------------------------------ saving
    def save(self, *, then: Callable[[], None] | None = None) -> None:
        """Save what the editor shows; ``then`` runs once it is saved."""
        if not self.view.editor_shown():
            return
        editor = self.view.editor
        journal, prompts = self.controller.journal, self.controller.prompts
        entry_id, group_prompt_id = editor.entry_id, editor.group_prompt_id
        entry, entry_rev = editor.current_input(), editor.entry_rev

        def saved(result: JournalEntry) -> None:
            self.controller.drafts.saved()
            editor.load(result.to_input(), result.id, entry_rev=result.edited_hlc)
            editor.status_label.setText(self.tr("Saved."))
            self.controller.select_entry(result.id)
            self.controller.status(self.tr("Entry saved."))
            if then is not None:
                then()

        self.controller.context.ops.collection(
            self.view,
            lambda _ctx: save_entry(journal, prompts, entry_id, group_prompt_id, entry, entry_rev),
            lambda result: _entry_changed(
                result.id, answered_group_prompt=group_prompt_id is not None
            ),
        ).on_success(saved).on_failure(self._not_saved).with_busy(
            editor.save_button.setDisabled
        ).run()

    def _not_saved(self, exc: BaseException) -> None:
        """Say why; the list points at what the editor still shows."""
        if isinstance(exc, StaleEdit):
            # Changed elsewhere first: the typing stays, and Reload offers the saved entry.
            self.view.editor.show_message("")
            self.view.editor.show_stale(describe(exc))
        else:
            self.view.editor.show_message(describe(exc))
        self.controller.select_entry(self.view.editor.entry_id)

    def reload(self) -> None:
        """Reload: show the entry as saved now, replacing what was typed (only ever
        because the person chose it)."""
        editor, journal = self.view.editor, self.controller.journal
        entry_id = editor.entry_id
        if entry_id is None:
            return

        def show(entry: JournalEntry) -> None:
            if editor.entry_id != entry_id:
                return  # the person moved on meanwhile
            self.controller.drafts.discard()  # the typing is let go on purpose
            editor.load(entry.to_input(), entry.id, entry_rev=entry.edited_hlc)
            self.controller.select_entry(entry.id)
            editor.body_edit.setFocus()

        self.controller.context.ops.query(self.view, lambda _ctx: journal.get(entry_id)).on_success(
            show
        ).on_failure(self._not_saved).run()

    # ------------------------------------------------------------------ deleting
    def confirm_delete(self, day_text: str) -> bool:
        answer = QMessageBox.question(
            self.view,
            self.tr("Delete entry"),
            fill(
                self.tr("Delete the entry for %1? It will be gone for good and cannot be undone."),
                day_text,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        editor = self.view.editor
        entry_id = editor.entry_id
        saved_day = editor.saved_input().entry_date
        if entry_id is None or saved_day is None:
            return
        if not self.confirm_delete(long_date(saved_day)):
            return
        journal = self.controller.journal
        drop_draft = self.controller.drafts.written

        def delete_entry() -> None:
            journal.delete(entry_id)
            if drop_draft:
                journal.discard_draft()

        def deleted(_result: None) -> None:
            self.controller.drafts.saved()
            editor.load(JournalEntryInput(), None)
            editor.status_label.setText(self.tr("Entry deleted."))
            self.controller.status(self.tr("Entry deleted."))

        self.controller.context.ops.collection(
            self.view, lambda _ctx: delete_entry(), _entry_changed(entry_id)
        ).on_success(deleted).on_failure(lambda exc: editor.show_message(describe(exc))).run()
