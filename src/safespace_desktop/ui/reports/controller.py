"""Decides what the reports page does: reads the report in a query operation, moves
between periods, follows changes, and saves or prints the report.

Anonymous feedback (kiosk ratings and evaluations) reaches the report through
``feedback_source``: until the feedback service is merged it returns None and the
report uses the run-mode check-out ratings alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.reports.period import Period
from safespace_desktop.core.reports.report import PeriodReport
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.files import ExportFailed, write_file_atomically
from safespace_desktop.services.reports import FeedbackSource, KioskFeedback, ReportService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.printing.documents import print_document, printer_note
from safespace_desktop.ui.reports import export, wording
from safespace_desktop.ui.reports.export_dialog import ReportExportDialog
from safespace_desktop.ui.reports.view import ReportsView
from safespace_desktop.ui.reports.wording import tr
from safespace_desktop.ui.runtime.file_locations import suggested_path
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

#: What a report counts: it is made again when any of these change.
FOLLOWED = [
    RecordKind.MEETING,
    RecordKind.ATTENDANCE,
    RecordKind.MEETING_RECORD,  # the run-mode outcome (ratings, safety pauses)
    RecordKind.MEMBER,
    RecordKind.CONSENT,
    RecordKind.FOLLOW_UP,
]


def feedback_source(vault: Vault) -> FeedbackSource:
    """The anonymous feedback the report adds: the kiosk's ratings and evaluations."""
    return KioskFeedback(vault)


class ReportsController(QObject):
    def __init__(self, context: SessionContext, view: ReportsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = ReportService(context.vault, feedback_source(context.vault))
        self.period = Period.quarter_of(self.today())
        self.report: PeriodReport | None = None
        self.export_dialog: ReportExportDialog | None = None
        view.show_texts(wording.privacy_line(), printer_note())
        view.previous_button.clicked.connect(lambda: self.show_period(self.period.previous()))
        view.next_button.clicked.connect(lambda: self.show_period(self.period.next()))
        view.quarter_button.clicked.connect(
            lambda: self.show_period(Period.quarter_of(self.today()))
        )
        view.range_button.clicked.connect(self.show_range)
        view.pdf_button.clicked.connect(lambda: self.save(pdf=True))
        view.csv_button.clicked.connect(lambda: self.save(pdf=False))
        view.print_button.clicked.connect(self.print_report)
        context.changes.follow(view, FOLLOWED, lambda _changes: self.load())
        self.show_period(self.period)

    def today(self) -> date:
        return today_from(self.context.vault.clock.now())

    # ------------------------------------------------------------------ reading
    def show_period(self, period: Period) -> None:
        self.period = period
        self.view.show_period(
            wording.period_text(period), wording.period_kind(period), period.start, period.end
        )
        self.load()

    def show_range(self) -> None:
        start, end = self.view.chosen_range()
        self.show_period(Period.between(start, end))

    def load(self) -> None:
        service, period = self.service, self.period
        # The first read waits for the page's first paint: run alongside the page's
        # first layout, it would fight the GUI thread for the interpreter lock.
        self.context.ops.query(self.view, lambda _ctx: service.report(period)).on_success(
            self._show
        ).on_failure(self._failed).with_busy(self.view.set_busy).after_first_paint(self.view).run()

    def _show(self, report: PeriodReport) -> None:
        if report.period != self.period:
            return  # an older read finished after the person moved on
        self.report = report
        view = self.view
        view.say("")
        view.show_figures(export.figure_rows(report))
        view.show_series(
            view.attendance_chart,
            view.attendance_table,
            view.attendance_model,
            export.attendance_points(report),
            export.series_rows(list(report.attendance), decimals=0),
        )
        view.show_series(
            view.ratings_chart,
            view.ratings_table,
            view.ratings_model,
            export.rating_points(report),
            export.series_rows(list(report.ratings), decimals=1),
        )
        view.show_evaluations(export.evaluation_rows(report))
        view.show_definitions(wording.definitions(format_date(report.as_of)))

    # ------------------------------------------------------------------ exports
    def save(self, *, pdf: bool) -> None:
        report = self.report
        if report is None:
            return
        dialog = ReportExportDialog(pdf=pdf, parent=self.view)
        dialog.accepted.connect(lambda: self._save_to_file(report, pdf=pdf))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def _save_to_file(self, report: PeriodReport, *, pdf: bool) -> None:
        view = self.view
        suffix = ".pdf" if pdf else ".csv"
        name = fill(tr("group-report-%1"), report.period.start.isoformat()) + suffix
        chosen, _filter = QFileDialog.getSaveFileName(
            view,
            wording.export_heading(pdf),
            suggested_path(name),
            tr("PDF files (*.pdf)") if pdf else tr("CSV files (*.csv)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        if pdf:
            title = wording.report_title(report.period)
            data = export.pdf_bytes(export.report_document(report, view.font()), title)
        else:
            # A byte-order mark lets spreadsheet programs read the words correctly.
            data = export.csv_text(report).encode("utf-8-sig")

        def saved(_result: None) -> None:
            view.say(
                fill(tr("Saved the report to “%1”. Remember: it is not encrypted."), target.name)
            )

        self.context.ops.query(view, lambda _ctx: write_file_atomically(target, data)).on_success(
            saved
        ).on_failure(self._save_failed).run()

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportFailed):
            self.view.say(
                tr(
                    "The file could not be saved there, so nothing was written. Please check "
                    "that the folder or USB stick is still there and has space, then try again."
                )
            )
        else:
            self._failed(exc)

    def print_report(self) -> None:
        report = self.report
        if report is None:
            return
        if print_document(export.report_document(report, self.view.font()), self.view):
            self.view.say(tr("Sent to the printer. Collect the pages straight away."))

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
