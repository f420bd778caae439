"""A centred, framed card for the screens shown before anyone unlocks (sizes from fontMetrics)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

CARD_WIDTH_CHARS = 64


def centred_card(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a framed card, centred, scrolling when the window is small."""
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card_layout = QVBoxLayout(card)
    em = card.fontMetrics().height()
    card_layout.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
    card_layout.addWidget(content)
    width = card.fontMetrics().averageCharWidth() * CARD_WIDTH_CHARS
    card.setMinimumWidth(width)
    card.setMaximumWidth(width * 3 // 2)

    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(em, em, em, em)
    row.addStretch(1)
    column = QVBoxLayout()
    column.addStretch(1)
    column.addWidget(card)
    column.addStretch(2)
    row.addLayout(column, 4)
    row.addStretch(1)

    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    return scroll


def card_column(content: QWidget, title: QLabel, intro: QLabel) -> QVBoxLayout:
    """``content``'s layout, opened by ``title`` and ``intro`` and a small gap after them."""
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    em = content.fontMetrics().height()
    layout.setSpacing(em * 2 // 3)
    layout.addWidget(title)
    layout.addWidget(intro)
    layout.addSpacing(em // 2)
    return layout
