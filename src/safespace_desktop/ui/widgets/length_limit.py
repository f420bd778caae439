"""Say so when a field reaches its length limit, instead of cutting text silently.

``QLineEdit.setMaxLength`` drops whatever is typed or pasted past the limit without a
word. ``LengthLimitNote`` watches a line edit and shows a short, calm note under it
while its text is at the limit (typed to it, or a longer paste that was cut).
The note keeps its space when hidden, so fields below do not jump.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from safespace_desktop.ui.wording.placeholders import fill


class LengthLimitNote(QLabel):
    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._pasted_too_long = False
        self.setObjectName(f"{edit.objectName() or 'field'}LengthNote")
        self.setAccessibleName(self.tr("Length limit"))
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.setVisible(False)
        edit.textChanged.connect(self._update)
        edit.installEventFilter(self)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A paste longer than the limit arrives already cut: remember it was cut.
        if (
            watched is self._edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            pasted = QGuiApplication.clipboard().text()
            edit = self._edit
            room = edit.maxLength() - len(edit.text()) + len(edit.selectedText())
            self._pasted_too_long = len(pasted) > room
        return False

    def _update(self, *_args: object) -> None:
        limit = self._edit.maxLength()
        at_limit = len(self._edit.text()) >= limit
        if not at_limit:
            self._pasted_too_long = False
            self.setVisible(False)
            return
        if self._pasted_too_long:
            text = fill(
                self.tr("Only the first %1 characters fit here; the rest was left out."), limit
            )
        else:
            text = fill(self.tr("That is the most this field holds (%1 characters)."), limit)
        self.setText(text)
        self.setVisible(True)
