"""Crisis lines (facilitators only): add, edit, delete and mark lines as checked.

``crisis_lines_page(context)`` builds the view and its controller; the workspace calls
it the first time the page is shown.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.crisis_lines.controller import CrisisLinesController
from safespace_desktop.ui.crisis_lines.view import CrisisLinesView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def crisis_lines_page(context: SessionContext) -> CrisisLinesView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = CrisisLinesView()
    view.controller = CrisisLinesController(context, view)
    # A vault on a write-protected disk: the lines can be read, not changed.
    hold_read_only(
        context.vault.read_only,
        [
            view.name_edit,
            view.phone_edit,
            view.hours_edit,
            view.note_edit,
            view.add_button,
            view.save_button,
            view.verify_button,
            view.delete_button,
        ],
    )
    return view
