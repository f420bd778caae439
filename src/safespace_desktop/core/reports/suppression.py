"""Small-count suppression for name-free reports (issue 13, domain J2, W11).

Every count below ``SMALL`` (3) reads "fewer than 3" (``Shown.FEWER``). That alone is
not enough: a total minus the cells that are shown, or the gap between two nested
counts, can give back a suppressed number. So some cells that are not small are
withheld too (``Shown.WITHHELD``, "not shown": complementary suppression).

What someone reading the report can know (the model the tests check by brute force):
a shown cell is exact; a "fewer than 3" cell is 0, 1 or 2; a "not shown" cell is any
whole number (the label claims nothing); the structure is public (nested counts only
shrink, a question's answers add up to the responses, a mean times the number of
meetings is their total). A suppressed count is safe when at least two values stay
possible for it; a gap between two nested counts must not be pinned to 1 or 2 (that
gap is one or two people). A gap of 0 names nobody and may show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from statistics import median

SMALL = 3


class Shown(StrEnum):
    VALUE = "value"
    FEWER = "fewer"  # the count is below SMALL: "fewer than 3"
    WITHHELD = "withheld"  # not small, hidden so no small count can be worked out


@dataclass(frozen=True)
class Cell:
    """One figure of a report. ``value`` is None unless ``shown`` is VALUE, so a
    suppressed number can never reach a table, a chart, a PDF or a CSV by accident."""

    shown: Shown
    value: float | None = None

    @classmethod
    def of(cls, value: float, shown: Shown) -> Cell:
        return cls(shown, value if shown is Shown.VALUE else None)


def count_state(value: int) -> Shown:
    return Shown.FEWER if value < SMALL else Shown.VALUE


def suppress_chain(values: Sequence[int]) -> list[Shown]:
    """Nested counts, each at most the one before (newcomers ≥ those whose attendance
    is kept ≥ came a 3rd time ≥ came a 4th time). No two shown counts may differ by 1
    or 2: that gap would be one or two people. Once a count is small, every later one
    is too (they only shrink)."""
    if any(later > earlier for earlier, later in zip(values, values[1:], strict=False)):
        raise ValueError("nested counts must not grow")
    states: list[Shown] = []
    last_shown: int | None = None
    for value in values:
        if value < SMALL:
            states.append(Shown.FEWER)
        elif last_shown is not None and 0 < last_shown - value < SMALL:
            states.append(Shown.WITHHELD)
        else:
            states.append(Shown.VALUE)
            last_shown = value
    return states


def _pins_a_small_cell(small: int, withheld: int, low: int, high: int) -> bool:
    """Whether hidden cells whose sum is known to lie in [low, high] leave exactly one
    possible value for one of the ``small`` "fewer than 3" cells (each 0..2), when
    ``withheld`` "not shown" cells (any size) are hidden with them."""
    if small == 0:
        return False
    rest_max = None if withheld else 2 * (small - 1)
    possible = 0
    for value in range(SMALL):
        rest_low, rest_high = low - value, high - value
        if rest_high < 0 or (rest_max is not None and rest_low > rest_max):
            continue
        possible += 1
    return possible < 2


def suppress_parts(parts: Sequence[int]) -> list[Shown]:
    """Counts whose sum is taken as known (the answers to one evaluation question add
    up to the responses, or close to it: treated as exact, to be safe). Small parts read "fewer than 3"; while the total minus the
    shown parts still pins a small part, the smallest shown part is withheld too. If
    none is left to withhold (every part is 1 or 2 and they add up), every part is
    withheld, so the sum no longer bounds any of them."""
    states = [count_state(p) for p in parts]
    if sum(parts) < SMALL:
        return states  # every part is small and so is the total: it reads "fewer than 3"
    while True:
        hidden = [p for p, s in zip(parts, states, strict=True) if s is not Shown.VALUE]
        small = states.count(Shown.FEWER)
        withheld = states.count(Shown.WITHHELD)
        hidden_sum = sum(hidden)
        if not _pins_a_small_cell(small, withheld, hidden_sum, hidden_sum):
            return states
        shown = [i for i, s in enumerate(states) if s is Shown.VALUE]
        if not shown:
            return [Shown.WITHHELD] * len(parts)
        states[min(shown, key=lambda i: (parts[i], i))] = Shown.WITHHELD


@dataclass(frozen=True)
class ProtectedSeries:
    """A series of counts (people at each meeting) with its mean and median."""

    points: tuple[Shown, ...]
    mean: Cell
    median: Cell


def protect_series(values: Sequence[int]) -> ProtectedSeries:
    """Small points read "fewer than 3". The mean (times the number of points, their
    total) must not pin a small point: while it would, the smallest shown point is
    withheld. The median shows only when the middle values are shown and nothing is
    withheld (a median beside a hidden value can place it); "fewer than 3" when the
    middle values are all small; otherwise it is withheld."""
    if not values:
        return ProtectedSeries((), Cell(Shown.VALUE, None), Cell(Shown.VALUE, None))
    count = len(values)
    states = [count_state(v) for v in values]
    mean_value = sum(values) / count
    mean_state = Shown.FEWER if mean_value < SMALL else Shown.VALUE
    while True:
        shown_sum = sum(v for v, s in zip(values, states, strict=True) if s is Shown.VALUE)
        if mean_state is Shown.VALUE:
            low = high = sum(values) - shown_sum
        else:  # "fewer than 3" on average: the total is below 3 × count
            low, high = 0, SMALL * count - 1 - shown_sum
        small = states.count(Shown.FEWER)
        withheld = states.count(Shown.WITHHELD)
        if not _pins_a_small_cell(small, withheld, low, high):
            break
        shown = [i for i, s in enumerate(states) if s is Shown.VALUE]
        if not shown:  # cannot happen: all small means the bound pins nothing
            mean_state = Shown.WITHHELD
            break
        states[min(shown, key=lambda i: (values[i], i))] = Shown.WITHHELD
    order = sorted(range(count), key=lambda i: (values[i], i))
    middle = [order[(count - 1) // 2], order[count // 2]]
    middle_states = {states[i] for i in middle}
    median_value = float(median(values))
    if middle_states == {Shown.VALUE} and Shown.WITHHELD not in states:
        median_state = Shown.VALUE
    elif middle_states == {Shown.FEWER}:
        median_state = Shown.FEWER
    else:
        median_state = Shown.WITHHELD
    return ProtectedSeries(
        tuple(states), Cell.of(mean_value, mean_state), Cell.of(median_value, median_state)
    )
