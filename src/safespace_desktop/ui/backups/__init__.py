"""Backups (facilitators only): where backups go, the list of backups, "Back up now",
checking a backup and restoring one after a preview (issue 14).

``backups_page(context)`` builds the view and its controller; the workspace calls it the
first time the page is shown. ``automatic.py`` is the shell's session-end backup; it is
imported on its own, so nothing here is imported at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from safespace_desktop.core.errors import NotPermitted

if TYPE_CHECKING:
    from safespace_desktop.ui.backups.view import BackupsView
    from safespace_desktop.ui.session.context import SessionContext


def backups_page(context: SessionContext) -> BackupsView:
    from safespace_desktop.ui.backups.controller import BackupsController
    from safespace_desktop.ui.backups.view import BackupsView
    from safespace_desktop.ui.widgets.read_only import hold_read_only

    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = BackupsView()
    view.controller = BackupsController(context, view)
    # A vault on a write-protected disk: its folder takes no backup, no restore and no
    # new choice of folder (the choice is kept there); a chosen folder elsewhere still
    # takes a backup (the controller holds "Back up now" when there is none).
    hold_read_only(
        context.vault.read_only, [view.choose_button, view.data_folder_button, view.restore_button]
    )
    return view
