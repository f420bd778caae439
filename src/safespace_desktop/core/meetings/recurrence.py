"""When the group meets: occurrences of schedule periods in a window of dates.

A period covers ``starts_on`` … ``ends_on`` (inclusive, open-ended when None).
- weekly: every ``weekday`` from the first one on or after ``starts_on``;
- fortnightly: every other ``weekday``, counted from that first one;
- monthly: the ``week_of_month``-th ``weekday`` of each month (``LAST_WEEK``: the last);
- one-off: ``starts_on`` only.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from safespace_desktop.core.meetings.model import LAST_WEEK, Cadence, SchedulePeriod

_FAR = date(9999, 12, 31)


def first_weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` (1..5, or ``LAST_WEEK``) ``weekday`` of the month; None if there is none."""
    days_in_month = calendar.monthrange(year, month)[1]
    if nth == LAST_WEEK:
        last = date(year, month, days_in_month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = first_weekday_on_or_after(date(year, month, 1), weekday)
    day = first + timedelta(weeks=nth - 1)
    return day if day.month == month else None


def _months(start: date, end: date) -> Iterator[tuple[int, int]]:
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def occurrences(period: SchedulePeriod, start: date, end: date) -> Iterator[date]:
    """Dates of ``period`` within ``start`` … ``end`` (inclusive), in order."""
    low = max(start, period.starts_on)
    high = min(end, period.ends_on or _FAR)
    if low > high:
        return
    if period.cadence is Cadence.ONE_OFF:
        if low <= period.starts_on <= high:
            yield period.starts_on
        return
    if period.cadence is Cadence.MONTHLY:
        for year, month in _months(low, high):
            day = nth_weekday(year, month, period.weekday, period.week_of_month)
            if day is not None and low <= day <= high:
                yield day
        return
    step = 7 if period.cadence is Cadence.WEEKLY else 14
    anchor = first_weekday_on_or_after(period.starts_on, period.weekday)
    if anchor < low:
        skipped = (low - anchor).days // step
        anchor += timedelta(days=skipped * step)
        if anchor < low:
            anchor += timedelta(days=step)
    day = anchor
    while day <= high:
        yield day
        day += timedelta(days=step)


def next_occurrences(
    periods: Iterable[SchedulePeriod], after: date, count: int
) -> list[tuple[SchedulePeriod, date]]:
    """The first ``count`` occurrences on or after ``after`` across all periods."""
    found: list[tuple[SchedulePeriod, date]] = []
    horizon = 400
    chosen = list(periods)
    while True:
        end = after + timedelta(days=horizon)
        found = sorted(
            ((p, d) for p in chosen for d in occurrences(p, after, end)),
            key=lambda pair: (pair[1], pair[0].start, pair[0].id),
        )
        if len(found) >= count or horizon > 4000:
            return found[:count]
        horizon *= 3


def occurrences_between(
    periods: Iterable[SchedulePeriod], start: date, end: date
) -> list[tuple[SchedulePeriod, date]]:
    return sorted(
        ((p, d) for p in periods for d in occurrences(p, start, end)),
        key=lambda pair: (pair[1], pair[0].start, pair[0].id),
    )


def end_periods_before(
    periods: Iterable[SchedulePeriod], change_on: date
) -> list[tuple[SchedulePeriod, date | None]]:
    """What changing the schedule from ``change_on`` does to the periods there are:
    each affected period with its new ``ends_on`` (None: the period had not started yet
    and is removed). Periods that ended before ``change_on`` are untouched."""
    out: list[tuple[SchedulePeriod, date | None]] = []
    for period in periods:
        if period.ends_on is not None and period.ends_on < change_on:
            continue
        if period.starts_on >= change_on:
            out.append((period, None))
        else:
            out.append((period, change_on - timedelta(days=1)))
    return out


def parse_clock(value: str) -> tuple[int, int] | None:
    """ "18:30" → (18, 30); None when it is not a time of day."""
    parts = value.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    hours, minutes = int(parts[0]), int(parts[1])
    if 0 <= hours < 24 and 0 <= minutes < 60:
        return hours, minutes
    return None


def clock_text(minutes_since_midnight: int) -> str:
    total = minutes_since_midnight % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def clock_minutes(value: str) -> int:
    parsed = parse_clock(value) or (0, 0)
    return parsed[0] * 60 + parsed[1]
