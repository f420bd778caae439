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

    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = BackupsView()
    view.controller = BackupsController(context, view)
    return view
