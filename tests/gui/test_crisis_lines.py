"""Crisis lines one key away (domain.md G3, workflows W0 and W8): F1 on the lock screen
shows the public directory while the vault stays locked; facilitators keep it checked;
nobody's safety plan ever appears before they unlock."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.model import SafetyPlan
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.crisis_lines import CrisisLinesService
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.crisis_lines import controller as crisis_lines_controller
from safespace_desktop.ui.crisis_lines.view import CrisisLinesView
from safespace_desktop.ui.dialogs.crisis_lines import CrisisLinesDialog
from safespace_desktop.ui.safety_plan.view import SafetyPlanView
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.workspace import Workspace
from safespace_desktop.ui.wording.dates import format_date
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.test_shell_session import open_first_vault, type_unlock, visible_text
from tests.unit.journal_helpers import add_member

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
SAM_PASS = "sam keeps a long passphrase here"


def assert_buttons_named(widget: QWidget) -> None:
    for button in widget.findChildren(QAbstractButton):
        assert button.text().strip() or button.accessibleName().strip(), button


def activate(qtbot: QtBot, h: AppHarness) -> None:
    """The offscreen platform does not hand activation back when a dialog closes."""
    h.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is h.window, timeout=2000)


def press_f1(qtbot: QtBot, h: AppHarness) -> CrisisLinesDialog:
    activate(qtbot, h)
    qtbot.keyClick(h.window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: open_dialog() is not None, timeout=2000)
    dialog = open_dialog()
    assert dialog is not None
    return dialog


def open_dialog() -> CrisisLinesDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CrisisLinesDialog) and widget.isVisible():
            return widget
    return None


def close_dialog(qtbot: QtBot, dialog: CrisisLinesDialog) -> None:
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: open_dialog() is None, timeout=2000)


def all_visible_text() -> str:
    return " ".join(
        text
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible()
        for text in visible_text(widget)
    )


def every_text() -> str:
    """The text of every live widget, shown or not, including list and table items."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += visible_text(widget)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                column = 0
                while (index := model.index(row, column)).isValid():
                    texts.append(str(index.data() or ""))
                    column += 1
    return " ".join(texts)


def unlock_as(qtbot: QtBot, h: AppHarness, handle: str, passphrase: str) -> Workspace:
    screen = h.window.screen_widget
    if not isinstance(screen, LockScreen):
        screen = open_first_vault(h)
    type_unlock(qtbot, screen, handle, passphrase)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, Workspace), timeout=5000)
    workspace = h.window.screen_widget
    assert isinstance(workspace, Workspace)
    return workspace


def test_f1_on_the_lock_screen_shows_the_unverified_examples_while_locked(
    qtbot: QtBot, harness: AppHarness
) -> None:
    screen = open_first_vault(harness)
    vault = harness.controller.vault
    assert vault is not None and not vault.is_unlocked
    assert screen.crisis_button.isVisible()
    assert "F1" in screen.crisis_button.text()

    dialog = press_f1(qtbot, harness)
    text = " ".join(visible_text(dialog))
    assert "call your local emergency number" in text
    assert "Example: your national crisis line" in text
    assert "This is an example, not a real line" in text
    assert text.count("Not yet verified") == 2
    assert "never calls or messages anyone" in text
    assert_buttons_named(dialog)
    assert not vault.is_unlocked
    assert isinstance(harness.window.screen_widget, LockScreen)
    close_dialog(qtbot, dialog)

    # The visible button opens the same list.
    qtbot.mouseClick(screen.crisis_button, LEFT)
    qtbot.waitUntil(lambda: open_dialog() is not None, timeout=2000)
    dialog = open_dialog()
    assert dialog is not None and len(dialog.cards) == 2
    close_dialog(qtbot, dialog)
    assert not vault.is_unlocked
    assert_buttons_named(screen)


