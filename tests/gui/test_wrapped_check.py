"""A check box whose words wrap beside it (ui/widgets/wrapped_check.py): the words
tick it like a check box's own text, grey out with it, and wrap in a narrow window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.ui.widgets.wrapped_check import wrapped_check

pytestmark = pytest.mark.gui

LONG = "&Keep each meeting's talk-time totals: two numbers, never names " * 3


def make(qtbot: QtBot, width: int) -> tuple[QWidget, QCheckBox, QWidget]:
    holder = QWidget()
    qtbot.addWidget(holder)
    check = QCheckBox()
    check.setAccessibleName("Keep talk-time totals")
    row, caption = wrapped_check(check, LONG)
    layout = QVBoxLayout(holder)
    layout.addLayout(row)
    holder.resize(width, 300)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, check, caption


def test_a_click_on_the_words_ticks_the_box_and_focuses_it(qtbot: QtBot) -> None:
    holder, check, caption = make(qtbot, 600)
    assert check.text() == "" and not check.isChecked()
    qtbot.mouseClick(caption, Qt.MouseButton.LeftButton)
    assert check.isChecked() and holder.focusWidget() is check
    qtbot.mouseClick(caption, Qt.MouseButton.LeftButton)
    assert not check.isChecked()


def test_the_words_grey_out_with_the_box_and_then_do_nothing(qtbot: QtBot) -> None:
    _holder, check, caption = make(qtbot, 600)
    check.setEnabled(False)
    assert not caption.isEnabled()
    qtbot.mouseClick(caption, Qt.MouseButton.LeftButton)
    assert not check.isChecked()
    check.setEnabled(True)
    assert caption.isEnabled()


def test_long_words_wrap_instead_of_widening_the_row(qtbot: QtBot) -> None:
    holder, _check, caption = make(qtbot, 300)
    assert holder.minimumSizeHint().width() < 300
    assert caption.width() <= 300
    assert caption.height() >= caption.heightForWidth(caption.width()) - 2
