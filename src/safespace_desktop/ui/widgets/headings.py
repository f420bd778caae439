"""Headings and short paragraphs sized from the widget's own font (no pixel sizes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


def scaled_font(base: QFont, scale: float, weight: QFont.Weight | None = None) -> QFont:
    """``base`` grown by ``scale``, whether it was set in points or in pixels."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale))
    if weight is not None:
        font.setWeight(weight)
    return font


def heading_label(
    text: str,
    scale: float = 1.6,
    parent: QWidget | None = None,
    weight: QFont.Weight = QFont.Weight.Bold,
) -> QLabel:
    """A bold, larger, word-wrapped heading."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(label.font(), scale, weight))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def paragraph_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Plain, word-wrapped body text (never rich text: it may hold what a person typed)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Take the whole width a form gives its fields (a wrapped QLabel otherwise stays
    # as narrow as its size hint); height still follows the width.
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


def framed_note(text: str, accessible_name: str, parent: QWidget | None = None) -> QFrame:
    """A short, important statement set apart in a panel (the frame, not colour, sets it off)."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    label = paragraph_label(text, frame)
    label.setAccessibleName(accessible_name)
    layout.addWidget(label)
    return frame
