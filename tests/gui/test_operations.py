"""Typed background operations and change notifications (ui/runtime/ops.py,
ui/session/changes.py): guarded callbacks, progress, cancel, and pages that catch up."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.ui.runtime.ops import OpContext, OperationCancelled, OpRunner
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.session.changes import ChangeBus

pytestmark = pytest.mark.gui


@pytest.fixture
def ops(qtbot: QtBot) -> Iterator[OpRunner]:
    runner = TaskRunner()
    yield OpRunner(runner, ChangeBus())
    runner.shutdown()


def test_query_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot, ops: OpRunner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[str] = []
    results: list[int] = []

    def work(_ctx: OpContext) -> int:
        threads.append(threading.current_thread().name)
        return 42

    def done(value: int) -> None:
        threads.append(threading.current_thread().name)
        results.append(value)

    ops.query(parent, work).on_success(done).run()
    qtbot.waitUntil(lambda: results == [42], timeout=3000)
    assert threads[0].startswith("safespace-db")
    assert threads[1] == threading.main_thread().name


def test_collection_op_publishes_what_changed(qtbot: QtBot, ops: OpRunner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(ops.changes.changed) as blocker:
        ops.collection(
            parent, lambda _ctx: "m1", lambda member_id: ChangeSet.of(RecordKind.MEMBER, member_id)
        ).run()
    changes = blocker.args[0]
    assert changes.ids(RecordKind.MEMBER) == {"m1"}


def test_failure_reaches_the_failure_handler_and_busy_is_cleared(
    qtbot: QtBot, ops: OpRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    busy: list[bool] = []
    errors: list[BaseException] = []

    def work(_ctx: OpContext) -> None:
        raise ValueError("boom")

    ops.query(parent, work).with_busy(busy.append).on_failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ValueError)
    assert busy == [True, False]


def test_no_callback_reaches_a_widget_that_is_gone(qtbot: QtBot, ops: OpRunner) -> None:
    parent = QWidget()
    gate = threading.Event()
    called: list[str] = []
    ops.query(parent, lambda _ctx: gate.wait(5)).on_success(
        lambda _r: called.append("success")
    ).on_failure(lambda _e: called.append("failure")).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent), timeout=3000)
    gate.set()
    finished: list[bool] = []
    other = QWidget()
    qtbot.addWidget(other)
    ops.query(other, lambda _ctx: True).on_success(finished.append).run()
    qtbot.waitUntil(lambda: finished == [True], timeout=3000)
    assert called == []


def test_no_callback_after_the_session_closed(qtbot: QtBot, ops: OpRunner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()
    called: list[object] = []
    ops.query(parent, lambda _ctx: gate.wait(5)).on_success(called.append).run()
    ops.close()
    gate.set()
    ops.runner.shutdown()
    qtbot.wait(50)
    assert called == []
    # A closed runner starts nothing new either.
    ran: list[bool] = []
    ops.query(parent, lambda _ctx: ran.append(True)).run()
    qtbot.wait(50)
    assert ran == []


def test_progress_and_cancel(qtbot: QtBot, ops: OpRunner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started = threading.Event()
    steps: list[int] = []
    outcome: list[str] = []

    def work(ctx: OpContext) -> str:
        for step in range(1000):
            ctx.progress(step, 1000, "Working")
            steps.append(step)
            started.set()
            threading.Event().wait(0.005)
        return "finished"

    op = ops.query(parent, work).with_progress("Working", cancellable=True)
    op.on_success(outcome.append).on_failure(lambda e: outcome.append(type(e).__name__))
    token = op.run()
    assert started.wait(5)
    token.cancel()
    qtbot.wait(200)
    ops.runner.shutdown()
    assert outcome == []  # a cancel is neither a success nor a failure
    assert 0 < len(steps) < 1000
    with pytest.raises(OperationCancelled):
        token.raise_if_cancelled()


def test_hidden_followers_catch_up_when_shown(qtbot: QtBot) -> None:
    bus = ChangeBus()
    page = QWidget()
    qtbot.addWidget(page)
    seen: list[ChangeSet] = []
    follower = bus.follow(page, [RecordKind.MEMBER], seen.append)
    bus.publish(ChangeSet.of(RecordKind.MEMBER, "a"))
    bus.publish(ChangeSet.of(RecordKind.MEMBER, "b") | ChangeSet.of(RecordKind.AGREEMENT, "x"))
    bus.publish(ChangeSet.of(RecordKind.AGREEMENT, "y"))
    assert seen == []
    assert follower.pending is not None
    page.show()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0].ids(RecordKind.MEMBER) == {"a", "b"}
    assert not seen[0].touches([RecordKind.AGREEMENT])
    bus.publish(ChangeSet.of(RecordKind.MEMBER, "c"))
    assert seen[1].ids(RecordKind.MEMBER) == {"c"}  # visible: at once


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_heavy_first_load_waits_for_the_first_paint(qtbot: QtBot, ops: OpRunner) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    started: list[bool] = []
    results: list[int] = []
    ops.query(page, lambda _ctx: started.append(True) or 7).on_success(
        results.append
    ).after_first_paint(page).run()
    qtbot.wait(20)
    assert started == [] and ops.runner.busy  # held until the page has been painted
    page.show()
    qtbot.waitUntil(lambda: results == [7], timeout=2000)
    assert not ops.runner.busy


def test_a_page_its_children_cover_loads_once_shown_without_the_fallback(
    qtbot: QtBot, ops: OpRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt paints no part of a page its opaque children cover (lists and panes filling
    it); the paint of the window around it counts (issue 15: the journal page's first
    read waited for the fallback delay on every unlock)."""
    from PySide6.QtWidgets import QVBoxLayout

    from safespace_desktop.ui.runtime import ops as ops_module

    monkeypatch.setattr(ops_module, "FIRST_PAINT_FALLBACK_MS", 600_000)  # never, here
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    QVBoxLayout(window).addWidget(page := QWidget())
    inner = QVBoxLayout(page)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.addWidget(cover := QWidget())
    cover.setAutoFillBackground(True)  # opaque: the page itself never gets a paint
    page.hide()
    window.show()
    qtbot.waitExposed(window)
    results: list[int] = []
    ops.query(page, lambda _ctx: 5).on_success(results.append).after_first_paint(page).run()
    qtbot.wait(20)
    assert results == []  # held while the page is hidden
    page.show()
    qtbot.waitUntil(lambda: results == [5], timeout=5000)


