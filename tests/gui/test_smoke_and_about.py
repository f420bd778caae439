"""The installer check's smoke run drives the real shell (and fails when it should), and
About names the app's version (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from safespace_desktop import __version__
from safespace_desktop.ui.runtime.smoke import SmokeRun
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.conftest import AppHarness

pytestmark = pytest.mark.gui


def start_smoke(harness: AppHarness, passphrase: str) -> tuple[list[str], list[int]]:
    """The smoke run on the harness's vault; it would quit the app, here it records."""
    lines: list[str] = []
    codes: list[int] = []
    account = (FACILITATOR_HANDLE, passphrase)
    SmokeRun(harness.window, account, report=lines.append, finish=codes.append).start()
    harness.controller.open_vault(harness.directory.list_vaults()[0])
    return lines, codes


def test_smoke_unlocks_and_reports_the_first_page(qtbot: QtBot, harness: AppHarness) -> None:
    lines, codes = start_smoke(harness, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: bool(codes), timeout=15000)
    assert codes == [0]
    assert lines == ["smoke: ok, the demo group is open on homePage"]  # facilitators start at Home


def test_smoke_fails_when_the_unlock_is_refused(qtbot: QtBot, harness: AppHarness) -> None:
    lines, codes = start_smoke(harness, "not the passphrase at all")
    qtbot.waitUntil(lambda: bool(codes), timeout=15000)
    assert codes == [1]
    assert len(lines) == 1 and lines[0].startswith("smoke: failed, the lock screen said:")


def test_about_names_the_version(qtbot: QtBot, harness: AppHarness) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    harness.window.about_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert f"SafeSpace Desktop {__version__}" in seen[0]
