"""Run Python's cyclic garbage collector on the GUI thread only (Anki's approach).

Left alone, the collector can run on the DB worker thread and free a cycle that
holds a Qt widget there, which destroys the widget on the wrong thread and crashes.

A full (oldest-generation) collection walks every long-lived object: with a decrypted
journal of thousands of entries in memory that takes a tenth of a second or more, which
the window would feel as a freeze. So full collections wait until the person has left
the keyboard and mouse alone for a moment (or the backlog grows large), and what was
imported at start-up is frozen out of the collector's walk once the pages are loaded.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
IDLE_BEFORE_FULL_S = 2.0
# A full collection happens anyway once this many times its threshold is pending.
FULL_BACKLOG_FACTOR = 8


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._idle_seconds: Callable[[], float] = lambda: float("inf")
        self._worker_busy: Callable[[], bool] = lambda: False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def set_idle_source(self, idle_seconds: Callable[[], float]) -> None:
        """``idle_seconds()`` says how long nobody has touched the keyboard or mouse."""
        self._idle_seconds = idle_seconds

    def set_worker_busy_source(self, busy: Callable[[], bool]) -> None:
        """While the worker is reading (say, decrypting a whole journal) its fresh objects
        would make every young collection long: wait until it is done."""
        self._worker_busy = busy

    def check(self) -> None:
        # Collect like the automatic collector would, but here, on the GUI thread.
        counts = gc.get_count()
        if counts[0] <= self._threshold[0]:
            return
        if self._worker_busy() and counts[0] < self._threshold[0] * FULL_BACKLOG_FACTOR * 10:
            return
        if counts[2] > self._threshold[2] and self._full_collection_due(counts[2]):
            gc.collect(2)
        elif counts[1] > self._threshold[1]:
            gc.collect(1)
        else:
            gc.collect(0)

    def _full_collection_due(self, pending: int) -> bool:
        return (
            self._idle_seconds() >= IDLE_BEFORE_FULL_S
            or pending > self._threshold[2] * FULL_BACKLOG_FACTOR
        )

    @staticmethod
    def freeze_long_lived() -> None:
        """Move everything alive now (modules, classes, the app's widgets' wrappers) out
        of the collector's walk. Call once the code of every page has been imported."""
        gc.freeze()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