def test_the_first_paint_gate_never_filters_the_pages_children(
    qtbot: QtBot, ops: OpRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A covered page inside a covered window still loads on the window's paint pass,
    and none of the page's own children's events pass through Python on the way (a
    page's first layout makes thousands; issue 15)."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from safespace_desktop.ui.runtime import ops as ops_module

    monkeypatch.setattr(ops_module, "FIRST_PAINT_FALLBACK_MS", 600_000)  # never, here
    seen: list[QObject] = []
    original = ops_module._PaintGate.eventFilter

    def counting(self: QObject, watched: QObject, event: QEvent) -> bool:
        seen.append(watched)
        return original(self, watched, event)  # type: ignore[arg-type]

    monkeypatch.setattr(ops_module._PaintGate, "eventFilter", counting)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 400)
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(page := QWidget())
    inner = QVBoxLayout(page)
    inner.setContentsMargins(0, 0, 0, 0)
    labels = [QLabel(f"row {n}") for n in range(60)]
    for label in labels:
        label.setAutoFillBackground(True)
        inner.addWidget(label)
    page.hide()
    window.show()
    qtbot.waitExposed(window)
    results: list[int] = []
    ops.query(page, lambda _ctx: 9).on_success(results.append).after_first_paint(page).run()
    page.show()
    qtbot.waitUntil(lambda: results == [9], timeout=5000)
    children = {id(label) for label in labels}
    assert seen and not any(id(w) in children for w in seen)


def test_a_page_that_is_never_shown_still_loads(qtbot: QtBot, ops: OpRunner) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    results: list[int] = []
    ops.query(page, lambda _ctx: 3).on_success(results.append).after_first_paint(page).run()
    qtbot.waitUntil(lambda: results == [3], timeout=2000)


def test_an_operation_waiting_for_a_first_paint_is_dropped_after_shutdown(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Closing the app while a page's first load waits for its paint starts nothing."""
    from safespace_desktop.ui.runtime.tasks import TaskRunner

    runner = TaskRunner()
    runner.shutdown()
    ran: list[int] = []
    runner.submit_op(
        lambda _report: ran.append(1),
        on_done=lambda _r: ran.append(2),
        on_error=lambda _e: ran.append(3),
        on_progress=lambda *_a: None,
    )
    qtbot.wait(50)
    assert ran == [] and not runner.busy


class _PaintCounter(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt's name)
        self.paints += 1


def test_the_next_job_waits_until_the_gui_has_handled_and_painted_a_result(
    qtbot: QtBot, ops: OpRunner
) -> None:
    """Issue 15: a job decoding records while the window repaints makes every Python
    callback of the repaint wait for the interpreter, so the worker lets the GUI thread
    handle a result and paint what it changed before it starts the next job."""
    page = _PaintCounter()
    qtbot.addWidget(page)
    page.resize(200, 100)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.paints > 0, timeout=2000)
    handled: list[int] = []
    seen_by_second: list[tuple[bool, int]] = []
    painted_at_handling: list[int] = []

    def first_done(value: int) -> None:
        handled.append(value)
        painted_at_handling.append(page.paints)
        page.update()  # the result changes what the page shows

    def second(_ctx: OpContext) -> int:
        seen_by_second.append((bool(handled), page.paints))
        return 2

    ops.query(page, lambda _ctx: 1).on_success(first_done).run()
    ops.query(page, second).on_success(handled.append).run()
    qtbot.waitUntil(lambda: handled == [1, 2], timeout=3000)
    (first_was_handled, paints_then) = seen_by_second[0]
    assert first_was_handled
    assert paints_then > painted_at_handling[0]  # the repaint came before the next job


def test_a_busy_gui_thread_holds_the_next_job_back_only_briefly(
    qtbot: QtBot, ops: OpRunner
) -> None:
    """The worker never waits on the GUI thread for long: with the GUI thread blocked
    (here, waiting on the worker itself), the next job still runs."""
    from safespace_desktop.ui.runtime.tasks import GUI_TURN_MAX_S

    page = QWidget()
    qtbot.addWidget(page)
    first_done = threading.Event()
    second_ran = threading.Event()

    def first(_ctx: OpContext) -> int:
        first_done.set()
        return 1

    def second(_ctx: OpContext) -> int:
        second_ran.set()
        return 2

    ops.query(page, first).run()
    ops.query(page, second).run()
    # The GUI thread does not turn its event loop here: the first result is not handled.
    assert first_done.wait(3)
    assert second_ran.wait(GUI_TURN_MAX_S + 3)
