"""Small layout pieces shared by pages, screens and dialogs (sizes from fontMetrics)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

from safespace_desktop.ui.widgets.flow_row import FlowRow, flow_row

PAGE_WIDTH_CHARS = 96


def left_aligned(*widgets: QWidget) -> FlowRow:
    """``widgets`` side by side at their natural width, pushed to the left; they wrap
    onto the next line rather than widen the page (a longer language, 200 % zoom)."""
    return flow_row(*widgets)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab moves through ``widgets`` in the order given."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def scrolling_column(page: QWidget, column: QLayout) -> QScrollArea:
    """Fill ``page`` with ``column`` in a readable width, scrolling when space is short."""
    content = QWidget()
    content.setMaximumWidth(page.fontMetrics().averageCharWidth() * PAGE_WIDTH_CHARS)
    content.setLayout(column)
    holder = QWidget()
    holder_layout = QHBoxLayout(holder)
    holder_layout.setContentsMargins(32, 24, 32, 24)
    holder_layout.addWidget(content, 1)
    holder_layout.addStretch(0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
