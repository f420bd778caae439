"""The room screen: large type for everyone in the room, and nothing facilitator-only.

It is drawn only from a ``RoomCard`` (core/run/room.py), which carries public segments,
first names or aliases and times. High contrast and zoom apply: it uses the palette
and scales from the application font.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from safespace_desktop.core.run.room import RoomCard
from safespace_desktop.ui.wording.placeholders import fill


def minutes_and_seconds(seconds: float) -> str:
    whole = int(abs(seconds))
    sign = "−" if seconds < 0 else ""
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def _scaled(widget: QWidget, scale: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    widget.setFont(font)


class RoomScreen(QWidget):
    """A separate top-level window; ``closed`` when someone closes it by hand."""

    closed = Signal()

    def __init__(self, group_name: str) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        # The keyboard stays with the console, even when this covers it on one monitor.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("roomScreen")
        self.setWindowTitle(fill(self.tr("%1 — room screen"), group_name))
        self.setAccessibleName(self.tr("Room screen"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel()
        self.title.setObjectName("roomSegment")
        _scaled(self.title, 3.2, bold=True)
        self.time_left = QLabel()
        self.time_left.setObjectName("roomTimeLeft")
        _scaled(self.time_left, 2.6)
        self.read_aloud = QLabel()
        self.read_aloud.setObjectName("roomReadAloud")
        self.read_aloud.setWordWrap(True)
        self.read_aloud.setTextFormat(Qt.TextFormat.PlainText)
        _scaled(self.read_aloud, 2.0)
        self.speaker = QLabel()
        self.speaker.setObjectName("roomSpeaker")
        _scaled(self.speaker, 2.8, bold=True)
        self.next_up = QLabel()
        self.next_up.setObjectName("roomNextUp")
        _scaled(self.next_up, 2.0)
        self.pause_card = QLabel(
            self.tr(
                "Let's take a pause.\n\nBreathe in, breathe out. "
                "Take the time you need — we will carry on together in a moment."
            )
        )
        self.pause_card.setObjectName("roomPause")
        self.pause_card.setWordWrap(True)
        self.pause_card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _scaled(self.pause_card, 2.6)
        for label in (self.title, self.time_left, self.speaker, self.next_up):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() * 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.title)
        layout.addWidget(self.time_left)
        layout.addWidget(rule)
        layout.addWidget(self.read_aloud, 1)
        layout.addWidget(self.speaker)
        layout.addWidget(self.next_up)
        layout.addWidget(self.pause_card, 1)
        self.show_card(RoomCard(False, False, "", "", None, "", "", 0))

    def show_card(self, card: RoomCard) -> None:
        calm = card.paused or card.closed
        self.pause_card.setVisible(calm)
        if card.closed:
            self.pause_card.setText(
                self.tr("Thank you for coming. Take good care until next time.")
            )
        for label in (self.title, self.time_left, self.read_aloud, self.speaker, self.next_up):
            label.setVisible(not calm)
        if calm:
            return
        self.title.setText(card.segment_title or self.tr("We will carry on in a moment"))
        if card.segment_seconds_left is None:
            self.time_left.clear()
        elif card.segment_seconds_left >= 0:
            self.time_left.setText(
                fill(self.tr("%1 left"), minutes_and_seconds(card.segment_seconds_left))
            )
        else:  # an overrun is shown calmly, never as an alarm
            self.time_left.setText(self.tr("Taking a little longer"))
        self.read_aloud.setText(card.read_aloud)
        self.read_aloud.setVisible(bool(card.read_aloud))
        self.speaker.setText(fill(self.tr("Now: %1"), card.speaker) if card.speaker else "")
        self.speaker.setVisible(bool(card.speaker))
        next_text = fill(self.tr("Next: %1"), card.next_up) if card.next_up else ""
        if card.waiting_count > 1:
            next_text = fill(self.tr("%1 (%2 waiting)"), next_text, card.waiting_count)
        self.next_up.setText(next_text)
        self.next_up.setVisible(bool(next_text))

    def visible_text(self) -> str:
        """Everything the room can read right now (tests scan it for private words)."""
        return "\n".join(
            label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The room screen never takes the console's keys: hand them back.
        event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
