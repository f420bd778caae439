"""sync.md §3 A: merge algebra and convergence (properties 1–11), through real vaults,
real bundles and the real import pipeline."""

from __future__ import annotations

import uuid

from safespace_desktop.core.sync.record import RecordState
from tests.unit.sync.helpers import (
    MEMBERS,
    Replica,
    bundle,
    delete,
    dump,
    new_id,
    put,
    send,
    state_of,
    visible,
)


def _everyone_syncs(replicas: tuple[Replica, ...], rounds: int = 2) -> None:
    for _ in range(rounds):
        for src in replicas:
            for dst in replicas:
                if src is not dst:
                    send(src, dst)


def test_p01_convergence(trio: tuple[Replica, Replica, Replica]) -> None:
    a, b, c = trio
    send(a, b)
    send(a, c)
    ids = [new_id() for _ in range(4)]
    put(a, ids[0], name="Alex", note="from A")
    put(b, ids[1], name="Bea")
    put(c, ids[2], name="Cy", note="from C")
    put(b, ids[0], pronouns="they")
    put(c, ids[0], note="C's note")
    delete(a, ids[2])
    _everyone_syncs((a, b, c))
    assert dump(a) == dump(b) == dump(c)


def test_p02_commutativity(trio: tuple[Replica, Replica, Replica]) -> None:
    a, b, c = trio
    rid = new_id()
    put(a, rid, name="Alex", note="A")
    put(b, rid, name="Alexandra", note="B")
    bundle_a, bundle_b = bundle(a), bundle(b)
    # The same starting state twice: import in one order, undo both, the other order.
    c.sync.import_bundle(bundle_a)
    c.sync.import_bundle(bundle_b)
    first = dump(c, (MEMBERS,))
    c.sync.undo_last_import()
    c.sync.undo_last_import()
    c.sync.import_bundle(bundle_b)
    c.sync.import_bundle(bundle_a)
    assert dump(c, (MEMBERS,)) == first


def test_p03_relay_gives_the_same_state(trio: tuple[Replica, Replica, Replica]) -> None:
    a, b, c = trio
    rid = new_id()
    put(a, rid, name="Alex", note="written on A")
    send(a, c)
    put(c, new_id(), name="Cy")
    send(c, b)  # A's change reaches B via C
    via_relay = dump(b, (MEMBERS,))
    send(a, b)  # the direct route adds nothing new
    send(c, b)
    assert dump(b, (MEMBERS,)) == via_relay


