"""The Backups page (issue 14), driven like a facilitator: "Back up now", then check
it; the automatic backup when the session ends, at most once a day; a restore after a
preview that shows counts and a date, never names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.backups import locations
from safespace_desktop.services.members import MembersService
from safespace_desktop.ui.backups.controller import BackupsController
from safespace_desktop.ui.backups.restore_dialog import RestoreDialog
from safespace_desktop.ui.backups.view import BackupsView
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.workspace import Workspace
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.conftest import AppHarness
from tests.gui.test_shell_session import type_unlock, unlock

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


def _page(qtbot: QtBot, workspace: Workspace) -> tuple[BackupsView, BackupsController]:
    view = workspace.show_page("backups")
    assert isinstance(view, BackupsView)
    controller = view.controller
    assert isinstance(controller, BackupsController)
    qtbot.waitUntil(lambda: view.back_up_button.isEnabled(), timeout=5000)
    return view, controller


def _backups(h: AppHarness) -> list[Path]:
    return sorted((h.paths.data_dir / "backups").rglob("*.ssbackup"))


def test_back_up_now_then_check_it(qtbot: QtBot, harness: AppHarness) -> None:
    view, controller = _page(qtbot, unlock(qtbot, harness))
    assert view.list.topLevelItemCount() == 0 and view.empty_label.isVisibleTo(view)
    for button in view.findChildren(QAbstractButton):
        assert button.accessibleName().strip(), button.text()
    qtbot.mouseClick(view.back_up_button, LEFT)
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=10000)
    assert "Backed up" in view.message.text()
    assert len(_backups(harness)) == 1
    assert view.verify_button.isEnabled()
    qtbot.mouseClick(view.verify_button, LEFT)
    qtbot.waitUntil(lambda: controller.last_report is not None, timeout=10000)
    report = controller.last_report
    assert report is not None and report.checked_with_keys and report.records_opened > 0
    assert "is whole" in view.message.text()


def test_a_damaged_backup_is_refused_kindly_on_the_page(qtbot: QtBot, harness: AppHarness) -> None:
    view, controller = _page(qtbot, unlock(qtbot, harness))
    qtbot.mouseClick(view.back_up_button, LEFT)
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=10000)
    backup = _backups(harness)[0]
    backup.write_bytes(backup.read_bytes()[:1000])
    qtbot.mouseClick(view.verify_button, LEFT)
    qtbot.waitUntil(lambda: "damaged" in view.message.text(), timeout=10000)
    assert "Nothing was changed" in view.message.text()
    assert controller.last_report is None


def test_the_session_end_backs_up_at_most_once_a_day(qtbot: QtBot, harness: AppHarness) -> None:
    unlock(qtbot, harness)
    harness.controller.lock()
    automatic = harness.controller.automatic_backups
    assert automatic is not None
    qtbot.waitUntil(lambda: automatic.finished == 1, timeout=10000)
    assert len(_backups(harness)) == 1
    assert _backups(harness)[0].name.endswith("-auto.ssbackup")
    # The keys were wiped by the lock that came before the backup.
    assert harness.controller.vault is not None and not harness.controller.vault.is_unlocked
    screen = harness.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
    harness.controller.lock()
    qtbot.waitUntil(lambda: automatic.finished == 2, timeout=10000)
    assert len(_backups(harness)) == 1  # already one today
    harness.clock.advance(24 * 3600)
    screen = harness.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
    harness.controller.lock()
    qtbot.waitUntil(lambda: automatic.finished == 3, timeout=10000)
    assert len(_backups(harness)) == 2


def test_restore_after_a_preview_without_names(qtbot: QtBot, harness: AppHarness) -> None:
    workspace = unlock(qtbot, harness)
    view, _controller = _page(qtbot, workspace)
    vault = workspace.context.vault
    MembersService(vault).add_member(MemberDraft("Before Backup", "", ""))
    qtbot.mouseClick(view.back_up_button, LEFT)
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=10000)
    MembersService(vault).add_member(MemberDraft("After Backup", "", ""))

    qtbot.mouseClick(view.restore_button, LEFT)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), RestoreDialog), timeout=5000
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RestoreDialog)
    shown = dialog.findChild(type(view.message), "restorePreview")
    assert shown is not None
    assert "People on the roster: 1" in shown.text()
    for name in ("Before Backup", "Riverside Circle", FACILITATOR_HANDLE):
        assert name not in shown.text()
    assert not dialog.restore_button.isEnabled()  # a deliberate choice first
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.restore_button, LEFT)

    def reopened() -> bool:
        screen = harness.window.screen_widget
        return (
            isinstance(screen, LockScreen)
            and screen.unlock_button.isEnabled()
            and harness.controller.vault is not None
        )

    qtbot.waitUntil(reopened, timeout=15000)
    kept = [p for p in _backups(harness) if p.name.endswith("-before-restore.ssbackup")]
    assert len(kept) == 1
    screen = harness.window.screen_widget
    assert isinstance(screen, LockScreen) and screen.unlock_button.isEnabled()
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
    restored = harness.window.screen_widget
    assert isinstance(restored, Workspace)
    names = sorted(m.name for m in MembersService(restored.context.vault).list_members())
    assert names == ["Before Backup"]
    assert locations.parse_backup_name(kept[0].name) is not None


def test_choosing_a_folder_sends_backups_there(
    qtbot: QtBot, harness: AppHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(stick))
    view, _controller = _page(qtbot, unlock(qtbot, harness))
    assert "data folder" in view.destination_label.text()
    qtbot.mouseClick(view.choose_button, LEFT)
    qtbot.waitUntil(lambda: str(stick) in view.destination_label.text(), timeout=10000)
    qtbot.mouseClick(view.back_up_button, LEFT)
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=10000)
    assert len(list(stick.rglob("*.ssbackup"))) == 1
    assert view.list.topLevelItem(0).text(3) == "Chosen folder"
    # Nothing about the folder is stored readable in the data folder.
    for path in harness.paths.data_dir.rglob("*"):
        if path.is_file():
            assert str(stick).encode() not in path.read_bytes(), path.name
    qtbot.mouseClick(view.data_folder_button, LEFT)
    qtbot.waitUntil(lambda: "data folder" in view.destination_label.text(), timeout=10000)
