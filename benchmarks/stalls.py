"""GUI-thread stalls at the design's M size (issue 8 items 3 and 7).

Builds (or reuses) a vault with 1,000 roster members and one member with 10,000
journal entries, starts the real shell in this process, and drives it as a person
would: types the handle and passphrase on the lock screen, presses Unlock, then
clicks every section in the workspace's navigation list. A 5 ms ``QTimer``
heartbeat on the GUI thread records the longest gap between two ticks during each
step: that is the longest time the window could not react to anything.

Widgets are found the way tests find them (accessible names: "Your handle",
"Your passphrase", the Unlock button, the "Sections" list), so the script keeps
working while the UI framework is rebuilt as long as those names stay.

A step ends when the page is usable: the navigation list (after unlock) or the
chosen page is visible, no background task is pending, and the heartbeat has seen
``--settle-ms`` with no gap over 20 ms (so late queued work is caught too).

    .venv/bin/python benchmarks/stalls.py                    # build M, measure, ~2 min
    .venv/bin/python benchmarks/stalls.py --keep vault-m/    # keep the built vault
    .venv/bin/python benchmarks/stalls.py --reuse vault-m/   # measure an earlier build

The vault uses the production KDF floor (Argon2id 64 MiB, t=3, p=4), so the unlock
step includes one real key derivation on the task runner. Runs offscreen unless
QT_QPA_PLATFORM says otherwise (e.g. ``xcb`` under Xvfb).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # datagen.py: the one generator
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MEMBERS = 1_000
ENTRIES = 10_000
FACILITATOR = ("bench-facilitator", "benchmark facilitator passphrase")  # as datagen.py
MEMBER = ("bench-member", "benchmark member passphrase here")
HEARTBEAT_MS = 5
QUIET_GAP_MS = 20.0


# --------------------------------------------------------------------------- data
def build_vault(data_dir: Path, members: int, entries: int) -> None:
    """A roster of ``members`` and one member's journal of ``entries`` in ``data_dir``'s
    vault folder, from datagen.py (the one generator)."""
    from datagen import Size, build_folder

    from safespace_desktop.crypto.kdf import FLOOR

    build_folder(data_dir, Size("stalls", members, 0, 0, 0, 0, 0, entries, 0), FLOOR)


# --------------------------------------------------------------------------- timing
@dataclass
class Step:
    name: str
    seconds_to_usable: float
    longest_gap_ms: float
    gaps_over_50ms: int


@dataclass
class Heartbeat:
    """Ticks every 5 ms on the GUI thread; a long gap between ticks is a stall."""

    ticks: list[float] = field(default_factory=list)

    def start(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def gaps_since(self, index: int) -> list[float]:
        window = self.ticks[max(index - 1, 0) :]
        return [(b - a) * 1000 for a, b in zip(window, window[1:], strict=False)]


def run_until(app: object, done: Callable[[], bool], timeout_s: float) -> bool:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if done():
            return True
        time.sleep(0.001)
    return False


def measure_step(
    name: str,
    heartbeat: Heartbeat,
    action: Callable[[], None],
    usable: Callable[[], bool],
    settle_ms: float,
    timeout_s: float = 120,
) -> Step:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    first = len(heartbeat.ticks)
    started = time.perf_counter()
    action()
    if not run_until(app, usable, timeout_s):
        raise SystemExit(f"{name}: not usable after {timeout_s} s")
    reached = time.perf_counter()

    def settled() -> bool:
        recent = [t for t in heartbeat.ticks[first:] if t >= time.perf_counter() - settle_ms / 1000]
        if time.perf_counter() - reached < settle_ms / 1000 or len(recent) < 2:
            return False
        gaps = [(b - a) * 1000 for a, b in zip(recent, recent[1:], strict=False)]
        return max(gaps) < QUIET_GAP_MS and usable()

    run_until(app, settled, timeout_s)
    gaps = heartbeat.gaps_since(first)
    return Step(
        name,
        reached - started,
        max(gaps) if gaps else 0.0,
        sum(1 for g in gaps if g > 50),
    )


# --------------------------------------------------------------------------- driving
def find_named(kind: type, accessible_name: str) -> object | None:
    from PySide6.QtWidgets import QApplication

    for top in QApplication.topLevelWidgets():
        for widget in top.findChildren(kind):
            if widget.accessibleName() == accessible_name and widget.isVisible():
                return widget
    return None


def find_button(text_without_mnemonic: str) -> object | None:
    from PySide6.QtWidgets import QApplication, QPushButton

    for top in QApplication.topLevelWidgets():
        for button in top.findChildren(QPushButton):
            label = button.text().replace("&", "")
            if button.isVisible() and text_without_mnemonic in (label, button.accessibleName()):
                return button
    return None


def press(widget: object, at: object = None) -> None:
    """A mouse click through Qt's event system (so idle tracking sees a person)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    point = at if at is not None else widget.rect().center()  # type: ignore[attr-defined]
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)  # type: ignore[arg-type]


