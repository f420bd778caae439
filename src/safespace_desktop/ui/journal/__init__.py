"""The private journal: "Journal" for members, "My reflections" for facilitators.

``journal_page(context)`` builds the view and its controller; the workspace calls it
the first time the page is shown.

- ``view.py`` lays out the page from its panels: ``list_panel.py`` (search, filters,
  calendar, "On this day", the entries), ``prompt_panel.py`` (prompt of the day, group
  prompts), ``options_popup.py``, ``draft_card.py`` and the ``editor.py``.
- ``controller.py`` opens the journal and runs searches (``queries.py``, off the GUI
  thread); ``actions/`` holds the use cases: writing, drafts, prompts and options.
- ``model.py`` is the entry list model; ``wording.py`` what the journal says.
- The prompts, export and import dialogs live here too (export and import are opened
  from My account).
"""

from __future__ import annotations

from datetime import date

from safespace_desktop.ui.journal.actions.drafts import AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_MS
from safespace_desktop.ui.journal.controller import JournalController
from safespace_desktop.ui.journal.view import JournalView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def journal_page(
    context: SessionContext,
    *,
    autosave_delay_ms: int = AUTOSAVE_DELAY_MS,
    autosave_max_ms: int = AUTOSAVE_MAX_MS,
) -> JournalView:
    today = date.fromtimestamp(context.vault.clock.now())
    view = JournalView(today, context.principal.is_facilitator)
    view.controller = JournalController(
        context,
        view,
        today,
        autosave_delay_ms=autosave_delay_ms,
        autosave_max_ms=autosave_max_ms,
    )
    _hold_if_read_only(context.vault.read_only, view)
    return view


def _hold_if_read_only(read_only: bool, view: JournalView) -> None:
    """A vault on a write-protected disk: entries can be read and searched, not written."""
    if not read_only:
        return
    editor, prompts = view.editor, view.prompt_panel
    view.group_prompts.read_only = True
    hold_read_only(
        read_only,
        [
            *(editor.title_edit, editor.date_edit, editor.star_check, *editor.mood_group.buttons()),
            *(editor.body_edit, editor.feelings_edit, editor.tags_edit),
            *(editor.save_button, editor.new_button, editor.delete_button),
            *(editor.remove_prompt_button, view.draft_card.continue_button),
            *(view.draft_card.discard_button, prompts.write_prompt_button, prompts.prompts_button),
            getattr(prompts, "check_in_button", None),
            *(view.options.on_this_day_check, view.options.group_prompts_check),
            *(view.save_shortcut, view.new_shortcut),
        ],
    )
