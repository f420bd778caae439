"""Shows a new journal invitation code to the facilitator, to pass on by hand.

The code is shown in large monospace type and is not selectable or copyable: it is
meant to be read out or written down, and a shared PC's clipboard history could keep
it. The member then picks their own handle and passphrase at the lock screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.wording.placeholders import fill


class InvitationCodeDialog(QDialog):
    """``hand_over_requested(code)`` asks the shell to lock and open the claim screen."""

    hand_over_requested = Signal(str)

    def __init__(self, code: str, member_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = code
        self.setWindowTitle(self.tr("Journal invitation"))
        self.setModal(True)

        heading = heading_label(fill(self.tr("An invitation for %1"), member_name), 1.3)

        self.code_label = QLabel(code)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font = scaled_font(fixed, 2.2, QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.code_label.setMargin(self.fontMetrics().height())
        self.code_label.setAccessibleName(self.tr("Invitation code"))
        # Screen readers spell it out character by character.
        self.code_label.setAccessibleDescription(" ".join(code))

        self.instructions = paragraph_label(
            fill(
                self.tr(
                    "Give this code to %1. At the lock screen they choose "
                    "'I have an invitation code', then pick their own handle and passphrase. "
                    "You will never see or set their passphrase."
                ),
                member_name,
            )
        )
        once = paragraph_label(
            self.tr(
                "The code works once. Nothing they write in their journal can be read "
                "by facilitators."
            )
        )

        self.hand_over_button = QPushButton(self.tr("&Let them set it up now"))
        self.hand_over_button.setToolTip(
            self.tr("Locks your session and opens the invitation screen for them.")
        )
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setDefault(True)
        self.hand_over_button.clicked.connect(self._hand_over)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.hand_over_button)
        buttons.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        spacing = self.fontMetrics().height()
        layout.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing)
        layout.setSpacing(spacing // 2 + 4)
        layout.addWidget(heading)
        layout.addWidget(self.code_label)
        layout.addWidget(self.instructions)
        layout.addWidget(once)
        layout.addSpacing(spacing // 2)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.done_button.setFocus()

    @property
    def code(self) -> str:
        return self._code

    @Slot()
    def _hand_over(self) -> None:
        self.hand_over_requested.emit(self._code)
        self.accept()
