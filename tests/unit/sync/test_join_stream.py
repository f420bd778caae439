"""A join into a new vault streams the kit without the merge (issue 12, join at M): what
arrives must equal what a merge into an empty vault gives — tombstones, siblings and
their inbox flags, a forgotten member — and a kit that is damaged or lies about its
records leaves no vault behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.conflicts import ConflictsService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.sync.joinkit import join_from_kit, make_join_kit
from safespace_desktop.services.sync.payload import canonical
from safespace_desktop.storage.sync_store import conflict_flags
from tests.unit.sync.helpers import (
    MEMBERS,
    PASS_JOIN,
    Replica,
    delete,
    dump,
    join,
    new_id,
    put,
    send,
)


def test_a_joined_pc_holds_exactly_what_the_kit_maker_holds(
    pair: tuple[Replica, Replica], tmp_path: Path
) -> None:
    a, b = pair
    kept, gone, both = new_id(), new_id(), new_id()
    put(a, kept, name="Robin", note="stays")
    put(a, gone, name="Sam")
    put(a, both, name="Alex", note="before")
    send(a, b)
    delete(a, gone)
    put(a, both, note="written on A")
    put(b, both, note="written on B")
    send(b, a)  # A now holds siblings for "note" and a flag for them
    member = MembersService(a.vault).add_member(MemberDraft(name="Jo"))
    ForgetService(a.vault).forget(member.id)
    c = join(a, tmp_path, "C")
    try:
        assert dump(c, (MEMBERS,)) == dump(a, (MEMBERS,))
        with c.vault.transaction() as (uow, _keys, _p):
            assert conflict_flags(uow) == {MEMBERS: [both]}
        [conflict] = ConflictsService(c.vault).list_conflicts()
        assert (conflict.record_id, conflict.field) == (both, "note")
    finally:
        c.vault.close()


def _kit(origin: Replica, path: Path) -> bytes:
    make_join_kit(origin.vault, path, PASS_JOIN, device_name="New laptop")
    return path.read_bytes()


@pytest.mark.parametrize("where", [0.3, 0.6, 0.95])
def test_a_damaged_kit_leaves_no_vault(
    pair: tuple[Replica, Replica], tmp_path: Path, where: float
) -> None:
    a, _b = pair
    for i in range(30):
        put(a, new_id(), name=f"Person {i}")
    kit = bytearray(_kit(a, tmp_path / "kit.ssjoin"))
    kit[int(len(kit) * where)] ^= 0x01
    target = tmp_path / "new" / "group.ssvault"
    with pytest.raises(BundleRejected):
        join_from_kit(target, bytes(kit), handle="facn", secret=PASS_JOIN, params=FAST_TEST_PROFILE)
    assert not target.exists()


def test_canonical_lines_keep_the_bytes_the_general_encoder_gives() -> None:
    from safespace_desktop.services.sync.payload import encode_stored

    state = {"cc": {"r": 2}, "f": {"name": [['Zoë "Z"', "r", 1, 7]], "a": [[None, "r", 2, 9]]}}
    columns = {"member_id": "x", "other": None}
    spliced = encode_stored("members", "id-1", columns, state, canonical(state).decode())
    plain = encode_stored("members", "id-1", columns, state)
    assert spliced.encoded == plain.encoded
    assert spliced.max_hlc == plain.max_hlc == 9
