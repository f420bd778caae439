"""Attendance and ratings over time, drawn with QPainter (QtCharts is not part of
PySide6-Essentials). A suppressed point is never drawn as a value: its slot shows a
dashed outline and reads "fewer than 3" (or "not shown"). The same numbers are in the
table beside each chart, and in its accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


@dataclass(frozen=True)
class ChartPoint:
    label: str  # "12 Jan" under the slot
    value: float | None  # None: suppressed, never drawn as a value
    text: str  # what the slot says ("6", "4.0", "fewer than 3")


@dataclass(frozen=True)
class ChartColours:
    text: QColor
    muted: QColor
    grid: QColor
    accent: QColor
    background: QColor

    @classmethod
    def of(cls, palette: QPalette) -> ChartColours:
        return cls(
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            grid=palette.color(QPalette.ColorRole.Mid),
            accent=palette.color(QPalette.ColorRole.Highlight),
            background=palette.color(QPalette.ColorRole.Base),
        )


def _axis_top(points: Sequence[ChartPoint], fixed_top: float | None) -> float:
    if fixed_top is not None:
        return fixed_top
    largest = max((p.value for p in points if p.value is not None), default=0.0)
    step = 5 if largest > 10 else 2
    return float(max(step, (int(largest) // step + 1) * step))


def draw_chart(
    painter: QPainter,
    area: QRectF,
    points: Sequence[ChartPoint],
    *,
    bars: bool,
    colours: ChartColours,
    font: QFont,
    empty_text: str,
    fixed_range: tuple[float, float] | None = None,
) -> None:
    """Draw the chart into ``area`` (the page's widget and the PDF share this)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    em = metrics.height()
    painter.fillRect(area, colours.background)
    if not points:
        painter.setPen(colours.muted)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return
    bottom_value = fixed_range[0] if fixed_range else 0.0
    top_value = _axis_top(points, fixed_range[1] if fixed_range else None)
    label_width = metrics.horizontalAdvance("00") + em * 0.6
    plot = QRectF(
        area.left() + label_width,
        area.top() + em * 1.4,
        area.width() - label_width - em * 0.6,
        area.height() - em * 3.2,
    )

    def y_of(value: float) -> float:
        share = (value - bottom_value) / (top_value - bottom_value or 1)
        return plot.bottom() - share * plot.height()

    # the grid and the scale on the left
    ticks = [bottom_value + (top_value - bottom_value) * i / 4 for i in range(5)]
    for tick in ticks:
        y = y_of(tick)
        painter.setPen(QPen(colours.grid, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours.muted)
        text = f"{tick:g}"
        painter.drawText(
            QRectF(area.left(), y - em / 2, label_width - em * 0.3, em),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
    slot = plot.width() / len(points)
    every = max(1, int(metrics.horizontalAdvance("00 Mmm") * 1.3 // slot) + 1)
    previous: QPointF | None = None
    for index, point in enumerate(points):
        centre = plot.left() + slot * (index + 0.5)
        if index % every == 0:
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(centre - slot * every / 2, plot.bottom() + em * 0.3, slot * every, em),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                point.label,
            )
        if point.value is None:
            _draw_suppressed(painter, plot, centre, slot, point.text, colours, metrics)
            previous = None  # a hidden point breaks the line
            continue
        y = y_of(point.value)
        if bars:
            width = min(slot * 0.6, em * 2.4)
            painter.fillRect(
                QRectF(centre - width / 2, y, width, plot.bottom() - y), colours.accent
            )
        else:
            here = QPointF(centre, y)
            if previous is not None:
                painter.setPen(QPen(colours.accent, max(2.0, em / 8)))
                painter.drawLine(previous, here)
            painter.setPen(QPen(colours.background, 2))
            painter.setBrush(colours.accent)
            painter.drawEllipse(here, em / 4, em / 4)
            previous = here
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(centre - slot / 2, y - em * 1.3, slot, em),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            point.text,
        )
    painter.setPen(QPen(colours.grid, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.restore()


def _draw_suppressed(
    painter: QPainter,
    plot: QRectF,
    centre: float,
    slot: float,
    text: str,
    colours: ChartColours,
    metrics: QFontMetricsF,
) -> None:
    """A short dashed stub on the baseline with the words written up from it: it has
    no height of its own, so nobody reads a value into it."""
    em = metrics.height()
    width = min(slot * 0.6, em * 2.4)
    stub = QRectF(centre - width / 2, plot.bottom() - em * 0.5, width, em * 0.5)
    painter.setPen(QPen(colours.muted, 1, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(stub)
    length = min(plot.height() - em, metrics.horizontalAdvance(text) + em * 0.5)
    painter.save()
    painter.translate(centre, stub.top() - em * 0.2 - length / 2)
    painter.rotate(-90)
    font = QFont(painter.font())
    font.setItalic(True)
    painter.setFont(font)
    painter.setPen(colours.muted)
    painter.drawText(
        QRectF(-length / 2, -em / 2, length, em),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        text,
    )
    painter.restore()


class ReportChart(QWidget):
    """One chart of the reports page (bars for attendance, a line for ratings)."""

    def __init__(
        self,
        name: str,
        *,
        bars: bool,
        empty_text: str,
        fixed_range: tuple[float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers reach the summary
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._bars = bars
        self._empty_text = empty_text
        self._range = fixed_range
        self._points: list[ChartPoint] = []

    def set_points(self, points: Sequence[ChartPoint], description: str) -> None:
        self._points = list(points)
        self.setAccessibleDescription(description)
        self.update()

    @property
    def points(self) -> list[ChartPoint]:
        return list(self._points)

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 30, em * 13)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 18, em * 10)

    def paint_into(self, painter: QPainter, area: QRectF, palette: QPalette, font: QFont) -> None:
        draw_chart(
            painter,
            area,
            self._points,
            bars=self._bars,
            colours=ChartColours.of(palette),
            font=font,
            empty_text=self._empty_text,
            fixed_range=self._range,
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint_into(painter, QRectF(self.rect()), self.palette(), self.font())
            if self.hasFocus():
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()


def chart_summary(name: str, points: Sequence[ChartPoint]) -> str:
    """The chart in words (its accessible description)."""
    if not points:
        return name
    parts = [fill(_tr("%1: %2"), p.label, p.text) for p in points]
    return fill(_tr("%1. %2."), name, "; ".join(parts))
