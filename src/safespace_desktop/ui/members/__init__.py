"""The roster (facilitators only): the Members page and everything it opens.

``members_page(context)`` builds the view and its controller; the workspace calls it
the first time the page is shown. The roster is read and changed only through typed
operations, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.roster import today_from
from safespace_desktop.ui.members.controller import MembersController
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_children_read_only, hold_read_only


def members_page(context: SessionContext) -> MembersView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = MembersView(today_from(context.vault.clock.now()))
    view.controller = MembersController(context, view)
    _hold_when_read_only(context.vault.read_only, view)
    return view


def _hold_when_read_only(read_only: bool, view: MembersView) -> None:
    """A vault on a write-protected disk: the roster can be read, searched and exported,
    not changed (ui/widgets/read_only.py)."""
    member = view.member
    hold_children_read_only(
        read_only,
        view.form,
        (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QCheckBox),
    )
    hold_read_only(
        read_only,
        [
            view.list.add_button,
            view.list.enrol_button,
            view.list.import_button,
            view.detail.first_member_button,
            member.save_button,
            *member.consent.consent_buttons.values(),
            member.journal.invite_button,
            member.journal.reissue_button,
            member.journal.withdraw_button,
            member.leaving.archive_button,
            member.leaving.forget_button,
            view.retention_banner.review_button,
            member.draft_banner.discard_button,  # a kept draft stays kept
            view.new_shortcut,
        ],
    )
