"""Background work: one worker thread owns the database (Anki's single writer).

Slow calls (key derivation, vault creation, demo build) go through ``TaskRunner.run``;
results and errors come back on the GUI thread through a queued signal.

The worker thread never holds a reference to a Qt object: callbacks and progress
dialogs stay in a table on the GUI thread, keyed by task number, and the worker
only sees the plain service call. If the worker dropped the last reference to a
widget, Qt would destroy it on the wrong thread and crash.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from safespace_desktop.ui.wording.errors import progress_text

log = logging.getLogger(__name__)


class _Bridge(QObject):
    finished = Signal(int, object, object)  # task number, result, error
    progress = Signal(int, str)  # task number, text
    op_progress = Signal(int, int, int, str)  # task number, done, total, label


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    dialog: QProgressDialog | None
    on_progress: Callable[[int, int, str], None] | None = None
    # The work itself, kept on the GUI thread until delivery, so the worker never drops
    # the last reference to anything the work captured.
    work: Callable[..., Any] | None = None


class TaskRunner(QObject):
    """Runs callables on the single DB worker thread and reports back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="safespace-db")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._bridge.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._bridge.op_progress.connect(self._op_progress, Qt.ConnectionType.QueuedConnection)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        work: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress_text: str | None = None,
        report_progress: bool = False,
        parent: QWidget | None = None,
        **kwargs: Any,
    ) -> Future[Any]:
        """Queue ``work(*args, **kwargs)``; call ``on_done(result)`` or ``on_error(exc)`` later.

        ``work`` and its arguments must be plain (non-Qt) objects. With
        ``report_progress`` the work receives ``progress=callable(text)``, which
        updates the progress dialog's label safely from the worker thread.
        """
        number = next(self._numbers)
        dialog = None
        if progress_text is not None:
            dialog = QProgressDialog(progress_text, "", 0, 0, parent)
            dialog.setWindowTitle(self.tr("Please wait"))
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAccessibleName(progress_text)
        self._pending[number] = _Pending(on_done, on_error, dialog)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        bridge = self._bridge
        if report_progress:
            kwargs["progress"] = lambda text: bridge.progress.emit(number, str(text))
        return self._executor.submit(_job, bridge, number, [work], args, kwargs)

    def submit_op(
        self,
        job: Callable[[Callable[[int, int, str], None]], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None],
    ) -> None:
        """Queue one typed operation (see ``ui/runtime/ops.py``); ``job(report)`` runs on
        the worker, and ``report(done, total, label)`` reaches ``on_progress`` here."""
        number = next(self._numbers)
        self._pending[number] = _Pending(on_done, on_error, None, on_progress, job)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        bridge = self._bridge

        def report(done: int, total: int, label: str) -> None:
            bridge.op_progress.emit(number, int(done), int(total), str(label))

        self._executor.submit(_job, bridge, number, [job], (report,), {})

    def unhandled(self, error: BaseException) -> None:
        """An operation failed and nobody asked to hear about it: log the type only."""
        log.error("Background task failed: %s", type(error).__name__)

    @Slot(int, int, int, str)
    def _op_progress(self, number: int, done: int, total: int, label: str) -> None:
        pending = self._pending.get(number)
        if pending is not None and pending.on_progress is not None:
            pending.on_progress(done, total, label)

    @Slot(int, str)
    def _show_progress(self, number: int, text: str) -> None:
        pending = self._pending.get(number)
        if pending is not None and pending.dialog is not None:
            pending.dialog.setLabelText(progress_text(text))

    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(number)
        try:
            if pending.dialog is not None:
                pending.dialog.reset()
                pending.dialog.deleteLater()
            if error is None:
                if pending.on_done is not None:
                    pending.on_done(result)
            elif pending.on_error is not None:
                pending.on_error(error)
            else:
                self.unhandled(error)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)


def _job(
    bridge: _Bridge,
    number: int,
    box: list[Callable[..., Any]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    work = box.pop()  # the executor's work item keeps only the empty box
    try:
        result = work(*args, **kwargs)
    except BaseException as exc:  # delivered to the GUI thread, never lost
        del work
        bridge.finished.emit(number, None, exc)
        return
    del work
    bridge.finished.emit(number, result, None)
