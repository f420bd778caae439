"""Auto-lock on idle, with a visible countdown (DESIGN.md §3.4; KeePassXC's InactivityTimer).

Key, mouse, wheel and touch input restart the countdown. The watcher filters the
events of each top-level window (``QWindow``: where the platform delivers input before Qt
hands it to a widget) and of the focused widget (input-method text goes straight there),
not every event of the application: an application-wide Python filter ran for each of
the thousands of events a page build makes (about a third of building the Members page). ``remaining_changed`` fires once a second for the status bar;
``expired`` fires once when the idle time runs out.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod,
}


_ACTIVITY_VALUES = frozenset(kind.value for kind in _ACTIVITY_EVENTS)


class InactivityWatcher(QObject):
    expired = Signal()
    remaining_changed = Signal(int)  # whole seconds left

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = 0
        self._deadline = 0.0
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._on_expired)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._active = False
        self._watched: list[QObject] = []
        self._following_focus = False

    @property
    def active(self) -> bool:
        return self._active

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def start(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        if not self._active:
            self._active = True
            self._watch_input()
        self._restart()
        self._ticker.start()

    def stop(self) -> None:
        self._active = False
        self._expiry.stop()
        self._ticker.stop()
        self._unwatch_input()

    def _watch_input(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self._watch_windows()
        self._watch(app.focusWidget())
        app.focusWindowChanged.connect(self._watch_windows)
        app.focusChanged.connect(self._focus_moved)
        self._following_focus = True

    def _unwatch_input(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._following_focus:
            app.focusWindowChanged.disconnect(self._watch_windows)
            app.focusChanged.disconnect(self._focus_moved)
        self._following_focus = False
        for watched in self._watched:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                watched.removeEventFilter(self)
        self._watched.clear()

    def _watch_windows(self, *_focus_window: object) -> None:
        """Every top-level window, looked at again whenever the focus window changes:
        a window that never takes focus (the room screen beside the console) still
        counts the mouse moved over it."""
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    def _watch(self, target: QObject | None) -> None:
        if target is None or not self._active:
            return
        if isinstance(target, QWindow | QWidget) and not any(w is target for w in self._watched):
            target.installEventFilter(self)
            target.destroyed.connect(self._forget)
            self._watched.append(target)

    def _forget(self, gone: QObject) -> None:
        self._watched = [w for w in self._watched if w is not gone]

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and not isinstance(old, QWindow):
            # a top-level widget's filter is not its window's, so it can go
            old.removeEventFilter(self)
            self._watched = [w for w in self._watched if w is not old]
        self._watch(new)  # not a restart: the app moves focus too, and must not keep us open

    def seconds_since_activity(self) -> float:
        """How long nobody has touched the keyboard or mouse (infinite when no session)."""
        if not self._active:
            return float("inf")
        return time.monotonic() - (self._deadline - self._timeout_ms / 1000)

    def remaining_seconds(self) -> int:
        return max(0, round(self._deadline - time.monotonic()))

    def _restart(self) -> None:
        self._deadline = time.monotonic() + self._timeout_ms / 1000
        self._expiry.start(self._timeout_ms)

    def _tick(self) -> None:
        self.remaining_changed.emit(self.remaining_seconds())

    def _on_expired(self) -> None:
        if self._active:
            self.stop()
            self.expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the watched windows and focus widget: one int lookup.
        if self._active and event.type().value in _ACTIVITY_VALUES:
            self._restart()
        return False
