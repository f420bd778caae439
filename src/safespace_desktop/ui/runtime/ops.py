"""Typed background operations: the one way the UI calls services (Anki's QueryOp/CollectionOp).

Every call that touches the database or keys is an operation run on the single DB
worker thread (``TaskRunner``):

- ``QueryOp`` reads. It reports nothing changed.
- ``CollectionOp`` writes. On success it reports a ``ChangeSet`` on the session's change
  bus, so every page and item model that follows those record kinds updates itself.

Both are built fluently and started with ``run()``::

    QueryOp(ops, parent=view, work=lambda ctx: members.list_members()) \\
        .on_success(controller.show_members) \\
        .with_busy(view.set_busy) \\
        .run()

The rules that keep this safe:

- ``work`` receives an ``OpContext`` (progress and cancel token) and must capture only
  plain objects (services, dataclasses, strings), never a widget: the worker thread must
  not hold a reference to a Qt object.
- Success and failure handlers run on the GUI thread, and only while ``parent`` still
  exists and the session that started the operation is still unlocked. A page destroyed
  by a lock never hears back from work it started.
- No handler may start key derivation on the GUI thread; put it in ``work``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from safespace_desktop.core.changes import NO_CHANGES, ChangeSet

if TYPE_CHECKING:
    from safespace_desktop.ui.runtime.tasks import TaskRunner
    from safespace_desktop.ui.session.changes import ChangeBus

T = TypeVar("T")

ProgressCallback = Callable[[int, int, str], None]


class OperationCancelled(Exception):
    """Raised inside ``work`` when the person pressed Cancel; nothing is reported."""


class CancelToken:
    """A flag the GUI thread sets and the worker reads between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise OperationCancelled()


class OpContext:
    """What ``work`` gets on the worker thread: progress reporting and the cancel token."""

    def __init__(self, report: ProgressCallback, cancel: CancelToken) -> None:
        self._report = report
        self.cancel = cancel

    def progress(self, done: int, total: int, label: str = "") -> None:
        """Report ``done`` of ``total`` steps (total 0: unknown); checks for cancel too."""
        self.cancel.raise_if_cancelled()
        self._report(done, total, label)

    def label(self, text: str) -> None:
        """Report a new phase with no known step count (for example "Checking…")."""
        self.progress(0, 0, text)


