"""Unsaved typing in a form survives a lock, sealed, and comes back once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from safespace_desktop.services.form_drafts import FormDraftsService
from safespace_desktop.services.resources import ResourcesService
from safespace_desktop.ui.screens.lock_screen import LockScreen
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.test_shell_session import type_unlock, unlock
from tests.unit.security_helpers import new_marker, vault_files


def test_unsaved_resource_typing_is_kept_sealed_at_a_lock_and_offered_back(
    qtbot: QtBot, harness
) -> None:  # type: ignore[no-untyped-def]
    workspace = unlock(qtbot, harness)
    vault = harness.controller.vault
    view = workspace.show_page("resources")
    qtbot.waitUntil(lambda: view.new_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.editing()
    marker = new_marker()
    qtbot.keyClicks(view.editor.title_edit, "Box breathing")
    qtbot.keyClicks(view.editor.body_edit, f"Breathe in for four {marker}")

    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, LockScreen), timeout=5000)
    assert vault.path is not None
    for path in vault_files(vault.path.parent):
        assert marker.encode() not in path.read_bytes(), path  # kept sealed, never plain

    screen = harness.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: harness.window.screen_widget is not screen, timeout=5000)
    view = harness.window.screen_widget.show_page("resources")
    qtbot.waitUntil(lambda: view.editing(), timeout=5000)
    assert view.editor.title_edit.text() == "Box breathing"
    assert marker in view.editor.body_edit.toPlainText()
    assert "back" in view.editor.message.text()

    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.editing(), timeout=5000)
    titles = [r.title for r in ResourcesService(vault).load_library().resources]
    assert titles.count("Box breathing") == 1
    drafts = FormDraftsService(vault)
    qtbot.waitUntil(lambda: drafts.latest("resource") is None, timeout=5000)


def test_an_unsaved_follow_up_is_kept_sealed_at_a_lock_and_offered_back(
    qtbot: QtBot, harness
) -> None:  # type: ignore[no-untyped-def]
    workspace = unlock(qtbot, harness)
    vault = harness.controller.vault
    home = workspace.show_page("home")
    qtbot.waitUntil(lambda: home.add_button.isEnabled(), timeout=5000)
    marker = new_marker()
    qtbot.keyClicks(home.text_edit, f"Ring Sam about the leaflets {marker}")

    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, LockScreen), timeout=5000)
    assert vault.path is not None
    for path in vault_files(vault.path.parent):
        assert marker.encode() not in path.read_bytes(), path

    screen = harness.window.screen_widget
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: harness.window.screen_widget is not screen, timeout=5000)
    home = harness.window.screen_widget.show_page("home")
    qtbot.waitUntil(lambda: marker in home.fields()[0], timeout=5000)
    assert "back" in home.message.text()
    drafts = FormDraftsService(vault)
    qtbot.waitUntil(lambda: drafts.latest("follow_up") is None, timeout=5000)  # taken once
