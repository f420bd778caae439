"""Themes, zoom and contrast (issue 14, "everyone can read it")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.ui.appearance import zoom
from safespace_desktop.ui.appearance.controller import AppearanceController
from safespace_desktop.ui.appearance.preferences import AppearanceChoice, AppearanceStore
from safespace_desktop.ui.appearance.themes import (
    MINIMUM_CONTRAST,
    TEXT_PAIRS,
    Theme,
    contrast_ratio,
    palette_for,
)
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.widgets.headings import heading_label
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.test_shell_session import type_unlock, unlock


@pytest.fixture
def app_look() -> Iterator[QApplication]:
    """Give the application back its palette and font after each test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = QPalette(app.palette()), QFont(app.font())
    yield app
    app.setPalette(palette)
    app.setFont(font)


@pytest.fixture
def store(tmp_path: Path) -> AppearanceStore:
    return AppearanceStore(QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def styled(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, store: AppearanceStore, app_look: QApplication
) -> Iterator[AppHarness]:
    from safespace_desktop.ui.shell.main_window import MainWindow

    holder = MainWindow()
    qtbot.addWidget(holder)
    appearance = AppearanceController(app_look, store, holder)
    h = make_harness(qtbot, tmp_path / "data", clock, appearance=appearance)
    yield h
    h.controller.shutdown()
    h.runner.shutdown()


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes 4.5:1.
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_every_text_colour_meets_the_contrast_minimum(theme: Theme) -> None:
    palette = palette_for(theme)
    failures = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            if ratio < MINIMUM_CONTRAST[theme]:
                failures.append(f"{text.name} on {background.name}: {ratio:.2f}")
    assert not failures, f"{theme}: {failures}"


def test_zoom_steps_stop_at_100_and_200_percent() -> None:
    assert zoom.step_out(100) == 100
    assert zoom.step_in(200) == 200
    assert zoom.step_in(100) == 110
    assert zoom.step_out(150) == 125
    assert zoom.clamp(3000) == 200 and zoom.clamp(-5) == 100


def test_keyboard_zoom_scales_body_text_and_headings_and_ctrl_0_resets(
    qtbot: QtBot, styled: AppHarness, app_look: QApplication
) -> None:
    base = app_look.font().pointSizeF()
    title = heading_label("A title", 1.5)
    qtbot.addWidget(title)
    title_base = title.font().pointSizeF()
    window = styled.window
    for _ in range(3):  # 100 → 110 → 125 → 150
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert app_look.font().pointSizeF() == pytest.approx(base * 1.5)
    assert title.font().pointSizeF() == pytest.approx(title_base * 1.5)
    assert window.zoom_label.isVisible() and "150" in window.zoom_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert app_look.font().pointSizeF() == pytest.approx(base * 1.25)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app_look.font().pointSizeF() == pytest.approx(base)
    assert title.font().pointSizeF() == pytest.approx(title_base)
    assert not window.zoom_label.isVisible()


def test_a_persons_zoom_and_theme_are_theirs_and_the_lock_screen_keeps_this_pcs(
    qtbot: QtBot, styled: AppHarness, app_look: QApplication, store: AppearanceStore
) -> None:
    base = app_look.font().pointSizeF()
    unlock(qtbot, styled)
    appearance = styled.controller.appearance
    assert appearance is not None
    for _ in range(5):
        appearance.zoom_in()
    styled.window.theme_actions[Theme.HIGH_CONTRAST].trigger()
    assert app_look.font().pointSizeF() == pytest.approx(base * 2.0)
    assert app_look.palette().color(QPalette.ColorRole.Window) == QColor("#000000")

    qtbot.keyClick(styled.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app_look.font().pointSizeF() == pytest.approx(base)  # this PC's choice again
    assert app_look.palette().color(QPalette.ColorRole.Window) != QColor("#000000")

    screen = styled.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: app_look.font().pointSizeF() == pytest.approx(base * 2.0), timeout=5000)
    assert styled.window.theme_actions[Theme.HIGH_CONTRAST].isChecked()
    assert store.load(None) == AppearanceChoice()  # nothing leaked to the shared choice


def test_choices_are_kept_without_anything_a_person_typed(
    store: AppearanceStore, tmp_path: Path
) -> None:
    store.save("slot-1", AppearanceChoice(Theme.DARK, 175))
    store.save(None, AppearanceChoice(Theme.LIGHT, 125))
    assert store.load("slot-1") == AppearanceChoice(Theme.DARK, 175)
    assert store.load("someone-else") == AppearanceChoice(Theme.LIGHT, 125)
    text = (tmp_path / "look.ini").read_text()
    assert "slot-1" in text and "dark" in text
    store.forget("slot-1")
    assert store.load("slot-1") == AppearanceChoice(Theme.LIGHT, 125)


def test_a_label_made_before_zooming_follows_the_zoom(
    qtbot: QtBot, store: AppearanceStore, app_look: QApplication
) -> None:
    from safespace_desktop.ui.shell.main_window import MainWindow

    holder = MainWindow()
    qtbot.addWidget(holder)
    appearance = AppearanceController(app_look, store, holder)
    label = QLabel("Plain text")
    qtbot.addWidget(label)
    before = label.font().pointSizeF()
    appearance.zoom_in()
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(before * 1.1))
