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
    return view
