"""Run Python's cyclic garbage collector on the GUI thread only (Anki's approach).

Left alone, the collector can run on the DB worker thread and free a cycle that
holds a Qt widget there, which destroys the widget on the wrong thread and crashes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        # Collect like the automatic collector would, but here, on the GUI thread.
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = (
                2 if counts[2] > self._threshold[2] else 1 if counts[1] > self._threshold[1] else 0
            )
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
