"""Pause Python's cyclic garbage collector during a bulk sync step.

Reading, merging and writing tens of thousands of records allocates millions of
small objects; each full collection then walks all of them while holding the
interpreter lock, which froze the window for up to two seconds while a join kit was
imported on the worker thread. Almost all of these objects are freed by reference
counting anyway, so the collector is paused for the step and resumed after it (in
nested or concurrent steps, when the last one ends).

For the same steps the interpreter's switch interval is lowered from 5 ms to 1 ms:
the GUI thread waits up to one interval for the interpreter lock each time it wakes
(a timer, a repaint), and it needs the lock several times per event; on a busy
machine those waits compounded into 50–130 ms stalls while a bundle was imported.
Measured on a 10,000-record merge (2 cores, load about 3): longest gap 12–125 ms at
5 ms, 11–18 ms at 1 ms; with four extra busy processes 50–105 ms before, 23–81 ms
after (the rest is the OS running other processes; issue 12).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_lock = threading.Lock()
_depth = 0
_was_enabled = False
_previous_interval = 0.005
BULK_SWITCH_INTERVAL_S = 0.001


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled, _previous_interval
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
            _previous_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_previous_interval, BULK_SWITCH_INTERVAL_S))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                sys.setswitchinterval(_previous_interval)
                if _was_enabled:
                    gc.enable()


RELEASE_PIECE = 2_000


def release_in_pieces(items: list[Any]) -> None:
    """Empty a large list a slice at a time. Freeing a hundred thousand parsed
    records in one go is one long chain of deallocations under the interpreter lock
    (it froze the window for a second after a join); slice by slice, other threads get
    the lock between slices."""
    while items:
        del items[-RELEASE_PIECE:]
