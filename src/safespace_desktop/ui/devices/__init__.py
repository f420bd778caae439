"""Facilitators and devices (facilitators only): who can open the group's records, and
removing a facilitator who left or whose computer was lost (revocation, issue #12).

``devices_page(context)`` builds the view and its controller.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.devices.controller import DevicesController
from safespace_desktop.ui.devices.view import DevicesView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def devices_page(context: SessionContext) -> DevicesView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = DevicesView()
    view.controller = DevicesController(context, view)
    # A vault on a write-protected disk: the key file can still be saved elsewhere.
    hold_read_only(
        context.vault.read_only,
        [view.revoke_button, view.revoke_device_button, view.open_keys_button],
    )
    return view
