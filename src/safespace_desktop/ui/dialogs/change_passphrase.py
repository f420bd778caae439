"""Change the unlocked person's passphrase (DESIGN.md §3.1: one key is re-wrapped).

The person types their current passphrase and a new one twice. The policy check
runs as they type (crypto.passphrase.problem), and "Suggest a passphrase" offers a
generated word passphrase to type once more. The key derivation runs on the
session's worker thread (a typed operation).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from safespace_desktop.core.errors import WrongPassphrase
from safespace_desktop.ui.dialogs.new_passphrase_dialog import NewPassphraseDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.passphrase_field import PassphraseField


class ChangePassphraseDialog(NewPassphraseDialog):
    """Current passphrase, new passphrase twice; re-wraps the person's keys."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            ok_text=self.tr("Change passphrase"),
            new_label=self.tr("&New passphrase:"),
            new_accessible_name=self.tr("New passphrase"),
            confirm_label=self.tr("Con&firm new passphrase:"),
            confirm_accessible_name=self.tr("Confirm new passphrase"),
            parent=parent,
        )
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = paragraph_label(
            self.tr(
                "Type the passphrase you use now, then choose a new one. Everything you keep "
                "stays exactly as it is; only the lock on your keys changes."
            )
        )
        self.current_field = PassphraseField(self.tr("Current passphrase"))
        current_caption = QLabel(self.tr("&Current passphrase:"))
        current_caption.setBuddy(self.current_field.edit)
        self.form.addRow(current_caption, self.current_field)
        self._finish_layout([intro], [self.current_field])

    # -- NewPassphraseDialog --------------------------------------------------------------
    def _inputs_ready(self) -> bool:
        return bool(self.current_field.text())

    def _start(self) -> None:
        self._run(
            self._context.vault.change_passphrase,
            self.current_field.text(),
            self.new_passphrase.text(),
            progress_text=self.tr("Protecting your keys with the new passphrase…"),
        )

    def _succeeded(self, _result: object) -> None:
        self._context.signals.status_message.emit(
            self.tr("Your passphrase has been changed. Use the new one next time you unlock.")
        )
        self.accept()

    def _explain(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            self.current_field.clear()
            self._show_message(
                self.tr(
                    "That isn't your current passphrase, so nothing has been changed. "
                    "Please type the one you used to unlock today."
                )
            )
            self.current_field.setFocus()
        else:
            super()._explain(exc)

    def done(self, result: int) -> None:
        self.current_field.clear()
        super().done(result)
