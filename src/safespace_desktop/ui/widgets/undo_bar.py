"""An inline "Undo" strip for actions on saved records that can be reversed.

The page calls ``offer(message, undo)``; the strip shows the message with an Undo
button until the person undoes, dismisses it, or another action replaces it. It does
not vanish on a timer: people who read or move slowly get the same chance.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from safespace_desktop.ui.widgets.headings import paragraph_label


class UndoBar(QFrame):
    undone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._undo: Callable[[], object] | None = None
        self.message_label = paragraph_label(parent=self)
        self.message_label.setAccessibleName(self.tr("What was just done"))
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this message"))
        layout = QHBoxLayout(self)
        unit = self.fontMetrics().height()
        layout.setContentsMargins(unit // 2, unit // 4, unit // 2, unit // 4)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.undo_button.clicked.connect(self.undo)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        self._undo = undo
        self.message_label.setText(message)
        self.undo_button.setAccessibleDescription(message)
        self.show()

    @property
    def can_undo(self) -> bool:
        return self._undo is not None and not self.isHidden()

    def message(self) -> str:
        return "" if self.isHidden() else self.message_label.text()

    @Slot()
    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.hide()
        if action is not None:
            action()
            self.undone.emit()

    @Slot()
    def dismiss(self) -> None:
        self._undo = None
        self.hide()
