"""sync.md §3 B: deletion (properties 12–16)."""

from __future__ import annotations

import pytest

from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from tests.unit.sync.helpers import (
    MEMBERS,
    Replica,
    bundle,
    db_digest,
    delete,
    dump,
    new_id,
    put,
    send,
    state_of,
    visible,
)


def test_p12_a_delete_propagates(trio: tuple[Replica, Replica, Replica]) -> None:
    a, b, c = trio
    rid = new_id()
    put(a, rid, name="Alex")
    send(a, b)
    send(a, c)
    delete(b, rid)
    result = send(b, a)
    send(a, c)
    assert result.preview.total("deleted") == 1
    assert not any(visible(r, rid) for r in (a, b, c))


def test_p13_an_edit_beats_a_delete_it_had_not_seen(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    rid = new_id()
    put(a, rid, name="Alex", note="old")
    send(a, b)
    delete(a, rid)
    put(b, rid, note="B wrote this meanwhile")
    to_a = send(b, a)
    to_b = send(a, b)
    for r in (a, b):
        assert visible(r, rid)
        state = state_of(r, rid)
        assert state is not None and state.get("note") == "B wrote this meanwhile"
    # A saw its own record come back; B saw a delete it must not apply.
    assert to_a.preview.total("resurrected") == 1
    assert to_b.preview.total("deleted") == 0
    assert dump(a, (MEMBERS,)) == dump(b, (MEMBERS,))
    delete(b, rid)  # a delete that has seen everything hides it again, everywhere
    send(b, a)
    assert not visible(a, rid) and not visible(b, rid)


def test_p14_no_deletion_from_absence(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    ids = [new_id() for _ in range(3)]
    for rid in ids:
        put(b, rid, name="kept")
    send(b, a)
    send(a, b)
    put(a, new_id(), name="one new record")
    incremental = bundle(a, peer=b)  # holds none of ``ids``
    b.sync.import_bundle(incremental)
    assert all(visible(b, rid) for rid in ids)
    # A full bundle of a fresh replica that never had them changes nothing either.
    assert all(visible(a, rid) for rid in ids)


def test_p15_mass_delete_guard(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    ids = [new_id() for _ in range(30)]
    for rid in ids:
        put(a, rid, name="someone")
    send(a, b)
    for rid in ids[:25]:
        delete(a, rid)
    data = bundle(a)
    preview = b.sync.preview(data)
    assert preview.needs_confirmation and preview.newly_hidden == 25
    before = db_digest(b)
    with pytest.raises(BundleRejected) as refused:
        b.sync.import_bundle(data)
    assert refused.value.code == "sync_mass_delete"
    assert db_digest(b) == before  # declining leaves the database as it was
    assert b.sync.import_bundle(data, confirm_mass_delete=True).applied
    assert sum(visible(b, rid) for rid in ids) == 5


def test_p16_forget_member_is_sticky_everywhere(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    member = MembersService(a.vault).add_member(
        MemberDraft(name="Quentin Canary", note="private note 7f3a")
    )
    send(a, b)
    ForgetService(a.vault).forget(member.id)
    put(b, member.id, note="edited on B at the same time 9c1d")  # concurrent edit
    send(b, a)
    send(a, b)
    for r in (a, b):
        text = dump(r, (MEMBERS,))
        for secret in ("Quentin Canary", "private note 7f3a", "9c1d"):
            assert secret not in text
        state = state_of(r, member.id)
        assert state is not None and state.redacted
    # ... and no later bundle from either PC carries the erased values.
    for r in (a, b):
        opened = container.open_bundle(bundle(r), lambda _e, r=r: _gk(r))
        for secret in (b"Quentin Canary", b"private note 7f3a", b"9c1d"):
            assert secret not in opened.records_jsonl


def _gk(replica: Replica) -> bytes:
    return replica.vault.keyring_for_tests().group_key.material()


def test_former_member_numbers_do_not_collide_across_pcs(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    first = MembersService(a.vault).add_member(MemberDraft(name="Forgotten on A"))
    second = MembersService(a.vault).add_member(MemberDraft(name="Forgotten on B"))
    send(a, b)
    # Apart, each PC forgets a different person: both hand out "#1".
    assert ForgetService(a.vault).forget(first.id).former_number == 1
    b.clock.advance(5)
    assert ForgetService(b.vault).forget(second.id).former_number == 1
    send(a, b)
    send(b, a)
    for r in (a, b):
        shown = {m.id: m.name for m in MembersService(r.vault).list_members() if m.forgotten}
        assert len(set(shown.values())) == 2, shown
        assert shown[first.id].endswith("1") and shown[second.id].endswith("2")
        assert MembersService(r.vault).get(second.id).name == shown[second.id]
    third = MembersService(a.vault).add_member(MemberDraft(name="Later"))
    assert ForgetService(a.vault).forget(third.id).former_number == 3
