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


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    dialog: QProgressDialog | None


class TaskRunner(QObject):
    """Runs callables on the single DB worker thread and reports back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="safespace-db")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._bridge.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
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
        return self._executor.submit(_job, bridge, number, work, args, kwargs)

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
                log.error("Background task failed: %s", type(error).__name__)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)


def _job(
    bridge: _Bridge,
    number: int,
    work: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    try:
        result = work(*args, **kwargs)
    except BaseException as exc:  # delivered to the GUI thread, never lost
        bridge.finished.emit(number, None, exc)
        return
    bridge.finished.emit(number, result, None)
