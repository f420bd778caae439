"""Zoom from 100 % to 200 % by scaling the application font.

Widgets that inherit the application font follow at once. Headings and other widgets
that set a font of their own (``WA_SetFont``) keep their size relative to the body
text: each zoom step rescales them by the same ratio.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

ZOOM_STEPS: tuple[int, ...] = (100, 110, 125, 150, 175, 200)
DEFAULT_ZOOM = 100


def clamp(percent: int) -> int:
    """The nearest zoom step to ``percent``."""
    return min(ZOOM_STEPS, key=lambda step: abs(step - percent))


def step_in(percent: int) -> int:
    return next((step for step in ZOOM_STEPS if step > percent), ZOOM_STEPS[-1])


def step_out(percent: int) -> int:
    return next((step for step in reversed(ZOOM_STEPS) if step < percent), ZOOM_STEPS[0])


def _scaled(font: QFont, ratio: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * ratio)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(font.pixelSize() * ratio)))
    return scaled


class FontZoom:
    """Remembers the application's own font size at 100 % and applies a zoom to it."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._base = QFont(app.font())
        self.percent = DEFAULT_ZOOM

    def apply(self, percent: int) -> None:
        percent = clamp(percent)
        if percent == self.percent:
            return
        ratio = percent / self.percent
        self.percent = percent
        self._app.setFont(_scaled(self._base, percent / DEFAULT_ZOOM))
        for widget in self._app.allWidgets():
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                widget.setFont(_scaled(widget.font(), ratio))
