"""Background work: one worker thread owns the database (Anki's single writer).

The UI never calls this directly: it runs typed operations (``ui/runtime/ops.py``),
which queue their work here. Results, errors and progress come back on the GUI thread
through queued signals.

The worker thread never holds a reference to a Qt object: callbacks stay in a table on
the GUI thread, keyed by task number, and the worker only sees the plain work. The work
itself is kept in that table too, so the worker never drops the last reference to
anything it captured. If the worker dropped the last reference to a widget, Qt would
destroy it on the wrong thread and crash.

The worker also lets the GUI thread take its turn between two jobs: once a job is done,
the next one starts only after the GUI thread has handled its result and laid out and
painted what changed (or after ``GUI_TURN_MAX_S``, if the GUI thread is busy elsewhere).
Python runs one thread at a time, so a job decoding records while the window repaints
would make each of the window's Python callbacks (layouts, event filters) wait its turn,
and a page that just received its rows would freeze for tens of milliseconds (issue 15:
the facilitator's Home after unlock).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

Report = Callable[[int, int, str], None]

GUI_TURN_MAX_S = 0.25  # the longest a finished job keeps the next one waiting
_GUI_TURN_DONE = QEvent.Type(QEvent.registerEventType())


class _GuiTurn(QObject):
    """Between two jobs: the worker waits until the GUI thread has had its turn.

    The worker marks a job's result as waiting (``taken``) before it sends it; the GUI
    thread, after handling it, posts itself a low-priority event. Qt handles posted events
    by priority and a widget's repaint request is low priority too, so the event arrives
    after the layout and paint the result caused; then the next job may start."""

    def __init__(self) -> None:
        super().__init__()
        self._free = threading.Event()
        self._free.set()

    def wait(self) -> None:
        """On the worker: before a job, wait for the GUI thread's turn to end."""
        self._free.wait(GUI_TURN_MAX_S)

    def taken(self) -> None:
        """On the worker: a result is on its way to the GUI thread."""
        self._free.clear()

    def handled(self) -> None:
        """On the GUI thread: a result was handled; free the worker after the repaint."""
        QCoreApplication.postEvent(
            self, QEvent(_GUI_TURN_DONE), Qt.EventPriority.LowEventPriority.value
        )

    def release(self) -> None:
        self._free.set()

    def event(self, event: QEvent) -> bool:
        if event.type() == _GUI_TURN_DONE:
            self._free.set()
            return True
        return super().event(event)


class _Bridge(QObject):
    finished = Signal(int, object, object)  # task number, result, error
    progress = Signal(int, int, int, str)  # task number, done, total, label


@dataclass
class _Pending:
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    on_progress: Report
    work: Callable[[Report], Any]


class TaskRunner(QObject):
    """Runs work on the single DB worker thread and reports back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="safespace-db")
        self._bridge = _Bridge()
        self._turn = _GuiTurn()
        self._bridge.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._bridge.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._held = 0  # operations waiting to start (see ``ops.after_first_paint``)
        self._shut_down = False

    @property
    def busy(self) -> bool:
        return bool(self._pending) or self._held > 0

    def hold(self) -> None:
        """An operation will be submitted shortly: count it as work in hand."""
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)

    def submit_op(
        self,
        job: Callable[[Report], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Report,
    ) -> None:
        """Queue ``job(report)`` on the worker; ``report(done, total, label)`` reaches
        ``on_progress`` here, and the result ``on_done`` (or the error ``on_error``).
        After ``shutdown`` (the app is closing) nothing new starts: an operation that was
        waiting for a first paint is dropped quietly."""
        if self._shut_down:
            return
        number = next(self._numbers)
        self._pending[number] = _Pending(on_done, on_error, on_progress, job)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        bridge = self._bridge

        def report(done: int, total: int, label: str) -> None:
            bridge.progress.emit(number, int(done), int(total), str(label))

        self._executor.submit(_job, bridge, self._turn, number, [job], report)

    def unhandled(self, error: BaseException) -> None:
        """An operation failed and nobody asked to hear about it: log the type only."""
        log.error("Background task failed: %s", type(error).__name__)

    @Slot(int, int, int, str)
    def _progress(self, number: int, done: int, total: int, label: str) -> None:
        pending = self._pending.get(number)
        if pending is not None:
            pending.on_progress(done, total, label)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(number)
        try:
            if error is None:
                pending.on_done(result)
            else:
                pending.on_error(error)
        finally:
            self._turn.handled()
            if not self._pending:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self._shut_down = True
        self._turn.release()  # nothing waits for a GUI turn that will not come now
        self._executor.shutdown(wait=True)


def _job(
    bridge: _Bridge,
    turn: _GuiTurn,
    number: int,
    box: list[Callable[[Report], Any]],
    report: Report,
) -> None:
    turn.wait()
    work = box.pop()  # the executor's work item keeps only the empty box
    try:
        result = work(report)
    except BaseException as exc:  # delivered to the GUI thread, never lost
        del work
        turn.taken()
        bridge.finished.emit(number, None, exc)
        return
    del work
    turn.taken()
    bridge.finished.emit(number, result, None)
