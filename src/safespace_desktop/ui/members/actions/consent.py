"""Consent on the detail pane: show what is given, record it, withdraw it.

Recording reads the current wording first (so the version shown is the one stored);
withdrawing asks, because it erases what the consent covered straight away.
Consent changes are reported with the member's id (``RecordKind.CONSENT``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.consent import (
    PURPOSE_ORDER,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
    Wording,
)
from safespace_desktop.core.model import Member
from safespace_desktop.ui.members.consent_model import (
    erased_by_withdrawal,
    method_name,
    purpose_name,
)
from safespace_desktop.ui.members.dialogs.record_consent import RecordConsentDialog
from safespace_desktop.ui.members.table_model import display_name
from safespace_desktop.ui.members.view import CONSENT
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.members.controller import MembersController


def consent_changed(member_id: str) -> ChangeSet:
    return ChangeSet.of(RecordKind.CONSENT, member_id) | ChangeSet.of(RecordKind.MEMBER, member_id)


class ConsentActions(QObject):
    contact_purpose = ConsentPurpose.CONTACT_BETWEEN_MEETINGS

    def __init__(self, controller: MembersController) -> None:
        super().__init__(controller)
        self.controller = controller
        controller.view.member.consent.consent_button_clicked.connect(self._button_clicked)

    # ------------------------------------------------------------------ showing
    def show_states(self, member: Member | None, *, reload: bool = True) -> None:
        """What is given now (from the member), then the log with its dates (a query)."""
        section = self.controller.view.member.consent
        if member is None:
            section.consent_model.set_records([])
            return
        busy = self.controller.leaving.forgetting
        for purpose in PURPOSE_ORDER:
            given = purpose in member.consents
            button = section.consent_buttons[purpose]
            if given:
                button.setText(self.tr("Withdraw…"))
                button.setAccessibleName(
                    fill(self.tr("Withdraw consent: %1"), purpose_name(purpose))
                )
            else:
                section.consent_states[purpose].setText(self.tr("Not given"))
                section.consent_states[purpose].setToolTip("")
                button.setText(self.tr("Record consent…"))
                button.setAccessibleName(fill(self.tr("Record consent: %1"), purpose_name(purpose)))
            button.setVisible(not member.forgotten)
            button.setEnabled(not member.forgotten and not busy)
        if reload:
            self._load_log(member.id)

    def _load_log(self, member_id: str) -> None:
        controller, consent = self.controller, self.controller.consent
        controller.context.ops.query(
            controller.view, lambda _ctx: consent.log(member_id)
        ).on_success(lambda records: self._show_log(member_id, records)).on_failure(
            controller.failed
        ).after_first_paint(controller.view.member).run()

    def _show_log(self, member_id: str, records: list[ConsentRecord]) -> None:
        current = self.controller.current
        if current is None or current.id != member_id or self.controller.editing_new:
            return  # someone else is shown by now
        section = self.controller.view.member.consent
        section.consent_model.set_records(records)
        section.consent_table.setVisible(bool(records))
        section.consent_empty.setVisible(not records)
        for record in records:
            if not record.active:
                continue
            state = section.consent_states[record.purpose]
            state.setText(fill(self.tr("Yes, since %1"), format_date(record.given_on)))
            state.setToolTip(
                fill(
                    self.tr("%1, wording version %2"),
                    method_name(record.method),
                    record.wording_version,
                )
            )

    # ------------------------------------------------------------------ changing
    def _button_clicked(self, purpose: ConsentPurpose) -> None:
        controller = self.controller
        member = None if controller.editing_new else controller.current
        if member is None or member.forgotten:
            return
        if purpose in member.consents:
            self.withdraw(member, purpose)
        else:
            self.record(member, purpose)

    def record(self, member: Member, purpose: ConsentPurpose) -> None:
        """Read the wording to show, then ask in the consent dialog."""
        controller, consent = self.controller, self.controller.consent
        controller.context.ops.query(
            controller.view, lambda _ctx: consent.consent_wording(purpose)
        ).on_success(lambda wording: self._ask(member, purpose, wording)).on_failure(
            controller.failed
        ).run()

    def _ask(self, member: Member, purpose: ConsentPurpose, wording: Wording) -> None:
        controller = self.controller
        dialog = RecordConsentDialog(
            purpose, wording, display_name(member), controller.today(), controller.view
        )
        dialog.accepted.connect(
            lambda: self._give(
                member.id, purpose, dialog.method(), dialog.version, dialog.given_on()
            )
        )
        controller.view.open_dialog(CONSENT, dialog)

    def _give(
        self,
        member_id: str,
        purpose: ConsentPurpose,
        method: ConsentMethod,
        version: int,
        given_on: date,
    ) -> None:
        controller = self.controller
        consent, members = controller.consent, controller.members

        def work(_ctx: object) -> Member:
            consent.give(
                member_id, purpose, method=method, wording_version=version, given_on=given_on
            )
            return members.get(member_id)

        def given(member: Member) -> None:
            controller.context.signals.status_message.emit(
                fill(self.tr("Consent recorded: %1."), purpose_name(purpose))
            )
            controller.apply_members([member])  # shows the log again if they are shown

        controller.context.ops.collection(
            controller.view, work, consent_changed(member_id)
        ).on_success(given).on_failure(controller.failed).run()

    def withdraw(self, member: Member, purpose: ConsentPurpose) -> None:
        controller = self.controller
        confirmed = ask(
            controller.view,
            self.tr("Withdraw consent?"),
            fill(
                self.tr("Withdraw %1's consent to “%2”?\n\n%3\n\nThis cannot be undone."),
                display_name(member),
                purpose_name(purpose),
                erased_by_withdrawal(purpose),
            ),
            self.tr("&Withdraw and erase"),
            destructive=True,
        )
        if not confirmed:
            return
        consent, members, member_id = controller.consent, controller.members, member.id

        def work(_ctx: object) -> Member:
            consent.withdraw(member_id, purpose)
            return members.get(member_id)

        def withdrawn(updated: Member) -> None:
            controller.context.signals.status_message.emit(
                fill(
                    self.tr("Consent withdrawn: %1. What it covered was erased."),
                    purpose_name(purpose),
                )
            )
            controller.apply_members([updated])

        controller.context.ops.collection(
            controller.view, work, consent_changed(member_id)
        ).on_success(withdrawn).on_failure(controller.failed).run()
