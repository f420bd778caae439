"""Group settings (facilitators only): the group's name, the vault label, auto-lock times,
the retention reminder, what newcomers are told and co-facilitators.

``group_settings_page(context)`` builds the view and its controller.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.settings.controller import SettingsController
from safespace_desktop.ui.settings.view import SettingsView
from safespace_desktop.ui.widgets.read_only import hold_children_read_only, hold_read_only


def group_settings_page(context: SessionContext) -> SettingsView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = SettingsView()
    view.controller = SettingsController(context, view)
    # A vault on a write-protected disk: the settings can be read, not changed.
    hold_read_only(
        context.vault.read_only,
        [
            view.name_edit,
            view.label_edit,
            view.retention_months,
            view.keep_talk_totals,
            view.save_button,
            view.wording_button,
            view.add_button,
        ],
    )
    hold_children_read_only(
        context.vault.read_only, view, (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox)
    )
    return view
