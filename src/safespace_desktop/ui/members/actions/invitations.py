"""Journal invitations: invite, see an open one, withdraw it, or give a new code.

Inviting derives a key, so it runs as an operation with a progress dialog. The
service links the new slot to the member and withdraws it again if linking fails
(``EnrolmentService.invite_journal``), so no orphan slot is ever left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.model import Invitation, JournalAccess, Member
from safespace_desktop.ui.members.dialogs.invitation_code import InvitationCodeDialog
from safespace_desktop.ui.members.table_model import display_name
from safespace_desktop.ui.members.view import INVITATION
from safespace_desktop.ui.runtime.ops import OpContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.members.controller import MembersController


class InvitationActions(QObject):
    def __init__(self, controller: MembersController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.running = False
        journal = controller.view.member.journal
        journal.invite_button.clicked.connect(self.invite_shown)
        journal.reissue_button.clicked.connect(self.reissue_shown)
        journal.withdraw_button.clicked.connect(self.withdraw_shown)

    def update_buttons(self, member: Member | None) -> None:
        journal = self.controller.view.member.journal
        state = None if member is None else member.journal
        journal.invite_button.setVisible(member is not None and state is JournalAccess.NONE)
        journal.invite_button.setEnabled(
            member is not None
            and not member.archived
            and not member.forgotten
            and state is JournalAccess.NONE
            and not self.running
        )
        is_open = member is not None and not member.forgotten and state is JournalAccess.INVITED
        for button in (journal.reissue_button, journal.withdraw_button):
            button.setVisible(is_open)
            button.setEnabled(is_open and not self.running)

    def _shown(self) -> Member | None:
        controller = self.controller
        return None if controller.editing_new else controller.current

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.controller.update_actions()

    # ------------------------------------------------------------------ inviting
    def invite_shown(self) -> None:
        member = self._shown()
        if member is not None:
            self.invite(member)

    def invite(self, member: Member) -> None:
        """Open a journal slot for ``member`` and show the code (off the GUI thread)."""
        if self.running or member.journal is not JournalAccess.NONE or member.archived:
            return
        enrolment, members, member_id = (
            self.controller.enrolment,
            self.controller.members,
            member.id,
        )

        def work(_ctx: OpContext) -> tuple[Invitation, Member]:
            return enrolment.invite_journal(member_id), members.get(member_id)

        self._run(work, self.tr("Preparing a journal invitation…"), member_id)

    def reissue_shown(self) -> None:
        member = self._shown()
        if member is None or self.running or member.journal is not JournalAccess.INVITED:
            return
        if not ask(
            self.controller.view,
            self.tr("Give a new code?"),
            fill(
                self.tr(
                    "The code %1 was given will stop working, and a new one is shown for "
                    "you to give them."
                ),
                display_name(member),
            ),
            self.tr("&Give a new code"),
        ):
            return
        enrolment, members, member_id = (
            self.controller.enrolment,
            self.controller.members,
            member.id,
        )

        def work(_ctx: OpContext) -> tuple[Invitation, Member]:
            return enrolment.reissue_invitation(member_id), members.get(member_id)

        self._run(work, self.tr("Preparing a new code…"), member_id)

    def _run(
        self, work: Callable[[OpContext], tuple[Invitation, Member]], label: str, member_id: str
    ) -> None:
        controller = self.controller
        self._set_running(True)
        controller.context.ops.collection(
            controller.view,
            work,
            ChangeSet.of(RecordKind.MEMBER, member_id) | ChangeSet.kinds(RecordKind.ACCOUNT),
        ).on_success(self._ready).on_failure(controller.failed).on_finished(
            lambda: self._set_running(False)
        ).with_progress(label).run()

    def _ready(self, result: tuple[Invitation, Member]) -> None:
        invitation, member = result
        controller = self.controller
        controller.apply_members([member])
        dialog = InvitationCodeDialog(invitation.code, display_name(member), controller.view)
        dialog.hand_over_requested.connect(controller.context.signals.hand_over_to_member.emit)
        controller.view.open_dialog(INVITATION, dialog)

    # ------------------------------------------------------------------ withdrawing
    def withdraw_shown(self) -> None:
        member = self._shown()
        if member is None or self.running or member.journal is not JournalAccess.INVITED:
            return
        if not ask(
            self.controller.view,
            self.tr("Withdraw the invitation?"),
            fill(
                self.tr(
                    "The code %1 was given will stop working. You can invite them again "
                    "at any time."
                ),
                display_name(member),
            ),
            self.tr("&Withdraw"),
            destructive=True,
        ):
            return
        controller = self.controller
        enrolment, member_id = controller.enrolment, member.id

        def withdrawn(updated: Member) -> None:
            controller.apply_members([updated])
            controller.context.signals.status_message.emit(
                fill(self.tr("The invitation for %1 was withdrawn."), display_name(updated))
            )

        self._set_running(True)
        controller.context.ops.collection(
            controller.view,
            lambda _ctx: enrolment.withdraw_invitation(member_id),
            ChangeSet.of(RecordKind.MEMBER, member_id) | ChangeSet.kinds(RecordKind.ACCOUNT),
        ).on_success(withdrawn).on_failure(controller.failed).on_finished(
            lambda: self._set_running(False)
        ).run()
