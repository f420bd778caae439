"""The roster (facilitators only): the Members page and everything it opens.

``members_page(context)`` builds the view and its controller; the workspace calls it
the first time the page is shown. The roster is read and changed only through typed
operations, never on the GUI thread.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.roster import today_from
from safespace_desktop.ui.members.controller import MembersController
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext


def members_page(context: SessionContext) -> MembersView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = MembersView(today_from(context.vault.clock.now()))
    view.controller = MembersController(context, view)
    return view
