"""Closing a run meeting early: parts never reached read "not reached" with their
planned minutes, not "0 taken" as if they had been rushed through."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safespace_desktop.core.meetings.model import SegmentDraft, SegmentKind
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.vault import Vault
from tests.gui.test_meetings_page import MakeContext, open_page, session  # noqa: F401

pytestmark = pytest.mark.gui


def test_parts_never_reached_show_as_not_reached_with_their_planned_minutes(
    qtbot: QtBot,
    vault: Vault,
    session: MakeContext,  # noqa: F811
) -> None:
    day = today_from(vault.clock.now()) + timedelta(days=1)
    meeting = MeetingsService(vault).add_extra(day, start="18:30", minutes=60)
    for draft in (
        SegmentDraft("Welcome", 5, SegmentKind.WELCOME),
        SegmentDraft("Sharing", 40, SegmentKind.DISCUSSION),
        SegmentDraft("Closing words", 15, SegmentKind.CLOSING),
    ):
        AgendaService(vault).add_segment(meeting.id, draft)
    page = open_page(qtbot, session)
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 3)
    page.agenda.run_button.setFocus()
    qtbot.keyClick(page.agenda.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.agenda_controller.running_console is not None, timeout=5000)
    console = page.agenda_controller.running_console
    console.controller._confirm_end = lambda: True  # "End the meeting?" answered "yes"
    console.activateWindow()
    console.setFocus()
    qtbot.waitUntil(console.hasFocus)

    def key(which: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClick(QApplication.focusWidget() or console, which, modifiers)

    key(Qt.Key.Key_Space)  # the meeting starts with the welcome
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # on to the sharing
    console.setFocus()
    key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # ended during the sharing
    qtbot.waitUntil(lambda: console.middle.currentWidget() is console.closing, timeout=5000)
    qtbot.waitUntil(lambda: "Sharing" in console.closing.summary.text(), timeout=5000)
    lines = console.closing.summary.text().splitlines()
    assert "Welcome: 5 minutes planned, 0 taken." in lines
    assert "Sharing: 40 minutes planned, 0 taken." in lines  # reached, if only briefly
    assert "Closing words: 15 minutes planned, not reached." in lines
    assert console.closing.summary.isVisible()
    console.close()
