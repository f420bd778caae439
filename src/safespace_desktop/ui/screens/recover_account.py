"""Someone who forgot their passphrase uses their recovery code once.

They type their handle, the code from their paper (dashes, spaces and capital letters
don't matter) and a new passphrase. The controller runs
``vault.recover(handle, code, new_passphrase)`` on its TaskRunner, then calls
``show_new_account(account)`` — the old code no longer works — or ``show_failure(exc)``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from safespace_desktop.core.errors import MalformedRecoveryCode
from safespace_desktop.crypto import recovery
from safespace_desktop.services.vault import HANDLE_MAX
from safespace_desktop.ui.screens.account_flow import AccountFlowScreen
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.new_passphrase import NewPassphraseFields
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

CODE_LENGTH = recovery.DATA_CHARS + 1
_IGNORED = " -\t\n"


class RecoverAccountScreen(AccountFlowScreen):
    recover_requested = Signal(str, str, str)  # handle, recovery code, new passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            title=self.tr("Use your recovery code"),
            intro=self.tr(
                "Forgot your passphrase? Your recovery code lets you in and you choose a new "
                "passphrase. Each code works only once, so afterwards you will get a new one "
                "to write down."
            ),
            submit_text=self.tr("Set my new &passphrase"),
            busy_text=self.tr("Protecting your keys with the new passphrase… a few seconds."),
            code_intro=self.tr(
                "Your new passphrase is set. Your old recovery code no longer works: please "
                "replace it with this new one on your paper."
            ),
            continue_text=self.tr("Continue to &my space"),
            parent=parent,
        )
        self.handle_edit = QLineEdit()
        self.handle_edit.setAccessibleName(self.tr("Your handle"))
        self.handle_edit.setMaxLength(HANDLE_MAX)
        handle_label = QLabel(self.tr("Your &handle:"))
        handle_label.setBuddy(self.handle_edit)

        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.code_edit.setMaxLength(CODE_LENGTH * 2)
        self.code_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        code_label = QLabel(self.tr("&Recovery code:"))
        code_label.setBuddy(self.code_edit)
        self.code_feedback = paragraph_label()
        self.code_feedback.setAccessibleName(self.tr("Recovery code check"))

        self.passphrase = NewPassphraseFields(
            self,
            label_text=self.tr("&New passphrase:"),
            accessible_name=self.tr("New passphrase"),
        )

        self.form.addRow(handle_label, self.handle_edit)
        self.form.addRow(code_label, self.code_edit)
        self.form.addRow("", self.code_feedback)
        self.passphrase.add_to(self.form)

        chain: list[QWidget] = [
            self.handle_edit,
            self.code_edit,
            *self.passphrase.widgets_in_tab_order(),
            self.cancel_button,
            self.submit_button,
        ]
        chain_tab_order(chain)

        self.handle_edit.textChanged.connect(self._edited)
        self.code_edit.textChanged.connect(self._on_code_changed)
        self.passphrase.changed.connect(self._edited)
        self.handle_edit.returnPressed.connect(self.code_edit.setFocus)
        self.code_edit.returnPressed.connect(self.passphrase.passphrase.setFocus)
        self.passphrase.passphrase.returnPressed.connect(self.passphrase.confirm.setFocus)
        self.passphrase.confirm.returnPressed.connect(self._submit)
        self._on_code_changed()

    # -- recovery code format ----------------------------------------------------------
    def _code_ok(self) -> bool:
        try:
            recovery.parse_code(self.code_edit.text())
        except MalformedRecoveryCode:
            return False
        return True

    def _on_code_changed(self, _text: str = "") -> None:
        typed = sum(1 for ch in self.code_edit.text() if ch not in _IGNORED)
        if typed == 0:
            message = fill(
                self.tr(
                    "%1 letters and digits in groups of four. Spaces, dashes and capital "
                    "letters don't matter."
                ),
                CODE_LENGTH,
            )
        elif typed < CODE_LENGTH:
            message = fill(self.tr("%1 of %2 letters and digits so far."), typed, CODE_LENGTH)
        elif typed > CODE_LENGTH:
            message = fill(
                self.tr("That is %1 letters and digits; a recovery code has %2."),
                typed,
                CODE_LENGTH,
            )
        elif self._code_ok():
            message = self.tr("✓ That looks like a complete recovery code.")
        else:
            message = describe(MalformedRecoveryCode())
        self.code_feedback.setText(message)
        self.code_edit.setAccessibleDescription(message)
        self._edited()

    # -- AccountFlowScreen -------------------------------------------------------------
    def _inputs(self) -> list[QWidget]:
        return [
            self.handle_edit,
            self.code_edit,
            self.passphrase.passphrase,
            self.passphrase.confirm,
            self.passphrase.suggest_button,
        ]

    def _can_submit(self) -> bool:
        return (
            bool(self.handle_edit.text().strip())
            and self._code_ok()
            and self.passphrase.is_acceptable()
        )

    def _emit_request(self) -> None:
        self.recover_requested.emit(
            self.handle_edit.text().strip(),
            recovery.normalise_code(self.code_edit.text()),
            self.passphrase.text(),
        )

    def _clear_secrets(self) -> None:
        self.passphrase.clear()

    def _clear_fields(self) -> None:
        self.handle_edit.clear()
        self.code_edit.clear()

    def _focus_field(self, field: str | None) -> None:
        if field == "handle" or not self.handle_edit.text().strip():
            self.handle_edit.setFocus()
        elif field == "passphrase":
            self.passphrase.passphrase.setFocus()
        else:
            # Most failures here are a mistyped or already used code.
            self.code_edit.setFocus()
