"""While the kiosk shows, the window offers nothing but the form (issue 13).

The menus, the status bar and every window action that leads anywhere are hidden or
disabled (Lock and Hide already are: nobody is unlocked); closing the window is
refused, so only a facilitator's passphrase ends the kiosk. Zoom stays: larger text
helps the people filling the form and reaches nothing of the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow


class KioskChrome(QObject):
    def __init__(self, window: QMainWindow, actions: list[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.active = False
        self._was_enabled: list[bool] = []

    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        self.window.menuBar().setVisible(False)
        self.window.statusBar().setVisible(False)
        self._was_enabled = [action.isEnabled() for action in self.actions]
        for action in self.actions:
            action.setEnabled(False)
        self.window.installEventFilter(self)

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        self.window.removeEventFilter(self)
        for action, enabled in zip(self.actions, self._was_enabled, strict=True):
            action.setEnabled(enabled)
        self.window.menuBar().setVisible(True)
        self.window.statusBar().setVisible(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if self.active and watched is self.window and event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return False
