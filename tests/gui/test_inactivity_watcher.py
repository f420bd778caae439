"""The idle watcher sees a person's input, but not the app's own event traffic.

It filters the top-level windows (where the platform delivers input) and the focused
widget, not the whole application: an app-wide Python filter ran for each of the
thousands of events a page build makes (issue 15)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.ui.session.inactivity import InactivityWatcher

pytestmark = pytest.mark.gui


class CountingWatcher(InactivityWatcher):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append(watched)
        return super().eventFilter(watched, event)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    window.setLayout(QVBoxLayout())
    edit = QLineEdit(window)
    edit.setObjectName("typing")
    window.layout().addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_building_widgets_does_not_pass_through_the_watcher(qtbot: QtBot, window: QWidget) -> None:
    watcher = CountingWatcher()
    watcher.start(60_000)
    try:
        watcher.seen.clear()
        page = QWidget(window)
        page.setLayout(QVBoxLayout())
        labels = [QLabel(f"row {n}", page) for n in range(200)]
        for label in labels:
            page.layout().addWidget(label)
        window.layout().addWidget(page)
        qtbot.wait(50)
        touched = {id(w) for w in watcher.seen}
        assert not touched & {id(page), *map(id, labels)}
    finally:
        watcher.stop()


def test_input_through_the_window_and_typing_in_the_focused_field_restart_the_countdown(
    qtbot: QtBot, window: QWidget
) -> None:
    watcher = InactivityWatcher()
    watcher.start(60_000)
    try:
        handle = window.windowHandle()
        assert handle is not None
        watcher._deadline -= 30  # as if half a minute passed with nobody there
        assert watcher.remaining_seconds() <= 31
        QTest.mouseClick(
            handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5)
        )
        assert watcher.remaining_seconds() >= 59

        edit = window.findChild(QLineEdit, "typing")
        assert edit is not None
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        watcher._deadline -= 30
        qtbot.keyClicks(edit, "hello")  # sent to the widget itself, as an input method does
        assert watcher.remaining_seconds() >= 59
    finally:
        watcher.stop()


def test_a_stopped_watcher_lets_go_of_every_window(qtbot: QtBot, window: QWidget) -> None:
    watcher = CountingWatcher()
    watcher.start(60_000)
    watcher.stop()
    watcher.seen.clear()
    QTest.mouseClick(
        window.windowHandle(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(5, 5),
    )
    qtbot.wait(20)
    assert watcher.seen == []
    assert watcher.seconds_since_activity() == float("inf")


def test_a_window_that_never_takes_focus_still_counts_the_mouse(
    qtbot: QtBot, window: QWidget
) -> None:
    """The room screen sits beside the console and never takes focus under a window
    manager that honours it: every top-level window is looked at again whenever the focus
    moves, so the room screen is watched once the console (or anything) takes focus.

    The offscreen platform hands focus to every new window, so the room screen is made
    unwatched by hand here, as a window that never had focus would be."""
    from PySide6.QtGui import QGuiApplication

    watcher = InactivityWatcher()
    watcher.start(60_000)
    try:
        room = QWidget(None, Qt.WindowType.WindowDoesNotAcceptFocus)
        room.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        qtbot.addWidget(room)
        room.show()
        qtbot.waitExposed(room)
        handle = room.windowHandle()
        assert handle is not None
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle)  # offscreen's doing
        qtbot.wait(20)
        for watched in (handle, room):  # as if it had appeared without taking focus
            watched.removeEventFilter(watcher)
            watcher._forget(watched)
        console = QLineEdit()
        qtbot.addWidget(console)
        console.show()
        console.activateWindow()
        console.setFocus()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is console.windowHandle())
        watcher._deadline -= 30
        QTest.mouseMove(handle, QPoint(10, 10))
        QTest.mouseMove(handle, QPoint(20, 20))
        assert watcher.remaining_seconds() >= 59
    finally:
        watcher.stop()
