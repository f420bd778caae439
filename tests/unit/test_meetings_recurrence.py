"""Recurrence and agenda timing (pure core, issue 9)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from safespace_desktop.core.meetings.agenda import move, timing
from safespace_desktop.core.meetings.model import LAST_WEEK, Cadence, SchedulePeriod
from safespace_desktop.core.meetings.recurrence import (
    clock_minutes,
    end_periods_before,
    next_occurrences,
    nth_weekday,
    occurrences,
    parse_clock,
)


def _period(cadence: Cadence, starts_on: date, **extra: object) -> SchedulePeriod:
    return SchedulePeriod(
        id="p",
        cadence=cadence,
        weekday=extra.pop("weekday", 1),  # type: ignore[arg-type]
        start="18:30",
        minutes=90,
        place="",
        starts_on=starts_on,
        **extra,  # type: ignore[arg-type]
    )


def test_second_tuesday_and_last_friday() -> None:
    assert nth_weekday(2027, 1, 1, 2) == date(2027, 1, 12)
    assert nth_weekday(2027, 1, 4, LAST_WEEK) == date(2027, 1, 29)
    assert nth_weekday(2027, 2, 0, 5) is None
    period = _period(Cadence.MONTHLY, date(2027, 1, 1), week_of_month=2)
    days = list(occurrences(period, date(2027, 1, 1), date(2027, 6, 30)))
    assert days == [
        date(2027, 1, 12),
        date(2027, 2, 9),
        date(2027, 3, 9),
        date(2027, 4, 13),
        date(2027, 5, 11),
        date(2027, 6, 8),
    ]


def test_fortnightly_counts_from_the_first_meeting() -> None:
    period = _period(Cadence.FORTNIGHTLY, date(2027, 1, 4))  # first Tuesday: 5 Jan
    days = list(occurrences(period, date(2027, 1, 13), date(2027, 2, 10)))
    assert days == [date(2027, 1, 19), date(2027, 2, 2)]


def test_one_off_and_end_dates() -> None:
    once = _period(Cadence.ONE_OFF, date(2027, 3, 3), ends_on=date(2027, 3, 3))
    assert list(occurrences(once, date(2027, 1, 1), date(2027, 12, 31))) == [date(2027, 3, 3)]
    weekly = _period(Cadence.WEEKLY, date(2027, 1, 1), ends_on=date(2027, 1, 20))
    assert list(occurrences(weekly, date(2026, 1, 1), date(2028, 1, 1))) == [
        date(2027, 1, 5),
        date(2027, 1, 12),
        date(2027, 1, 19),
    ]


def test_next_eight_cross_a_cadence_change() -> None:
    old = _period(Cadence.WEEKLY, date(2027, 1, 1), ends_on=date(2027, 1, 31))
    new = SchedulePeriod("q", Cadence.MONTHLY, 3, "19:00", 60, "", date(2027, 2, 1))
    found = next_occurrences([old, new], date(2027, 1, 15), 8)
    assert [d for _p, d in found][:3] == [date(2027, 1, 19), date(2027, 1, 26), date(2027, 2, 4)]
    assert len(found) == 8
    assert end_periods_before([old, new], date(2027, 3, 1)) == [(new, date(2027, 2, 28))]


@given(
    cadence=st.sampled_from([Cadence.WEEKLY, Cadence.FORTNIGHTLY, Cadence.MONTHLY]),
    weekday=st.integers(0, 6),
    nth=st.sampled_from([1, 2, 3, 4, LAST_WEEK]),
    starts=st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    offset=st.integers(0, 800),
    span=st.integers(0, 400),
)
def test_occurrences_are_in_window_on_the_weekday_and_windows_agree(
    cadence: Cadence, weekday: int, nth: int, starts: date, offset: int, span: int
) -> None:
    period = _period(cadence, starts, weekday=weekday, week_of_month=nth)
    low = starts + timedelta(days=offset - 400)
    high = low + timedelta(days=span)
    days = list(occurrences(period, low, high))
    assert days == sorted(set(days))
    assert all(low <= d <= high and d >= starts and d.weekday() == weekday for d in days)
    if cadence is Cadence.WEEKLY:
        assert all((b - a).days == 7 for a, b in zip(days, days[1:], strict=False))
    if cadence is Cadence.FORTNIGHTLY:
        assert all((b - a).days == 14 for a, b in zip(days, days[1:], strict=False))
    # Splitting the window in two gives the same dates.
    middle = low + timedelta(days=span // 2)
    split = list(occurrences(period, low, middle)) + list(
        occurrences(period, middle + timedelta(days=1), high)
    )
    assert split == days


@given(
    start=st.integers(0, 23 * 60),
    minutes=st.lists(st.integers(0, 120), min_size=1, max_size=25),
    length=st.integers(1, 240),
)
def test_agenda_times_add_up(start: int, minutes: list[int], length: int) -> None:
    clock = f"{start // 60:02d}:{start % 60:02d}"
    result = timing(clock, length, minutes)
    assert result.starts[0] == clock
    assert result.total == sum(minutes)
    for index in range(1, len(minutes)):
        assert result.starts[index] == result.ends[index - 1]
    assert clock_minutes(result.ends[-1]) == (start + sum(minutes)) % (24 * 60)
    assert result.overrun == max(0, sum(minutes) - length)
    assert (result.over_from() is None) == (result.overrun == 0)


@given(st.lists(st.integers(), min_size=1, max_size=10, unique=True), st.data())
def test_move_keeps_every_item(items: list[int], data: st.DataObject) -> None:
    order = [str(i) for i in items]
    item = data.draw(st.sampled_from(order))
    offset = data.draw(st.integers(-3, 3))
    moved = move(order, item, offset)
    assert sorted(moved) == sorted(order)
    assert moved.index(item) == max(0, min(len(order) - 1, order.index(item) + offset))


def test_parse_clock() -> None:
    assert parse_clock("18:30") == (18, 30)
    assert parse_clock("7:05") == (7, 5)
    assert parse_clock("24:00") is None and parse_clock("ab") is None
