"""What a session keeps decoded goes with its keys (services/keyring.py SessionMemo)."""

from __future__ import annotations

import gc

from safespace_desktop.services.keyring import SessionMemo


class FakeRing:
    """Stands in for a KeyRing: the memo only needs an object that can be collected."""


def test_a_kept_value_is_found_for_its_session_only_and_goes_when_the_keys_do() -> None:
    memo: SessionMemo[str] = SessionMemo()
    first, second = FakeRing(), FakeRing()
    assert memo.keep(first, "decoded") == "decoded"  # type: ignore[arg-type]
    assert memo.of(first) == "decoded"  # type: ignore[arg-type]
    assert memo.of(second) is None  # type: ignore[arg-type]
    memo.keep(first, "newer")  # type: ignore[arg-type]
    assert memo.of(first) == "newer" and len(memo) == 1  # type: ignore[arg-type]
    del first
    gc.collect()
    assert memo == {}


def test_forgetting_drops_the_value_and_keeping_again_still_goes_at_lock() -> None:
    memo: SessionMemo[int] = SessionMemo()
    ring = FakeRing()
    memo.keep(ring, 1)  # type: ignore[arg-type]
    memo.forget(ring)  # type: ignore[arg-type]
    assert memo.of(ring) is None  # type: ignore[arg-type]
    memo.keep(ring, 2)  # type: ignore[arg-type]
    del ring
    gc.collect()
    assert memo == {}
