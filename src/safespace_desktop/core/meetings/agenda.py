"""Agenda timing: each segment's start time, the running total and any overrun.

The printed agenda's times come from here, so they always add up: segment n starts at
the meeting's start plus the minutes of segments 0 … n-1, and the last one ends at
start + total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from safespace_desktop.core.meetings.recurrence import clock_minutes, clock_text


@dataclass(frozen=True)
class Timing:
    starts: tuple[str, ...]  # "HH:MM" per segment
    ends: tuple[str, ...]
    total: int
    length: int

    @property
    def overrun(self) -> int:
        """Minutes planned beyond the meeting's length (0 when it fits)."""
        return max(0, self.total - self.length)

    @property
    def spare(self) -> int:
        return max(0, self.length - self.total)

    def over_from(self) -> int | None:
        """Index of the first segment that ends after the meeting should end."""
        return self._over_index

    _over_index: int | None = None


def timing(start: str, length: int, minutes: Sequence[int]) -> Timing:
    base = clock_minutes(start)
    starts: list[str] = []
    ends: list[str] = []
    elapsed = 0
    over: int | None = None
    for index, planned in enumerate(minutes):
        starts.append(clock_text(base + elapsed))
        elapsed += planned
        ends.append(clock_text(base + elapsed))
        if over is None and elapsed > length:
            over = index
    return Timing(tuple(starts), tuple(ends), elapsed, length, over)


def move(order: Sequence[str], item: str, offset: int) -> list[str]:
    """``order`` with ``item`` moved ``offset`` places (clamped at the ends)."""
    items = list(order)
    index = items.index(item)
    target = max(0, min(len(items) - 1, index + offset))
    items.insert(target, items.pop(index))
    return items
