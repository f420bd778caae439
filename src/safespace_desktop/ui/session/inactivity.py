"""Auto-lock on idle, with a visible countdown (DESIGN.md §3.4; KeePassXC's InactivityTimer).

An application-wide event filter restarts the countdown on key, mouse, wheel and
touch input. ``remaining_changed`` fires once a second for the status bar;
``expired`` fires once when the idle time runs out.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

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

    @property
    def active(self) -> bool:
        return self._active

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def start(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        self._active = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._restart()
        self._ticker.start()

    def stop(self) -> None:
        self._active = False
        self._expiry.stop()
        self._ticker.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

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
        # Called for every event in the app: keep it to one int lookup.
        if self._active and event.type().value in _ACTIVITY_VALUES:
            self._restart()
        return False
