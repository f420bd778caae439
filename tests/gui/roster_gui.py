"""Helpers for the roster GUI tests: a session context, clicking, answering message boxes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.members import members_page
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.session.clipboard import SensitiveClipboard
from safespace_desktop.ui.session.context import SessionContext, SessionSignals

_RUNNERS: list[TaskRunner] = []


@contextmanager
def session_context(vault: Vault) -> Iterator[SessionContext]:
    assert vault.principal is not None
    runner = TaskRunner()
    _RUNNERS.append(runner)
    context = SessionContext(
        vault=vault,
        principal=vault.principal,
        runner=runner,
        clipboard=SensitiveClipboard(),
        signals=SessionSignals(),
    )
    try:
        yield context
    finally:
        context.close()  # as the shell does when the session ends
        _RUNNERS.remove(runner)
        runner.shutdown()


def settle(qtbot: QtBot) -> None:
    """Wait until every operation started so far has finished and been shown, the way a
    person waits for the app to respond (reads and saves run off the GUI thread)."""
    qtbot.waitUntil(lambda: not any(runner.busy for runner in _RUNNERS), timeout=10000)


def show(qtbot: QtBot, widget: QWidget, width: int = 1200, height: int = 760) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def open_members_page(
    qtbot: QtBot, context: SessionContext, width: int = 1200, height: int = 760
) -> MembersView:
    """The Members page as the workspace builds it, shown once the roster has loaded."""
    page = members_page(context)
    show(qtbot, page, width, height)
    settle(qtbot)
    return page


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click like a person, then wait for what the click started to finish."""
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle(qtbot)


def select_row(qtbot: QtBot, page: MembersView, row: int) -> None:
    """Click a row of the roster table (by its place in the shown list)."""
    table = page.list.table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in a combo with the keyboard (Home, then Down until it shows)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, [combo.itemText(i) for i in range(combo.count())]
    settle(qtbot)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


class BoxAnswer:
    """Clicks a button in the next modal message box, the way a person would.

    ``seen`` collects the box's title and text; ``clicked`` is True once answered.
    """

    def __init__(self, button_text: str) -> None:
        self.button_text = button_text
        self.seen: list[tuple[str, str]] = []
        self.clicked = False
        self.problem = ""
        self._tries = 0
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        self._tries += 1
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self._timer.stop()
            self.seen.append((box.windowTitle(), box.text()))
            for button in box.buttons():
                if button.text().replace("&", "") == self.button_text:
                    button.click()
                    self.clicked = True
                    return
            self.problem = f"no button {self.button_text!r} in {box.windowTitle()!r}"
            box.reject()
        elif self._tries > 250:
            self._timer.stop()
            self.problem = "no message box appeared"


def unnamed_buttons(root: QWidget) -> list[str]:
    """Visible buttons with neither words nor an accessible name."""
    return [
        b.metaObject().className()
        for b in root.findChildren(QAbstractButton)
        if b.isVisibleTo(root) and not (b.text().strip() or b.accessibleName().strip())
    ]
