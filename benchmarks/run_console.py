"""Key-to-repaint latency of the meeting console (issue 10: "every key press reacts
within 100 ms").

A console and its room screen run a meeting of 25 people and ten parts, driven by the
keys a facilitator uses (next person, pass, raise a hand, next speaker, the safety
pause, next part). For each key press it measures, on one clock, from sending the key
to the end of the next paint of the console window, and reports the median, the 95th
percentile and the worst case. Run it under Xvfb (or offscreen: paints still happen).

    .venv/bin/python benchmarks/run_console.py            # 300 key presses
    xvfb-run -a .venv/bin/python benchmarks/run_console.py --presses 600
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from safespace_desktop.core.run.meeting import RoundKind, RunSegment  # noqa: E402
from safespace_desktop.core.run.plan import RunPerson, RunPlan  # noqa: E402
from safespace_desktop.ui.run import run_console  # noqa: E402


class PaintClock(QObject):
    """Remembers when any widget of the console window last finished painting."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.last_paint = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        painted = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
        if painted and watched.window() is self.window:
            self.last_paint = time.perf_counter()
        return False


def plan() -> RunPlan:
    kinds = [
        None,
        RoundKind.CHECK_IN,
        None,
        None,
        None,
        None,
        None,
        None,
        RoundKind.CHECK_OUT,
        None,
    ]
    segments = tuple(
        RunSegment(
            f"s{n}",
            f"Part {n + 1}",
            10,
            read_aloud="We listen without judging. " * 8 if n == 0 else "",
            round_kind=kind,
            open_floor=kind is None and n not in (0, 9),
        )
        for n, kind in enumerate(kinds)
    )
    people = tuple(RunPerson(f"p{n}", f"Person {n + 1}") for n in range(25))
    return RunPlan("m", "A benchmark meeting", 100, segments, people)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = run_console(plan(), "Benchmark", confirm_end=lambda: True)
    view.resize(1366, 740)
    view.show()
    view.activateWindow()
    controller = view.controller
    controller.placer.show()  # the room screen too, as in a real meeting
    clock = PaintClock(view)
    app.installEventFilter(clock)
    QTest.qWait(200)
    controller.toggle_timer()
    keys = [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),  # next person / speaker
        (Qt.Key.Key_P, Qt.KeyboardModifier.NoModifier),  # pass
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_H, Qt.KeyboardModifier.NoModifier),  # raise a hand
        (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier),  # safety pause
        (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier),  # … and carry on
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),  # pause / resume the timer
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),  # next part
    ]
    view.attendance.people.setCurrentRow(0)
    latencies: list[float] = []
    unchanged = 0  # keys that had nothing to do (e.g. "pass" with nobody on the floor)
    for n in range(args.presses):
        key, modifiers = keys[n % len(keys)]
        if key == Qt.Key.Key_Return and modifiers and controller.run.next_segment is None:
            continue
        target = QApplication.focusWidget() or view
        clock.last_paint = 0.0
        started = time.perf_counter()
        QTest.keyClick(target, key, modifiers)
        deadline = started + 1.0
        while clock.last_paint < started and time.perf_counter() < deadline:
            app.processEvents()
        if clock.last_paint < started:
            unchanged += 1
        else:
            latencies.append(clock.last_paint - started)
        view.attendance.people.setCurrentRow((n * 7) % 25)
    latencies.sort()
    ms = [x * 1000 for x in latencies]
    print(
        f"key presses that changed the screen: {len(ms)} (and {unchanged} that had nothing to do)"
    )
    print(
        f"key → repaint: median {statistics.median(ms):.1f} ms, "
        f"95th percentile {ms[int(len(ms) * 0.95) - 1]:.1f} ms, worst {ms[-1]:.1f} ms"
    )
    print(f"within 100 ms: {sum(1 for x in ms if x <= 100)} of {len(ms)}")
    view.close()


if __name__ == "__main__":
    main()
