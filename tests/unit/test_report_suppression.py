"""Small-count suppression (issue 13, W11): every small count reads "fewer than 3" and
no shown figure lets anyone subtract their way back to one.

The property tests play the reader: they list every world consistent with what the
report shows (a shown cell exact, "fewer than 3" 0..2, "not shown" anything, the
public structure) and check that each small count, and each gap of one or two people
between nested counts, keeps at least two possible values.
"""

from __future__ import annotations

import itertools
from statistics import median

from hypothesis import given, settings
from hypothesis import strategies as st

from safespace_desktop.core.reports.suppression import (
    Shown,
    protect_series,
    suppress_chain,
    suppress_parts,
)

V, F, W = Shown.VALUE, Shown.FEWER, Shown.WITHHELD
CEILING = 14  # enough room above the largest value for "not shown" cells


def consistent(value: int, state: Shown, truth: int) -> bool:
    if state is V:
        return value == truth
    if state is F:
        return value < 3
    return True


# --------------------------------------------------------------------------- chains
def chain_worlds(values: list[int], states: list[Shown]) -> list[tuple[int, ...]]:
    top = max(values) + CEILING
    worlds = []
    for candidate in itertools.product(range(top + 1), repeat=len(values)):
        if any(b > a for a, b in itertools.pairwise(candidate)):
            continue
        if all(consistent(c, s, t) for c, s, t in zip(candidate, states, values, strict=True)):
            worlds.append(candidate)
    return worlds


@st.composite
def chains(draw: st.DrawFn) -> list[int]:
    length = draw(st.integers(2, 4))
    first = draw(st.integers(0, 9))
    values = [first]
    for _ in range(length - 1):
        values.append(draw(st.integers(0, values[-1])))
    return values


@settings(max_examples=150, deadline=None)
@given(chains())
def test_nested_counts_never_give_back_a_small_count_or_a_small_gap(values: list[int]) -> None:
    states = suppress_chain(values)
    assert all((s is F) == (v < 3) for v, s in zip(values, states, strict=True))
    worlds = chain_worlds(values, states)
    assert tuple(values) in worlds
    for i, value in enumerate(values):
        if value < 3:
            assert len({w[i] for w in worlds}) >= 2, (values, states, i)
    for i, j in itertools.combinations(range(len(values)), 2):
        if 0 < values[i] - values[j] < 3:
            assert len({w[i] - w[j] for w in worlds}) >= 2, (values, states, i, j)


def test_a_gap_of_one_newcomer_is_hidden() -> None:
    # 10 newcomers, 9 kept: "one newcomer did not agree" must not be readable
    assert suppress_chain([10, 9, 5, 2]) == [V, W, V, F]
    assert suppress_chain([10, 10, 6, 2]) == [V, V, V, F]  # a gap of 0 names nobody
    assert suppress_chain([2, 2, 1, 0]) == [F, F, F, F]


def test_counts_that_grow_are_refused() -> None:
    try:
        suppress_chain([3, 4])
    except ValueError:
        return
    raise AssertionError("a growing chain was accepted")


# --------------------------------------------------------------------------- parts
def part_worlds(values: list[int], states: list[Shown]) -> list[tuple[int, ...]]:
    total = sum(values)
    ranges = [
        [v] if s is V else (range(3) if s is F else range(total + 1))
        for v, s in zip(values, states, strict=True)
    ]
    if total < 3:  # the responses read "fewer than 3": the sum is only known to be small
        return [w for w in itertools.product(*ranges) if sum(w) < 3]
    return [w for w in itertools.product(*ranges) if sum(w) == total]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 7), min_size=1, max_size=5))
def test_no_total_minus_shown_answers_reveals_a_small_one(values: list[int]) -> None:
    states = suppress_parts(values)
    for value, state in zip(values, states, strict=True):
        assert state is not V or value >= 3
        if state is W and value < 3:  # only when every part had to go
            assert all(s is W for s in states)
    worlds = part_worlds(values, states)
    for i, value in enumerate(values):
        if value < 3 and len(values) > 1:
            assert len({w[i] for w in worlds}) >= 2, (values, states, i)


def test_one_small_answer_takes_another_with_it() -> None:
    assert suppress_parts([5, 1, 4]) == [V, F, W]
    assert suppress_parts([5, 1, 1, 4]) == [V, F, F, V]  # 2 = 0+2, 1+1 or 2+0
    assert suppress_parts([2, 2]) == [W, W]  # 4 from two small cells would be 2 + 2


# --------------------------------------------------------------------------- series
def series_worlds(values: list[int], states: list[Shown], mean: Shown, middle: Shown) -> list:
    count = len(values)
    top = max(values) + CEILING
    ranges = [
        [v] if s is V else (range(3) if s is F else range(top + 1))
        for v, s in zip(values, states, strict=True)
    ]
    worlds = []
    for world in itertools.product(*ranges):
        if mean is V and sum(world) != sum(values):
            continue
        if mean is F and not sum(world) < 3 * count:
            continue
        if middle is V and median(world) != median(values):
            continue
        if middle is F and not median(world) < 3:
            continue
        worlds.append(world)
    return worlds


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 7), min_size=1, max_size=5))
def test_mean_and_median_never_give_back_a_small_meeting(values: list[int]) -> None:
    series = protect_series(values)
    states = list(series.points)
    assert all((s is F) == (v < 3) for v, s in zip(values, states, strict=True))
    assert series.mean.shown is not W  # a point is withheld instead of the mean
    if series.mean.shown is V:
        assert series.mean.value == sum(values) / len(values) and series.mean.value >= 3
    worlds = series_worlds(values, states, series.mean.shown, series.median.shown)
    assert tuple(values) in worlds
    for i, value in enumerate(values):
        if value < 3:
            assert len({w[i] for w in worlds}) >= 2, (values, series, i)


def test_series_examples() -> None:
    one_small = protect_series([2, 6, 6, 7, 8])
    assert one_small.points == (F, W, V, V, V)  # else total − shown = the small meeting
    assert one_small.mean.value == 5.8 and one_small.median.shown is W
    both_small = protect_series([1, 2, 5, 6])
    assert both_small.points == (F, F, V, V) and both_small.mean.shown is V
    assert both_small.median.shown is W  # (2 + 5) / 2 would give back the 2
    assert protect_series([4, 5, 9]).median.value == 5
    assert protect_series([0, 5]).mean.shown is F
