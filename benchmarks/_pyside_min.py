"""The minimal PySide6 window that benchmarks/startup.py compares the app against.

Adapted from ../shared/research/peer-scripts/lib/pyside_min.py (the project's peer
research scripts): one QLabel in a 400×200 window. With ``BENCH_QUIT=1`` it prints the
wall-clock time of its first finished paint (``first_paint_ns``) and quits, as the
app's ``SAFESPACE_STARTUP_PROBE=1`` does.
"""

import json
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)


class Window(QLabel):
    painted = False

    def paintEvent(self, event):  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            if os.environ.get("BENCH_QUIT"):
                print(
                    json.dumps({"first_paint_ns": time.time_ns(), "cpu_s": time.process_time()}),
                    flush=True,
                )
                QTimer.singleShot(0, app.quit)


window = Window("Hello from PySide6")
window.setWindowTitle("pyside-min")
window.resize(400, 200)
window.show()
sys.exit(app.exec())