def test_p04_idempotence(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    put(a, new_id(), name="Alex")
    data = bundle(a)
    assert b.sync.import_bundle(data).applied
    before = dump(b)
    again = b.sync.import_bundle(data)
    assert not again.applied and again.preview.already_imported
    assert dump(b) == before
    own = bundle(b)
    assert not b.sync.import_bundle(own).applied  # one's own bundle
    assert dump(b) == before


def test_p05_stale_bundles_are_harmless(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    rid = new_id()
    put(a, rid, name="Alex")
    old = bundle(a)
    put(a, rid, name="Alexandra")
    delete(a, rid)
    newer = bundle(a)
    b.sync.import_bundle(newer)
    before = dump(b)
    b.sync.import_bundle(old)
    assert dump(b) == before
    assert not visible(b, rid)


def test_p06_causal_overwrite_is_not_a_conflict(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    b.clock.value = a.clock.value - 3 * 365 * 86400  # B's clock is years behind
    rid = new_id()
    put(a, rid, name="Alex", note="first")
    # To B, A's stamps look years ahead: the clock gate (property 23) needs the override.
    send(a, b, allow_future=True)
    put(b, rid, note="second, written on B")
    result = send(b, a)
    state = state_of(a, rid)
    assert state is not None and state.get("note") == "second, written on B"
    assert not state.has_conflict("note")
    assert result.preview.total("conflicts") == 0


def test_p07_field_independence(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    rid = new_id()
    put(a, rid, name="Alex")
    send(a, b)
    put(a, rid, name="Alexandra")
    put(b, rid, pronouns="she/her")
    send(a, b)
    send(b, a)
    for r in (a, b):
        state = state_of(r, rid)
        assert state is not None
        assert (state.get("name"), state.get("pronouns")) == ("Alexandra", "she/her")


def test_p08_concurrent_same_field_edits_conflict_once_and_resolve_everywhere(
    pair: tuple[Replica, Replica],
) -> None:
    a, b = pair
    rid = new_id()
    put(a, rid, name="Alex", note="base")
    send(a, b)
    put(a, rid, note="A's version")
    b.clock.advance(5)
    put(b, rid, note="B's version")
    to_b = send(a, b)
    send(b, a)
    assert to_b.preview.total("conflicts") == 1
    sa, sb = state_of(a, rid), state_of(b, rid)
    assert sa is not None and sb is not None
    assert sa.has_conflict("note") and sb.has_conflict("note")
    assert sa.get("note") == sb.get("note") == "B's version"  # max (hlc, replica)
    assert set(sa.fields["note"]) == set(sb.fields["note"])
    put(a, rid, note="both, combined")  # resolving is an ordinary write that saw both
    send(a, b)
    sb = state_of(b, rid)
    assert sb is not None and not sb.has_conflict("note") and sb.get("note") == "both, combined"


def test_p09_no_silent_loss(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    rid = new_id()
    put(a, rid, name="Alex")
    send(a, b)
    written = {"A note": a, "B note": b}
    for text, replica in written.items():
        put(replica, rid, note=text)
    send(a, b)
    send(b, a)
    for r in (a, b):
        state = state_of(r, rid)
        assert state is not None
        assert {v.value for v in state.fields["note"]} == set(written)


def test_p10_incremental_equals_full(trio: tuple[Replica, Replica, Replica]) -> None:
    a, b, c = trio
    send(a, b)
    send(a, c)
    send(b, a)
    send(c, a)
    ids = [new_id() for _ in range(3)]
    incrementals = []
    for i, rid in enumerate(ids):
        put(a, rid, name=f"Person {i}")
        incrementals.append(bundle(a, peer=b))
    delete(a, ids[0])
    incrementals.append(bundle(a, peer=b))
    # B gets them lost, duplicated and out of order; C gets one full bundle.
    for data in (incrementals[2], incrementals[2], incrementals[0], incrementals[3]):
        b.sync.import_bundle(data)
    b.sync.import_bundle(bundle(a, peer=b))  # the next routine incremental
    send(a, c)
    assert dump(b, (MEMBERS,)) == dump(c, (MEMBERS,))


def test_p10_a_gap_never_advances_the_summary(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    send(b, a)  # A learns what B holds
    put(a, new_id(), name="One")
    first = bundle(a, peer=b)  # B never receives it
    with a.vault.transaction() as (uow, _k, _p):
        uow.sync.set_vector(b.replica_id, {**uow.sync.vector(b.replica_id), a.replica_id: 10**6})
    put(a, new_id(), name="Two")
    gap = bundle(a, peer=b)  # claims a base B does not have
    b.sync.import_bundle(gap)
    with b.vault.transaction() as (uow, _k, _p):
        own = uow.sync.vector(b.replica_id)
    assert own.get(a.replica_id, 0) < 10**6
    b.sync.import_bundle(first)


def test_p11_natural_key_rows_become_one(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    with a.vault.transaction() as (uow, _k, _p):
        group = uow.group_id
    pair_id = str(uuid.uuid5(uuid.UUID(group), "attendance:meeting-1:member-1"))
    put(a, pair_id, name="ticked on A")
    put(b, pair_id, name="ticked on B")
    send(a, b)
    send(b, a)
    for r in (a, b):
        with r.vault.transaction() as (uow, keys, _p):
            rows = [x for x in uow.group.members.load_all(uow, keys)[0] if x.id == pair_id]
        assert len(rows) == 1
    assert dump(a, (MEMBERS,)) == dump(b, (MEMBERS,))


def test_record_state_json_round_trip_keeps_unknown_fields() -> None:
    state = RecordState()
    state.write({"name": "x", "field_from_a_newer_app": [1, 2]}, "r", 1, 5)
    again = RecordState.from_json(state.to_json())
    assert again.get("field_from_a_newer_app") == (1, 2)
