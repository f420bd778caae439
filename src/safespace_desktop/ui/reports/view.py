"""The reports page's layout: the period, the figures, two charts each with its table,
the evaluations, and the exports. It lays out and shows; the controller decides."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.reports.charts import ChartPoint, ReportChart, chart_summary
from safespace_desktop.ui.reports.model import TextTableModel
from safespace_desktop.ui.widgets.flow_row import flow_row
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.wording.dates import from_qdate, to_qdate

PAGE_WIDTH_EM = 62
# Below this width (in lines of text) tables stack under their notes and charts.
SIDE_BY_SIDE_EM = 40


def _button(text: str, name: str, object_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setObjectName(object_name)
    return button


def _table(model: TextTableModel, name: str, object_name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setObjectName(object_name)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _section_heading(text: str) -> QLabel:
    return heading_label(text, 1.15, weight=QFont.Weight.DemiBold)


class ReportsView(QWidget):
    """Facilitators' name-free report for a quarter or chosen dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.controller: QObject | None = None  # set by the package's page factory
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Reports"), 1.6, weight=QFont.Weight.DemiBold)
        self.privacy = paragraph_label()
        self.privacy.setAccessibleName(self.tr("About these numbers"))

        # -- the period ----------------------------------------------------------------
        self.previous_button = _button(
            self.tr("◀ &Previous"), self.tr("Previous period"), "previousPeriod"
        )
        self.next_button = _button(self.tr("&Next ▶"), self.tr("Next period"), "nextPeriod")
        self.quarter_button = _button(
            self.tr("This &quarter"), self.tr("This quarter"), "thisQuarter"
        )
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.period_label.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
        self.period_label.setAccessibleName(self.tr("Period shown"))
        self.period_kind = QLabel()
        self.period_kind.setAccessibleName(self.tr("Kind of period"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, name in (
            (self.from_edit, self.tr("First day")),
            (self.to_edit, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.from_edit.setObjectName("fromDate")
        self.to_edit.setObjectName("toDate")
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.to_edit)
        self.range_button = _button(
            self.tr("Show &dates"), self.tr("Show these dates"), "showRange"
        )

        period_column = QVBoxLayout()
        period_column.setContentsMargins(0, 0, 0, 0)
        period_column.setSpacing(0)
        period_column.addWidget(self.period_label)
        period_column.addWidget(self.period_kind)
        period_box = QWidget()
        period_box.setLayout(period_column)
        # Rows that wrap rather than widen the page (200 % zoom, a longer language).
        period_row = flow_row(
            self.previous_button, period_box, self.next_button, self.quarter_button
        )
        period_row.setSpacing(em // 2)
        for button in (self.previous_button, self.next_button, self.quarter_button):
            period_row.setAlignment(button, Qt.AlignmentFlag.AlignVCenter)
        # The chosen dates on a row of their own, so a long period name is never cut.
        range_widgets = (from_label, self.from_edit, to_label, self.to_edit, self.range_button)
        range_row = flow_row(*range_widgets)
        range_row.setSpacing(em // 2)
        for widget in range_widgets:
            range_row.setAlignment(widget, Qt.AlignmentFlag.AlignVCenter)
        period_rows = QVBoxLayout()
        period_rows.addLayout(period_row)
        period_rows.addLayout(range_row)
        period_frame = QFrame()
        period_frame.setFrameShape(QFrame.Shape.StyledPanel)
        period_frame.setLayout(period_rows)

        # -- figures, charts, tables --------------------------------------------------
        self.figures_model = TextTableModel([self.tr("Figure"), self.tr("Number")], self)
        self.figures_table = _table(self.figures_model, self.tr("Figures"), "figuresTable")
        self.attendance_chart = ReportChart(
            self.tr("Attendance over time"), bars=True, empty_text=self.tr("No meetings held")
        )
        self.attendance_chart.setObjectName("attendanceChart")
        self.attendance_model = TextTableModel([self.tr("Meeting"), self.tr("People")], self)
        self.attendance_table = _table(
            self.attendance_model, self.tr("Attendance table"), "attendanceTable"
        )
        self.ratings_chart = ReportChart(
            self.tr("Ratings over time"),
            bars=False,
            empty_text=self.tr("No ratings given"),
            fixed_range=(1.0, 5.0),
        )
        self.ratings_chart.setObjectName("ratingsChart")
        self.ratings_model = TextTableModel([self.tr("Meeting"), self.tr("Average rating")], self)
        self.ratings_table = _table(self.ratings_model, self.tr("Ratings table"), "ratingsTable")
        self.evaluations_model = TextTableModel(
            [self.tr("Question"), self.tr("Answer"), self.tr("People")], self
        )
        self.evaluations_table = _table(
            self.evaluations_model, self.tr("Evaluations"), "evaluationsTable"
        )
        self.no_evaluations = paragraph_label(self.tr("No evaluations in this period."))
        self.definitions = paragraph_label()
        self.definitions.setAccessibleName(self.tr("How the numbers are counted"))

        # -- exports ------------------------------------------------------------------
        self.pdf_button = _button(self.tr("Save as P&DF…"), self.tr("Save as PDF"), "savePdf")
        self.csv_button = _button(self.tr("Save as &CSV…"), self.tr("Save as CSV"), "saveCsv")
        self.print_button = _button(self.tr("P&rint…"), self.tr("Print"), "printReport")
        self.printer_note = paragraph_label()
        self.printer_note.setAccessibleName(self.tr("About printing"))
        self.message = paragraph_label()
        self.message.setObjectName("reportsMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em * 2 // 3)
        column.addWidget(title)
        column.addWidget(self.privacy)
        column.addWidget(period_frame)
        column.addWidget(self.message)
        column.addWidget(_section_heading(self.tr("At a glance")))
        glance = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        glance.setSpacing(em)
        glance.addWidget(self.figures_table, 3)
        notes = QVBoxLayout()
        notes.setSpacing(em // 3)
        notes.addWidget(heading_label(self.tr("How the numbers are counted"), 1.0))
        notes.addWidget(self.definitions)
        notes.addStretch(1)
        glance.addLayout(notes, 2)
        self._side_by_side = [glance]
        column.addLayout(glance)
        for heading, chart, table in (
            (self.tr("Attendance over time"), self.attendance_chart, self.attendance_table),
            (self.tr("Ratings over time"), self.ratings_chart, self.ratings_table),
        ):
            column.addWidget(_section_heading(heading))
            pair = QBoxLayout(QBoxLayout.Direction.LeftToRight)
            self._side_by_side.append(pair)
            pair.setSpacing(em)
            pair.addWidget(chart, 3)
            pair.addWidget(table, 2, Qt.AlignmentFlag.AlignTop)
            column.addLayout(pair)
        column.addWidget(_section_heading(self.tr("Evaluations")))
        column.addWidget(self.evaluations_table)
        column.addWidget(self.no_evaluations)
        exports = QHBoxLayout()
        exports.setSpacing(em // 2)
        for button in (self.pdf_button, self.csv_button, self.print_button):
            exports.addWidget(button)
        exports.addStretch(1)
        column.addLayout(exports)
        column.addWidget(self.printer_note)
        column.addStretch(1)

        content = QWidget()
        content.setMaximumWidth(em * PAGE_WIDTH_EM)
        content.setLayout(column)
        content.installEventFilter(self)
        self._content = content
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
        row.addWidget(content, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        chain_tab_order(
            [
                self.previous_button,
                self.next_button,
                self.quarter_button,
                self.from_edit,
                self.to_edit,
                self.range_button,
                self.figures_table,
                self.attendance_chart,
                self.attendance_table,
                self.ratings_chart,
                self.ratings_table,
                self.evaluations_table,
                self.pdf_button,
                self.csv_button,
                self.print_button,
            ]
        )

    # ------------------------------------------------------------------ shown by the controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._content and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
        ):
            self._fit_side_by_side()
        return super().eventFilter(watched, event)

    def _fit_side_by_side(self) -> None:
        """Tables beside their notes and charts when the column is wide enough; one
        above the other when it is not (200 % zoom), so figures are not cut short."""
        em = self._content.fontMetrics().height()
        wide = self._content.width() >= em * SIDE_BY_SIDE_EM
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        for row in self._side_by_side:
            if row.direction() != direction:
                row.setDirection(direction)

    def show_texts(self, privacy: str, printer_note: str) -> None:
        self.privacy.setText(privacy)
        self.printer_note.setText(printer_note)
        self.print_button.setAccessibleDescription(printer_note)

    def show_period(self, text: str, kind: str, start: date, end: date) -> None:
        self.period_label.setText(text)
        self.period_kind.setText(kind)
        self.from_edit.setDate(to_qdate(start))
        self.to_edit.setDate(to_qdate(end))

    def chosen_range(self) -> tuple[date, date]:
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def show_figures(self, rows: Sequence[tuple[str, str]]) -> None:
        self.figures_model.set_rows(rows)
        self._fit(self.figures_table)

    def show_series(
        self,
        chart: ReportChart,
        table: QTableView,
        model: TextTableModel,
        points: Sequence[ChartPoint],
        rows: Sequence[tuple[str, str]],
    ) -> None:
        chart.set_points(points, chart_summary(chart.accessibleName(), points))
        model.set_rows(rows)
        self._fit(table, max_rows=10)

    def show_evaluations(self, rows: Sequence[tuple[str, str, str]]) -> None:
        self.evaluations_model.set_rows(rows)
        self.evaluations_table.setVisible(bool(rows))
        self.no_evaluations.setVisible(not rows)
        self._fit(self.evaluations_table)

    def show_definitions(self, lines: Sequence[str]) -> None:
        self.definitions.setText("\n\n".join(lines))

    def set_busy(self, busy: bool) -> None:
        for button in (self.pdf_button, self.csv_button, self.print_button, self.range_button):
            button.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @staticmethod
    def _fit(table: QTableView, max_rows: int = 0) -> None:
        """As tall as its rows (up to ``max_rows``, then it scrolls)."""
        # The first column stretches over what the others leave, so only the others
        # are measured (measuring asks the model for every cell, on the GUI thread).
        for column in range(1, table.model().columnCount()):
            table.resizeColumnToContents(column)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = table.model().rowCount()
        shown = min(rows, max_rows) if max_rows else rows
        row_height = table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().sizeHint().height() + row_height * max(shown, 1) + 4
        table.setFixedHeight(height)
        table.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if max_rows and rows > max_rows
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
