"""Mood over time, drawn with QPainter (QtCharts is not part of PySide6-Essentials).

One slot per week (or month) from the first to the last period shown, so weeks
without a mood leave a visible break in the line. The 1–5 scale is labelled in words
at its ends, colours come from the palette (dark mode works), and the same data is
always available in words (``summary_text``, the accessible description) and in a
plain table (``MoodTable``), so nothing is conveyed by the picture alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy, QTreeWidget, QTreeWidgetItem, QWidget

from safespace_desktop.core.journal import Period
from safespace_desktop.core.model import MOOD_MAX, MOOD_MIN, MoodPoint
from safespace_desktop.ui.journal.wording import mood_word as journal_mood_word
from safespace_desktop.ui.wording.placeholders import fill


# --------------------------------------------------------------------------- words
def _tr(text: str) -> str:
    return QCoreApplication.translate("MoodChart", text)


def mood_word(value: int) -> str:
    """The journal's own word for a whole mood score (the editor uses the same words)."""
    return journal_mood_word(min(MOOD_MAX, max(MOOD_MIN, value)))


def scale_in_words() -> str:
    """ "1 is very low, 5 is really good" (with the journal's words)."""
    return fill(
        _tr("%1 is %2, %3 is %4"), MOOD_MIN, mood_word(MOOD_MIN), MOOD_MAX, mood_word(MOOD_MAX)
    )


def nearest_word(average: float) -> str:
    return mood_word(math.floor(average + 0.5))


