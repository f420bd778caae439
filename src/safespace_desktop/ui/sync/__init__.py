"""Sync (facilitators only): export a sync file, import one after a preview, undo the
last import, the import log and folder mode (issue 12; DESIGN.md §4).

``sync_page(context)`` builds the view and its controller; the workspace calls it the
first time the page is shown.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.sync.controller import SyncController
from safespace_desktop.ui.sync.view import SyncView


def sync_page(context: SessionContext) -> SyncView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = SyncView()
    view.controller = SyncController(context, view)
    return view
