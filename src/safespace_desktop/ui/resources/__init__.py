"""Coping resources (issue 11): the facilitators' library page, and the picker that
links resources to agenda segments (``picker.pick_resources``).

``resources_page(context)`` builds the view and its controller; the workspace calls
it the first time the page is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.resources.controller import ResourcesController
from safespace_desktop.ui.resources.view import ResourcesView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_children_read_only, hold_read_only


def resources_page(context: SessionContext) -> ResourcesView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = ResourcesView()
    view.controller = ResourcesController(context, view)
    # A vault on a write-protected disk: the library can be read, searched, printed and
    # exported elsewhere, not changed.
    hold_read_only(
        context.vault.read_only,
        [
            view.new_button,
            view.import_button,
            view.examples_button,
            view.edit_button,
            view.checked_button,
            view.delete_button,
            view.editor.save_button,
        ],
    )
    hold_children_read_only(
        context.vault.read_only,
        view.editor,
        (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QCheckBox),
    )
    return view
