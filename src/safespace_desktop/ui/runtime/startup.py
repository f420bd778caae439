"""Start-up helpers: run something once the first window has painted.

Fast start (issue 8): the first window must show before SQLAlchemy, the services and
the demo builder are imported; they are imported right after its first paint.

``SAFESPACE_STARTUP_PROBE=1`` (for tests and ``benchmarks/startup.py``) makes the app
print one JSON line at its first paint: the wall-clock time and which heavy modules
were already imported, then quit. Nothing a person typed is involved.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PROBE_VARIABLE = "SAFESPACE_STARTUP_PROBE"
#: Modules the first window must not need (issue 8, item 7).
DEFERRED_MODULES = (
    "sqlalchemy",
    "safespace_desktop.services.vault",
    "safespace_desktop.services.demo",
    "safespace_desktop.storage.tables",
    "safespace_desktop.ui.workspace",
)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            # After this paint has finished and reached the screen.
            QTimer.singleShot(0, callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, just after ``widget`` first paints."""
    _FirstPaint(widget, callback)


def probe_requested() -> bool:
    return os.environ.get(PROBE_VARIABLE) == "1"


def report_and_quit() -> None:
    """Print what the first window needed (one JSON line on stdout) and quit."""
    import json

    report = {
        "first_paint_ns": time.time_ns(),
        "cpu_s": time.process_time(),  # CPU used so far: steadier than wall time on a busy PC
        "imported": {name: name in sys.modules for name in DEFERRED_MODULES},
    }
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    QApplication.quit()
