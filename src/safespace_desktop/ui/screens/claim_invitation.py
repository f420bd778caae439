"""A member at the PC turns an invitation code into their own private account.

They choose a handle and a passphrase that nobody else ever sees. The controller
runs ``vault.claim_invitation(code, handle, passphrase)`` on its TaskRunner, then
calls ``show_recovery_code(account.recovery_code)`` or ``show_error(describe(exc))``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from safespace_desktop.services.vault import HANDLE_MAX
from safespace_desktop.ui.screens.account_flow import AccountFlowScreen
from safespace_desktop.ui.widgets.headings import framed_note, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.new_passphrase import NewPassphraseFields
from safespace_desktop.ui.widgets.page_layout import chain_tab_order

INVITATION_MAX = 32


class ClaimInvitationScreen(AccountFlowScreen):
    claim_requested = Signal(str, str, str)  # invitation code, handle, passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            title=self.tr("Set up your own space"),
            intro=self.tr(
                "A facilitator gave you an invitation code. With it you make your own "
                "account: a private journal and safety plan that only you can open."
            ),
            submit_text=self.tr("&Create my account"),
            busy_text=self.tr("Setting up your private space… this takes a few seconds."),
            code_intro=self.tr(
                "Your account is ready. One last step: this code is the only way back in "
                "if you ever forget your passphrase."
            ),
            continue_text=self.tr("Continue to &my space"),
            parent=parent,
        )
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Invitation code"))
        self.code_edit.setMaxLength(INVITATION_MAX)
        self.code_edit.setFont(scaled_font(self.code_edit.font(), 1.2))
        code_label = QLabel(self.tr("&Invitation code:"))
        code_label.setBuddy(self.code_edit)
        code_hint = paragraph_label(
            self.tr("It looks like ABCDE-12345. Capital letters and dashes don't matter.")
        )

        self.handle_edit = QLineEdit()
        self.handle_edit.setAccessibleName(self.tr("Handle"))
        self.handle_edit.setMaxLength(HANDLE_MAX)
        handle_label = QLabel(self.tr("Choose a &handle:"))
        handle_label.setBuddy(self.handle_edit)
        handle_hint = paragraph_label(
            self.tr(
                "A nickname you type to unlock, such as “sunflower”. It doesn't have to be "
                "your name, and it is never shown on the lock screen."
            )
        )
        self.handle_edit.setAccessibleDescription(handle_hint.text())

        self.passphrase = NewPassphraseFields(self)

        self.form.addRow(code_label, self.code_edit)
        self.form.addRow("", code_hint)
        self.form.addRow(handle_label, self.handle_edit)
        self.form.addRow("", handle_hint)
        self.passphrase.add_to(self.form)

        self.privacy_note = framed_note(
            self.tr(
                "Your journal is yours alone. Nobody — not even the facilitators — can read "
                "it or reset this passphrase. If you forget it, the recovery code you will "
                "see next is the only way back in."
            ),
            self.tr("Privacy"),
        )
        self.add_extra(self.privacy_note)

        chain: list[QWidget] = [
            self.code_edit,
            self.handle_edit,
            *self.passphrase.widgets_in_tab_order(),
            self.cancel_button,
            self.submit_button,
        ]
        chain_tab_order(chain)

        self.code_edit.textChanged.connect(self._refresh)
        self.handle_edit.textChanged.connect(self._refresh)
        self.passphrase.changed.connect(self._refresh)
        self.code_edit.returnPressed.connect(self.handle_edit.setFocus)
        self.handle_edit.returnPressed.connect(self.passphrase.passphrase.setFocus)
        self.passphrase.passphrase.returnPressed.connect(self.passphrase.confirm.setFocus)
        self.passphrase.confirm.returnPressed.connect(self._submit)
        self._refresh()

    # -- called by the controller ------------------------------------------------------
    def set_code(self, code: str) -> None:
        """Prefill the invitation code (a facilitator handed the PC over)."""
        self.code_edit.setText(code)
        self.handle_edit.setFocus()

    # -- AccountFlowScreen -------------------------------------------------------------
    def _inputs(self) -> list[QWidget]:
        return [
            self.code_edit,
            self.handle_edit,
            self.passphrase.passphrase,
            self.passphrase.confirm,
            self.passphrase.suggest_button,
        ]

    def _can_submit(self) -> bool:
        return (
            bool(self.code_edit.text().strip())
            and bool(self.handle_edit.text().strip())
            and self.passphrase.is_acceptable()
        )

    def _emit_request(self) -> None:
        self.claim_requested.emit(
            self.code_edit.text().strip(),
            self.handle_edit.text().strip(),
            self.passphrase.text(),
        )

    def _clear_secrets(self) -> None:
        self.passphrase.clear()

    def _clear_fields(self) -> None:
        self.code_edit.clear()
        self.handle_edit.clear()

    def _focus_field(self, field: str | None) -> None:
        if field == "handle":
            self.handle_edit.setFocus()
        elif field == "passphrase":
            self.passphrase.passphrase.setFocus()
        else:
            self.code_edit.setFocus()