def open_shell(data_dir: Path, *, timeout_s: float) -> tuple[Any, Any, Any, Any, Heartbeat]:
    """The real window on the vault in ``data_dir``, at its lock screen, with the
    heartbeat running: (app, window, runner, controller, heartbeat)."""
    from PySide6.QtWidgets import QLineEdit

    from safespace_desktop.paths import AppPaths
    from safespace_desktop.services.directory import VaultDirectory
    from safespace_desktop.ui.runtime.application import create_application
    from safespace_desktop.ui.runtime.tasks import TaskRunner
    from safespace_desktop.ui.shell.app_controller import AppController
    from safespace_desktop.ui.shell.main_window import MainWindow

    app = create_application(sys.argv[:1])
    window = MainWindow()
    runner = TaskRunner()
    directory = VaultDirectory(AppPaths.portable(data_dir))
    controller = AppController(
        window,
        directory,
        runner,
        calibrate=lambda progress=None: None,  # type: ignore[arg-type,return-value]
        demo_builder=lambda *_a, **_k: None,
        demo_accounts=[],
    )
    window.resize(1280, 800)
    window.show()
    controller.start()
    controller.open_vault(directory.list_vaults()[0])
    heartbeat = Heartbeat()
    heartbeat.start()
    run_until(app, lambda: find_named(QLineEdit, "Your handle") is not None, timeout_s)
    return app, window, runner, controller, heartbeat


def session(data_dir: Path, who: tuple[str, str], settle_ms: float) -> list[Step]:
    """Open the vault, unlock as ``who``, then visit every section once."""
    from PySide6.QtWidgets import QLineEdit, QListWidget

    app, window, runner, controller, heartbeat = open_shell(data_dir, timeout_s=30)
    # A person takes a few seconds to type a handle and passphrase; the app uses that
    # quiet moment to import the pages' code (ui/shell/preload.py).
    run_until(app, lambda: getattr(controller, "preloading_done", True), 30)

    def idle() -> bool:
        return not getattr(runner, "busy", False)

    def nav() -> QListWidget | None:
        found = find_named(QListWidget, "Sections")
        return found if isinstance(found, QListWidget) else None

    def unlock() -> None:
        handle = find_named(QLineEdit, "Your handle")
        secret = find_named(QLineEdit, "Your passphrase")
        button = find_button("Unlock")
        assert isinstance(handle, QLineEdit) and isinstance(secret, QLineEdit) and button
        handle.setText(who[0])
        secret.setText(who[1])
        press(button)  # a real click, as a person makes

    steps = [
        measure_step(
            f"unlock → first page ({who[0]})",
            heartbeat,
            unlock,
            lambda: nav() is not None and idle(),
            settle_ms,
        )
    ]
    sections = nav()
    assert sections is not None
    rows = [sections.item(i).text() for i in range(sections.count())]
    order = list(range(1, len(rows))) + [0]  # every other section, then back to the first
    for row in order:

        def choose(row: int = row, target: QListWidget = sections) -> None:
            rect = target.visualItemRect(target.item(row))
            press(target.viewport(), rect.center())

        def shown(row: int = row, target: QListWidget = sections) -> bool:
            return target.currentRow() == row and idle()

        steps.append(measure_step(f"switch to “{rows[row]}”", heartbeat, choose, shown, settle_ms))
    controller.shutdown()
    runner.shutdown()
    window.close()
    window.deleteLater()
    run_until(app, lambda: False, 0.2)
    return steps


# --------------------------------------------------------------------------- report
def table(runs: list[list[Step]]) -> str:
    lines = [
        "| step | longest GUI-thread gap (median) | worst run | gaps > 50 ms | time to usable |",
        "|---|---:|---:|---:|---:|",
    ]
    for index, step in enumerate(runs[0]):
        same = [run[index] for run in runs]
        gap = statistics.median(s.longest_gap_ms for s in same)
        lines.append(
            f"| {step.name} | {gap:.0f} ms | {max(s.longest_gap_ms for s in same):.0f} ms "
            f"| {max(s.gaps_over_50ms for s in same)} "
            f"| {statistics.median(s.seconds_to_usable for s in same) * 1000:.0f} ms |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", type=Path, help="measure a vault folder built earlier")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--members", type=int, default=MEMBERS)
    parser.add_argument("--entries", type=int, default=ENTRIES)
    parser.add_argument("--runs", type=int, default=3, help="sessions per person (median)")
    parser.add_argument("--settle-ms", type=float, default=500)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="safespace-stalls-bench-"))
    try:
        data_dir = args.reuse or args.keep or work / "data"
        if args.reuse is None:
            started = time.perf_counter()
            build_vault(data_dir, args.members, args.entries)
            print(
                f"built {args.members} members, {args.entries} entries "
                f"in {time.perf_counter() - started:.0f} s",
                flush=True,
            )
        results: dict[str, list[list[Step]]] = {}
        for who in (FACILITATOR, MEMBER):
            results[who[0]] = [session(data_dir, who, args.settle_ms) for _ in range(args.runs)]
        for who, runs in results.items():
            print(
                f"\n{who} ({args.runs} sessions, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']})"
            )
            print(table(runs))
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        who: [[s.__dict__ for s in run] for run in runs]
                        for who, runs in results.items()
                    },
                    indent=1,
                ),
                "utf-8",
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
