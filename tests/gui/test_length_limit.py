"""A field at its length limit says so (issue: text was cut silently)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.ui.widgets.length_limit import LengthLimitNote

pytestmark = pytest.mark.gui


_hosts: list[QWidget] = []  # qtbot holds widgets weakly


def make(qtbot: QtBot, limit: int) -> tuple[QLineEdit, LengthLimitNote]:
    host = QWidget()
    _hosts.append(host)
    layout = QVBoxLayout(host)
    edit = QLineEdit()
    edit.setMaxLength(limit)
    note = LengthLimitNote(edit)
    layout.addWidget(edit)
    layout.addWidget(note)
    qtbot.addWidget(host)
    host.show()
    return edit, note


def test_typing_to_the_limit_shows_a_note_and_deleting_hides_it(qtbot: QtBot) -> None:
    edit, note = make(qtbot, 5)
    qtbot.keyClicks(edit, "abcd")
    assert not note.isVisible()
    qtbot.keyClicks(edit, "efg")
    assert edit.text() == "abcde"
    assert note.isVisible() and "5 characters" in note.text()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert not note.isVisible()


def test_a_long_paste_is_cut_and_says_so(qtbot: QtBot) -> None:
    edit, note = make(qtbot, 10)
    QGuiApplication.clipboard().setText("a name that is far too long for this field")
    edit.setFocus()
    qtbot.keySequence(edit, "Ctrl+V")
    assert edit.text() == "a name tha"
    assert note.isVisible() and "the rest was left out" in note.text()
    QGuiApplication.clipboard().clear()
