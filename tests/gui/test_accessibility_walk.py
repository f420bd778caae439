"""Every screen, walked like a keyboard user would (issue 14): each interactive control
has an accessible name and is reached by Tab. The test lists every control that fails.

It opens the demo vault as a facilitator and as a member, shows every page in their
navigation, waits for the page's first load, and then audits what is on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.services.demo import DEMO_ACCOUNTS
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.workspace import Workspace
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.test_shell_session import type_unlock

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces (a spin box's editor, a combo's line edit, a scroll area's
    arrows) are named through the control that owns them."""
    if widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QHeaderView):
        return True  # sorted from the keyboard through its table
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit))


def _is_interactive(widget: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE) or _is_part_of_another_control(widget):
        return False
    if not widget.isVisible() or not widget.isEnabled():
        return False
    if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
        return widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    return True


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r})"


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def controls_without_names(root: QWidget) -> list[str]:
    return [
        _describe(w)
        for w in root.findChildren(QWidget)
        if _is_interactive(w) and not accessible_name(w)
    ]


def tab_reachable(qtbot: QtBot, start: QWidget, limit: int = 400) -> set[int]:
    """Press Tab from ``start`` until focus comes back round; the ids of every widget
    that held focus. A control that keeps Tab to itself ends the walk early."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[int] = set()
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        if id(focused) in seen:
            break
        seen.add(id(focused))
        # A date field's Tab steps through day, month and year before it leaves.
        for _ in range(4):
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not focused:
                break
        if QApplication.focusWidget() is focused:
            # Text editors take Tab as a character; Ctrl+Tab leaves them (Qt convention).
            qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return seen


def _choices_alongside(widget: QWidget) -> list[QWidget]:
    """The other buttons of an exclusive choice ``widget`` belongs to."""
    if not isinstance(widget, QAbstractButton):
        return []
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    if widget.autoExclusive() and widget.parentWidget() is not None:
        return widget.parentWidget().findChildren(QRadioButton)
    return []


def controls_not_reached_by_tab(qtbot: QtBot, workspace: Workspace, page: QWidget) -> list[str]:
    reached = tab_reachable(qtbot, workspace.nav)
    missing = []
    for widget in page.findChildren(QWidget):
        if not _is_interactive(widget) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            if _is_interactive(widget):
                missing.append(_describe(widget) + " takes no keyboard focus")
            continue
        focus_target = widget.focusProxy() or widget
        if id(focus_target) in reached or id(widget) in reached:
            continue
        if any(id(choice) in reached for choice in _choices_alongside(widget)):
            continue  # Tab enters a group of choices once; arrow keys move within it
        missing.append(_describe(widget))
    return missing


@pytest.fixture
def demo(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[AppHarness]:
    h = make_harness(qtbot, tmp_path / "data", clock, with_vault=False)
    h.controller.start(open_demo=True)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=30000)
    yield h
    h.controller.shutdown()
    h.runner.shutdown()


def _unlock_as(qtbot: QtBot, h: AppHarness, handle: str) -> Workspace:
    account = next(a for a in DEMO_ACCOUNTS if a.handle == handle)
    screen = h.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, account.handle, account.passphrase)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, Workspace), timeout=10000)
    workspace = h.window.screen_widget
    assert isinstance(workspace, Workspace)
    return workspace


def _settle(qtbot: QtBot, h: AppHarness) -> None:
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not h.runner.busy, timeout=10000)
    qtbot.wait(50)


@pytest.mark.parametrize("handle", ["sam", "river"])
def test_every_control_on_every_page_has_a_name_and_is_reached_by_tab(
    qtbot: QtBot, demo: AppHarness, handle: str
) -> None:
    lock_screen = demo.window.screen_widget
    assert isinstance(lock_screen, LockScreen)
    failures = [f"lock screen: {c}" for c in controls_without_names(lock_screen)]
    workspace = _unlock_as(qtbot, demo, handle)
    failures += [f"navigation: {c}" for c in controls_without_names(workspace.nav.parentWidget())]
    for spec in workspace.specs:
        page = workspace.show_page(spec.key)
        _settle(qtbot, demo)
        if QApplication.activeWindow() is not demo.window:
            # A parentless widget made visible opens as a window of its own (and takes
            # the keyboard away from the page).
            failures.append(f"{spec.key}: building the page took the focus to another window")
            demo.window.activateWindow()
        failures += [f"{spec.key}: no accessible name: {c}" for c in controls_without_names(page)]
        failures += [
            f"{spec.key}: not reached by Tab: {c}"
            for c in controls_not_reached_by_tab(qtbot, workspace, page)
        ]
    assert not failures, "\n".join(failures)
