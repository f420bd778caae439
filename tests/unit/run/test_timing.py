from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safespace_desktop.core.run.timing import Countdown, ManualMonotonic, Stopwatch


def test_a_stopwatch_counts_only_while_running() -> None:
    clock = ManualMonotonic()
    watch = Stopwatch(clock)
    clock.advance(5)
    assert watch.elapsed() == 0
    watch.start()
    clock.advance(10)
    watch.pause()
    clock.advance(100)
    watch.start()
    clock.advance(2)
    assert watch.elapsed() == pytest.approx(12)


def test_a_countdown_shows_overrun_without_stopping() -> None:
    clock = ManualMonotonic()
    timer = Countdown(clock, 60)
    timer.watch.start()
    clock.advance(75)
    assert timer.remaining() == pytest.approx(-15)
    assert timer.overrun() == pytest.approx(15)


def test_a_manual_monotonic_clock_refuses_to_go_back() -> None:
    with pytest.raises(ValueError):
        ManualMonotonic().advance(-1)


@given(st.lists(st.tuples(st.booleans(), st.floats(0, 10_000)), max_size=40))
def test_elapsed_time_never_decreases_and_never_exceeds_real_time(
    steps: list[tuple[bool, float]],
) -> None:
    clock = ManualMonotonic()
    watch = Stopwatch(clock)
    real, last = 0.0, 0.0
    for toggle, seconds in steps:
        if toggle:
            (watch.pause if watch.running else watch.start)()
        clock.advance(seconds)
        real += seconds
        elapsed = watch.elapsed()
        assert elapsed >= last - 1e-6
        assert elapsed <= real + 1e-6
        last = elapsed
