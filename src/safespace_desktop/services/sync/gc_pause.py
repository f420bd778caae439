"""Pause Python's cyclic garbage collector during a bulk sync step.

Reading, merging and writing tens of thousands of records allocates millions of
small objects; each full collection then walks all of them while holding the
interpreter lock, which froze the window for up to two seconds while a join kit was
imported on the worker thread. Almost all of these objects are freed by reference
counting anyway, so the collector is paused for the step and resumed after it (in
nested or concurrent steps, when the last one ends).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


RELEASE_PIECE = 2_000


def release_in_pieces(items: list[Any]) -> None:
    """Empty a large list a slice at a time. Freeing a hundred thousand parsed
    records in one go is one long chain of deallocations under the interpreter lock
    (it froze the window for a second after a join); slice by slice, other threads get
    the lock between slices."""
    while items:
        del items[-RELEASE_PIECE:]
