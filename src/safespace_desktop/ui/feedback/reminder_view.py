"""The evaluation reminder on the facilitators' Home page (issue 13): says, without a
name, that an evaluation is suggested and where to start it. It only shows text."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from safespace_desktop.ui.widgets.headings import paragraph_label


class EvaluationReminder(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationReminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller: QObject | None = None
        self.text = paragraph_label()
        self.text.setObjectName("evaluationReminderText")
        self.text.setAccessibleName(self.tr("Suggested evaluation"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))
