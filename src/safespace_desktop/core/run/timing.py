"""Time that only moves forward: stopwatches read a monotonic clock.

The wall clock can be changed by hand or jump after a sleep; ``time.monotonic`` does
neither, so a timer never runs backwards or leaps an hour. Tests inject a manual one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Monotonic = Callable[[], float]
"""Seconds from an arbitrary start; only differences mean anything."""


def system_monotonic() -> float:
    return time.monotonic()


class ManualMonotonic:
    """A monotonic clock tests move by hand (it refuses to go back)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.value = start

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self.value += seconds


class Stopwatch:
    """Elapsed seconds that grow only while running."""

    def __init__(self, now: Monotonic, elapsed: float = 0.0) -> None:
        self._now = now
        self._accumulated = max(0.0, elapsed)
        self._started: float | None = None

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        if self._started is None:
            self._started = self._now()

    def pause(self) -> None:
        if self._started is not None:
            self._accumulated += max(0.0, self._now() - self._started)
            self._started = None

    def elapsed(self) -> float:
        running = 0.0 if self._started is None else max(0.0, self._now() - self._started)
        return self._accumulated + running

    def freeze(self) -> tuple[float, bool]:
        """(elapsed, running): enough to rebuild it later (see ``thaw``)."""
        return self.elapsed(), self.running

    @classmethod
    def thaw(cls, now: Monotonic, state: tuple[float, bool], gap: float) -> Stopwatch:
        """Rebuild a frozen stopwatch; a running one also counts the ``gap`` since."""
        elapsed, running = state
        watch = cls(now, elapsed + (max(0.0, gap) if running else 0.0))
        if running:
            watch.start()
        return watch

    def reset(self) -> None:
        self._accumulated = 0.0
        self._started = self._now() if self._started is not None else None


class Countdown:
    """A stopwatch measured against a planned length; overrun is shown, never enforced."""

    def __init__(self, now: Monotonic, planned_seconds: float, elapsed: float = 0.0) -> None:
        self.planned_seconds = max(0.0, planned_seconds)
        self.watch = Stopwatch(now, elapsed)

    def remaining(self) -> float:
        """Seconds left; negative once the planned time has passed."""
        return self.planned_seconds - self.watch.elapsed()

    def overrun(self) -> float:
        return max(0.0, -self.remaining())
