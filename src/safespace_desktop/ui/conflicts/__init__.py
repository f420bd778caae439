"""Conflicts inbox (facilitators only): both versions side by side, keep one, the other
or an edited combination (issue #12).

``conflicts_page(context)`` builds the view and its controller; the workspace calls it
the first time the page is shown.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.conflicts.controller import ConflictsController
from safespace_desktop.ui.conflicts.view import ConflictsView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def conflicts_page(context: SessionContext) -> ConflictsView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = ConflictsView()
    view.controller = ConflictsController(context, view)
    # A vault on a write-protected disk: the versions can be read, no choice kept.
    view.read_only = context.vault.read_only  # the Keep buttons are made per conflict
    hold_read_only(
        context.vault.read_only,
        [view.combination_edit, view.start_from_both_button, view.keep_combination_button],
    )
    return view
