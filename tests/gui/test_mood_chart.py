"""Mood over time: the chart, its words and its table, driven like a person would.

- Empty state until a mood is chosen in an entry.
- The chart plots exactly ``mood_series`` (own entries only), breaks the line where a
  week has no mood, and says the same in words (summary and accessible description).
- "Show as a table" shows the same numbers; week and month both work; Earlier / Later
  move through a long journal.
- Colours come from the palette (a dark palette paints a dark chart).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.model import JournalEntryInput
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.mood import mood_page
from safespace_desktop.ui.mood.chart import period_column_text
from safespace_desktop.ui.mood.controller import WINDOW
from safespace_desktop.ui.mood.view import MoodView
from safespace_desktop.ui.session.context import SessionContext
from tests.unit.journal_helpers import add_member, facilitator, today

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
MakeContext = Callable[[], SessionContext]


def open_page(qtbot, context: SessionContext) -> MoodView:
    page = mood_page(context)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    wait_read(qtbot, page)
    return page


def wait_read(qtbot, page: MoodView) -> None:
    """The moods are read off the GUI thread: wait until they are shown."""
    qtbot.waitUntil(
        lambda: not page.loading.isVisible() and page.controls.isEnabled(), timeout=5000
    )


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def assert_buttons_named(widget: QWidget) -> None:
    for button in widget.findChildren(QAbstractButton):
        assert button.text().strip() or button.accessibleName().strip(), button


def test_empty_state_until_a_mood_is_chosen(qtbot, vault: Vault, make_context: MakeContext) -> None:
    add_member(vault, "sam")
    JournalService(vault).add(JournalEntryInput("No mood today, just words."))
    page = open_page(qtbot, make_context())
    assert page.stack.currentIndex() == 0
    assert page.empty_heading.isVisible()
    assert page.empty_heading.text() == "No moods recorded yet"
    assert not page.chart.isVisible()
    assert_buttons_named(page)


def test_chart_and_table_show_exactly_the_mood_series(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    this_week = monday(today(vault))
    # Weeks 0..7 back; week 3 back has no mood (a gap); two entries in week 1 back.
    moods = {0: [4], 1: [2, 3], 2: [1], 4: [5], 5: [3], 6: [2], 7: [4]}
    for weeks_back, values in moods.items():
        for offset, mood in enumerate(values):
            journal.add(
                JournalEntryInput(
                    f"Week {weeks_back}",
                    entry_date=this_week - timedelta(weeks=weeks_back) + timedelta(days=offset),
                    mood=mood,
                )
            )
    journal.add(
        JournalEntryInput("Entry without a mood", entry_date=this_week - timedelta(weeks=3))
    )
    expected = JournalService(vault).mood_series("week")

    page = open_page(qtbot, make_context())
    assert page.stack.currentIndex() == 1
    chart = page.chart
    assert chart.isVisible()
    assert chart.plotted_points() == expected
    assert len(chart.plotted_points()) == 7
    assert len(chart.periods) == 8  # one slot per week, the gap included
    # The line is broken at the week without a mood: 7 points but only 5 joins.
    gap = this_week - timedelta(weeks=3)
    assert gap in chart.periods and gap not in {p.period_start for p in expected}
    assert len(chart.line_segments()) == 5
    assert all(gap not in pair for pair in chart.line_segments())

    # The same in words, visible and for screen readers.
    description = chart.accessibleDescription()
    assert description.startswith("Average mood by week")
    assert "Weeks with a mood recorded: 7 of 8." in description
    assert "Lowest: 1.0 (very low)" in description
    assert "Highest: 5.0 (really good)" in description
    assert "Most recent: 4.0 (good)" in description
    assert page.summary.isVisible()
    assert "Lowest: 1.0 (very low)" in page.summary.text()
    assert chart.accessibleName()

    # The table alternative, by clicking "Show as a table".
    assert not page.table.isVisible()
    qtbot.mouseClick(page.table_toggle, LEFT)
    assert page.table.isVisible() and not page.chart.isVisible()
    rows = page.table.rows()
    assert len(rows) == len(expected)
    for row, point in zip(rows, expected, strict=True):
        assert row[0] == period_column_text(point.period_start, "week")
        assert row[1].startswith(f"{point.average:.1f} (")
        assert row[2:] == [str(point.count), str(point.lowest), str(point.highest)]
    assert rows[-2][1] == "2.5 (getting by)"  # two entries that week: 2 and 3
    assert page.table.accessibleName()
    qtbot.mouseClick(page.table_toggle, LEFT)
    assert page.chart.isVisible()

    # By month.
    qtbot.mouseClick(page.month_radio, LEFT)
    qtbot.waitUntil(lambda: page.chart.accessibleDescription().startswith("Average mood by month"))
    monthly = JournalService(vault).mood_series("month")
    assert page.chart.plotted_points() == monthly
    assert page.chart.accessibleDescription().startswith("Average mood by month")
    assert [r[0] for r in page.table.rows()] == [
        period_column_text(p.period_start, "month") for p in monthly
    ]
    assert_buttons_named(page)


def test_earlier_and_later_move_through_a_long_journal(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    this_week = monday(today(vault))
    journal.add_many(
        JournalEntryInput(f"w{w}", entry_date=this_week - timedelta(weeks=w), mood=1 + w % 5)
        for w in range(40)
    )
    page = open_page(qtbot, make_context())
    size = WINDOW["week"]
    assert len(page.chart.periods) == size
    assert page.chart.periods[-1] == this_week
    assert page.earlier_button.isVisible() and page.earlier_button.isEnabled()
    assert not page.later_button.isEnabled()

    qtbot.mouseClick(page.earlier_button, LEFT)
    first = this_week - timedelta(weeks=39)
    assert page.chart.periods[0] == first
    assert len(page.chart.periods) == size
    assert not page.earlier_button.isEnabled()
    assert page.later_button.isEnabled()
    assert len(page.table.rows()) == size  # the table follows the window

    qtbot.mouseClick(page.later_button, LEFT)
    assert page.chart.periods[-1] == this_week


def test_the_page_follows_journal_entries_and_catches_up_when_shown(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    add_member(vault, "sam")
    context = make_context()
    page = open_page(qtbot, context)
    assert page.stack.currentIndex() == 0
    page.hide()
    # The journal page writes through the session's journal and reports the entry...
    done: list[object] = []
    context.ops.collection(
        page,
        lambda _ctx: context.journal.add(JournalEntryInput("Better day", mood=4)),
        lambda entry: ChangeSet.of(RecordKind.JOURNAL_ENTRY, entry.id),
    ).on_success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    assert page.stack.currentIndex() == 0  # hidden: nothing is read yet
    page.show()
    # ...and it is on the chart once the page is shown again.
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=3000)
    assert [p.average for p in page.chart.plotted_points()] == [4.0]


def test_only_the_unlocked_persons_moods_are_drawn(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    add_member(vault, "sam")
    JournalService(vault).add(JournalEntryInput("Sam's", mood=1))
    facilitator(vault)
    JournalService(vault).add(JournalEntryInput("Robin's own reflection", mood=5))
    page = open_page(qtbot, make_context())
    assert [p.average for p in page.chart.plotted_points()] == [5.0]


def test_colours_come_from_the_palette(qtbot, vault: Vault, make_context: MakeContext) -> None:
    add_member(vault, "sam")
    JournalService(vault).add(JournalEntryInput("x", mood=3))
    page = open_page(qtbot, make_context())
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor(20, 22, 26))
    dark.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    dark.setColor(QPalette.ColorRole.Highlight, QColor(120, 170, 255))
    page.chart.setPalette(dark)
    image = page.chart.grab().toImage()
    assert image.pixelColor(2, image.height() - 3) == QColor(20, 22, 26)
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert QColor(120, 170, 255).rgb() in colours  # the line and the point
