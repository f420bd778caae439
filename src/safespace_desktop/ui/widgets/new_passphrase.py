"""The "choose a passphrase" rows used when an account is made or recovered.

A passphrase field and a confirmation field, live advice from the passphrase policy
(``crypto.passphrase.problem``), and a "Suggest a passphrase" button that fills both
fields with generated words and shows them so the person can learn or copy them onto
paper. Feedback is always written out in words, never shown by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from safespace_desktop.crypto import passphrase as policy
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.passphrase_field import PassphraseField


class NewPassphraseFields(QObject):
    """Creates the widgets; ``add_to(form)`` lays them out as rows of a FormGrid.

    ``changed`` fires on every edit; ``is_acceptable()`` says whether the pair can be used.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        label_text: str | None = None,
        accessible_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.passphrase = PassphraseField(accessible_name or self.tr("Passphrase"), parent)
        self.confirm = PassphraseField(self.tr("Passphrase, typed again"), parent)
        self.passphrase_label = QLabel(label_text or self.tr("&Passphrase:"), parent)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.confirm_label = QLabel(self.tr("Type it a&gain:"), parent)
        self.confirm_label.setBuddy(self.confirm.edit)
        self.feedback = paragraph_label(parent=parent)
        self.feedback.setAccessibleName(self.tr("Passphrase advice"))
        self.confirm_feedback = paragraph_label(parent=parent)
        self.confirm_feedback.setAccessibleName(self.tr("Whether the passphrases match"))
        self.suggest_button = QPushButton(self.tr("&Suggest a passphrase"), parent)
        self.suggest_button.setToolTip(
            self.tr("Fill in a passphrase made of random everyday words, shown so you can learn it")
        )
        self.suggestion_note = paragraph_label(
            self.tr(
                "Here is a suggestion, shown so you can learn it or copy it onto paper you "
                "keep private. Press “Hide” when you have it."
            ),
            parent,
        )
        self.suggestion_note.setVisible(False)
        self.passphrase.textChanged.connect(self._refresh)
        self.confirm.textChanged.connect(self._refresh)
        self.suggest_button.clicked.connect(self.suggest)
        self._refresh()

    # -- layout ------------------------------------------------------------------------
    def add_to(self, form: FormGrid) -> None:
        suggest_row = QHBoxLayout()
        suggest_row.setContentsMargins(0, 0, 0, 0)
        suggest_row.addWidget(self.suggest_button)
        suggest_row.addStretch(1)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.feedback)
        form.addRow(self.confirm_label, self.confirm)
        form.addRow("", self.confirm_feedback)
        form.addRow("", suggest_row)
        form.addRow("", self.suggestion_note)

    def widgets_in_tab_order(self) -> list[QWidget]:
        return [
            self.passphrase.edit,
            self.passphrase.toggle,
            self.confirm.edit,
            self.confirm.toggle,
            self.suggest_button,
        ]

    # -- state -------------------------------------------------------------------------
    def text(self) -> str:
        return self.passphrase.text()

    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return (
            bool(text)
            and policy.problem(text) is None
            and policy.normalise(self.confirm.text()) == policy.normalise(text)
        )

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.suggest_button):
            widget.setEnabled(enabled)

    def clear(self) -> None:
        """Forget both passphrases and hide them again."""
        self.passphrase.clear()
        self.confirm.clear()
        self.passphrase.toggle.setChecked(False)
        self.confirm.toggle.setChecked(False)
        self.suggestion_note.setVisible(False)

    def suggest(self) -> None:
        """Fill both fields with generated words and show them."""
        suggestion = policy.generate()
        self.passphrase.setText(suggestion)
        self.confirm.setText(suggestion)
        self.passphrase.toggle.setChecked(True)
        self.confirm.toggle.setChecked(True)
        self.suggestion_note.setVisible(True)

    # -- internals ---------------------------------------------------------------------
    def _refresh(self, _text: str = "") -> None:
        text = self.passphrase.text()
        confirm = self.confirm.text()
        reason = policy.problem(text) if text else None
        if not text:
            advice = self.tr(
                "Use at least %1 characters. A few unrelated words with spaces are easy to "
                "remember and hard to guess."
            ).replace("%1", str(policy.MIN_LENGTH))
        elif reason is not None:
            advice = reason
        else:
            advice = self.tr("✓ This passphrase is good to use.")
        self.feedback.setText(advice)
        self.passphrase.edit.setAccessibleDescription(advice)

        if not confirm:
            match = ""
        elif policy.normalise(confirm) == policy.normalise(text):
            match = self.tr("✓ Both passphrases match.")
        elif text.startswith(confirm):
            match = self.tr("Keep typing…")
        else:
            match = self.tr("These two are not the same yet. Please check them.")
        self.confirm_feedback.setText(match)
        self.confirm_feedback.setVisible(bool(match))
        self.confirm.edit.setAccessibleDescription(match)
        self.changed.emit()
