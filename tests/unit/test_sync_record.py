"""The per-record sync state merges like a join-semilattice (sync.md §2.3, §3).

Storage keeps this state inside every sealed payload, so the later sync issue can
exchange records without a storage redesign.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from safespace_desktop.core.sync.hlc import HybridClock, pack, unpack
from safespace_desktop.core.sync.record import RecordState

REPLICAS = ("a", "b", "c")


def _history(ops: list[tuple[int, str, str]]) -> list[RecordState]:
    """Replay writes on three replicas that occasionally sync; return their states."""
    states = {r: RecordState() for r in REPLICAS}
    counters = dict.fromkeys(REPLICAS, 0)
    hlc = 0
    for replica_index, field, value in ops:
        replica = REPLICAS[replica_index % 3]
        if value == "<sync>":
            other = REPLICAS[(replica_index + 1) % 3]
            states[replica] = states[replica].merge(states[other])
            continue
        counters[replica] += 1
        hlc += 1
        states[replica].write({field: value}, replica, counters[replica], hlc)
    return list(states.values())


ops_strategy = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.sampled_from(["name", "note", "pronouns"]),
        st.sampled_from(["x", "y", "z", "<sync>"]),
    ),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(ops_strategy)
def test_merge_is_commutative_associative_and_idempotent(ops: list[tuple[int, str, str]]) -> None:
    a, b, c = _history(ops)
    assert a.merge(b).to_json() == b.merge(a).to_json()
    assert a.merge(b).merge(c).to_json() == a.merge(b.merge(c)).to_json()
    assert a.merge(a).to_json() == a.to_json()


@settings(max_examples=100, deadline=None)
@given(ops_strategy)
def test_state_survives_its_json_encoding(ops: list[tuple[int, str, str]]) -> None:
    for state in _history(ops):
        assert RecordState.from_json(state.to_json()).to_json() == state.to_json()


def test_a_causally_later_edit_wins_even_with_an_older_clock() -> None:
    a = RecordState()
    a.write({"name": "Sam"}, "a", 1, hlc=1_000)
    b = a.merge(RecordState())
    b.write({"name": "Sam R."}, "b", 1, hlc=5)  # b's clock is far behind, but b saw a's write
    merged = a.merge(b)
    assert merged.get("name") == "Sam R."
    assert not merged.has_conflict("name")


def test_concurrent_edits_keep_both_versions_until_resolved() -> None:
    a = RecordState()
    a.write({"note": "from a"}, "a", 1, hlc=10)
    b = RecordState()
    b.write({"note": "from b"}, "b", 1, hlc=20)
    merged = a.merge(b)
    assert merged.has_conflict("note")
    assert merged.get("note") == "from b"  # deterministic display winner by HLC
    merged.write({"note": "resolved"}, "a", 2, hlc=30)
    assert not merged.has_conflict("note")
    assert merged.merge(b).get("note") == "resolved"


def test_an_old_state_changes_nothing() -> None:
    old = RecordState()
    old.write({"name": "first"}, "a", 1, hlc=1)
    new = old.merge(RecordState())
    new.write({"name": "second"}, "a", 2, hlc=2)
    assert new.merge(old).to_json() == new.to_json()


def test_tombstone_is_a_field_write() -> None:
    state = RecordState()
    state.write({"name": "x"}, "a", 1, hlc=1)
    state.write({"_deleted": True}, "a", 2, hlc=2)
    assert state.deleted
    assert "_deleted" not in state.values()


def test_hlc_never_runs_backwards() -> None:
    now = [1_000]
    clock = HybridClock(now_ms=lambda: now[0])
    first = clock.tick()
    now[0] = 500  # the wall clock jumps back
    second = clock.tick()
    assert second > first
    assert unpack(second) == (1_000, 1)
    clock.observe(pack(10**12, 0))  # a far-future clock is not adopted
    assert unpack(clock.last)[0] <= 500 + 5 * 60 * 1000
