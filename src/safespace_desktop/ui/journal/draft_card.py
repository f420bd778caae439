"""The offer of an unfinished entry, shown in place of the editor after an unlock."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label


class DraftCard(QWidget):
    """ "Welcome back": continue the sealed draft, or discard it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAutoFillBackground(True)
        card.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        em = self.fontMetrics().height()
        heading = heading_label(self.tr("Welcome back"), 1.3)
        self.text = paragraph_label()
        self.text.setAccessibleName(self.tr("Unfinished entry"))
        note = paragraph_label(
            self.tr("It was kept sealed while you were away. Nobody else could read it.")
        )
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.continue_button = QPushButton(self.tr("&Continue it"))
        self.discard_button = QPushButton(self.tr("&Discard it"))
        self.continue_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(em * 3 // 2, em, em * 3 // 2, em)
        layout.setSpacing(em * 2 // 3)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(note)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, em * 2, 0, 0)
        outer.addWidget(card)
        outer.addStretch(1)
