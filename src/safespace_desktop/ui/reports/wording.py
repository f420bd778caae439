"""What the reports page, its PDF and its CSV say (all through tr())."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from safespace_desktop.core.reports.period import Period
from safespace_desktop.core.reports.report import AVERAGES, Figure
from safespace_desktop.core.reports.suppression import Cell, Shown
from safespace_desktop.ui.wording.dates import format_date, to_qdate
from safespace_desktop.ui.wording.placeholders import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def figure_label(figure: Figure) -> str:
    labels = {
        Figure.MEETINGS_HELD: tr("Meetings held"),
        Figure.MEAN_ATTENDANCE: tr("Average attendance (mean)"),
        Figure.MEDIAN_ATTENDANCE: tr("Typical attendance (median)"),
        Figure.NEWCOMERS: tr("Newcomers"),
        Figure.NEWCOMERS_TRACKED: tr("Newcomers who keep their attendance history"),
        Figure.NEWCOMERS_THIRD: tr("…of them came back for a 3rd meeting"),
        Figure.NEWCOMERS_FOURTH: tr("…of them came back for a 4th meeting"),
        Figure.AVERAGE_RATING: tr("Average meeting rating (1 to 5)"),
        Figure.RATINGS_COUNTED: tr("Ratings counted in that average"),
        Figure.SAFETY_PAUSES: tr("Safety pauses used"),
        Figure.FOLLOW_UPS_OPENED: tr("Follow-ups opened"),
        Figure.FOLLOW_UPS_DONE: tr("…of them done"),
        Figure.EVALUATIONS: tr("Evaluations received"),
    }
    return labels[figure]


def fewer_than_three() -> str:
    return tr("fewer than 3")


def not_shown() -> str:
    return tr("not shown")


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def cell_text(cell: Cell, *, decimals: int = 0, ratings: bool = False) -> str:
    """A figure as the page, the PDF and the CSV write it."""
    if cell.shown is Shown.FEWER:
        return tr("fewer than 3 ratings") if ratings else fewer_than_three()
    if cell.shown is Shown.WITHHELD:
        return not_shown()
    if cell.value is None:
        return tr("none")
    return number(cell.value, decimals)


def figure_text(figure: Figure, cell: Cell) -> str:
    rating = figure is Figure.AVERAGE_RATING
    return cell_text(cell, decimals=1 if figure in AVERAGES else 0, ratings=rating)


def period_text(period: Period) -> str:
    """ "January to March 2027" for a quarter, "1 Feb 2027 to 10 Feb 2027" otherwise."""
    if period.is_quarter:
        locale = QLocale()
        return fill(
            tr("%1 to %2 %3"),
            locale.toString(to_qdate(period.start), "MMMM"),
            locale.toString(to_qdate(period.end), "MMMM"),
            period.start.year,
        )
    return fill(tr("%1 to %2"), format_date(period.start), format_date(period.end))


def period_kind(period: Period) -> str:
    if period.is_quarter:
        return fill(tr("Quarter %1 of %2"), period.quarter, period.start.year)
    return tr("Chosen dates")


def report_title(period: Period) -> str:
    return fill(tr("Group report, %1"), period_text(period))


def privacy_line() -> str:
    return tr(
        "Numbers only: no names, aliases or notes. Any count below 3 reads “fewer than 3”, "
        "and a few other numbers read “not shown” so that nobody can work a small count "
        "out from the rest."
    )


def definitions(as_of_text: str) -> list[str]:
    return [
        tr(
            "A meeting counts as held when attendance was recorded for it or it was run "
            "with the meeting console. Attendance is everyone in the room: present, late "
            "and newcomers."
        ),
        tr(
            "Newcomers joined the group in this period. Whether they came back is known "
            "only for those who agreed to keep their attendance history."
        )
        + " "
        + fill(tr("Meetings are counted up to %1."), as_of_text),
        tr(
            "The average rating uses only meetings with at least 3 ratings, so a meeting "
            "with fewer can't be worked out from it."
        ),
    ]


def attendance_chart_name() -> str:
    return tr("Attendance over time")


def ratings_chart_name() -> str:
    return tr("Ratings over time")


def column_meeting() -> str:
    return tr("Meeting")


def column_people() -> str:
    return tr("People")


def column_rating() -> str:
    return tr("Average rating")


def short_date(day: date) -> str:
    """Under a chart's slot: "12 Jan"."""
    return QLocale().toString(to_qdate(day), "d MMM")


def export_heading(pdf: bool) -> str:
    return tr("Save the report as a PDF") if pdf else tr("Save the report as a CSV file")


def export_warning() -> str:
    return tr(
        "This file is not encrypted. It holds only the numbers on this page, with no "
        "names, but anyone who can open it learns about your group's meetings. Save it "
        "only where it needs to go, and delete it when you are done."
    )
