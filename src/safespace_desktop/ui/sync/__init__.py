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
from safespace_desktop.ui.widgets.read_only import hold_read_only


def sync_page(context: SessionContext) -> SyncView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = SyncView()
    view.controller = SyncController(context, view)
    # A vault on a write-protected disk: every sync records what it sent or took in the
    # vault, so none can start; the import log can still be read.
    hold_read_only(
        context.vault.read_only,
        [
            view.export_button,
            view.join_kit_button,
            view.import_button,
            view.apply_button,
            view.undo_button,
            view.choose_folder_button,
            view.folder_sync_button,
        ],
    )
    return view
