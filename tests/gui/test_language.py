"""Language (issue 14): every string is found whatever context lupdate filed it under,
the app follows the system or the person's choice, and switching applies at once."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from safespace_desktop.core.attendance import AttendanceStatus
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.ui.appearance.controller import AppearanceController
from safespace_desktop.ui.appearance.language import (
    FALLBACK_CONTEXTS,
    Language,
    language_switch,
    resolve,
)
from safespace_desktop.ui.appearance.preferences import AppearanceStore
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.workspace import Workspace
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.i18n_helpers import (
    SOURCES,
    TOOLS,
    compile_catalogue,
    english_after,  # noqa: F401  (fixture)
    lupdate_inputs,
    test_catalogues,  # noqa: F401  (fixture)
)
from tests.gui.test_shell_session import type_unlock, unlock

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("english_after")]

# Real strings of each kind lupdate produces: a module-level tr() wrapper (filed under
# ""), ``wording.tr(...)`` (filed under "wording"), ``self.view.tr(...)`` ("self.view")
# and a class's own self.tr() (its class name).
SPANISH = {
    "": {"Present": "Presente", "Came late": "Llegó tarde"},
    "wording": {"Fill from a template": "Rellenar con una plantilla"},
    "self.view": {"Choose the person in the list of people first.": "Elige primero a la persona."},
    "MainWindow": {"&Lock": "&Bloquear", "V&iew": "&Ver"},
    "Workspace": {"Members": "Miembros", "Home": "Inicio"},
}


def test_strings_filed_under_any_lupdate_context_are_found(
    qapp: QApplication,
    test_catalogues: Path,  # noqa: F811
) -> None:
    from safespace_desktop.ui.attendance.wording import status_text
    from safespace_desktop.ui.meetings import wording as meetings_wording
    from safespace_desktop.ui.shell.main_window import MainWindow

    compile_catalogue(test_catalogues, "es", SPANISH)
    language_switch(qapp).apply(Language.SPANISH)

    # Without the fallback the runtime context ("Attendance") misses the "" entry.
    assert status_text(AttendanceStatus.PRESENT) == "Presente"
    assert status_text(AttendanceStatus.LATE) == "Llegó tarde"
    assert meetings_wording.tr("Fill from a template") == "Rellenar con una plantilla"
    assert (
        QCoreApplication.translate(
            "RunConsoleView", "Choose the person in the list of people first."
        )
        == "Elige primero a la persona."
    )
    window = MainWindow()
    assert window.lock_action.text() == "&Bloquear"
    # What no catalogue holds stays in English, never empty.
    assert status_text(AttendanceStatus.APOLOGIES) == "Sent apologies"
    assert QCoreApplication.translate("X", "%n day(s)", None, 3) == "3 day(s)"
    window.deleteLater()


def test_lupdate_files_strings_only_under_contexts_the_runtime_looks_up(tmp_path: Path) -> None:
    ts = tmp_path / "all.ts"
    subprocess.run(  # noqa: S603
        [str(TOOLS / "pyside6-lupdate"), *lupdate_inputs(SOURCES.parents[2]), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    contexts = {c.findtext("name") or "" for c in ET.parse(ts).getroot().iter("context")}
    class_like = re.compile(r"^[A-Z_][A-Za-z0-9_]*$")
    unknown = sorted(c for c in contexts if not class_like.match(c) and c not in FALLBACK_CONTEXTS)
    assert not unknown, f"add these to FALLBACK_CONTEXTS or fix the tr() calls: {unknown}"


def test_the_system_language_is_followed_unless_one_is_chosen() -> None:
    assert resolve(Language.SYSTEM, QLocale("es_MX")) is Language.SPANISH
    assert resolve(Language.SYSTEM, QLocale("fr_CA")) is Language.FRENCH
    assert resolve(Language.SYSTEM, QLocale("de_DE")) is Language.ENGLISH
    assert resolve(Language.SYSTEM, QLocale.c()) is Language.ENGLISH
    assert resolve(Language.FRENCH, QLocale("es_ES")) is Language.FRENCH


def test_qt_own_dialog_buttons_follow_the_language(qapp: QApplication) -> None:
    language_switch(qapp).apply(Language.FRENCH)
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuler"
    box.deleteLater()


@pytest.fixture
def speaking(
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    test_catalogues: Path,  # noqa: F811
):  # type: ignore[no-untyped-def]
    from safespace_desktop.ui.shell.main_window import MainWindow

    compile_catalogue(test_catalogues, "es", SPANISH)
    settings = QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat)
    holder = MainWindow()
    qtbot.addWidget(holder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    appearance = AppearanceController(app, AppearanceStore(settings), holder)
    h = make_harness(qtbot, tmp_path / "data", clock, appearance=appearance)
    yield h, settings
    h.controller.shutdown()
    h.runner.shutdown()


def _nav_titles(workspace: Workspace) -> list[str]:
    return [workspace.nav.item(row).text() for row in range(workspace.nav.count())]


def _answer_question(qtbot: QtBot, button_text: str) -> None:
    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button.text() == button_text:
                        button.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def test_switching_language_rebuilds_the_workspace_on_the_same_page(
    qtbot: QtBot, speaking: tuple[AppHarness, QSettings]
) -> None:
    h, settings = speaking
    workspace = unlock(qtbot, h)
    context = h.controller.context
    workspace.show_page("members")
    assert "Members" in _nav_titles(workspace)

    h.window.language_actions[Language.SPANISH].trigger()
    qtbot.waitUntil(lambda: h.window.screen_widget is not workspace, timeout=5000)
    spanish = h.window.screen_widget
    assert isinstance(spanish, Workspace)
    assert h.controller.context is context  # the same session, still unlocked
    assert "Miembros" in _nav_titles(spanish)
    assert spanish.specs[spanish.nav.currentRow()].key == "members"
    assert h.window.lock_action.text() == "&Bloquear"
    assert h.window.language_actions[Language.SPANISH].isChecked()
    # Remembered for this person, in the settings file inside the data folder's settings.
    assert "es" in [str(settings.value(k)) for k in settings.allKeys() if "person-" in k]

    # Locking goes back to this computer's choice; unlocking brings the person's back.
    h.window.lock_action.trigger()
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=5000)
    qtbot.waitUntil(lambda: h.window.lock_action.text() == "&Lock", timeout=5000)
    screen = h.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, Workspace), timeout=5000)
    again = h.window.screen_widget
    assert isinstance(again, Workspace)
    assert "Miembros" in _nav_titles(again)

    h.window.language_actions[Language.ENGLISH].trigger()
    qtbot.waitUntil(lambda: h.window.screen_widget is not again, timeout=5000)
    english = h.window.screen_widget
    assert isinstance(english, Workspace)
    assert "Members" in _nav_titles(english)


def test_unsaved_typing_is_asked_about_before_the_switch(
    qtbot: QtBot, speaking: tuple[AppHarness, QSettings]
) -> None:
    h, _settings = speaking
    workspace = unlock(qtbot, h)
    page = workspace.show_page("crisis_lines")
    field = next(f for f in page.findChildren(QLineEdit) if f.isVisible() and not f.isReadOnly())
    qtbot.keyClicks(field, "Half-typed")

    _answer_question(qtbot, "&Not now")
    h.window.language_actions[Language.SPANISH].trigger()
    assert h.window.screen_widget is workspace  # nothing redrawn, typing still there
    assert field.text() == "Half-typed"
    assert h.window.language_actions[Language.SYSTEM].isChecked()
    assert h.controller.appearance is not None
    assert h.controller.appearance.choice.language is Language.SYSTEM

    _answer_question(qtbot, "&Change now")
    h.window.language_actions[Language.SPANISH].trigger()
    qtbot.waitUntil(lambda: h.window.screen_widget is not workspace, timeout=5000)
    assert "Miembros" in _nav_titles(h.window.screen_widget)  # type: ignore[arg-type]
