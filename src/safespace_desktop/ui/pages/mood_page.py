"""Mood over time: the unlocked person's own average mood per week or per month.

The numbers come from ``JournalService.mood_series`` (own entries only; nothing is
sent or shared). The chart shows a window of recent periods with Earlier / Later to
move back in time; the same window is always available in words (the summary under
the chart and the chart's accessible description) and as a plain table.

The page reads afresh each time it is shown, so entries written on the journal page
since the last visit are included.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont, QPalette, QShowEvent
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

from safespace_desktop.core.errors import SafeSpaceError
from safespace_desktop.core.journal import Period
from safespace_desktop.core.model import MoodPoint
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.mood_chart import (
    MoodChart,
    MoodTable,
    period_range,
    scale_in_words,
    summary_text,
)
from safespace_desktop.ui.widgets.page_layout import PAGE_WIDTH_CHARS, chain_tab_order

#: How many periods the chart shows at once (about half a year, or two years).
WINDOW = {"week": 26, "month": 24}
#: The chart is wider than a text column, but still readable in one glance.
CHART_WIDTH_CHARS = 130


class MoodPage(QWidget):
    """``MoodPage(context)``: the mood chart, by week or month, with a table alternative."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.journal = context.journal
        self.by: Period = "week"
        self.series: list[MoodPoint] = []
        self.all_periods: list[date] = []
        self.window_end = 0  # index just after the last period shown
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
            self.tr(
                "When you write in your journal, you can choose how you feel, from 1 to 5 "
                "(%1). Once you have, this page shows how your weeks and months have been. "
                "There's no right or wrong here, and no need to choose a mood every time."
            ).replace("%1", scale_in_words())
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
        self.week_radio.toggled.connect(self._on_period_changed)
        self.earlier_button.clicked.connect(self.show_earlier)
        self.later_button.clicked.connect(self.show_later)
        self.table_toggle.toggled.connect(self._on_table_toggled)

    def nav_title(self) -> str:
        return self.tr("Mood over time")

    # -- loading ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        """Read the moods again (the journal page may have added entries since)."""
        # Another page's service may have written entries: decrypt afresh.
        self.journal.forget()
        self._load(keep_window=False)

    def _load(self, *, keep_window: bool) -> None:
        try:
            self.series = self.journal.mood_series(self.by)
        except SafeSpaceError as exc:
            self._show_message(describe(exc))
            self.series = []
        else:
            self._show_message("")
        if not self.series:
            self.all_periods = []
            self.window_end = 0
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.all_periods = period_range(
            self.series[0].period_start, self.series[-1].period_start, self.by
        )
        if not keep_window:
            self.window_end = len(self.all_periods)
        self._show_window()

    # -- the window ---------------------------------------------------------------------
    def window_periods(self) -> list[date]:
        start = max(0, self.window_end - WINDOW[self.by])
        return self.all_periods[start : self.window_end]

    def window_points(self) -> list[MoodPoint]:
        periods = self.window_periods()
        if not periods:
            return []
        return [p for p in self.series if periods[0] <= p.period_start <= periods[-1]]

    def _show_window(self) -> None:
        periods = self.window_periods()
        points = self.window_points()
        self.chart.set_data(points, periods, self.by)
        self.table.set_points(points, self.by)
        self.summary.setText(summary_text(points, periods, self.by, "\n"))
        self.earlier_button.setEnabled(self.window_end - WINDOW[self.by] > 0)
        self.later_button.setEnabled(self.window_end < len(self.all_periods))
        many = len(self.all_periods) > WINDOW[self.by]
        self.earlier_button.setVisible(many)
        self.later_button.setVisible(many)
        if self.by == "week":
            how = self.tr(
                "Each dot is the average of the moods you chose that week (%1). Where the "
                "line breaks, no mood was recorded."
            )
        else:
            how = self.tr(
                "Each dot is the average of the moods you chose that month (%1). Where the "
                "line breaks, no mood was recorded."
            )
        self.how_to_read.setText(how.replace("%1", scale_in_words()))

    def show_earlier(self) -> None:
        size = WINDOW[self.by]
        self.window_end = max(min(size, len(self.all_periods)), self.window_end - size)
        self._show_window()

    def show_later(self) -> None:
        self.window_end = min(len(self.all_periods), self.window_end + WINDOW[self.by])
        self._show_window()

    # -- controls -----------------------------------------------------------------------
    def _on_period_changed(self, _checked: bool) -> None:
        by: Period = "week" if self.week_radio.isChecked() else "month"
        if by != self.by:
            self.by = by
            self._load(keep_window=False)

    def _on_table_toggled(self, as_table: bool) -> None:
        self.view_stack.setCurrentWidget(self.table if as_table else self.chart)
        self.how_to_read.setVisible(not as_table)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
