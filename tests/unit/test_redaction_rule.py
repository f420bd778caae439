""" "Forget me" is a sticky redaction that beats everything (sync.md §2.5).

A future sync merge must call ``apply_redaction`` after ``merge``. These tests show
that, with the rule applied, an edit made concurrently on another replica, an old
copy merged back later, or an attempted "un-redaction" can never bring the erased
values back, and that replicas still converge whatever the merge order.
"""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safespace_desktop.core.sync.record import (
    REDACTED_FIELD,
    RecordState,
    RedactedRecordError,
    apply_redaction,
    redact,
)

KEEP = {"former_number": 3, "status": "left"}


def _member(replica: str = "a") -> RecordState:
    state = RecordState()
    state.write({"name": "Sam R.", "note": "likes tea", "phone": "0123"}, replica, 1, 10)
    return state


def _sync(state: RecordState, other: RecordState) -> RecordState:
    """What the sync issue must do on import: merge, then enforce redaction."""
    return apply_redaction(state.merge(other))


def test_redact_keeps_only_what_the_redaction_wrote() -> None:
    state = redact(_member(), KEEP, "a", 2, 20)
    assert state.redacted
    assert state.values() == KEEP
    assert set(state.fields) == {REDACTED_FIELD, "former_number", "status"}
    assert state.cc == {"a": 2}


def test_a_concurrent_edit_merged_after_redaction_stays_redacted() -> None:
    on_a = _member("a")
    on_b = copy.deepcopy(on_a)  # B synced before A forgot the member
    on_a = redact(on_a, KEEP, "a", 2, 20)
    on_b.write({"name": "Sam Rivers", "email": "sam@example.org"}, "b", 1, 30)  # later HLC

    plain_merge = on_a.merge(on_b)
    assert plain_merge.get("name") == "Sam Rivers"  # without the rule the edit survives…

    for merged in (_sync(on_a, on_b), _sync(on_b, on_a)):
        assert merged.redacted  # …with it, the redaction wins whatever the order
        assert merged.values() == KEEP
        assert "Sam" not in str(merged.to_json())
        assert "example.org" not in str(merged.to_json())
        assert merged.cc == {"a": 2, "b": 1}
    assert _sync(on_a, on_b).to_json() == _sync(on_b, on_a).to_json()


def test_an_old_copy_never_brings_data_back() -> None:
    old = _member("a")
    forgotten = redact(copy.deepcopy(old), KEEP, "a", 2, 20)
    again = _sync(forgotten, old)
    assert again.to_json() == forgotten.to_json()


def test_an_un_redaction_is_dropped_and_writes_after_redaction_are_refused() -> None:
    forgotten = redact(_member("a"), KEEP, "a", 2, 20)
    with pytest.raises(RedactedRecordError):
        forgotten.write({"name": "back again"}, "a", 3, 30)
    with pytest.raises(RedactedRecordError):
        forgotten.write({REDACTED_FIELD: False}, "a", 3, 30)

    # A replica that never saw the redaction writes _redacted=False concurrently.
    rogue = _member("a")
    rogue.write({REDACTED_FIELD: False, "name": "still here"}, "b", 1, 99)
    merged = _sync(forgotten, rogue)
    assert merged.redacted
    assert merged.values() == KEEP


def test_redacting_twice_changes_nothing() -> None:
    once = redact(_member(), KEEP, "a", 2, 20)
    twice = redact(once, {"former_number": 4}, "a", 3, 30)
    assert twice.to_json() == once.to_json()


def test_keep_may_not_name_internal_markers() -> None:
    with pytest.raises(ValueError, match="internal"):
        redact(_member(), {"_deleted": True}, "a", 2, 20)


def test_a_state_without_redaction_is_untouched() -> None:
    state = _member()
    assert apply_redaction(state) is state


REPLICAS = ("a", "b", "c")
ops = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.sampled_from(["name", "note", "phone", "<sync>", "<forget>"]),
        st.sampled_from(["x", "y", "z"]),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(ops)
def test_replicas_converge_and_stay_redacted(history: list[tuple[int, str, str]]) -> None:
    states = {r: RecordState() for r in REPLICAS}
    counters = dict.fromkeys(REPLICAS, 0)
    hlc = 0
    forgot = False
    for index, field, value in history:
        replica = REPLICAS[index]
        if field == "<sync>":
            other = REPLICAS[(index + 1) % 3]
            states[replica] = _sync(states[replica], states[other])
            continue
        counters[replica] += 1
        hlc += 1
        if field == "<forget>":
            forgot = True
            states[replica] = redact(
                states[replica], {"former_number": 1}, replica, counters[replica], hlc
            )
        elif not states[replica].redacted:
            states[replica].write({field: value}, replica, counters[replica], hlc)
    a, b, c = states.values()
    one = _sync(_sync(a, b), c)
    two = _sync(c, _sync(b, a))
    assert one.to_json() == two.to_json()
    if forgot:
        assert one.redacted
        assert set(one.values()) <= {"former_number"}
