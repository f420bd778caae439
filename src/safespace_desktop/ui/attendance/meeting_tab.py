"""What every tab of a meeting's detail shares (attendance, the notes after it): told
which meeting is selected, says when it is shown, and has a message line and a
refused-save banner. Subclasses create ``self.message`` and ``self.stale``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner


class MeetingTab(QWidget):
    meeting_chosen = Signal(object)
    became_visible = Signal()
    message: QLabel
    stale: StaleEditBanner

    def show_meeting(self, meeting: object) -> None:
        """Called by the Meetings page when its selected meeting changes."""
        self.meeting_chosen.emit(meeting)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.became_visible.emit()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_stale(self, text: str) -> None:
        self.stale.say(text)
