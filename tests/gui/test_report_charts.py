"""The report charts never draw a suppressed point as a value (issue 13)."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from safespace_desktop.core.reports.period import Period
from safespace_desktop.core.reports.report import (
    EvaluationCounts,
    EvaluationQuestion,
    MeetingFacts,
    PeriodFacts,
    build_report,
)
from safespace_desktop.ui.reports.charts import ChartColours, draw_chart
from safespace_desktop.ui.reports.export import attendance_points, csv_text

pytestmark = pytest.mark.gui
ACCENT = QColor("#ff0000")


def render(points, width: int = 1300, height: int = 300) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    colours = ChartColours(QColor("black"), QColor("gray"), QColor("gray"), ACCENT, QColor("white"))
    painter = QPainter(image)
    draw_chart(
        painter,
        QRectF(0, 0, width, height),
        points,
        bars=True,
        colours=colours,
        font=QFont(QApplication.font()),
        empty_text="none",
    )
    painter.end()
    return image


def accent_columns(image: QImage) -> set[int]:
    return {
        x
        for x in range(image.width())
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y) == ACCENT
    }


def test_a_quarter_of_weekly_meetings_draws_only_shown_bars(qapp: QApplication) -> None:
    start = date(2027, 1, 4)
    people = [6, 2, 7, 8, 1, 9, 5, 6, 0, 7, 8, 4, 6]
    facts = PeriodFacts(
        Period.quarter_of(start),
        date(2027, 4, 1),
        tuple(MeetingFacts(start + timedelta(weeks=i), n) for i, n in enumerate(people)),
    )
    report = build_report(facts)
    points = attendance_points(report)
    image = render(points)
    columns = sorted(accent_columns(image))
    bars = 1 + sum(1 for a, b in zip(columns, columns[1:], strict=False) if b - a > 1)
    shown = [p for p in points if p.value is not None]
    assert len(shown) == 10 and len(points) == 13  # 2, 1 and 0 are small
    assert bars == len(shown)  # one bar per shown meeting, none for the others
    assert [p.text for p in points if p.value is None] == ["fewer than 3"] * 3
    # the CSV says the same as the chart for every meeting
    rows = [line.split(",")[-1] for line in csv_text(report).splitlines() if "Attendance" in line]
    assert rows == [p.text for p in points]


def test_the_csv_never_holds_a_formula(qapp: QApplication) -> None:
    facts = PeriodFacts(
        Period.quarter_of(date(2027, 1, 4)),
        date(2027, 1, 4),
        evaluations=EvaluationCounts(
            5, (EvaluationQuestion("=HYPERLINK(1)", (("+yes", 4), ("no", 1))),)
        ),
    )
    rows = list(csv.reader(io.StringIO(csv_text(build_report(facts)))))
    evaluations = [row for row in rows if row[0] == "Evaluations"]
    assert [row[1][0] for row in evaluations] == ["'", "'"]
    assert [row[3] for row in evaluations] == ["not shown", "fewer than 3"]
