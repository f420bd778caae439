"""Hybrid logical clock: 48-bit milliseconds and a 16-bit counter in one int (sync.md §2.2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
MAX_SKEW_MS = 5 * 60 * 1000


def pack(ms: int, counter: int) -> int:
    """Pack a millisecond time and counter into one sortable integer."""
    if counter > COUNTER_MASK:
        raise OverflowError("HLC counter overflow")
    return (ms << COUNTER_BITS) | counter


def unpack(value: int) -> tuple[int, int]:
    """Split a packed HLC into (milliseconds, counter)."""
    return value >> COUNTER_BITS, value & COUNTER_MASK


@dataclass
class HybridClock:
    """A clock that never runs backwards, even when the wall clock does.

    ``last`` is persisted by the storage layer so restarts keep monotonicity.
    """

    now_ms: Callable[[], int]
    last: int = 0

    def tick(self) -> int:
        """Return a fresh timestamp for a local write."""
        last_ms, last_counter = unpack(self.last)
        now = self.now_ms()
        self.last = pack(now, 0) if now > last_ms else pack(last_ms, last_counter + 1)
        return self.last

    def observe(self, incoming: int) -> None:
        """Advance past a remote timestamp, without adopting a far-future clock."""
        now = self.now_ms()
        in_ms, _ = unpack(incoming)
        capped = min(incoming, pack(now + MAX_SKEW_MS, 0)) if in_ms > now else incoming
        self.last = max(self.last, capped)
