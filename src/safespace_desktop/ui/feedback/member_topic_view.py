"""A member's "suggest a topic" box (issue 13), shown on their Meetings page. It lays
out and shows; ``MemberTopicController`` decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from safespace_desktop.core.feedback import TOPIC_TEXT_MAX
from safespace_desktop.ui.feedback.wording import tr
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label


class MemberTopicBox(QFrame):
    suggest_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberTopicBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller: QObject | None = None
        title = heading_label(tr("Suggest a topic"), 1.2, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            tr(
                "Something you'd like the group to talk about? Your name is not kept with "
                "it: facilitators only see the topic."
            )
        )
        self.topic = QLineEdit()
        self.topic.setObjectName("memberTopicEdit")
        self.topic.setAccessibleName(tr("A topic I'd like"))
        self.topic.setMaxLength(TOPIC_TEXT_MAX)
        self.send_button = QPushButton(tr("S&uggest"))
        self.send_button.setObjectName("memberTopicSend")
        self.send_button.setAccessibleName(tr("Suggest this topic"))
        self.message = paragraph_label()
        self.message.setObjectName("memberTopicMessage")
        self.message.setAccessibleName(tr("Message"))
        self.message.setVisible(False)
        self.send_button.clicked.connect(self._ask)
        self.topic.returnPressed.connect(self._ask)
        row = QHBoxLayout()
        row.addWidget(self.topic, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def _ask(self) -> None:
        self.suggest_requested.emit(self.topic.text())

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)

    def clear(self) -> None:
        self.topic.clear()
