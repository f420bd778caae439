"""Reports without names (issue 13, facilitators only): a quarter's or chosen dates'
figures, attendance and ratings over time (each chart with its table), evaluations,
and PDF, CSV and printed copies.

``reports_page(context)`` builds the view and its controller; the workspace calls it
the first time the page is shown.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.reports.controller import ReportsController
from safespace_desktop.ui.reports.view import ReportsView
from safespace_desktop.ui.session.context import SessionContext


def reports_page(context: SessionContext) -> ReportsView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = ReportsView()
    view.controller = ReportsController(context, view)
    return view
