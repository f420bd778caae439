"""Bulk sync steps pause the cyclic collector and shorten the interpreter's switch
interval, and put both back when the outermost step ends (issue 12, GUI stalls)."""

from __future__ import annotations

import gc
import sys

from safespace_desktop.services.sync.gc_pause import BULK_SWITCH_INTERVAL_S, collector_paused


def test_nested_steps_lower_the_switch_interval_and_restore_everything() -> None:
    before_interval, before_gc = sys.getswitchinterval(), gc.isenabled()
    sys.setswitchinterval(0.005)
    gc.enable()
    try:
        with collector_paused():
            assert not gc.isenabled()
            assert sys.getswitchinterval() <= BULK_SWITCH_INTERVAL_S + 1e-9
            with collector_paused():
                assert sys.getswitchinterval() <= BULK_SWITCH_INTERVAL_S + 1e-9
            assert not gc.isenabled()  # the outer step is still running
            assert sys.getswitchinterval() <= BULK_SWITCH_INTERVAL_S + 1e-9
        assert gc.isenabled()
        assert abs(sys.getswitchinterval() - 0.005) < 1e-9
    finally:
        sys.setswitchinterval(before_interval)
        if before_gc:
            gc.enable()
        else:
            gc.disable()


def test_a_failing_step_restores_too() -> None:
    before = sys.getswitchinterval()
    try:
        with collector_paused():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert abs(sys.getswitchinterval() - before) < 1e-9
