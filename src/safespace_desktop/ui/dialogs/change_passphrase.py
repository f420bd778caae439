"""Change the unlocked person's passphrase (DESIGN.md §3.1: one key is re-wrapped).

The person types their current passphrase and a new one twice. The policy check
runs as they type (crypto.passphrase.problem), and "Suggest a passphrase" offers a
generated word passphrase. The key derivation runs on the session's TaskRunner.

``NewPassphraseRows`` (new + confirm + suggest, with live feedback) is shared with
the add-facilitator dialog.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.errors import PassphraseRejected, WrongPassphrase
from safespace_desktop.crypto import passphrase as policy
from safespace_desktop.ui.context import SessionContext
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.widgets.passphrase_field import PassphraseField


def _feedback_label(accessible_name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible_name)
    return label


class NewPassphraseRows(QObject):
    """The "choose a new passphrase" rows of a form, with kind feedback as people type.

    Feedback is always written out in words (never shown by colour alone).
    ``acceptable_changed`` fires whenever the pair becomes usable or stops being so.
    """

    acceptable_changed = Signal(bool)

    def __init__(
        self,
        form: QFormLayout,
        *,
        new_label: str,
        confirm_label: str,
        new_accessible_name: str,
        confirm_accessible_name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.new_field = PassphraseField(new_accessible_name)
        self.confirm_field = PassphraseField(confirm_accessible_name)
        self.suggest_button = QPushButton(self.tr("&Suggest a passphrase"))
        self.suggest_button.setToolTip(
            self.tr("Fill in a passphrase made of random everyday words")
        )
        self.policy_label = _feedback_label(self.tr("Passphrase advice"))
        self.match_label = _feedback_label(self.tr("Whether the passphrases match"))
        self._acceptable = False
        self._suggestion: str | None = None

        new_caption = QLabel(new_label)
        new_caption.setBuddy(self.new_field.edit)
        confirm_caption = QLabel(confirm_label)
        confirm_caption.setBuddy(self.confirm_field.edit)
        suggest_row = QHBoxLayout()
        suggest_row.setContentsMargins(0, 0, 0, 0)
        suggest_row.addWidget(self.suggest_button)
        suggest_row.addStretch(1)

        form.addRow(new_caption, self.new_field)
        form.addRow("", self.policy_label)
        form.addRow("", suggest_row)
        form.addRow(confirm_caption, self.confirm_field)
        form.addRow("", self.match_label)

        self.new_field.textChanged.connect(self._refresh)
        self.confirm_field.textChanged.connect(self._refresh)
        self.suggest_button.clicked.connect(self.suggest)
        self._refresh()

    # -- used by the dialogs --------------------------------------------------------------
    def passphrase(self) -> str:
        return self.new_field.text()

    def is_acceptable(self) -> bool:
        return self._acceptable

    def widgets_in_tab_order(self) -> list[QWidget]:
        return [
            self.new_field.edit,
            self.new_field.toggle,
            self.suggest_button,
            self.confirm_field.edit,
            self.confirm_field.toggle,
        ]

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.new_field, self.confirm_field, self.suggest_button):
            widget.setEnabled(enabled)

    def clear(self) -> None:
        self._suggestion = None
        self.new_field.clear()
        self.confirm_field.clear()
        self.new_field.toggle.setChecked(False)

    def suggest(self) -> None:
        """Show a generated passphrase and ask the person to type it once more."""
        self._suggestion = policy.generate()
        self.confirm_field.clear()
        self.new_field.setText(self._suggestion)
        self.new_field.toggle.setChecked(True)
        self.confirm_field.setFocus()

    # -- internals ------------------------------------------------------------------------
    def _refresh(self, _text: str = "") -> None:
        new = self.new_field.text()
        confirm = self.confirm_field.text()
        reason = policy.problem(new) if new else None
        if not new:
            self.policy_label.setText(
                self.tr(
                    "Use at least %1 characters. A few unrelated words with spaces are easy "
                    "to remember and hard to guess."
                ).replace("%1", str(policy.MIN_LENGTH))
            )
        elif reason is not None:
            self.policy_label.setText(reason)
        else:
            self.policy_label.setText(self.tr("✓ That passphrase is good to use."))

        if not confirm:
            if self._suggestion is not None and new == self._suggestion:
                self.match_label.setText(
                    self.tr(
                        "Here is a suggestion. Please type it again below: that helps you "
                        "remember it."
                    )
                )
            else:
                self.match_label.clear()
        elif confirm == new:
            self.match_label.setText(self.tr("✓ Both passphrases match."))
        elif new.startswith(confirm):
            self.match_label.setText(self.tr("Keep typing…"))
        else:
            self.match_label.setText(self.tr("These two don't match yet. Please check them."))

        acceptable = bool(new) and reason is None and confirm == new
        if acceptable != self._acceptable:
            self._acceptable = acceptable
            self.acceptable_changed.emit(acceptable)


class ChangePassphraseDialog(QDialog):
    """Current passphrase, new passphrase twice; re-wraps the person's keys."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = False
        self.setWindowTitle(self.tr("Change passphrase"))

        intro = QLabel(
            self.tr(
                "Type the passphrase you use now, then choose a new one. Everything you keep "
                "stays exactly as it is; only the lock on your keys changes."
            )
        )
        intro.setWordWrap(True)

        self.current_field = PassphraseField(self.tr("Current passphrase"))
        current_caption = QLabel(self.tr("&Current passphrase:"))
        current_caption.setBuddy(self.current_field.edit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(current_caption, self.current_field)
        self.new_rows = NewPassphraseRows(
            form,
            new_label=self.tr("&New passphrase:"),
            confirm_label=self.tr("Con&firm new passphrase:"),
            new_accessible_name=self.tr("New passphrase"),
            confirm_accessible_name=self.tr("Confirm new passphrase"),
            parent=self,
        )

        self.message = _feedback_label(self.tr("Message"))
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

        order: list[QWidget] = [
            self.current_field.edit,
            self.current_field.toggle,
            *self.new_rows.widgets_in_tab_order(),
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.current_field.textChanged.connect(self._update_ok)
        self.new_rows.acceptable_changed.connect(self._update_ok)
        self.current_field.returnPressed.connect(self.new_rows.new_field.setFocus)
        self.new_rows.new_field.returnPressed.connect(self.new_rows.confirm_field.setFocus)
        self.new_rows.confirm_field.returnPressed.connect(self._submit)
        self._update_ok()
        self.current_field.setFocus()

    # -- internals ------------------------------------------------------------------------
    def _update_ok(self, *_args: object) -> None:
        ready = bool(self.current_field.text()) and self.new_rows.is_acceptable()
        self.ok_button.setEnabled(ready and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.current_field.setEnabled(not busy)
        self.new_rows.set_enabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_ok()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        current = self.current_field.text()
        new = self.new_rows.passphrase()
        self._show_message("")
        self._set_busy(True)
        self._context.runner.run(
            self._context.vault.change_passphrase,
            current,
            new,
            on_done=self._on_done,
            on_error=self._on_error,
            progress_text=self.tr("Protecting your keys with the new passphrase…"),
            parent=self,
        )

    def _on_done(self, _result: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._context.signals.status_message.emit(
            self.tr("Your passphrase has been changed. Use the new one next time you unlock.")
        )
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.current_field.clear()
            self._show_message(
                self.tr(
                    "That isn't your current passphrase, so nothing has been changed. "
                    "Please type the one you used to unlock today."
                )
            )
            self.current_field.setFocus()
        elif isinstance(exc, PassphraseRejected):
            self._show_message(describe(exc))
            self.new_rows.new_field.setFocus()
        else:
            self._show_message(describe(exc))

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        # Don't keep typed passphrases in widgets any longer than needed.
        self.current_field.clear()
        self.new_rows.clear()
        super().done(result)
