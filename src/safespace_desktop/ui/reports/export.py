"""The report as a CSV file and as a laid-out document (PDF and printer).

Both are made in memory from the same ``PeriodReport`` the page shows, so they hold
exactly its numbers and words: suppressed cells read "fewer than 3" or "not shown",
and there is nothing else to leak (the report holds no names). The PDF is written by
QPdfWriter into a buffer, never a temporary file; the controller saves the bytes with
``write_file_atomically`` off the GUI thread.
"""

from __future__ import annotations

import csv
import html
import io

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from safespace_desktop.core.reports.report import AVERAGES, PeriodReport, Point
from safespace_desktop.core.reports.suppression import Cell, Shown
from safespace_desktop.ui.feedback.wording import answer_label, question_label
from safespace_desktop.ui.reports import wording
from safespace_desktop.ui.reports.charts import ChartColours, ChartPoint, draw_chart
from safespace_desktop.ui.reports.wording import tr
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill

PDF_POINT_SIZE = 10.0
CHART_PIXELS = (1400, 440)


# --------------------------------------------------------------------------- shared rows
def attendance_points(report: PeriodReport) -> list[ChartPoint]:
    return [_chart_point(p, decimals=0) for p in report.attendance]


def rating_points(report: PeriodReport) -> list[ChartPoint]:
    return [_chart_point(p, decimals=1) for p in report.ratings]


def _chart_point(point: Point, *, decimals: int) -> ChartPoint:
    text = wording.cell_text(point.cell, decimals=decimals)
    return ChartPoint(wording.short_date(point.on), point.cell.value, text)


def figure_rows(report: PeriodReport) -> list[tuple[str, str]]:
    return [(wording.figure_label(f), wording.figure_text(f, c)) for f, c in report.figures]


def series_rows(points: list[Point], *, decimals: int) -> list[tuple[str, str]]:
    """The table beside a chart: the same words as the chart's slots."""
    return [(format_date(p.on), wording.cell_text(p.cell, decimals=decimals)) for p in points]


def evaluation_rows(report: PeriodReport) -> list[tuple[str, str, str]]:
    return [
        (question_label(r.question), answer_label(r.answer), wording.cell_text(r.cell))
        for r in report.evaluations
    ]


# --------------------------------------------------------------------------- CSV
def _csv_value(cell: Cell, decimals: int) -> str:
    """Numbers in a form every spreadsheet reads (a dot for decimals); words otherwise."""
    if cell.shown is not Shown.VALUE or cell.value is None:
        return wording.cell_text(cell)
    return f"{cell.value:.{decimals}f}"


def _safe(text: str) -> str:
    """A spreadsheet must never read a cell as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_text(report: PeriodReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([tr("Section"), tr("Item"), tr("Date"), tr("Value")])
    about = tr("Report")
    writer.writerow([about, tr("Period"), "", wording.period_text(report.period)])
    writer.writerow([about, tr("First day"), report.period.start.isoformat(), ""])
    writer.writerow([about, tr("Last day"), report.period.end.isoformat(), ""])
    writer.writerow([about, tr("Made on"), report.as_of.isoformat(), ""])
    glance = tr("At a glance")
    for figure, cell in report.figures:
        decimals = 1 if figure in AVERAGES else 0
        value = _csv_value(cell, decimals)
        if cell.shown is Shown.FEWER:
            value = wording.figure_text(figure, cell)
        writer.writerow([glance, wording.figure_label(figure), "", value])
    for section, item, points, decimals in (
        (wording.attendance_chart_name(), wording.column_people(), report.attendance, 0),
        (wording.ratings_chart_name(), wording.column_rating(), report.ratings, 1),
    ):
        for point in points:
            writer.writerow([section, item, point.on.isoformat(), _csv_value(point.cell, decimals)])
    for row in report.evaluations:
        item = fill(tr("%1: %2"), question_label(row.question), answer_label(row.answer))
        writer.writerow([tr("Evaluations"), _safe(item), "", _csv_value(row.cell, 0)])
    return out.getvalue()


# --------------------------------------------------------------------------- document
def _chart_image(points: list[ChartPoint], *, bars: bool, font: QFont, empty: str) -> QImage:
    width, height = CHART_PIXELS
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    colours = ChartColours(
        text=QColor("black"),
        muted=QColor("#555555"),
        grid=QColor("#bbbbbb"),
        accent=QColor("#2b5c8a"),
        background=QColor("white"),
    )
    chart_font = QFont(font)
    chart_font.setPixelSize(height // 16)
    painter = QPainter(image)
    try:
        draw_chart(
            painter,
            QRectF(0, 0, width, height),
            points,
            bars=bars,
            colours=colours,
            font=chart_font,
            empty_text=empty,
            fixed_range=None if bars else (1.0, 5.0),
        )
    finally:
        painter.end()
    return image


def _table_html(headers: list[str], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return (
        "<table border='0' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{head}</tr>{body}</table>"
    )


def report_document(report: PeriodReport, base_font: QFont) -> QTextDocument:
    """The report laid out for paper: the same figures, charts and tables as the page."""
    document = QTextDocument()
    font = QFont(base_font)
    font.setPointSizeF(PDF_POINT_SIZE)
    document.setDefaultFont(font)
    charts = (
        ("chart:attendance", attendance_points(report), True, tr("No meetings held")),
        ("chart:ratings", rating_points(report), False, tr("No ratings given")),
    )
    for url, points, bars, empty in charts:
        image = _chart_image(points, bars=bars, font=font, empty=empty)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    title = wording.report_title(report.period)
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        "<p>"
        + html.escape(
            fill(
                tr("%1. Made on %2."),
                wording.period_kind(report.period),
                format_date(report.as_of),
            )
        )
        + "</p>",
        f"<p><i>{html.escape(wording.privacy_line())}</i></p>",
        f"<h2>{html.escape(tr('At a glance'))}</h2>",
        _table_html([tr("Figure"), tr("Number")], list(figure_rows(report))),
    ]
    for heading, url, rows, column in (
        (
            wording.attendance_chart_name(),
            "chart:attendance",
            series_rows(list(report.attendance), decimals=0),
            wording.column_people(),
        ),
        (
            wording.ratings_chart_name(),
            "chart:ratings",
            series_rows(list(report.ratings), decimals=1),
            wording.column_rating(),
        ),
    ):
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.append(f"<p><img src='{url}' width='620'></p>")
        parts.append(_table_html([wording.column_meeting(), column], list(rows)))
    parts.append(f"<h2>{html.escape(tr('Evaluations'))}</h2>")
    evaluations = evaluation_rows(report)
    if evaluations:
        parts.append(_table_html([tr("Question"), tr("Answer"), tr("People")], list(evaluations)))
    else:
        parts.append(f"<p>{html.escape(tr('No evaluations in this period.'))}</p>")
    for line in wording.definitions(format_date(report.as_of)):
        parts.append(f"<p><small>{html.escape(line)}</small></p>")
    document.setHtml("".join(parts))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def pdf_bytes(document: QTextDocument, title: str) -> bytes:
    """``document`` on A4 pages, as PDF bytes made entirely in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds its own margins (and page numbers) inside the page.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setCreator("SafeSpace")
    writer.setTitle(title)
    document.print_(writer)
    del writer  # finishes the PDF
    data = bytes(buffer.data().data())
    buffer.close()
    return data
