"""The "choose a new passphrase" rows of a form, used wherever a passphrase is chosen.

A passphrase field and a confirmation field, live advice from the passphrase policy
(``crypto.passphrase.problem``) and a "Suggest a passphrase" button offering generated
words. Feedback is always written out in words, never shown by colour alone.

A suggestion is handled in one of two ways:

- by default (first-run wizard, claim and recovery screens) it fills both fields and
  shows them, so the person can learn it or copy it onto paper;
- with ``retype_suggestion=True`` (change-passphrase and add-facilitator dialogs) it is
  shown in the first field only and the person types it once more to confirm it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from safespace_desktop.crypto import passphrase as policy
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.page_layout import left_aligned
from safespace_desktop.ui.widgets.passphrase_field import PassphraseField
from safespace_desktop.ui.wording.errors import describe_problem
from safespace_desktop.ui.wording.placeholders import fill


class NewPassphraseFields(QObject):
    """Creates the widgets; ``add_to(form)`` lays them out as rows of a form.

    ``changed`` fires on every edit; ``is_acceptable()`` says whether the pair can be used.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        label_text: str | None = None,
        accessible_name: str | None = None,
        confirm_label_text: str | None = None,
        confirm_accessible_name: str | None = None,
        retype_suggestion: bool = False,
    ) -> None:
        super().__init__(parent)
        self._retype_suggestion = retype_suggestion
        self._suggestion: str | None = None
        self.passphrase = PassphraseField(accessible_name or self.tr("Passphrase"), parent)
        self.confirm = PassphraseField(
            confirm_accessible_name or self.tr("Passphrase, typed again"), parent
        )
        self.passphrase_label = QLabel(label_text or self.tr("&Passphrase:"), parent)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.confirm_label = QLabel(confirm_label_text or self.tr("Type it a&gain:"), parent)
        self.confirm_label.setBuddy(self.confirm.edit)
        self.feedback = paragraph_label(parent=parent)
        self.feedback.setAccessibleName(self.tr("Passphrase advice"))
        self.confirm_feedback = paragraph_label(parent=parent)
        self.confirm_feedback.setAccessibleName(self.tr("Whether the passphrases match"))
        self.suggest_button = QPushButton(self.tr("&Suggest a passphrase"), parent)
        if retype_suggestion:
            tip = self.tr("Fill in a passphrase made of random everyday words")
            note = self.tr(
                "Here is a suggestion. Please type it again below: that helps you remember it."
            )
        else:
            tip = self.tr(
                "Fill in a passphrase made of random everyday words, shown so you can learn it"
            )
            note = self.tr(
                "Here is a suggestion, shown so you can learn it or copy it onto paper you "
                "keep private. Press “Hide” when you have it."
            )
        self.suggest_button.setToolTip(tip)
        self.suggestion_note = paragraph_label(note, parent)
        self.suggestion_note.setVisible(False)
        self.passphrase.textChanged.connect(self._refresh)
        self.confirm.textChanged.connect(self._refresh)
        self.suggest_button.clicked.connect(self.suggest)
        self._refresh()

    # -- layout ------------------------------------------------------------------------
    def add_to(self, form: FormGrid | QFormLayout) -> None:
        """Add the rows to ``form``; the suggest button sits where the suggestion is used."""
        suggest_row = left_aligned(self.suggest_button)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.feedback)
        if self._retype_suggestion:
            form.addRow("", suggest_row)
        form.addRow(self.confirm_label, self.confirm)
        form.addRow("", self.confirm_feedback)
        if not self._retype_suggestion:
            form.addRow("", suggest_row)
        form.addRow("", self.suggestion_note)

    def widgets_in_tab_order(self) -> list[QWidget]:
        first: list[QWidget] = [self.passphrase.edit, self.passphrase.toggle]
        second: list[QWidget] = [self.confirm.edit, self.confirm.toggle]
        if self._retype_suggestion:
            return [*first, self.suggest_button, *second]
        return [*first, *second, self.suggest_button]

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
        """Forget both passphrases and any suggestion, and hide them again."""
        self._suggestion = None
        self.passphrase.clear()
        self.confirm.clear()
        self.passphrase.toggle.setChecked(False)
        self.confirm.toggle.setChecked(False)
        self._refresh()

    def suggest(self) -> None:
        """Offer generated words: shown in both fields, or shown once to be typed again."""
        self._suggestion = policy.generate()
        self.passphrase.toggle.setChecked(True)
        if self._retype_suggestion:
            self.confirm.clear()
            self.passphrase.setText(self._suggestion)
            self.confirm.setFocus()
        else:
            self.passphrase.setText(self._suggestion)
            self.confirm.setText(self._suggestion)
            self.confirm.toggle.setChecked(True)
        self._refresh()

    # -- internals ---------------------------------------------------------------------
    def _refresh(self, _text: str = "") -> None:
        text = self.passphrase.text()
        confirm = self.confirm.text()
        reason = policy.problem(text) if text else None
        if not text:
            advice = fill(
                self.tr(
                    "Use at least %1 characters. A few unrelated words with spaces are easy to "
                    "remember and hard to guess."
                ),
                policy.MIN_LENGTH,
            )
        elif reason is not None:
            advice = describe_problem(reason, "passphrase")
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
            match = self.tr("These two don't match yet. Please check them.")
        self.confirm_feedback.setText(match)
        self.confirm_feedback.setVisible(bool(match))
        self.confirm.edit.setAccessibleDescription(match)

        if self._retype_suggestion:
            # Only until they start typing it again, and only while it is unchanged.
            note = self._suggestion is not None and text == self._suggestion and not confirm
        else:
            note = self._suggestion is not None
        self.suggestion_note.setVisible(note)
        self.changed.emit()
