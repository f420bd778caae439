"""The co-facilitator rota (issue 13), facilitators only: who leads and who supports
each of the next meetings, who is away and who covers, which meetings need cover, and
a gentle note when one person would lead many meetings in a row.

``rota_page(context)`` builds the view and its controller; ``notice.RotaNotice`` is the
short "needs cover" line the facilitator Home page shows.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.rota.controller import RotaController
from safespace_desktop.ui.rota.view import RotaView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def rota_page(context: SessionContext) -> RotaView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = RotaView()
    view.controller = RotaController(context, view)
    # A vault on a write-protected disk: the rota can be read, not changed.
    view.read_only = context.vault.read_only  # the "away" ticks are made per facilitator
    hold_read_only(
        context.vault.read_only,
        [view.lead, view.support, view.cover, *view.away_checks, view.save_button],
    )
    return view
