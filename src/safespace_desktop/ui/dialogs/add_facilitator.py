"""Add a co-facilitator to this vault (DESIGN.md §3.1: each facilitator has their own key).

The facilitator who is unlocked hands the keyboard over: the new facilitator types
their own handle and passphrase, then copies down their own recovery code. The key
derivation runs on the session's TaskRunner.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.errors import HandleUnavailable, PassphraseRejected, ValidationError
from safespace_desktop.core.model import NewAccount
from safespace_desktop.ui.context import SessionContext
from safespace_desktop.ui.dialogs.change_passphrase import NewPassphraseRows
from safespace_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
from safespace_desktop.ui.errors import describe

HANDLE_MAX = 64


class AddFacilitatorDialog(QDialog):
    """Handle, passphrase and confirmation typed by the new facilitator themselves."""

    facilitator_added = Signal()  # after the new facilitator confirmed their recovery code

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = False
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self.setWindowTitle(self.tr("Add a facilitator"))

        heading = QLabel(self.tr("Please hand the keyboard to your co-facilitator"))
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(heading_font)
        heading.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "They choose their own handle and passphrase here, and nobody else needs "
                "to see them. Their passphrase opens the whole group's records, so it "
                "should be theirs alone. Afterwards they will get a recovery code to "
                "write down."
            )
        )
        intro.setWordWrap(True)

        self.handle_edit = QLineEdit()
        self.handle_edit.setMaxLength(HANDLE_MAX)
        self.handle_edit.setAccessibleName(self.tr("New facilitator's handle"))
        handle_caption = QLabel(self.tr("&Handle:"))
        handle_caption.setBuddy(self.handle_edit)
        handle_hint = QLabel(
            self.tr("A nickname they will type to unlock. It is never shown on the lock screen.")
        )
        handle_hint.setWordWrap(True)
        self.handle_message = QLabel()
        self.handle_message.setWordWrap(True)
        self.handle_message.setTextFormat(Qt.TextFormat.PlainText)
        self.handle_message.setAccessibleName(self.tr("Handle message"))
        self.handle_message.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(handle_caption, self.handle_edit)
        form.addRow("", handle_hint)
        form.addRow("", self.handle_message)
        self.new_rows = NewPassphraseRows(
            form,
            new_label=self.tr("&Passphrase:"),
            confirm_label=self.tr("Con&firm passphrase:"),
            new_accessible_name=self.tr("New facilitator's passphrase"),
            confirm_accessible_name=self.tr("Confirm the new facilitator's passphrase"),
            parent=self,
        )

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add facilitator"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

        order: list[QWidget] = [
            self.handle_edit,
            *self.new_rows.widgets_in_tab_order(),
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.handle_edit.textChanged.connect(self._on_handle_edited)
        self.new_rows.acceptable_changed.connect(self._update_ok)
        self.handle_edit.returnPressed.connect(self.new_rows.new_field.setFocus)
        self.new_rows.new_field.returnPressed.connect(self.new_rows.confirm_field.setFocus)
        self.new_rows.confirm_field.returnPressed.connect(self._submit)
        self._update_ok()
        self.handle_edit.setFocus()

    # -- internals ------------------------------------------------------------------------
    def _on_handle_edited(self, _text: str) -> None:
        self.handle_message.setVisible(False)
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        ready = bool(self.handle_edit.text().strip()) and self.new_rows.is_acceptable()
        self.ok_button.setEnabled(ready and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.handle_edit.setEnabled(not busy)
        self.new_rows.set_enabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_ok()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self._show_message("")
        self.handle_message.setVisible(False)
        self._set_busy(True)
        self._context.runner.run(
            self._context.vault.add_facilitator,
            self.handle_edit.text(),
            self.new_rows.passphrase(),
            on_done=self._on_done,
            on_error=self._on_error,
            progress_text=self.tr("Setting up the new facilitator's keys…"),
            parent=self,
        )

    def _on_done(self, account: NewAccount) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        # The account exists now; the typed passphrase is no longer needed here.
        self.new_rows.clear()
        self.handle_edit.setEnabled(False)
        self.new_rows.set_enabled(False)
        self.ok_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self._show_message(
            self.tr("The new facilitator is set up. Now they copy down their recovery code.")
        )
        self.recovery_dialog = RecoveryCodeDialog(account.recovery_code, self)
        self.recovery_dialog.setWindowTitle(self.tr("Recovery code for the new facilitator"))
        self.recovery_dialog.accepted.connect(self._on_code_confirmed)
        self.recovery_dialog.open()

    def _on_code_confirmed(self) -> None:
        self._context.signals.status_message.emit(
            self.tr(
                "The new facilitator has been added. They can unlock with their own handle "
                "and passphrase."
            )
        )
        self.facilitator_added.emit()
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, HandleUnavailable) or (
            isinstance(exc, ValidationError) and exc.field == "handle"
        ):
            self.handle_message.setText(describe(exc))
            self.handle_message.setVisible(True)
            self.handle_edit.setFocus()
            self.handle_edit.selectAll()
        elif isinstance(exc, PassphraseRejected):
            self._show_message(describe(exc))
            self.new_rows.new_field.setFocus()
        else:
            self._show_message(describe(exc))

    def reject(self) -> None:
        if self._busy or self.recovery_dialog is not None:
            # Once the account exists, the recovery code must be confirmed first.
            return
        super().reject()

    def done(self, result: int) -> None:
        self.new_rows.clear()
        super().done(result)
