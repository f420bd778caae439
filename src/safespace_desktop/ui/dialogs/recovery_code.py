"""A dialog around RecoveryCodePanel; it can only be closed once the code is confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from safespace_desktop.ui.widgets.recovery_code_panel import RecoveryCodePanel

WIDTH_CHARS = 80


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        self.panel = RecoveryCodePanel(code, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("I have written it down"))
        self.ok_button.setEnabled(False)
        self.panel.confirmed_changed.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self._comfortable_width())
        self.panel.check_edit.setFocus()

    def _comfortable_width(self) -> int:
        """Room for the intro to read easily and for the code to sit well inside its box."""
        label = self.panel.code_label
        code_width = label.fontMetrics().horizontalAdvance(label.text())
        em = self.fontMetrics().height()
        return max(self.fontMetrics().averageCharWidth() * WIDTH_CHARS, code_width + em * 8)

    def reject(self) -> None:
        # Closing without confirming would risk losing the only way back in.
        if self.panel.is_confirmed():
            super().reject()
