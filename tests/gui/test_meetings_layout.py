"""The agenda editor on a small laptop screen (1366×768, the window maximised): the
selected part's fields down to its Save button show without scrolling; at 200 % zoom
the page scrolls inside the window and Save is still reached with the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.meetings.templates import builtin_template
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.ui.appearance.controller import AppearanceController
from safespace_desktop.ui.meetings.view import MeetingsView
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.test_pseudo_locale import settle
from tests.gui.test_shell_session import unlock
from tests.gui.test_zoom_clipping import looks, zoom_to_200  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui

# A maximised window on a 1366×768 screen: the title bar and a taskbar take some height.
MAXIMISED = QSize(1366, 700)


def scroll_area_of(widget: QWidget) -> QScrollArea:
    found = widget.parentWidget()
    while found is not None and not isinstance(found, QScrollArea):
        found = found.parentWidget()
    assert isinstance(found, QScrollArea)
    return found


def shown_in_viewport(widget: QWidget) -> bool:
    """The whole widget lies inside the part of its scroll area that is on screen, and
    inside the window."""
    viewport = scroll_area_of(widget).viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    inside = QRect(top_left, widget.size())
    on_window = QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())
    return viewport.rect().contains(inside) and widget.window().rect().contains(on_window)


def open_meetings(qtbot: QtBot, h: AppHarness) -> MeetingsView:
    workspace = unlock(qtbot, h)
    vault = h.controller.vault
    assert vault is not None
    meeting = MeetingsService(vault).add_extra(
        today_from(vault.clock.now()) + timedelta(days=1), start="18:30", minutes=90
    )
    AgendaService(vault).apply_template(meeting.id, builtin_template("smart-recovery"))
    page = workspace.show_page("meetings")
    assert isinstance(page, MeetingsView)
    settle(qtbot, h)
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 6, timeout=10000)
    # A person clicks the fourth part of the agenda.
    segments = page.agenda.segments
    segments.scrollToItem(segments.item(3))
    qtbot.mouseClick(
        segments.viewport(),
        Qt.MouseButton.LeftButton,
        pos=segments.visualItemRect(segments.item(3)).center(),
    )
    qtbot.waitUntil(
        lambda: (
            page.agenda.title_edit.text()
            == segments.item(3).text().split("  ")[1].rsplit(" (", 1)[0]
        )
    )
    settle(qtbot, h)
    return page


@pytest.fixture
def small_screen(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[AppHarness]:
    h = make_harness(qtbot, tmp_path / "data", clock)
    h.window.resize(MAXIMISED)
    yield h
    h.controller.shutdown()
    h.runner.shutdown()


def test_the_selected_part_and_its_save_button_show_without_scrolling_at_1366x768(
    qtbot: QtBot, small_screen: AppHarness
) -> None:
    page = open_meetings(qtbot, small_screen)
    agenda = page.agenda
    assert scroll_area_of(agenda.save_button).verticalScrollBar().value() == 0
    for field in (
        agenda.title_edit,
        agenda.minutes_box,
        agenda.note_edit,
        agenda.public_box,
        agenda.save_button,
    ):
        assert shown_in_viewport(field), field.objectName() or field.accessibleName()
    # The list and the part's fields sit side by side, and several parts show at once.
    assert (
        agenda.segments.mapTo(page, QPoint(0, 0)).x()
        < agenda.title_edit.mapTo(page, QPoint(0, 0)).x()
    )
    assert agenda.segments.height() > agenda.segments.fontMetrics().lineSpacing() * 5

    # The person edits the minutes and saves with the keyboard; the list follows.
    agenda.minutes_box.setFocus()
    agenda.minutes_box.selectAll()
    qtbot.keyClicks(agenda.minutes_box, "7")
    qtbot.mouseClick(agenda.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(7 min)" in agenda.segments.item(3).text(), timeout=5000)


def test_at_200_percent_the_agenda_scrolls_inside_the_window_and_save_is_reached(
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    looks: AppearanceController,  # noqa: F811
) -> None:
    zoom_to_200(looks)
    h = make_harness(qtbot, tmp_path / "data", clock, appearance=looks)
    try:
        h.window.resize(MAXIMISED)
        page = open_meetings(qtbot, h)
        agenda = page.agenda
        assert h.window.width() <= MAXIMISED.width()
        assert h.window.height() <= MAXIMISED.height()
        # Nothing in the agenda is squeezed under its neighbour when the panes stack.
        segments = agenda.segments
        assert segments.height() >= segments.minimumSizeHint().height()
        assert segments.geometry().bottom() < agenda.total.geometry().top()
        assert (
            agenda.total.geometry().bottom()
            <= agenda.add_button.mapTo(agenda.total.parentWidget(), QPoint(0, 0)).y()
        )
        # Tab from the facilitator note to Save: the page scrolls to show it.
        agenda.note_edit.setFocus()
        qtbot.keyClick(agenda.note_edit, Qt.Key.Key_Tab)  # the public flag
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is agenda.save_button
        qtbot.waitUntil(lambda: shown_in_viewport(agenda.save_button), timeout=3000)
    finally:
        h.controller.shutdown()
        h.runner.shutdown()
