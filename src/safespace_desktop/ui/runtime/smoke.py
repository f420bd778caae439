"""``--smoke``: open the demo group, unlock it and wait for the first page, then quit.

The installer check (installer/check-linux) runs this against the installed program to
prove that the bundle holds everything a real session needs: the window, the demo
builder, the key derivation, the unlock, the workspace and its first page. It drives
the lock screen the way a person would (types the demo's public handle and passphrase,
presses Unlock) and reports one line on stdout. Exit code 0 only when the page showed.
Only the fictional demo group is touched; the demo passphrases are public on purpose.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.main_window import MainWindow

#: Long enough for the demo build and an unlock on a slow, busy PC.
DEFAULT_TIMEOUT_MS = 300_000
POLL_MS = 200


class SmokeRun(QObject):
    """Watches the shell's screens and answers them until the first page is shown."""

    def __init__(
        self,
        window: MainWindow,
        account: tuple[str, str],
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        report: Callable[[str], None] | None = None,
        finish: Callable[[int], None] = QApplication.exit,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._handle, self._passphrase = account
        self._report = report or _print
        self._exit = finish
        self._unlocking: LockScreen | None = None
        self._finished = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._step)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(timeout_ms)
        self._deadline.timeout.connect(self._timed_out)

    def start(self) -> None:
        self._poll.start()
        self._deadline.start()

    def _step(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):  # an error was said to the person: that is a failure
            self._finish(1, f"smoke: failed, the app said: {box.text()}")
            return
        screen = self._window.screen_widget
        if isinstance(screen, LockScreen):
            if screen is not self._unlocking:
                self._unlock(screen)
            elif screen.message.isVisible() and screen.unlock_button.isEnabled():
                self._finish(1, f"smoke: failed, the lock screen said: {screen.message.text()}")
        elif screen is not None and screen.objectName() == "workspace":
            # Imported only now: the workspace is heavy, and the first window must not wait.
            from safespace_desktop.ui.shell.workspace import Workspace

            assert isinstance(screen, Workspace)
            page = screen.current_page()
            if (
                page is not None
                and page.isVisible()
                and not page.objectName().startswith("unbuilt-")
            ):
                self._finish(0, f"smoke: ok, the demo group is open on {page.objectName()}")

    def _unlock(self, screen: LockScreen) -> None:
        """Type the demo's public sign-in and press Unlock, as a person would."""
        if not screen.unlock_button.isEnabled() or not screen.isVisible():
            return  # still busy; try again on the next poll
        screen.handle_edit.setText(self._handle)
        screen.passphrase_field.edit.setText(self._passphrase)
        self._unlocking = screen
        screen.unlock_button.click()

    def _timed_out(self) -> None:
        screen = self._window.screen_widget
        where = screen.objectName() if screen is not None else "no screen"
        self._finish(1, f"smoke: failed, nothing happened in time (showing {where})")

    def _finish(self, code: int, line: str) -> None:
        if self._finished:
            return
        self._finished = True
        self._poll.stop()
        self._deadline.stop()
        self._report(line)
        self._exit(code)


def _print(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
