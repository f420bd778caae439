"""Add a co-facilitator to this vault (DESIGN.md §3.1: each facilitator has their own key).

The facilitator who is unlocked hands the keyboard over: the new facilitator types
their own handle and passphrase, then copies down their own recovery code. The key
derivation runs as a typed operation off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from safespace_desktop.core.errors import HandleUnavailable, ValidationError
from safespace_desktop.core.model import NewAccount
from safespace_desktop.ui.dialogs.new_passphrase_dialog import NewPassphraseDialog
from safespace_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.wording.errors import describe

HANDLE_MAX = 64


class AddFacilitatorDialog(NewPassphraseDialog):
    """Handle, passphrase and confirmation typed by the new facilitator themselves."""

    facilitator_added = Signal()  # after the new facilitator confirmed their recovery code

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            ok_text=self.tr("&Add facilitator"),
            new_label=self.tr("&Passphrase:"),
            new_accessible_name=self.tr("New facilitator's passphrase"),
            confirm_label=self.tr("Con&firm passphrase:"),
            confirm_accessible_name=self.tr("Confirm the new facilitator's passphrase"),
            parent=parent,
        )
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self.setWindowTitle(self.tr("Add a facilitator"))

        heading = heading_label(
            self.tr("Please hand the keyboard to your co-facilitator"),
            1.25,
            weight=QFont.Weight.DemiBold,
        )
        intro = paragraph_label(
            self.tr(
                "They choose their own handle and passphrase here, and nobody else needs "
                "to see them. Their passphrase opens the whole group's records, so it "
                "should be theirs alone. Afterwards they will get a recovery code to "
                "write down."
            )
        )

        self.handle_edit = QLineEdit()
        self.handle_edit.setMaxLength(HANDLE_MAX)
        self.handle_edit.setAccessibleName(self.tr("New facilitator's handle"))
        handle_caption = QLabel(self.tr("&Handle:"))
        handle_caption.setBuddy(self.handle_edit)
        handle_hint = paragraph_label(
            self.tr("A nickname they will type to unlock. It is never shown on the lock screen.")
        )
        self.handle_message = paragraph_label()
        self.handle_message.setAccessibleName(self.tr("Handle message"))
        self.handle_message.setVisible(False)

        self.form.addRow(handle_caption, self.handle_edit)
        self.form.addRow("", handle_hint)
        self.form.addRow("", self.handle_message)
        self._finish_layout([heading, intro], [self.handle_edit])
        self.handle_edit.textChanged.connect(self._on_handle_edited)

    # -- NewPassphraseDialog --------------------------------------------------------------
    def _inputs_ready(self) -> bool:
        return bool(self.handle_edit.text().strip())

    def _start(self) -> None:
        self.handle_message.setVisible(False)
        self._run(
            self._context.vault.add_facilitator,
            self.handle_edit.text(),
            self.new_passphrase.text(),
            progress_text=self.tr("Setting up the new facilitator's keys…"),
        )

    def _succeeded(self, account: NewAccount) -> None:
        # The account exists now; the typed passphrase is no longer needed here.
        self.new_passphrase.clear()
        self.handle_edit.setEnabled(False)
        self.new_passphrase.set_enabled(False)
        self.ok_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self._show_message(
            self.tr("The new facilitator is set up. Now they copy down their recovery code.")
        )
        self.recovery_dialog = RecoveryCodeDialog(account.recovery_code, self)
        self.recovery_dialog.setWindowTitle(self.tr("Recovery code for the new facilitator"))
        self.recovery_dialog.accepted.connect(self._on_code_confirmed)
        self.recovery_dialog.open()

    def _explain(self, exc: BaseException) -> None:
        if isinstance(exc, HandleUnavailable) or (
            isinstance(exc, ValidationError) and exc.field == "handle"
        ):
            self.handle_message.setText(describe(exc))
            self.handle_message.setVisible(True)
            self.handle_edit.setFocus()
            self.handle_edit.selectAll()
        else:
            super()._explain(exc)

    # -- internals ------------------------------------------------------------------------
    def _on_handle_edited(self, _text: str) -> None:
        self.handle_message.setVisible(False)

    def _on_code_confirmed(self) -> None:
        self._context.signals.status_message.emit(
            self.tr(
                "The new facilitator has been added. They can unlock with their own handle "
                "and passphrase."
            )
        )
        self.facilitator_added.emit()
        self.accept()

    def reject(self) -> None:
        if self.recovery_dialog is not None:
            # Once the account exists, the recovery code must be confirmed first.
            return
        super().reject()
