"""Shows a new recovery code and asks the person to re-type one group of it.

Codes are for copying by hand onto paper: no copy button and no printing, because
a shared PC's clipboard history and print spooler may keep them.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from safespace_desktop.crypto.recovery import code_groups


class RecoveryCodePanel(QWidget):
    confirmed_changed = Signal(bool)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = code_groups(code)
        # Ask for one of the full groups (the last one is short).
        self._asked = secrets.randbelow(len(self._groups) - 1)
        intro = QLabel(
            self.tr(
                "This is your recovery code. Write it on paper now and keep it somewhere "
                "private. If you ever forget your passphrase, it lets you in once and then "
                "you choose a new passphrase. Nobody else can reset it for you."
            )
        )
        intro.setWordWrap(True)
        self.code_label = QLabel(" ".join(self._groups))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAccessibleDescription(" ".join(self._groups))
        self.code_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.code_label.setMargin(12)
        ask = QLabel(
            self.tr("To check you have it, please type group %1 (counting from the left):").replace(
                "%1", str(self._asked + 1)
            )
        )
        ask.setWordWrap(True)
        self.check_edit = QLineEdit()
        self.check_edit.setAccessibleName(
            self.tr("Group %1 of your recovery code").replace("%1", str(self._asked + 1))
        )
        self.check_edit.setMaxLength(8)
        ask.setBuddy(self.check_edit)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.check_edit.textChanged.connect(self._on_text)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addSpacing(8)
        layout.addWidget(ask)
        layout.addWidget(self.check_edit)
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    @property
    def asked_group_index(self) -> int:
        return self._asked

    def expected_group(self) -> str:
        return self._groups[self._asked]

    def is_confirmed(self) -> bool:
        typed = self.check_edit.text().strip().upper().replace("O", "0")
        return typed == self.expected_group()

    def _on_text(self, _text: str) -> None:
        ok = self.is_confirmed()
        if ok:
            self.feedback.setText(self.tr("✓ That matches. Thank you."))
        elif len(self.check_edit.text().strip()) >= len(self.expected_group()):
            self.feedback.setText(
                self.tr("That doesn't match yet — please check the group number.")
            )
        else:
            self.feedback.clear()
        self.confirmed_changed.emit(ok)
