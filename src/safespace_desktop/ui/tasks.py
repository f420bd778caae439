"""Background work: one worker thread owns the database (Anki's single writer).

Slow calls (key derivation, vault creation, demo build) go through ``TaskRunner.run``;
results and errors come back on the GUI thread through a queued signal. While a task
runs, a modal progress dialog says what is happening; the rest of the app waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Bridge(QObject):
    finished = Signal(object, object, object)  # callback, result, error
    progress = Signal(object, str)  # dialog, text


class TaskRunner(QObject):
    """Runs callables on the single DB worker thread and reports back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="safespace-db")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._bridge.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._dialogs: dict[int, QProgressDialog] = {}

    @property
    def busy(self) -> bool:
        return self._pending > 0

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

        With ``report_progress`` the work receives ``progress=callable(text)``, which
        updates the progress dialog's label from the worker thread safely.
        """
        dialog = None
        if progress_text is not None:
            dialog = QProgressDialog(progress_text, "", 0, 0, parent)
            dialog.setWindowTitle(self.tr("Please wait"))
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAccessibleName(progress_text)
        if report_progress:
            kwargs["progress"] = lambda text: self._bridge.progress.emit(dialog, text)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def deliver(result: Any, error: BaseException | None) -> None:
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is not None:
                on_error(error)
            else:
                log.error("Background task failed: %s", type(error).__name__)

        def job() -> Any:
            try:
                result = work(*args, **kwargs)
            except BaseException as exc:  # delivered to the GUI thread, never lost
                self._bridge.finished.emit(deliver, None, exc)
                return None
            self._bridge.finished.emit(deliver, result, None)
            return result

        return self._executor.submit(job)

    @Slot(object, str)
    def _show_progress(self, dialog: QProgressDialog | None, text: str) -> None:
        if dialog is not None:
            dialog.setLabelText(text)

    @Slot(object, object, object)
    def _deliver(
        self,
        callback: Callable[[Any, BaseException | None], None],
        result: Any,
        error: BaseException | None,
    ) -> None:
        self._pending -= 1
        try:
            callback(result, error)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
