"""W11 "Quarterly report" through the GUI (issue 13).

A group whose roster names, aliases, notes and follow-ups each carry a unique marker
holds a quarter with exactly two newcomers. The Reports page shows "fewer than 3" for
them; the tables beside the charts hold the charts' own numbers; the PDF (read back)
and the CSV are saved after the "not encrypted" warning, and neither holds any marker.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safespace_desktop.core.attendance import HeadCounts
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.reports.period import Period
from safespace_desktop.core.reports.report import PeriodReport
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.reports import reports_page
from safespace_desktop.ui.reports.export_dialog import ReportExportDialog
from safespace_desktop.ui.reports.view import ReportsView
from safespace_desktop.ui.session.context import SessionContext
from tests.gui.agreement_helpers import PrintCapture, open_dialog
from tests.gui.pdf_text import pdf_text
from tests.gui.roster_gui import session_context, settle, show
from tests.unit.report_helpers import Group, first_quarter
from tests.unit.security_helpers import encoded_forms

pytestmark = pytest.mark.gui

FEWER = "fewer than 3"
HIDDEN = "not shown"


def table_rows(table: QTableView) -> list[tuple[str, ...]]:
    model = table.model()
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def figures(page: ReportsView) -> dict[str, str]:
    return dict(table_rows(page.figures_table))  # type: ignore[arg-type]


def open_page(qtbot: QtBot, context: SessionContext) -> ReportsView:
    page = reports_page(context)
    show(qtbot, page, 1166, 700)
    settle(qtbot)
    return page


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def save_through_dialog(
    qtbot: QtBot, page: ReportsView, button: QAbstractButton, target: Path, monkeypatch
) -> None:
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    click(qtbot, button)
    dialog = open_dialog(qtbot, page, ReportExportDialog)
    assert dialog.warning.isVisible()
    assert "not encrypted" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert not dialog.save_button.isEnabled()  # the warning must be acknowledged first
    dialog.understand_check.setFocus()
    qtbot.keyClick(dialog.understand_check, Qt.Key.Key_Space)
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    settle(qtbot)
    assert asked and Path(asked[0]).name.startswith("group-report-")
    assert "not encrypted" in page.message.text()


def assert_no_marker(group: Group, data: bytes, text: str) -> None:
    for marker in group.markers:
        assert marker.casefold() not in text.casefold(), marker
        for form in encoded_forms(marker):
            assert form not in data, marker


def test_w11_quarterly_report_without_names(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = first_quarter(vault, newcomers=2)
    with session_context(vault) as context:
        page = open_page(qtbot, context)
        assert page.period_label.text() == "January to March 2027"
        shown = figures(page)
        assert shown["Newcomers"] == FEWER  # exactly two newcomers this quarter
        assert shown["Meetings held"] == "4"
        assert shown["Average attendance (mean)"] == "3.8"  # 6, 3, 2, 4
        assert shown["Safety pauses used"] == FEWER
        assert shown["Follow-ups opened"] == "4" and shown["…of them done"] == HIDDEN

        # the tables hold the charts' numbers; a hidden point is not drawn as a value
        attendance = table_rows(page.attendance_table)
        drawn = page.attendance_chart.points
        assert [text for _day, text in attendance] == ["6", HIDDEN, FEWER, "4"]
        assert [p.text for p in drawn] == [text for _day, text in attendance]
        assert [p.value for p in drawn] == [6, None, None, 4]
        ratings = table_rows(page.ratings_table)
        assert [p.text for p in page.ratings_chart.points] == [t for _d, t in ratings]
        assert [t for _d, t in ratings] == [FEWER, "4.0"]
        assert [p.value for p in page.ratings_chart.points] == [None, 4.0]
        assert "fewer than 3" in page.attendance_chart.accessibleDescription()

        # every control is named and reachable with Tab
        controls = (QAbstractButton, QDateEdit, QTableView)
        for widget in page.findChildren(QWidget):
            tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if widget.isVisibleTo(page) and tabbable and isinstance(widget, controls):
                assert widget.accessibleName().strip(), widget
        assert page.attendance_chart.focusPolicy() & Qt.FocusPolicy.TabFocus

        pdf = tmp_path / "out" / "report.pdf"
        pdf.parent.mkdir()
        save_through_dialog(qtbot, page, page.pdf_button, pdf, monkeypatch)
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        text = " ".join(pdf_text(pdf).split())
        assert "Group report, January to March 2027" in text
        assert "Newcomers fewer than 3" in text
        assert "8 Jan 2027 fewer than 3" in text and "5 Jan 2027 not shown" in text
        assert_no_marker(group, data, text)
        assert [p.name for p in pdf.parent.iterdir()] == ["report.pdf"]  # no temp left

        saved_csv = tmp_path / "out" / "report"  # the suffix is added
        save_through_dialog(
            qtbot, page, page.csv_button, saved_csv.with_suffix(".csv"), monkeypatch
        )
        raw = saved_csv.with_suffix(".csv").read_bytes()
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert ["At a glance", "Newcomers", "", FEWER] in rows
        csv_attendance = [r[3] for r in rows if r[0] == "Attendance over time"]
        assert csv_attendance == ["6", HIDDEN, FEWER, "4"]
        assert_no_marker(group, raw, raw.decode("utf-8-sig"))


def test_moving_between_periods_and_following_changes(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = first_quarter(vault)
    with session_context(vault) as context:
        page = open_page(qtbot, context)
        assert figures(page)["Newcomers"] == "5"
        page.previous_button.setFocus()
        qtbot.keyClick(page.previous_button, Qt.Key.Key_Space)
        settle(qtbot)
        assert page.period_label.text() == "October to December 2026"
        assert figures(page)["Meetings held"] == "1"
        assert table_rows(page.attendance_table)[0][1] == FEWER
        click(qtbot, page.quarter_button)
        assert page.period_label.text() == "January to March 2027"

        # chosen dates: 1 to 6 January holds two meetings
        page.from_edit.setDate(page.from_edit.date().addDays(0))
        page.to_edit.setDate(page.from_edit.date().addDays(5))
        click(qtbot, page.range_button)
        assert page.period_kind.text() == "Chosen dates"
        assert figures(page)["Meetings held"] == "2"

        click(qtbot, page.quarter_button)
        capture = PrintCapture(monkeypatch, tmp_path / "printed.pdf")
        click(qtbot, page.print_button)
        assert capture.dialogs == 1 and "Group report" in capture.printed_texts[0]
        assert "may keep a copy" in page.printer_note.text()
        assert "may keep a copy" in page.print_button.accessibleDescription()

        # a change saved elsewhere (five more people counted on 8 Jan) refreshes the page
        assert table_rows(page.attendance_table)[2][1] == FEWER
        AttendanceService(vault).set_counts(group.meetings["jan8"], HeadCounts(present=5))
        context.changes.publish(ChangeSet.kinds(RecordKind.ATTENDANCE))
        settle(qtbot)
        assert table_rows(page.attendance_table)[2][1] == "7"


def test_every_number_column_fits_its_text(qtbot: QtBot, vault: Vault) -> None:
    """Only the columns after the first are measured (the first stretches): each is
    still as wide as its widest cell or heading, so no number is cut."""
    first_quarter(vault, newcomers=2)
    with session_context(vault) as context:
        page = open_page(qtbot, context)
        tables = (page.figures_table, page.attendance_table, page.ratings_table)
        for table in tables:
            assert table.model().rowCount() > 0  # control: the report has arrived
            header = table.horizontalHeader()
            assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Stretch
            for column in range(1, table.model().columnCount()):
                wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
                assert header.sectionSize(column) >= wanted, (table.objectName(), column)


def test_the_first_read_waits_for_the_pages_first_paint(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading while the new page is laid out and painted would fight the GUI thread
    for the interpreter lock (issue 15), so the report is read once the page is shown."""
    from safespace_desktop.services.reports import ReportService

    first_quarter(vault)
    asked: list[object] = []
    real = ReportService.report

    def report(service: ReportService, period: Period) -> PeriodReport:
        asked.append(period)
        return real(service, period)

    monkeypatch.setattr(ReportService, "report", report)
    with session_context(vault) as context:
        page = reports_page(context)
        qtbot.addWidget(page)
        qtbot.wait(20)
        assert asked == []  # held until the page has been painted
        show(qtbot, page, 1166, 700)
        settle(qtbot)
        assert len(asked) == 1
        assert figures(page)["Meetings held"] == "4"
