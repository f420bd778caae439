"""Pseudo-locale (issue 14): every screen with every text about 40 % longer and
accented, at 1366×768; the test lists each widget whose text is clipped.

Spanish and French run longer than English; a page that only fits English clips them.
The pseudo-locale finds that before a translator does. Set SAFESPACE_SCREENSHOTS to a
folder to keep a picture of each screen.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.services.demo import DEMO_ACCOUNTS
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.screens.welcome import WelcomeScreen
from safespace_desktop.ui.shell.workspace import Workspace
from tests.gui.clipping import (
    SCREEN,
    PseudoTranslator,
    clipped_texts,
    install_pseudo_locale,
    pseudo,
    remove_pseudo_locale,
    screenshot,
    window_too_big,
)
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.test_shell_session import type_unlock

pytestmark = pytest.mark.gui

SHOTS = (
    Path(os.environ["SAFESPACE_SCREENSHOTS"]) if os.environ.get("SAFESPACE_SCREENSHOTS") else None
)


def test_pseudo_text_is_longer_and_keeps_what_qt_reads() -> None:
    assert pseudo("Save").startswith("[Šàṽé")
    assert len(pseudo("Save the member's details")) >= 1.35 * len("Save the member's details")
    shown = pseudo("&Lock %1 of %n, %L2 <b>bold</b> &amp; more")
    assert shown.startswith("[&")  # the mnemonic stays a mnemonic
    for kept in ("%1", "%n", "%L2", "<b>", "</b>", "&amp;"):
        assert kept in shown
    assert "\n" in pseudo("Line one\nLine two")


@pytest.fixture
def pseudo_locale() -> Iterator[PseudoTranslator]:
    translator = install_pseudo_locale()
    yield translator
    remove_pseudo_locale(translator)


@pytest.fixture
def pseudo_demo(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, pseudo_locale: PseudoTranslator
) -> Iterator[AppHarness]:
    h = make_harness(qtbot, tmp_path / "data", clock, with_vault=False)
    h.window.resize(SCREEN)
    yield h
    h.controller.shutdown()
    h.runner.shutdown()


def settle(qtbot: QtBot, h: AppHarness) -> None:
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not h.runner.busy, timeout=15000)
    qtbot.wait(50)


def audit(name: str, widget: QWidget, failures: list[str]) -> None:
    QApplication.processEvents()
    failures += [f"{name}: {problem}" for problem in clipped_texts(widget)]
    screenshot(widget.window(), SHOTS, name)


def unlock_as(qtbot: QtBot, h: AppHarness, handle: str) -> Workspace:
    account = next(a for a in DEMO_ACCOUNTS if a.handle == handle)
    screen = h.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, account.handle, account.passphrase)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, Workspace), timeout=15000)
    workspace = h.window.screen_widget
    assert isinstance(workspace, Workspace)
    return workspace


def audit_dialogs(qtbot: QtBot, name: str, failures: list[str]) -> int:
    """Audit each dialog on screen (at the size it opens with), then close it."""
    QApplication.processEvents()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    for dialog in dialogs:
        qtbot.wait(50)
        audit(f"{name}-{dialog.objectName() or type(dialog).__name__}", dialog, failures)
        failures += window_too_big(dialog)
        dialog.reject()
    return len(dialogs)


def open_and_audit(
    qtbot: QtBot, h: AppHarness, name: str, button: QWidget, failures: list[str]
) -> None:
    button.click()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=10000,
    )
    settle(qtbot, h)
    audit_dialogs(qtbot, name, failures)


def audit_workspace(
    qtbot: QtBot, h: AppHarness, workspace: Workspace, role: str, failures: list[str]
) -> None:
    for spec in workspace.specs:
        page = workspace.show_page(spec.key)
        settle(qtbot, h)
        audit(f"{role}-{spec.key}", h.window, failures)
        del page


def test_no_text_is_clipped_in_the_pseudo_locale_at_1366x768(
    qtbot: QtBot, pseudo_demo: AppHarness
) -> None:
    h = pseudo_demo
    failures: list[str] = []
    h.controller.show_picker()
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, WelcomeScreen))
    audit("welcome", h.window, failures)
    failures += window_too_big(h.window)

    h.controller.start(open_demo=True)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=30000)
    audit("lock-screen", h.window, failures)

    workspace = unlock_as(qtbot, h, "sam")
    audit_workspace(qtbot, h, workspace, "facilitator", failures)
    failures += window_too_big(h.window)
    # The main dialogs: crisis lines, enrolling a newcomer, what newcomers are told.
    workspace.show_crisis_lines()
    qtbot.waitUntil(lambda: workspace.crisis_dialog is not None, timeout=10000)
    settle(qtbot, h)
    audit_dialogs(qtbot, "dialog", failures)
    members = workspace.show_page("members")
    settle(qtbot, h)
    open_and_audit(qtbot, h, "dialog", members.findChild(QPushButton, "enrolButton"), failures)
    settings = workspace.show_page("group_settings")
    settle(qtbot, h)
    open_and_audit(qtbot, h, "dialog", settings.wording_button, failures)
    from safespace_desktop.core.agreement import TEMPLATES
    from safespace_desktop.ui.agreement.template_dialog import AgreementTemplateDialog
    from safespace_desktop.ui.wording import content

    # As the app shows it: the built-in templates through the Content catalogue.
    chooser = AgreementTemplateDialog(tuple(map(content.agreement_template, TEMPLATES)), h.window)
    chooser.open()
    settle(qtbot, h)
    audit_dialogs(qtbot, "dialog", failures)
    h.controller.lock()
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=15000)

    workspace = unlock_as(qtbot, h, "river")
    audit_workspace(qtbot, h, workspace, "member", failures)
    failures += window_too_big(h.window)
    # The journal's prompts and templates, and the agreement's template chooser.
    journal = workspace.show_page("journal")
    settle(qtbot, h)
    open_and_audit(qtbot, h, "dialog", journal.prompt_panel.prompts_button, failures)  # type: ignore[attr-defined]
    assert not failures, f"{len(failures)} clipped text(s):\n" + "\n".join(failures)


def test_the_run_console_and_first_run_wizard_fit_in_the_pseudo_locale(
    qtbot: QtBot, pseudo_demo: AppHarness
) -> None:
    from safespace_desktop.core.run.timing import ManualMonotonic
    from safespace_desktop.ui.run import run_console
    from tests.gui.test_run_console import PLAN

    failures: list[str] = []
    view = run_console(PLAN, "Riverside Circle", now=ManualMonotonic(), confirm_end=lambda: True)
    qtbot.addWidget(view)
    view.resize(SCREEN)
    view.show()
    qtbot.addWidget(view.controller.room)  # type: ignore[attr-defined]
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the meeting starts: timers and rounds show
    qtbot.wait(50)
    audit("run-console", view, failures)
    failures += window_too_big(view)

    pseudo_demo.controller.show_wizard()
    qtbot.waitUntil(lambda: pseudo_demo.controller.wizard is not None, timeout=5000)
    audit_dialogs(qtbot, "first-run", failures)
    assert not failures, f"{len(failures)} clipped text(s):\n" + "\n".join(failures)
