"""A check box whose long text wraps onto more lines instead of widening the page.

A QCheckBox cannot wrap its text: a long one in a longer language at 200 % zoom asks
for more width than a 1366×768 window has. Here the box keeps no text of its own
and a word-wrapped label beside it carries the words; the label's mnemonic moves the
focus to the box, and a click on the words ticks it, as on a check box's own text.
The box needs its own accessible name (screen readers do not read the label).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy


class CheckCaption(QLabel):
    """The words of a check box; a click on them ticks or unticks it."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.check = check
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBuddy(check)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setEnabled(check.isEnabled())
        check.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Greyed out with the box (a read-only vault, a form being saved)."""
        if watched is self.check and event.type() == QEvent.Type.EnabledChange:
            self.setEnabled(self.check.isEnabled())
        return super().eventFilter(watched, event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.check.isEnabled():
            self.check.setFocus(Qt.FocusReason.MouseFocusReason)
            self.check.toggle()
        super().mouseReleaseEvent(event)


def wrapped_check(check: QCheckBox, text: str) -> tuple[QHBoxLayout, CheckCaption]:
    """``check`` with ``text`` (a tr() string, & mnemonic kept) wrapping beside it."""
    check.setText("")
    caption = CheckCaption(text, check)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(caption, 1, Qt.AlignmentFlag.AlignTop)
    return row, caption