def test_a_facilitator_adds_and_checks_a_line_and_f1_shows_it_when_locked(
    qtbot: QtBot, harness: AppHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = harness
    workspace = unlock_as(qtbot, h, FACILITATOR_HANDLE, FACILITATOR_PASS)
    titles = [workspace.nav.item(row).text() for row in range(workspace.nav.count())]
    assert titles.index("Crisis lines") == titles.index("Group settings") - 1
    workspace.nav.setCurrentRow(titles.index("Crisis lines"))
    page = workspace.stack.currentWidget()
    assert isinstance(page, CrisisLinesView) and page.isVisible()
    assert_buttons_named(page)
    qtbot.waitUntil(lambda: "2 of 2 lines need checking" in page.review_label.text())

    # An example cannot be marked as checked.
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.verify_button, LEFT)
    qtbot.waitUntil(lambda: "This is an example" in page.message.text())

    # Delete the second example (the confirmation is answered "Delete line").
    asked: list[str] = []
    monkeypatch.setattr(
        crisis_lines_controller, "ask", lambda _p, _t, text, *_a, **_k: asked.append(text) or True
    )
    page.list.setCurrentRow(1)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert asked and "Example: a local support service" in asked[0]
    qtbot.waitUntil(lambda: page.list.count() == 1)

    # Add a new line by typing, then mark it as checked today.
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.keyClicks(page.name_edit, "Riverside night line")
    qtbot.keyClicks(page.phone_edit, "0100 222 333")
    qtbot.keyClicks(page.hours_edit, "Every night, 8pm to 8am")
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.waitUntil(lambda: page.list.count() == 2 and page.list.currentItem() is not None)
    assert "Needs checking: never checked" in page.list.currentItem().text()
    qtbot.mouseClick(page.verify_button, LEFT)
    today = today_from(h.clock.now())
    qtbot.waitUntil(lambda: f"Last checked {format_date(today)}" in page.list.currentItem().text())
    assert "1 of 2 lines need checking" in page.review_label.text()

    vault = h.controller.vault
    assert vault is not None
    stored = {line.name: line for line in CrisisLinesService(vault).list_lines()}
    assert stored["Riverside night line"].last_verified == today
    assert "Example: a local support service" not in stored

    # F1 works inside the unlocked workspace too.
    dialog = press_f1(qtbot, h)
    assert "Riverside night line" in " ".join(visible_text(dialog))
    close_dialog(qtbot, dialog)

    # Lock, then F1 from the lock screen shows the checked line.
    activate(qtbot, h)
    qtbot.keyClick(h.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(h.window.screen_widget, LockScreen)
    qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=2000)
    dialog = press_f1(qtbot, h)
    text = " ".join(visible_text(dialog))
    assert "Riverside night line" in text and "0100 222 333" in text
    assert f"Last checked {format_date(today)}" in text
    assert "Example: your national crisis line" in text
    assert text.count("Not yet verified") == 1
    assert "Example: a local support service" not in text
    assert not vault.is_unlocked
    close_dialog(qtbot, dialog)


@pytest.fixture
def harness_with_plan(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> Iterator[tuple[AppHarness, str]]:
    h = make_harness(qtbot, tmp_path / "data", clock)
    marker = f"plan-{secrets.token_hex(6)}"
    vault = Vault.open_existing(h.directory.list_vaults()[0].path, clock=clock)
    try:
        add_member(vault, "sam", SAM_PASS)
        SafetyPlanService(vault).save(SafetyPlan(reasons_for_living=(f"My cat {marker}",)))
    finally:
        vault.lock()
        vault.close()
    yield h, marker
    h.controller.shutdown()
    h.runner.shutdown()


def test_w8_the_plan_never_shows_on_the_lock_screen_only_after_unlock(
    qtbot: QtBot, harness_with_plan: tuple[AppHarness, str]
) -> None:
    h, marker = harness_with_plan
    open_first_vault(h)
    vault = h.controller.vault
    assert vault is not None and not vault.is_unlocked
    dialog = press_f1(qtbot, h)
    assert "Not yet verified" in " ".join(visible_text(dialog))
    assert marker not in all_visible_text()
    assert marker not in every_text()
    close_dialog(qtbot, dialog)
    assert not vault.is_unlocked

    workspace = unlock_as(qtbot, h, "sam", SAM_PASS)
    activate(qtbot, h)
    qtbot.keyClick(h.window, Qt.Key.Key_F2)
    page = workspace.stack.currentWidget()
    assert isinstance(page, SafetyPlanView) and page.isVisible()
    qtbot.waitUntil(lambda: marker in every_text(), timeout=2000)
    assert page.editors["reasons_for_living"].items() == (f"My cat {marker}",)

    # A member can open the crisis lines too, but has no page to change them.
    dialog = press_f1(qtbot, h)
    assert len(dialog.cards) == 2
    close_dialog(qtbot, dialog)
    assert not any(isinstance(p, CrisisLinesView) for p in workspace.pages)
