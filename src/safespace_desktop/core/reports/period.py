"""The period a report covers: a calendar quarter by default, or a chosen range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """Both ends included. ``quarter`` is 1..4 for a calendar quarter, 0 for a range."""

    start: date
    end: date
    quarter: int = 0

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its first day")

    @classmethod
    def quarter_of(cls, day: date) -> Period:
        number = (day.month - 1) // 3 + 1
        start = date(day.year, 3 * number - 2, 1)
        following = date(day.year + 1, 1, 1) if number == 4 else date(day.year, 3 * number + 1, 1)
        return cls(start, following - timedelta(days=1), number)

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """A chosen range (the ends swapped if given the wrong way round)."""
        first, last = sorted((start, end))
        return cls(first, last, 0)

    @property
    def is_quarter(self) -> bool:
        return self.quarter != 0

    def previous(self) -> Period:
        """The quarter before (for a range: the range of the same length just before)."""
        if self.is_quarter:
            return Period.quarter_of(self.start - timedelta(days=1))
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return Period(end - length, end, 0)

    def next(self) -> Period:
        if self.is_quarter:
            return Period.quarter_of(self.end + timedelta(days=1))
        length = self.end - self.start
        start = self.end + timedelta(days=1)
        return Period(start, start + length, 0)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end
