"""Text fields that never hand what a person wrote to the clipboard (crypto.md claim 20).

The journal is the most private thing in the app and it is often typed on a shared
PC, where the next person can paste whatever was copied last. So the journal's
editors refuse to copy or cut:

- Ctrl+C, Ctrl+X (and every other platform binding of Copy and Cut) do nothing and
  leave the clipboard exactly as it was;
- the right-click menu has no Copy or Cut entry;
- dragging a selection out carries no text (``createMimeDataFromSelection`` is empty);
- on systems with a "primary selection" (X11), selecting text does not leave it there.

Pasting into the editor still works: people may bring in text they wrote elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QClipboard,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

# Object names Qt gives the entries of its standard text context menus.
_BLOCKED_ACTIONS = frozenset({"edit-copy", "edit-cut", "link-copy"})


def blocks_copy(event: QKeyEvent) -> bool:
    """Whether ``event`` is a Copy or Cut key press on this platform."""
    return event.matches(QKeySequence.StandardKey.Copy) or event.matches(
        QKeySequence.StandardKey.Cut
    )


def without_copy(menu: QMenu) -> QMenu:
    """``menu`` with its Copy and Cut entries taken out."""
    for action in menu.actions():
        if action.objectName() in _BLOCKED_ACTIONS:
            menu.removeAction(action)
            action.deleteLater()
    return menu


def _scrub_selection_clipboard(selected: str) -> None:
    """Take our selected text back out of the X11 primary selection, if it went there."""
    clipboard = QGuiApplication.clipboard()
    if not selected or not clipboard.supportsSelection():
        return
    if clipboard.text(QClipboard.Mode.Selection) == selected:
        clipboard.clear(QClipboard.Mode.Selection)


class PrivatePlainTextEdit(QPlainTextEdit):
    """A plain-text editor that cannot copy or cut to the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def createMimeDataFromSelection(self) -> QMimeData:
        return QMimeData()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if blocks_copy(event):
            event.accept()  # swallowed: the clipboard keeps what it had
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        _scrub_selection_clipboard(self.textCursor().selectedText())

    def context_menu(self) -> QMenu:
        """The right-click menu: Qt's standard one without Copy and Cut."""
        return without_copy(self.createStandardContextMenu())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


class PrivateLineEdit(QLineEdit):
    """A one-line field that cannot copy or cut to the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if blocks_copy(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        super().keyReleaseEvent(event)
        _scrub_selection_clipboard(self.selectedText())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        _scrub_selection_clipboard(self.selectedText())

    def context_menu(self) -> QMenu:
        """The right-click menu: Qt's standard one without Copy and Cut."""
        return without_copy(self.createStandardContextMenu())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
