"""Facilitators and devices (facilitators only): who can open the group's records, and
removing a facilitator who left or whose computer was lost (revocation, issue #12).

``devices_page(context)`` builds the view and its controller.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.devices.controller import DevicesController
from safespace_desktop.ui.devices.view import DevicesView
from safespace_desktop.ui.session.context import SessionContext


def devices_page(context: SessionContext) -> DevicesView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = DevicesView()
    view.controller = DevicesController(context, view)
    return view
