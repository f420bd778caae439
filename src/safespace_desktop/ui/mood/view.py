"""The layout of "Mood over time": controls, the chart or its table, and the words.

It lays out and shows what the controller hands it; the controller decides which
periods are shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.journal import Period
from safespace_desktop.core.model import MoodPoint
from safespace_desktop.ui.mood.chart import MoodChart, MoodTable, scale_in_words, summary_text
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import PAGE_WIDTH_CHARS, chain_tab_order
from safespace_desktop.ui.wording.placeholders import fill

#: The chart is wider than a text column, but still readable in one glance.
CHART_WIDTH_CHARS = 130


class MoodView(QWidget):
    """The mood chart, by week or month, with a table alternative."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodPage")
        self.controller: QObject | None = None  # set by the package's page factory
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Mood over time"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "How your days have felt, from the moods you chose in your own journal "
                "entries. It is drawn only from what you wrote, and only you can see it."
            )
        )
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        # Controls ------------------------------------------------------------------------
        self.week_radio = QRadioButton(self.tr("By &week"))
        self.month_radio = QRadioButton(self.tr("By &month"))
        self.week_radio.setChecked(True)
        self.period_group = QButtonGroup(self)
        self.period_group.addButton(self.week_radio)
        self.period_group.addButton(self.month_radio)
        self.earlier_button = QPushButton(self.tr("◀ &Earlier"))
        self.earlier_button.setAccessibleName(self.tr("Show earlier"))
        self.later_button = QPushButton(self.tr("&Later ▶"))
        self.later_button.setAccessibleName(self.tr("Show later"))
        self.table_toggle = QCheckBox(self.tr("Show as a &table"))
        self.table_toggle.setToolTip(self.tr("Show the same numbers as a table instead of a chart"))
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(em // 2)
        controls.addWidget(self.week_radio)
        controls.addWidget(self.month_radio)
        controls.addSpacing(em)
        controls.addWidget(self.earlier_button)
        controls.addWidget(self.later_button)
        controls.addStretch(1)
        controls.addWidget(self.table_toggle)
        self.controls = QWidget()
        self.controls.setLayout(controls)

        # Chart and table -----------------------------------------------------------------
        self.chart = MoodChart()
        self.table = MoodTable()
        self.view_stack = QStackedWidget()
        self.view_stack.addWidget(self.chart)
        self.view_stack.addWidget(self.table)
        self.summary = paragraph_label()
        self.summary.setAccessibleName(self.tr("Summary of the chart"))
        self.how_to_read = paragraph_label()
        self.how_to_read.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.setSpacing(em * 2 // 3)
        shown_layout.addWidget(self.controls)
        shown_layout.addWidget(self.view_stack, 1)
        shown_layout.addWidget(self.summary)
        shown_layout.addWidget(self.how_to_read)

        # Nothing yet ---------------------------------------------------------------------
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, em // 2, 0, 0)
        empty_layout.setSpacing(em * 2 // 3)
        self.empty_heading = heading_label(self.tr("No moods recorded yet"), 1.2)
        self.empty_text = paragraph_label(
            fill(
                self.tr(
                    "When you write in your journal, you can choose how you feel, from 1 to 5 "
                    "(%1). Once you have, this page shows how your weeks and months have been. "
                    "There's no right or wrong here, and no need to choose a mood every time."
                ),
                scale_in_words(),
            )
        )
        empty_layout.addWidget(self.empty_heading)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(1)

        reading_width = self.fontMetrics().averageCharWidth() * PAGE_WIDTH_CHARS
        empty.setMaximumWidth(reading_width)
        intro.setMaximumWidth(reading_width)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(shown)

        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * CHART_WIDTH_CHARS)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(em * 2 // 3)
        column_layout.addWidget(title)
        column_layout.addWidget(intro)
        column_layout.addWidget(self.message)
        column_layout.addWidget(self.stack, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(em * 2, em * 3 // 2, em * 2, em * 3 // 2)
        outer.addWidget(column, 1)
        outer.addStretch(0)

        chain_tab_order(
            [
                self.week_radio,
                self.month_radio,
                self.earlier_button,
                self.later_button,
                self.table_toggle,
                self.chart,
                self.table,
            ]
        )
        self.table_toggle.toggled.connect(self._on_table_toggled)
        self.loading = paragraph_label(self.tr("Reading your moods…"))
        self.loading.setAccessibleName(self.tr("Loading"))
        self.loading.setVisible(False)
        column_layout.insertWidget(3, self.loading)

    def nav_title(self) -> str:
        return self.tr("Mood over time")

    # -- showing ------------------------------------------------------------------------
    def period(self) -> Period:
        return "week" if self.week_radio.isChecked() else "month"

    def show_empty(self) -> None:
        self.stack.setCurrentIndex(0)

    def show_window(
        self,
        points: list[MoodPoint],
        periods: list[date],
        by: Period,
        *,
        earlier: bool,
        later: bool,
        moving: bool,
    ) -> None:
        """Draw ``points`` over ``periods``; Earlier / Later shown when ``moving``."""
        self.stack.setCurrentIndex(1)
        self.chart.set_data(points, periods, by)
        self.table.set_points(points, by)
        self.summary.setText(summary_text(points, periods, by, "\n"))
        self.earlier_button.setEnabled(earlier)
        self.later_button.setEnabled(later)
        self.earlier_button.setVisible(moving)
        self.later_button.setVisible(moving)
        if by == "week":
            how = self.tr(
                "Each dot is the average of the moods you chose that week (%1). Where the "
                "line breaks, no mood was recorded."
            )
        else:
            how = self.tr(
                "Each dot is the average of the moods you chose that month (%1). Where the "
                "line breaks, no mood was recorded."
            )
        self.how_to_read.setText(fill(how, scale_in_words()))

    def set_busy(self, busy: bool) -> None:
        """A calm note while the moods are read; the controls wait."""
        self.loading.setVisible(busy)
        self.controls.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_table_toggled(self, as_table: bool) -> None:
        self.view_stack.setCurrentWidget(self.table if as_table else self.chart)
        self.how_to_read.setVisible(not as_table)