def number(value: float) -> str:
    """An average with one decimal, in the person's locale ("3.5")."""
    return QLocale().toString(value, "f", 1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def period_name(start: date, by: Period) -> str:
    """ "the week of 3 March 2025" or "March 2025"."""
    if by == "week":
        # The date pattern is translated too ("d 'de' MMMM 'de' yyyy" in Spanish).
        pattern = _tr("d MMMM yyyy")
        return fill(_tr("the week of %1"), QLocale().toString(_qdate(start), pattern))
    return QLocale().toString(_qdate(start), _tr("MMMM yyyy"))


def period_column_text(start: date, by: Period) -> str:
    """The first cell of a table row: "3 Mar 2025" (week starting) or "March 2025"."""
    if by == "week":
        return QLocale().toString(_qdate(start), "d MMM yyyy")
    return QLocale().toString(_qdate(start), "MMMM yyyy")


def axis_label(start: date, by: Period) -> str:
    """A short label under the chart: "3 Mar" or "Mar"."""
    if by == "week":
        return QLocale().toString(_qdate(start), "d MMM")
    return QLocale().toString(_qdate(start), "MMM")


# --------------------------------------------------------------------------- periods
def next_period(start: date, by: Period) -> date:
    if by == "week":
        return date.fromordinal(start.toordinal() + 7)
    return date(start.year + 1, 1, 1) if start.month == 12 else date(start.year, start.month + 1, 1)


def period_range(first: date, last: date, by: Period) -> list[date]:
    """Every period start from ``first`` to ``last`` (both period starts), with no gaps."""
    out: list[date] = []
    current = first
    while current <= last:
        out.append(current)
        current = next_period(current, by)
    return out


def summary_text(
    points: Sequence[MoodPoint], periods: Sequence[date], by: Period, separator: str = " "
) -> str:
    """The chart in words: span, how many periods have a mood, lowest, highest, latest.

    Sentences are joined by ``separator`` (a space for the accessible description, a
    line break for the visible summary).
    """
    if not points or not periods:
        return _tr("No moods recorded in this time.")
    lowest = min(points, key=lambda p: p.average)
    highest = max(points, key=lambda p: p.average)
    latest = points[-1]
    if by == "week":
        opening = _tr("Average mood by week, from %1 to %2 (%3).")
        counted = _tr("Weeks with a mood recorded: %1 of %2.")
    else:
        opening = _tr("Average mood by month, from %1 to %2 (%3).")
        counted = _tr("Months with a mood recorded: %1 of %2.")
    parts = [
        fill(opening, period_name(periods[0], by), period_name(periods[-1], by), scale_in_words()),
        fill(counted, len(points), len(periods)),
    ]
    for template, point in (
        (_tr("Lowest: %1 (%2), in %3."), lowest),
        (_tr("Highest: %1 (%2), in %3."), highest),
        (_tr("Most recent: %1 (%2), in %3."), latest),
    ):
        parts.append(
            fill(
                template,
                number(point.average),
                nearest_word(point.average),
                period_name(point.period_start, by),
            )
        )
    return separator.join(parts)


# --------------------------------------------------------------------------- the chart
class MoodChart(QWidget):
    """Average mood per period as points joined by a line, with breaks for gaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodChart")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Mood chart"))
        self._by: Period = "week"
        self._periods: list[date] = []
        self._values: dict[date, MoodPoint] = {}

    # -- data ---------------------------------------------------------------------------
    def set_data(self, points: Sequence[MoodPoint], periods: Sequence[date], by: Period) -> None:
        """Show ``points`` over the continuous ``periods`` (one slot each)."""
        self._by = by
        self._periods = list(periods)
        wanted = set(self._periods)
        self._values = {p.period_start: p for p in points if p.period_start in wanted}
        if by == "week":
            self.setAccessibleName(self.tr("Mood chart, average by week"))
        else:
            self.setAccessibleName(self.tr("Mood chart, average by month"))
        shown = [self._values[d] for d in self._periods if d in self._values]
        self.setAccessibleDescription(summary_text(shown, self._periods, by))
        self.update()

    @property
    def periods(self) -> list[date]:
        return list(self._periods)

    def plotted_points(self) -> list[MoodPoint]:
        """The points drawn, oldest first."""
        return [self._values[d] for d in self._periods if d in self._values]

    def line_segments(self) -> list[tuple[date, date]]:
        """Pairs of neighbouring periods joined by a line (a gap breaks the line)."""
        return [
            (a, b)
            for a, b in zip(self._periods, self._periods[1:], strict=False)
            if a in self._values and b in self._values
        ]

    # -- sizes --------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 40, fm.height() * 12)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 90, fm.height() * 18)

    # -- geometry -----------------------------------------------------------------------
    def _axis_labels(self) -> list[tuple[int, str]]:
        labels = []
        for value in range(MOOD_MAX, MOOD_MIN - 1, -1):
            if value in (MOOD_MIN, MOOD_MAX):
                labels.append((value, f"{value}  {mood_word(value)}"))
            else:
                labels.append((value, str(value)))
        return labels

    def plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        em = fm.height()
        left = max(fm.horizontalAdvance(text) for _v, text in self._axis_labels()) + em
        area = QRectF(self.contentsRect())
        return QRectF(
            area.left() + left,
            area.top() + em,
            max(1.0, area.width() - left - em),
            max(1.0, area.height() - em - em * 3),
        )

    def _y(self, plot: QRectF, value: float) -> float:
        share = (value - MOOD_MIN) / (MOOD_MAX - MOOD_MIN)
        return plot.bottom() - share * plot.height()

    def _x(self, plot: QRectF, index: int) -> float:
        slot = plot.width() / max(1, len(self._periods))
        return plot.left() + slot * (index + 0.5)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = self.fontMetrics()
        em = fm.height()
        plot = self.plot_rect()
        text_colour = palette.color(QPalette.ColorRole.Text)
        grid_colour = palette.color(QPalette.ColorRole.Mid)

        # Scale: a line for each score, numbers for each, words at the ends.
        for value, text in self._axis_labels():
            y = self._y(plot, value)
            pen = QPen(grid_colour, 1)
            if value not in (MOOD_MIN, MOOD_MAX):
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            box = QRectF(self.contentsRect().left(), y - em / 2, plot.left() - em / 2, em)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

        if self._periods:
            self._draw_period_labels(painter, plot)
            self._draw_series(painter, plot, palette)

        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -2, -2))
        painter.end()

    def _draw_period_labels(self, painter: QPainter, plot: QRectF) -> None:
        fm = self.fontMetrics()
        em = fm.height()
        slot = plot.width() / len(self._periods)
        widest = max(fm.horizontalAdvance(axis_label(d, self._by)) for d in self._periods)
        step = max(1, math.ceil((widest + em) / max(slot, 1.0)))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        small = QFont(self.font())
        last_year: int | None = None
        tick = QPen(self.palette().color(QPalette.ColorRole.Mid), 1)
        for index, start in enumerate(self._periods):
            x = self._x(plot, index)
            painter.setPen(tick)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + em / 4))
            if index % step:
                continue
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.setFont(small)
            width = widest + em
            box = QRectF(x - width / 2, plot.bottom() + em / 3, width, em)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                axis_label(start, self._by),
            )
            if start.year != last_year:
                year_box = QRectF(x - width / 2, plot.bottom() + em / 3 + em, width, em)
                painter.drawText(year_box, Qt.AlignmentFlag.AlignHCenter, str(start.year))
                last_year = start.year

    def _draw_series(self, painter: QPainter, plot: QRectF, palette: QPalette) -> None:
        em = self.fontMetrics().height()
        accent = palette.color(QPalette.ColorRole.Highlight)
        path = QPainterPath()
        previous_had_value = False
        for index, start in enumerate(self._periods):
            point = self._values.get(start)
            if point is None:
                previous_had_value = False
                continue
            position = QPointF(self._x(plot, index), self._y(plot, point.average))
            if previous_had_value:
                path.lineTo(position)
            else:
                path.moveTo(position)
            previous_had_value = True
        line = QPen(accent, max(2.0, em / 8))
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        radius = max(3.0, em / 3.2)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), max(1.0, em / 12)))
        painter.setBrush(accent)
        for index, start in enumerate(self._periods):
            point = self._values.get(start)
            if point is not None:
                centre = QPointF(self._x(plot, index), self._y(plot, point.average))
                painter.drawEllipse(centre, radius, radius)


# --------------------------------------------------------------------------- the table
class MoodTable(QTreeWidget):
    """The same points as a plain, read-only table (the chart's text alternative)."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setColumnCount(self.COLUMNS)
        self.setAccessibleName(self.tr("Mood table"))
        self.header().setStretchLastSection(False)
        self.set_points([], "week")

    def set_points(self, points: Sequence[MoodPoint], by: Period) -> None:
        first = self.tr("Week starting") if by == "week" else self.tr("Month")
        self.setHeaderLabels(
            [
                first,
                self.tr("Average mood"),
                self.tr("Entries with a mood"),
                self.tr("Lowest"),
                self.tr("Highest"),
            ]
        )
        if by == "week":
            self.setAccessibleName(self.tr("Mood table, average by week"))
        else:
            self.setAccessibleName(self.tr("Mood table, average by month"))
        for column in range(1, self.COLUMNS):
            self.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        self.clear()
        for point in points:
            item = QTreeWidgetItem(
                [
                    period_column_text(point.period_start, by),
                    fill(self.tr("%1 (%2)"), number(point.average), nearest_word(point.average)),
                    str(point.count),
                    str(point.lowest),
                    str(point.highest),
                ]
            )
            for column in range(1, self.COLUMNS):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            self.addTopLevelItem(item)
        pad = self.fontMetrics().averageCharWidth() * 4
        for column in range(self.COLUMNS):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, self.columnWidth(column) + pad)

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and for reading it back)."""
        rows = []
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None:
                rows.append([item.text(column) for column in range(self.COLUMNS)])
        return rows
