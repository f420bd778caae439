"""Decides what the journal page shows; every read is a query operation off the GUI thread.

Everything here is the unlocked person's own journal, read through the session's one
``JournalService`` (``context.journal``) with their own journal key: a facilitator's
page shows only the facilitator's own reflections.

- Opening: one ``QueryOp`` reads the journal's list part (on the worker) while the
  list shows "Opening your journal…"; then the draft, if any, is offered back. The
  first keystroke in the search box reads the search part, during the typing pause.
- Searching: typing waits for a short pause, then one ``QueryOp`` filters the in-memory
  copy. Only the answer to the newest question is shown.
- Changes: the page follows journal entries, group prompts and the journal's settings
  on the session's change bus, whoever changed them (this page, an import in My
  account), and a hidden page catches up when it is shown again.
- Writing, drafts and prompts are use cases in ``actions/``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QTimer

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.model import JournalFilter, JournalPreferences
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.ui.journal.actions.drafts import DraftKeeper
from safespace_desktop.ui.journal.actions.editing import EntryEditing
from safespace_desktop.ui.journal.actions.prompts import PromptActions
from safespace_desktop.ui.journal.queries import (
    Listing,
    Opening,
    open_journal,
    read_listing,
    read_more,
)
from safespace_desktop.ui.journal.view import JournalView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe

SEARCH_PAUSE_MS = 250  # search once typing pauses this long


class JournalController(QObject):
    def __init__(
        self,
        context: SessionContext,
        view: JournalView,
        today: date,
        *,
        autosave_delay_ms: int,
        autosave_max_ms: int,
    ) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.today = today
        self.is_facilitator = context.principal.is_facilitator
        self.journal = context.journal
        self.prompts = PromptsService(context.vault, self.journal)
        self.preferences = JournalPreferences()
        self.day_filter: date | None = None  # the day picked on the calendar
        self.opened = False
        self._generation = 0  # only the newest listing is shown
        self.selecting = False  # the controller itself is moving the list's selection

        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("journalSearchPause")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.refresh_list)

        self.editing = EntryEditing(self)
        self.drafts = DraftKeeper(self, autosave_delay_ms, autosave_max_ms)
        self.prompt_actions = PromptActions(self)

        entries = view.entries
        self.search_prepared = False
        entries.search_edit.textChanged.connect(self._search_typed)
        entries.filters.changed.connect(self.refresh_list)
        entries.list_button.toggled.connect(self._view_changed)
        entries.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh_calendar())
        entries.calendar.selectionChanged.connect(self._calendar_day_chosen)
        entries.list_view.selectionModel().currentChanged.connect(self._current_changed)
        entries.on_this_day.open_entry.connect(self.editing.open_entry)

        context.changes.follow(
            view,
            [RecordKind.JOURNAL_ENTRY, RecordKind.GROUP_PROMPT, RecordKind.JOURNAL_SETTINGS],
            self._on_changes,
        )
        view.entries.model.more_wanted.connect(self._more_wanted)
        self.open()

    # ------------------------------------------------------------------ opening
    def open(self) -> None:
        journal, prompts, today = self.journal, self.prompts, self.today
        is_facilitator, flt, month = self.is_facilitator, self.current_filter(), self._month()
        self._generation += 1
        generation = self._generation
        self.context.ops.query(
            self.view,
            lambda _ctx: open_journal(journal, prompts, is_facilitator, flt, month, today),
        ).on_success(lambda opening: self._opened(generation, opening)).on_failure(
            self._failed
        ).with_busy(self.view.set_busy).after_first_paint(self.view).run()

    def _opened(self, generation: int, opening: Opening) -> None:
        self.opened = True
        self.preferences = opening.preferences
        self.view.options.show_preferences(opening.preferences)
        self.view.prompt_panel.show_prompt(content.content_text(opening.prompt_of_the_day))
        self.view.group_prompts.show_prompts(opening.group_prompts)
        if generation == self._generation:
            self._show_listing(opening.listing)
        if opening.damaged:
            self.view.say(
                self.tr(
                    "Some entries could not be opened because they seem damaged. "
                    "They have been left exactly as they were."
                )
            )
        if opening.draft is not None:
            self.drafts.offer(opening.draft)

    # ------------------------------------------------------------------ listing
    def current_filter(self) -> JournalFilter:
        filters = self.view.entries.filters
        date_from, date_to = filters.date_range()
        if self.day_filter is not None:
            date_from = date_to = self.day_filter
        tag, mood = filters.tag(), filters.mood()
        return JournalFilter(
            text=self.view.entries.search_edit.text(),
            date_from=date_from,
            date_to=date_to,
            tags=(tag,) if tag else (),
            moods=frozenset({mood}) if mood else frozenset(),
            starred_only=filters.starred_check.isChecked(),
        )

    def _month(self) -> tuple[int, int]:
        return self.view.entries.calendar_panel.month_shown()

    def refresh_list(self) -> None:
        """Run the search and filters again (off the GUI thread) and show the answer."""
        self.search_timer.stop()
        if not self.opened:
            return  # the opening query already asks for the listing
        journal, flt, month, today = self.journal, self.current_filter(), self._month(), self.today
        self._generation += 1
        generation = self._generation
        self.context.ops.query(
            self.view, lambda _ctx: read_listing(journal, flt, month, today)
        ).on_success(lambda listing: self._listed(generation, listing)).on_failure(
            self._failed
        ).run()

    def _listed(self, generation: int, listing: Listing) -> None:
        if generation == self._generation:
            self._show_listing(listing)

    def _show_listing(self, listing: Listing) -> None:
        entries = self.view.entries
        self.view.editor.set_suggestions(listing.feelings, listing.tags)
        if entries.filters.show_tags(listing.tags):
            self.refresh_list()  # the chosen tag is gone: ask again without it
            return
        self.selecting = True
        try:
            entries.show_entries(listing.entries, self.view.editor.entry_id, listing.matched)
        finally:
            self.selecting = False
        entries.show_count(listing.matched, listing.total, self.day_filter)
        entries.calendar_panel.mark_days(*listing.month, listing.days)
        entries.on_this_day.show_entries(listing.on_this_day)

    def _search_typed(self, _text: str) -> None:
        """Search once typing pauses. The first keystroke also starts reading the
        journal's search part (off the GUI thread): it is ready before the pause ends,
        and opening the journal never waits for it (issue 15)."""
        self.search_timer.start()
        if self.opened and not self.search_prepared:
            self.search_prepared = True
            journal = self.journal
            self.context.ops.query(self.view, lambda _ctx: journal.prepare_search()).on_failure(
                self._failed
            ).run()

    def _more_wanted(self, offset: int) -> None:
        """The list was scrolled to its end: read the next page off the GUI thread."""
        journal, flt, generation = self.journal, self.current_filter(), self._generation
        model = self.view.entries.model
        self.context.ops.query(self.view, lambda _ctx: read_more(journal, flt, offset)).on_success(
            lambda page: model.add_entries(page) if generation == self._generation else None
        ).on_failure(self._failed).run()

    def refresh_calendar(self) -> None:
        """Mark the days with entries of the month now shown."""
        journal, month = self.journal, self._month()
        self.context.ops.query(
            self.view, lambda _ctx: journal.days_with_entries(*month)
        ).on_success(
            lambda days: self.view.entries.calendar_panel.mark_days(*month, days)
        ).on_failure(self._failed).run()

    def select_entry(self, entry_id: str | None) -> None:
        """Move the list's selection without treating it as the person's choice."""
        self.selecting = True
        try:
            self.view.entries.select_entry(entry_id)
        finally:
            self.selecting = False

    def clear_selection(self) -> None:
        self.selecting = True
        try:
            self.view.entries.clear_selection()
        finally:
            self.selecting = False

    # ------------------------------------------------------------------ browsing
    def _view_changed(self, list_shown: bool) -> None:
        calendar = self.view.entries.calendar_panel
        self.day_filter = None if list_shown else calendar.selected_day()
        self.refresh_list()

    def _calendar_day_chosen(self) -> None:
        if self.view.entries.calendar_mode():
            self.day_filter = self.view.entries.calendar_panel.selected_day()
            self.refresh_list()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.selecting or not current.isValid():
            return
        entry = self.view.entries.model.entry_at(current.row())
        if entry is not None:
            self.editing.open_entry(entry)

    # ------------------------------------------------------------------ changes
    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches([RecordKind.JOURNAL_ENTRY, RecordKind.JOURNAL_SETTINGS]):
            self.refresh_list()
        if changes.touches([RecordKind.GROUP_PROMPT, RecordKind.JOURNAL_SETTINGS]):
            self.prompt_actions.refresh_group_prompts()

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))

    def status(self, text: str) -> None:
        """A short confirmation in the window's status bar."""
        self.context.signals.status_message.emit(text)
