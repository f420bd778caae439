"""The shared-PC session, end to end through the shell: unlock, errors, throttling,
auto-lock, Ctrl+L and quick-hide (crypto.md claims 19 and 21 through the GUI)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.workspace import Workspace
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.conftest import AppHarness, make_harness

pytestmark = pytest.mark.gui


def qtbot_wait_for(condition: Callable[[], bool], timeout_ms: int = 5000) -> None:
    """Wait for the background open (the harness has no qtbot at hand here)."""
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        assert not deadline.hasExpired(), "timed out waiting for the lock screen"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def open_first_vault(h: AppHarness) -> LockScreen:
    h.controller.open_vault(h.directory.list_vaults()[0])
    qtbot_wait_for(lambda: isinstance(h.window.screen_widget, LockScreen))
    screen = h.window.screen_widget
    assert isinstance(screen, LockScreen)
    return screen


def type_unlock(qtbot: QtBot, screen: LockScreen, handle: str, passphrase: str) -> None:
    screen.handle_edit.clear()
    qtbot.keyClicks(screen.handle_edit, handle)
    qtbot.keyClicks(screen.passphrase_field.edit, passphrase)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def unlock(qtbot: QtBot, h: AppHarness) -> Workspace:
    screen = open_first_vault(h)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, Workspace), timeout=5000)
    workspace = h.window.screen_widget
    assert isinstance(workspace, Workspace)
    return workspace


def visible_text(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        for getter in ("text", "placeholderText", "toolTip", "accessibleName", "toPlainText"):
            method = getattr(child, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
    return texts


def test_lock_screen_shows_only_the_neutral_label(qtbot: QtBot, harness: AppHarness) -> None:
    screen = open_first_vault(harness)
    texts = " ".join(visible_text(harness.window))
    assert "Tuesday group" in texts
    assert "Riverside Circle" not in texts
    assert FACILITATOR_HANDLE not in texts.lower().split()
    assert screen.handle_edit.accessibleName()


def test_unlock_opens_the_group_shell(qtbot: QtBot, harness: AppHarness) -> None:
    workspace = unlock(qtbot, harness)
    assert harness.controller.vault is not None and harness.controller.vault.is_unlocked
    assert FACILITATOR_HANDLE in harness.window.who_label.text()
    assert "Riverside Circle" in " ".join(visible_text(workspace))
    assert workspace.nav.count() >= 1
    assert harness.window.lock_button.isVisible()


def test_wrong_passphrase_is_kind_and_clears_the_field(qtbot: QtBot, harness: AppHarness) -> None:
    screen = open_first_vault(harness)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, "this is not the passphrase")
    qtbot.waitUntil(lambda: "do not match" in screen.message.text(), timeout=5000)
    assert screen.passphrase_field.text() == ""
    assert screen.unlock_button.isEnabled()
    assert isinstance(harness.window.screen_widget, LockScreen)
    assert harness.controller.vault is not None and not harness.controller.vault.is_unlocked


def test_throttle_after_five_failures_then_recovers(qtbot: QtBot, harness: AppHarness) -> None:
    screen = open_first_vault(harness)
    for attempt in range(5):
        type_unlock(qtbot, screen, FACILITATOR_HANDLE, f"wrong passphrase number {attempt}")
        qtbot.waitUntil(lambda: "do not match" in screen.message.text(), timeout=5000)
        screen.message.clear()
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: "wait" in screen.message.text(), timeout=5000)
    assert not screen.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: not harness.controller.vault.is_unlocked, timeout=3000)  # type: ignore[union-attr]
    harness.clock.advance(1.5)  # the vault's own clock decides; the screen counts down
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=4000)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
    # Five wrong passphrases; the throttled try never reached the passphrase check.
    assert "5 failed attempts" in harness.window.statusBar().currentMessage()


def test_ctrl_l_locks_and_destroys_the_workspace(qtbot: QtBot, harness: AppHarness) -> None:
    workspace = unlock(qtbot, harness)
    destroyed: list[bool] = []
    workspace.destroyed.connect(lambda: destroyed.append(True))
    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(harness.window.screen_widget, LockScreen)
    # The screen is replaced at once; the keys go right after queued drafts are sealed.
    qtbot.waitUntil(lambda: not harness.controller.vault.is_unlocked, timeout=2000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: destroyed == [True], timeout=2000)
    assert not harness.window.lock_button.isVisible()
    assert harness.window.who_label.text() == ""


def test_quick_hide_locks_at_once(qtbot: QtBot, harness: AppHarness) -> None:
    unlock(qtbot, harness)
    keyring = harness.controller.vault.keyring_for_tests()  # type: ignore[union-attr]
    qtbot.keyClick(harness.window, Qt.Key.Key_F12)
    assert isinstance(harness.window.screen_widget, LockScreen)
    qtbot.waitUntil(lambda: all(key.wiped for key in keyring.all_keys()), timeout=2000)
    assert harness.window.isMinimized() or QApplication.platformName() == "offscreen"


def test_clipboard_is_cleared_on_lock_only_if_it_still_holds_our_text(
    qtbot: QtBot, harness: AppHarness
) -> None:
    unlock(qtbot, harness)
    clipboard = QApplication.clipboard()
    harness.controller.clipboard.copy("a phone number we copied")
    harness.controller.lock()
    assert clipboard.text() != "a phone number we copied"
    unlock_again = harness.window.screen_widget
    assert isinstance(unlock_again, LockScreen)
    type_unlock(qtbot, unlock_again, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
    harness.controller.clipboard.copy("ours")
    clipboard.setText("something the person copied elsewhere")
    harness.controller.lock()
    assert clipboard.text() == "something the person copied elsewhere"


@pytest.fixture
def short_lock(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> AppHarness:
    h = make_harness(qtbot, tmp_path / "data", clock, lock_timeout_ms=300)
    yield h  # type: ignore[misc]
    h.controller.shutdown()
    h.runner.shutdown()


def test_auto_lock_after_idle_leaves_no_typed_text_in_any_widget(
    qtbot: QtBot, short_lock: AppHarness
) -> None:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView

    from safespace_desktop.ui.members.view import MembersView

    h = short_lock
    workspace = unlock(qtbot, h)
    marker = secrets.token_hex(8)
    page = workspace.show_page("members")  # Home is first (issue 9)
    assert isinstance(page, MembersView)
    # A saved member puts the marker into the table model; the rest stays typed only.
    page.controller.start_new_member()
    qtbot.keyClicks(page.form.name_edit, f"Name {marker}")
    qtbot.mouseClick(page.member.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(marker in m.name for m in page.controller.model.members()))
    editors = workspace.findChildren(QLineEdit) + workspace.findChildren(QPlainTextEdit)
    editors += workspace.findChildren(QTextEdit)
    for editor in editors:
        if editor.isVisible() and editor.isEnabled() and not editor.isReadOnly():
            editor.setFocus()
            qtbot.keyClicks(editor, marker)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=2000)
    # The keys go on the worker, once the unsaved typing is kept as a sealed draft.
    qtbot.waitUntil(lambda: not h.controller.vault.is_unlocked, timeout=3000)  # type: ignore[union-attr]
    qtbot.wait(50)  # let deleteLater run
    for widget in QApplication.allWidgets():
        assert all(marker not in text for text in visible_text(widget))
        document = getattr(widget, "document", None)
        if callable(document):
            doc = document()
            if doc is not None:
                assert marker not in doc.toPlainText()
                assert not doc.isUndoAvailable()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(model.columnCount(QModelIndex())):
                    value = model.index(row, column).data()
                    assert marker not in str(value)


def test_activity_keeps_the_vault_unlocked(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    # Key presses every 100 ms; the idle limit has headroom so a busy CI machine that
    # stretches a 100 ms wait cannot make the test flaky.
    h = make_harness(qtbot, tmp_path / "data", clock, lock_timeout_ms=900)
    try:
        workspace = unlock(qtbot, h)
        for _ in range(20):  # two seconds of activity, more than twice the idle limit
            qtbot.keyClick(workspace.nav, Qt.Key.Key_Down)
            qtbot.wait(100)
        assert isinstance(h.window.screen_widget, Workspace)
        qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=3000)
    finally:
        h.controller.shutdown()
        h.runner.shutdown()


def test_countdown_is_visible_while_unlocked(qtbot: QtBot, harness: AppHarness) -> None:
    unlock(qtbot, harness)
    assert "Locks in 5:00" in harness.window.countdown_label.text()
    assert harness.window.countdown_label.isVisible()


def test_every_button_in_the_shell_has_a_name(qtbot: QtBot, harness: AppHarness) -> None:
    unlock(qtbot, harness)
    for button in harness.window.findChildren(QPushButton):
        assert button.text() or button.accessibleName()


def test_window_opens_at_a_comfortable_size_within_the_screen(
    qtbot: QtBot, harness: AppHarness
) -> None:
    harness.window.fit_to_screen()
    available = harness.window.screen().availableGeometry().size()
    size = harness.window.size()
    assert size.width() <= available.width() and size.height() <= available.height()
    assert size.width() >= min(available.width(), harness.window.sizeHint().width())
    from safespace_desktop.ui.shell.main_window import SMALL_SCREEN_WIDTH

    if available.width() <= SMALL_SCREEN_WIDTH:  # a laptop screen: all of it is used
        assert size == available and harness.window.isMaximized()


def test_the_status_bar_does_not_say_locked_after_an_unlock(
    qtbot: QtBot, harness: AppHarness
) -> None:
    unlock(qtbot, harness)
    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert harness.window.statusBar().currentMessage() == "Locked."
    screen = harness.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
    assert harness.window.statusBar().currentMessage() != "Locked."


def test_a_vault_on_a_write_protected_disk_opens_read_only_and_says_so(
    qtbot: QtBot, harness: AppHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    from safespace_desktop.storage import engine as storage_engine

    monkeypatch.setattr(storage_engine, "is_writable", lambda _path: False)
    workspace = unlock(qtbot, harness)
    banner = workspace.findChild(QWidget, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert "can't be written to" in banner.text()  # type: ignore[attr-defined]
