"""ResponsiveSplitter (ui/widgets/responsive.py): panes side by side when there is
room, stacked when there is not, and a pane of wrapped text never squeezed shorter
than its text needs (a splitter alone knows only the unwrapped height)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safespace_desktop.ui.widgets.page_layout import left_aligned
from safespace_desktop.ui.widgets.responsive import ResponsiveSplitter

pytestmark = pytest.mark.gui

WORDS = "Handouts, exercises, readings and local services your group shares. " * 4


def wrapped_pane() -> tuple[QWidget, QLabel, QPushButton]:
    pane = QWidget()
    label = QLabel(WORDS)
    label.setWordWrap(True)
    framed = QFrame()  # a box of wrapped text, as the resources page's reminder
    QVBoxLayout(framed).addWidget(label)
    listing = QListView()  # a list that takes the rest of the height
    listing.setMinimumHeight(120)
    buttons = [QPushButton(f"A button with some words {n}") for n in range(3)]
    column = QVBoxLayout(pane)
    column.addWidget(framed)
    column.addWidget(listing, 1)
    column.addLayout(left_aligned(*buttons))
    return pane, label, buttons[-1]


def listing_bottom(pane: QWidget) -> int:
    listing = pane.findChild(QListView)
    assert listing is not None
    return listing.geometry().bottom()


def fixed_pane(width: int) -> QWidget:
    pane = QWidget()
    pane.setMinimumWidth(width)
    return pane


def in_scroll_area(qtbot: QtBot, splitter: ResponsiveSplitter, width: int) -> QScrollArea:
    scroll = QScrollArea()  # as the workspace shows a page: it grows down, not across
    scroll.setWidgetResizable(True)
    scroll.setWidget(splitter)
    qtbot.addWidget(scroll)
    scroll.resize(width, 150)
    scroll.show()
    qtbot.waitExposed(scroll)
    qtbot.wait(20)
    return scroll


@pytest.mark.parametrize(("width", "neighbour", "stacked"), [(1200, 800, False), (520, 400, True)])
def test_a_pane_of_wrapped_text_keeps_the_height_its_width_needs(
    qtbot: QtBot, width: int, neighbour: int, stacked: bool
) -> None:
    splitter = ResponsiveSplitter()
    pane, label, last_button = wrapped_pane()
    splitter.addWidget(pane)
    splitter.addWidget(fixed_pane(neighbour))
    scroll = in_scroll_area(qtbot, splitter, width)  # kept: it owns the splitter
    assert (splitter.orientation().name == "Vertical") is stacked
    assert pane.height() >= pane.heightForWidth(pane.width()) - 2
    # The last wrapped button lies inside its pane, below the list, not over it.
    assert last_button.geometry().bottom() <= pane.height()
    assert last_button.geometry().top() >= listing_bottom(pane)
    assert not scroll.horizontalScrollBar().isVisible()
