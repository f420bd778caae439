"""Decides what "Mood over time" shows: the person's own average mood per week or month.

The numbers come from ``JournalService.mood_series`` (own entries only; nothing is
sent or shared), read in a query operation off the GUI thread. The chart shows a
window of recent periods with Earlier / Later to move back in time; the same window
is always available in words and as a plain table. The page follows journal entries
on the change bus: an entry written or imported while it was hidden is on the chart
when it is next shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.journal import Period
from safespace_desktop.core.model import MoodPoint
from safespace_desktop.ui.mood.chart import period_range
from safespace_desktop.ui.mood.view import MoodView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

#: How many periods the chart shows at once (about half a year, or two years).
WINDOW: dict[Period, int] = {"week": 26, "month": 24}


class MoodController(QObject):
    def __init__(self, context: SessionContext, view: MoodView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.journal = context.journal
        self.by: Period = "week"
        self.series: list[MoodPoint] = []
        self.all_periods: list[date] = []
        self.window_end = 0  # index just after the last period shown
        view.week_radio.toggled.connect(self._period_changed)
        view.earlier_button.clicked.connect(self.show_earlier)
        view.later_button.clicked.connect(self.show_later)
        context.changes.follow(view, [RecordKind.JOURNAL_ENTRY], self._on_changes)
        self.load()

    def load(self) -> None:
        journal, by = self.journal, self.by
        self.context.ops.query(self.view, lambda _ctx: journal.mood_series(by)).on_success(
            lambda series: self._show(by, series)
        ).on_failure(self._failed).with_busy(self.view.set_busy).after_first_paint(self.view).run()

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.load()

    def _show(self, by: Period, series: list[MoodPoint]) -> None:
        if by != self.by:
            return  # the person switched between week and month meanwhile
        self.view.say("")
        self.series = series
        if not series:
            self.all_periods = []
            self.window_end = 0
            self.view.show_empty()
            return
        self.all_periods = period_range(series[0].period_start, series[-1].period_start, by)
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
        size = WINDOW[self.by]
        self.view.show_window(
            self.window_points(),
            self.window_periods(),
            self.by,
            earlier=self.window_end - size > 0,
            later=self.window_end < len(self.all_periods),
            moving=len(self.all_periods) > size,
        )

    def show_earlier(self) -> None:
        size = WINDOW[self.by]
        self.window_end = max(min(size, len(self.all_periods)), self.window_end - size)
        self._show_window()

    def show_later(self) -> None:
        self.window_end = min(len(self.all_periods), self.window_end + WINDOW[self.by])
        self._show_window()

    def _period_changed(self, _checked: bool) -> None:
        by = self.view.period()
        if by != self.by:
            self.by = by
            self.load()

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