class OpRunner(QObject):
    """One unlocked session's door to the worker thread.

    Closed when the session ends: callbacks of work still running are dropped, and no
    new operation may start.
    """

    def __init__(self, runner: TaskRunner, changes: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.changes = changes
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True

    def query(self, parent: QObject, work: Callable[[OpContext], T]) -> QueryOp[T]:
        return QueryOp(self, parent=parent, work=work)

    def collection(
        self,
        parent: QObject,
        work: Callable[[OpContext], T],
        changes: ChangeSet | Callable[[T], ChangeSet] = NO_CHANGES,
    ) -> CollectionOp[T]:
        return CollectionOp(self, parent=parent, work=work, changes=changes)


class _Op(Generic[T]):
    def __init__(self, ops: OpRunner, *, parent: QObject, work: Callable[[OpContext], T]) -> None:
        self._ops = ops
        self._parent = parent
        self._work = work
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._finally: Callable[[], None] | None = None
        self._busy: Callable[[bool], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._progress_label: str | None = None
        self._paint_gate: QWidget | None = None
        self._cancellable = False
        self.cancel_token = CancelToken()
        self._dialog: QProgressDialog | None = None

    # -------------------------------------------------------------- building
    def on_success(self, handler: Callable[[T], None]) -> _Op[T]:
        self._success = handler
        return self

    def on_failure(self, handler: Callable[[BaseException], None]) -> _Op[T]:
        self._failure = handler
        return self

    def on_finished(self, handler: Callable[[], None]) -> _Op[T]:
        """Runs after success or failure (not after a cancel or a lock)."""
        self._finally = handler
        return self

    def with_busy(self, handler: Callable[[bool], None]) -> _Op[T]:
        """A calm in-page busy indication: ``handler(True)`` now, ``handler(False)`` after."""
        self._busy = handler
        return self

    def on_progress(self, handler: Callable[[int, int, str], None]) -> _Op[T]:
        """Progress shown in the page itself: ``handler(done, total, label)``."""
        self._on_progress = handler
        return self

    def after_first_paint(self, widget: QWidget) -> _Op[T]:
        """Start the work only once ``widget`` has been painted (or shortly after, if it
        is never shown). For a page's first, heavy load: decrypting thousands of records
        while the new page is laid out and painted would fight the GUI thread for
        Python's interpreter lock on every callback, and the window would freeze. Also
        for the reads that fill in a pane the first time it is shown."""
        self._paint_gate = widget
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> _Op[T]:
        """A window-modal progress dialog (shown only if the work takes over 300 ms)."""
        self._progress_label = label
        self._cancellable = cancellable
        return self

    # -------------------------------------------------------------- running
    def run(self) -> CancelToken:
        if self._ops.closed:
            return self.cancel_token
        if self._busy is not None:
            self._busy(True)
        if self._progress_label is not None:
            self._dialog = self._make_dialog(self._progress_label)
        gate = self._paint_gate
        if gate is not None and not gate.property(_PAINTED):
            self._ops.runner.hold()
            _PaintGate(gate, self._released)
        else:
            self._submit()
        return self.cancel_token

    def _released(self) -> None:
        self._ops.runner.release()
        self._submit()

    def _submit(self) -> None:
        if self._ops.closed or not shiboken6.isValid(self._parent):
            return
        work = self._work
        token = self.cancel_token
        self._work = _spent  # the GUI side keeps no reference either once queued

        def job(report: ProgressCallback) -> Any:
            return work(OpContext(report, token))

        self._ops.runner.submit_op(
            job, on_done=self._done, on_error=self._error, on_progress=self._progress
        )

    def _make_dialog(self, label: str) -> QProgressDialog:
        parent = self._parent if isinstance(self._parent, QWidget) else None
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Operation", "Please wait"))
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Operation", "Cancel"))
            dialog.canceled.connect(self.cancel_token.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAccessibleName(label)
        return dialog

    def _alive(self) -> bool:
        return not self._ops.closed and shiboken6.isValid(self._parent)

    def _progress(self, done: int, total: int, label: str) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(done, total, label)
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog):
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if label:
            from safespace_desktop.ui.wording.errors import progress_text  # not at start-up

            dialog.setLabelText(progress_text(label))

    def _end(self) -> bool:
        dialog, self._dialog = self._dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.deleteLater()
        alive = self._alive()
        if alive and self._busy is not None:
            self._busy(False)
        return alive

    def _done(self, result: Any) -> None:
        if not self._end():
            return
        self._report(result)
        if self._success is not None:
            self._success(result)
        if self._finally is not None:
            self._finally()

    def _error(self, error: BaseException) -> None:
        if not self._end() or isinstance(error, OperationCancelled):
            return
        if self._failure is not None:
            self._failure(error)
        else:
            self._ops.runner.unhandled(error)
        if self._finally is not None:
            self._finally()

    def _report(self, result: Any) -> None:
        """Hook for ``CollectionOp``: queries change nothing."""


class QueryOp(_Op[T]):
    """Read something off the GUI thread."""


class CollectionOp(_Op[T]):
    """Change something off the GUI thread, then report what changed."""

    def __init__(
        self,
        ops: OpRunner,
        *,
        parent: QObject,
        work: Callable[[OpContext], T],
        changes: ChangeSet | Callable[[T], ChangeSet] = NO_CHANGES,
    ) -> None:
        super().__init__(ops, parent=parent, work=work)
        self._changes = changes

    def _report(self, result: Any) -> None:
        changes = self._changes(result) if callable(self._changes) else self._changes
        if changes:
            self._ops.changes.publish(changes)


_PAINTED = "safespaceFirstPaintDone"
_PAINT_PASS = (QEvent.Type.Paint, QEvent.Type.UpdateRequest)
FIRST_PAINT_FALLBACK_MS = 250


class _PaintGate(QObject):
    """Calls ``release`` once, just after ``widget``'s first paint (or after a short
    fallback delay for a widget that is not shown).

    Qt sends no paint event to a widget its opaque children cover entirely (a page
    whose lists and panes fill it): then the window's paint pass counts while the widget
    is visible — the top-level widget's ``UpdateRequest``, which paints every dirty
    widget in one go, or an ancestor's paint (issue 15: the journal page's first read
    waited for the fallback delay on every unlock). Only the widget and its ancestors
    are watched: filtering every child sent each event of a page's first layout through
    Python."""

    def __init__(self, widget: QWidget, release: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._release: Callable[[], None] | None = release
        self._around: list[QWidget] = []
        widget.installEventFilter(self)
        if widget.isVisible():
            self._watch_around()
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._open)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._widget:
            if kind == QEvent.Type.Paint:
                self._painted()
            elif kind == QEvent.Type.Show:
                self._watch_around()
        elif kind in _PAINT_PASS and self._widget.isVisible():
            self._painted()  # the window paints: the widget is on screen after this pass
        return False

    def _watch_around(self) -> None:
        if self._around:
            return
        around: list[QWidget] = []
        ancestor = self._widget.parentWidget()
        while ancestor is not None:
            around.append(ancestor)
            ancestor = ancestor.parentWidget()
        for watched in around:
            watched.installEventFilter(self)
        self._around = around

    def _painted(self) -> None:
        if self._release is None:
            return
        self._widget.setProperty(_PAINTED, True)
        # Leave the paint first; the work starts on the next turn of the loop.
        QTimer.singleShot(0, self, self._open)

    def _open(self) -> None:
        release, self._release = self._release, None
        if release is None:
            return
        for watched in (self._widget, *self._around):
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self._around = []
        release()
        self.deleteLater()


def _spent(_context: OpContext) -> Any:
    raise RuntimeError("this operation has already been started")
