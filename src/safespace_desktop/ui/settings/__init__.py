"""Group settings (facilitators only): the group's name, the vault label, auto-lock times,
the retention reminder, what newcomers are told and co-facilitators.

``group_settings_page(context)`` builds the view and its controller.
"""

from __future__ import annotations

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.settings.controller import SettingsController
from safespace_desktop.ui.settings.view import SettingsView


def group_settings_page(context: SessionContext) -> SettingsView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = SettingsView()
    view.controller = SettingsController(context, view)
    return view
