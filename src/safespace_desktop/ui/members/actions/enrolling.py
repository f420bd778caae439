"""Enrolling a newcomer with the wizard, then showing them (and inviting them if asked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from safespace_desktop.core.model import Member
from safespace_desktop.ui.members.dialogs.enrolment_wizard import EnrolmentWizard
from safespace_desktop.ui.members.table_model import display_name
from safespace_desktop.ui.members.view import ENROLMENT
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.members.controller import MembersController


class EnrolActions(QObject):
    def __init__(self, controller: MembersController) -> None:
        super().__init__(controller)
        self.controller = controller
        controller.view.list.enrol_button.clicked.connect(self.start)

    def start(self) -> None:
        controller = self.controller
        view = controller.view
        existing = view.dialog(ENROLMENT)
        if existing is not None:
            existing.raise_()
            return
        wizard = EnrolmentWizard(
            controller.context.ops, controller.enrolment, controller.members, view
        )
        wizard.enrolled.connect(self._enrolled)
        view.open_dialog(ENROLMENT, wizard)

    def _enrolled(self, member: Member, wants_journal: bool) -> None:
        controller = self.controller
        controller.apply_members([member])
        row = controller.model.row_of(member.id)
        shown = controller.model.member_at(row) if row is not None else member
        if controller.proxy.proxy_row_of(member.id) is None:
            controller.view.list.search_edit.clear()
        if controller.confirm_discard():
            controller.show_member(shown)
            controller.select_member(member.id)
        controller.context.signals.status_message.emit(
            fill(self.tr("%1 is on the roster. Welcome!"), display_name(shown))
        )
        if wants_journal:
            controller.invitations.invite(shown)
