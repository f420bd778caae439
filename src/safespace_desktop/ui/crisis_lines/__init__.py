"""Crisis lines (facilitators only): add, edit, delete and mark lines as checked.

``crisis_lines_page(context)`` builds the view and its controller; the workspace calls
it the first time the page is shown.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.crisis_lines.controller import CrisisLinesController
from safespace_desktop.ui.crisis_lines.view import CrisisLinesView
from safespace_desktop.ui.session.context import SessionContext


def crisis_lines_page(context: SessionContext) -> CrisisLinesView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = CrisisLinesView()
    view.controller = CrisisLinesController(context, view)
    return view
