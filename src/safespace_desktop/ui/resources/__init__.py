"""Coping resources (issue 11): the facilitators' library page, and the picker that
links resources to agenda segments (``picker.pick_resources``).

``resources_page(context)`` builds the view and its controller; the workspace calls
it the first time the page is shown.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.resources.controller import ResourcesController
from safespace_desktop.ui.resources.view import ResourcesView
from safespace_desktop.ui.session.context import SessionContext


def resources_page(context: SessionContext) -> ResourcesView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = ResourcesView()
    view.controller = ResourcesController(context, view)
    return view
