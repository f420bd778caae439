"""The strip a form shows when its save was refused because the record changed elsewhere
first (``StaleEdit``): the reason, worded by the controller, and a Reload button. What
the person typed stays in the form; only Reload, when they choose it, replaces it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from safespace_desktop.ui.widgets.headings import paragraph_label


class StaleEditBanner(QFrame):
    def __init__(
        self, reload_object_name: str, reload_description: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staleEditBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = paragraph_label()
        self.text.setAccessibleName(self.tr("Your changes were not saved"))
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName(reload_object_name)
        self.reload_button.setAccessibleName(self.tr("Reload"))
        self.reload_button.setAccessibleDescription(reload_description)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def say(self, text: str) -> None:
        """Show the reason (empty: hide the strip)."""
        self.text.setText(text)
        self.setVisible(bool(text))
