"""200 % zoom on a 1366×768 screen (issue 14), and W12: the run console and the member
space at 200 % zoom, in high contrast and in Spanish, with no clipped text and no
control without an accessible name.

W12 uses the real compiled Spanish catalogue (resources/i18n/safespace_es.qm), so
once the translators' work is merged it checks the real Spanish texts. Set
SAFESPACE_SCREENSHOTS to a folder to keep a picture of each screen.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.ui.appearance.controller import AppearanceController
from safespace_desktop.ui.appearance.language import Language
from safespace_desktop.ui.appearance.preferences import AppearanceStore
from safespace_desktop.ui.appearance.themes import Theme
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.workspace import Workspace
from tests.gui.clipping import SCREEN, clipped_texts, screenshot, window_too_big
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.i18n_helpers import english_after  # noqa: F401  (fixture)
from tests.gui.test_accessibility_walk import controls_without_names
from tests.gui.test_pseudo_locale import settle, unlock_as

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("english_after")]

SHOTS = (
    Path(os.environ["SAFESPACE_SCREENSHOTS"]) if os.environ.get("SAFESPACE_SCREENSHOTS") else None
)


@pytest.fixture
def looks(qtbot: QtBot, tmp_path: Path) -> Iterator[AppearanceController]:
    """An appearance controller on a settings file of the test's own; the app's font
    and palette come back afterwards."""
    from safespace_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = QPalette(app.palette()), QFont(app.font())
    holder = MainWindow()
    qtbot.addWidget(holder)
    settings = QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat)
    appearance = AppearanceController(app, AppearanceStore(settings), holder)
    yield appearance
    appearance.reset_zoom()
    appearance.set_theme(Theme.SYSTEM)
    app.setPalette(palette)
    app.setFont(font)


def zoom_to_200(appearance: AppearanceController) -> None:
    while appearance.choice.zoom < 200:
        appearance.zoom_in()
    assert appearance.choice.zoom == 200


@pytest.fixture
def demo_at_200(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, looks: AppearanceController
) -> Iterator[AppHarness]:
    zoom_to_200(looks)  # this PC's choice: the lock screen and every page at 200 %
    h = make_harness(qtbot, tmp_path / "data", clock, with_vault=False, appearance=looks)
    h.window.resize(SCREEN)
    h.controller.start(open_demo=True)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=30000)
    yield h
    h.controller.shutdown()
    h.runner.shutdown()


def audit_pages(
    qtbot: QtBot, h: AppHarness, workspace: Workspace, name: str, keys: list[str] | None = None
) -> list[str]:
    failures: list[str] = []
    for spec in workspace.specs:
        if keys is not None and spec.key not in keys:
            continue
        workspace.show_page(spec.key)
        settle(qtbot, h)
        failures += [f"{name}-{spec.key}: {p}" for p in clipped_texts(h.window)]
        screenshot(h.window, SHOTS, f"{name}-{spec.key}")
    return failures + window_too_big(h.window)


@pytest.mark.parametrize("handle", ["sam", "river"])
def test_no_text_is_clipped_at_200_percent_on_1366x768(
    qtbot: QtBot, demo_at_200: AppHarness, handle: str
) -> None:
    h = demo_at_200
    failures = [f"lock screen: {p}" for p in clipped_texts(h.window)]
    screenshot(h.window, SHOTS, "zoom200-lock-screen")
    workspace = unlock_as(qtbot, h, handle)
    failures += audit_pages(qtbot, h, workspace, f"zoom200-{handle}")
    assert not failures, f"{len(failures)} clipped text(s):\n" + "\n".join(failures)


def test_w12_member_space_and_run_console_at_200_percent_high_contrast_in_spanish(
    qtbot: QtBot, demo_at_200: AppHarness, looks: AppearanceController
) -> None:
    from safespace_desktop.core.run.timing import ManualMonotonic
    from safespace_desktop.ui.run import run_console
    from tests.gui.test_run_console import PLAN

    h = demo_at_200
    looks.set_theme(Theme.HIGH_CONTRAST)
    looks.set_language(Language.SPANISH)  # the real compiled catalogue
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=5000)
    settle(qtbot, h)
    failures: list[str] = []

    workspace = unlock_as(qtbot, h, "river")
    for spec in workspace.specs:
        page = workspace.show_page(spec.key)
        settle(qtbot, h)
        failures += [f"member-{spec.key}: {p}" for p in clipped_texts(h.window)]
        failures += [f"member-{spec.key}: no name: {c}" for c in controls_without_names(page)]
        screenshot(h.window, SHOTS, f"w12-member-{spec.key}")
    failures += window_too_big(h.window)

    console = run_console(PLAN, "Riverside Circle", now=ManualMonotonic(), confirm_end=lambda: True)
    qtbot.addWidget(console)
    qtbot.addWidget(console.controller.room)  # type: ignore[attr-defined]
    console.resize(SCREEN)
    console.show()
    qtbot.keyClick(console, Qt.Key.Key_Space)  # the meeting starts
    qtbot.wait(50)
    failures += [f"run console: {p}" for p in clipped_texts(console)]
    failures += [f"run console: no name: {c}" for c in controls_without_names(console)]
    failures += window_too_big(console)
    screenshot(console, SHOTS, "w12-run-console")
    assert not failures, f"{len(failures)} problem(s):\n" + "\n".join(failures)
