"""Check-in pairs ("We Care", facilitators only): members who agreed check in with each
other between meetings. ``pairs_page(context)`` builds the view and its controller.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.pairs.controller import PairsController
from safespace_desktop.ui.pairs.view import PairsView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def pairs_page(context: SessionContext) -> PairsView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = PairsView()
    view.controller = PairsController(context, view)
    # A vault on a write-protected disk: pairs can be seen, not made or ended.
    hold_read_only(context.vault.read_only, [view.unpair_button, view.pair_button])
    return view
