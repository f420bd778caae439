"""Drafts: what the person typed is kept sealed before it can be lost.

While the person types, the editor's content is sealed as a draft about 3 seconds
after the last change, and at least every 10 seconds during continuous typing; also
whenever the page is hidden (another page, quick-hide) and when the session is about
to lock (Ctrl+L, F12, idle time-out, closing the window). Each is a collection
operation: the single worker seals the draft before the lock wipes the keys. After
the next unlock the draft is offered back. The timers belong to this object, a child
of the page, so they die with the page when the shell destroys it on lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer
from PySide6.QtGui import QTextCursor

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import VaultLocked
from safespace_desktop.core.model import JournalDraft, JournalEntry, JournalEntryInput
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.journal.controller import JournalController

AUTOSAVE_DELAY_MS = 3_000  # after the last change
AUTOSAVE_MAX_MS = 10_000  # at the latest, during continuous typing

DRAFT_CHANGED = ChangeSet.kinds(RecordKind.JOURNAL_DRAFT)


def _has_content(entry: JournalEntryInput) -> bool:
    return bool(
        entry.title.strip() or entry.body.strip() or entry.feelings or entry.tags or entry.mood
    )


class DraftKeeper(QObject):
    def __init__(self, controller: JournalController, delay_ms: int, max_ms: int) -> None:
        super().__init__(controller)
        self.controller = controller
        self.view = controller.view
        self.written = False  # a draft of the editor's content is sealed
        self.unsealed = False  # typed since the last draft was sealed
        self.pending: JournalDraft | None = None  # offered back, not yet chosen

        # One timer restarts on every change, the other caps the wait.
        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("journalDraftIdleTimer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(delay_ms)
        self.cap_timer = QTimer(self)
        self.cap_timer.setObjectName("journalDraftCapTimer")
        self.cap_timer.setSingleShot(True)
        self.cap_timer.setInterval(max_ms)
        self.idle_timer.timeout.connect(self.write)
        self.cap_timer.timeout.connect(self.write)

        self.view.editor.changed.connect(self._editor_changed)
        self.view.hidden.connect(self._page_hidden)
        self.view.draft_card.continue_button.clicked.connect(self.continue_draft)
        self.view.draft_card.discard_button.clicked.connect(self.discard_offered)
        controller.context.signals.about_to_lock.connect(self.keep_before_lock)

    # ------------------------------------------------------------------ autosave
    def _editor_changed(self) -> None:
        editor = self.view.editor
        if not editor.is_dirty():
            self.stop()
            self.unsealed = False
            if self.written:
                self.discard()
            editor.status_label.clear()
            return
        self.unsealed = True
        if not self.written:
            editor.status_label.setText(self.tr("Not saved yet."))
        self.idle_timer.start()  # restarts on every change
        if not self.cap_timer.isActive():
            self.cap_timer.start()

    def stop(self) -> None:
        self.idle_timer.stop()
        self.cap_timer.stop()

    def saved(self) -> None:
        """The entry was saved (the service dropped the draft with it)."""
        self.stop()
        self.written = False
        self.unsealed = False

    def _page_hidden(self) -> None:
        if self.idle_timer.isActive() or self.cap_timer.isActive():
            self.write()

    def keep_before_lock(self) -> None:
        """The session is ending: seal unsaved typing now, without asking anything."""
        if self.unsealed:
            self.write()

    def write(self) -> None:
        """Seal what the editor shows as the draft."""
        self.stop()
        editor = self.view.editor
        if not self.view.editor_shown() or not editor.is_dirty():
            return
        journal, entry, editing_id = (
            self.controller.journal,
            editor.current_input(),
            editor.entry_id,
        )
        clock = self.controller.context.vault.clock
        self.unsealed = False

        def sealed(_draft: JournalDraft) -> None:
            self.written = True
            now = QDateTime.fromMSecsSinceEpoch(int(clock.now() * 1000))
            editor.status_label.setText(
                fill(
                    self.tr("Not saved yet. A sealed draft was kept at %1."),
                    QLocale().toString(now.time(), QLocale.FormatType.ShortFormat),
                )
            )

        def failed(exc: BaseException) -> None:
            self.unsealed = True
            if not isinstance(exc, VaultLocked):
                editor.status_label.setText(
                    fill(self.tr("Not saved yet, and no draft could be kept: %1"), describe(exc))
                )

        self.controller.context.ops.collection(
            self.view, lambda _ctx: journal.save_draft(entry, editing_id), DRAFT_CHANGED
        ).on_success(sealed).on_failure(failed).run()

    def discard(self) -> None:
        self.stop()
        self.written = False
        self.unsealed = False
        journal = self.controller.journal
        self.controller.context.ops.collection(
            self.view, lambda _ctx: journal.discard_draft(), DRAFT_CHANGED
        ).on_failure(lambda _exc: None).run()

    # ------------------------------------------------------------------ offering back
    def offer(self, draft: JournalDraft) -> None:
        if not _has_content(draft.entry):
            self.discard()
            return
        self.pending = draft
        saved_at = QDateTime.fromMSecsSinceEpoch(int(draft.saved_at.timestamp() * 1000))
        when = QLocale().toString(saved_at, "dddd d MMMM 'at' HH:mm")
        self.view.show_draft_offer(
            fill(
                self.tr("You have an unfinished entry from %1. Would you like to continue it?"),
                when,
            )
        )

    def continue_draft(self) -> None:
        draft, self.pending = self.pending, None
        self.view.show_editor()
        if draft is None:
            return
        entry_id = draft.editing_id
        if entry_id is None:
            self._bring_back(draft, None, None)
            return
        journal = self.controller.journal
        self.controller.context.ops.query(self.view, lambda _ctx: journal.get(entry_id)).on_success(
            lambda saved: self._bring_back(draft, saved, entry_id)
        ).on_failure(
            # The entry is gone: the words come back as a new entry.
            lambda _exc: self._bring_back(draft, None, None)
        ).run()

    def _bring_back(
        self, draft: JournalDraft, saved: JournalEntry | None, entry_id: str | None
    ) -> None:
        editor = self.view.editor
        rev = saved.edited_hlc if saved is not None else None
        editor.load(
            saved.to_input() if saved is not None else JournalEntryInput(), entry_id, entry_rev=rev
        )
        editor.load(draft.entry, entry_id, keep_dirty=True, entry_rev=rev)
        self.written = True
        self.unsealed = False
        editor.status_label.setText(self.tr("Not saved yet (brought back from your draft)."))
        self.controller.select_entry(entry_id)
        editor.body_edit.setFocus()
        editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)

    def discard_offered(self) -> None:
        self.pending = None
        self.discard()
        self.view.show_editor()
        self.controller.status(self.tr("The unfinished entry was discarded."))
