"""A PC joining from a kit is enrolled as its own device (issue 12 gap): it makes its
own device key, which never travels, and claims the place the kit reserved as a
device of the joining facilitator; a second claim of that place is refused, and
revoking the device refuses its next bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.crypto import join_kit
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.revocation import RevocationService
from safespace_desktop.services.sync.joinkit import join_from_kit, make_join_kit
from tests.unit.sync.helpers import PASS_JOIN, Replica, first_pc, new_id, put


def _kit(origin: Replica, folder: Path) -> bytes:
    path = folder / "kit.ssjoin"
    make_join_kit(origin.vault, path, PASS_JOIN, device_name="New laptop")
    return path.read_bytes()


def _join(kit: bytes, origin: Replica, folder: Path, name: str) -> Replica:
    clock = ManualClock(origin.clock.now())
    vault, _ = join_from_kit(
        folder / name / "group.ssvault",
        kit,
        handle=f"fac{name.lower()}",
        secret=PASS_JOIN,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    return Replica(name, vault, clock)


def test_the_new_pc_claims_its_place_with_its_own_key_and_facilitator(tmp_path: Path) -> None:
    a = first_pc(tmp_path)
    kit = _kit(a, tmp_path)
    header = join_kit.read_header(kit)
    kek = join_kit.derive_kek(PASS_JOIN, header.salt, header.params)
    secrets = join_kit.open_secrets(header, kek)
    assert "device_seed" not in secrets  # no device key travels in the kit
    reserved = next(d for d in a.sync.devices() if d.replica_id == secrets["replica_id"])
    assert reserved.public_key == b"" and reserved.facilitator_id == ""

    b = _join(kit, a, tmp_path, "B")
    try:
        mine = b.sync.this_device()
        assert mine.replica_id == secrets["replica_id"] and len(mine.public_key) == 32
        with b.vault.transaction() as (uow, keys, principal):
            own, _ = uow.group.facilitators.load_where(uow, keys, slot_id=principal.slot_id)
        assert mine.facilitator_id == own[0].id  # the joining facilitator, not the maker
        put(b, new_id(), name="Written on B")
        b.clock.advance(1)
        assert a.sync.import_bundle(b.sync.make_bundle()[0]).applied
        at_a = next(d for d in a.sync.devices() if d.replica_id == mine.replica_id)
        assert at_a.public_key == mine.public_key and at_a.facilitator_id == own[0].id

        # Revoking the new device refuses its next bundle.
        RevocationService(a.vault).revoke_device(mine.replica_id)
        put(b, new_id(), name="After revocation")
        b.clock.advance(1)
        with pytest.raises(BundleRejected) as refused:
            a.sync.import_bundle(b.sync.make_bundle()[0])
        assert refused.value.code == "sync_revoked_device"
    finally:
        b.vault.close()
        a.vault.close()


def test_a_second_pc_claiming_the_same_place_is_refused(tmp_path: Path) -> None:
    a = first_pc(tmp_path)
    kit = _kit(a, tmp_path)
    b = _join(kit, a, tmp_path, "B")
    thief = _join(kit, a, tmp_path, "T")  # the same kit used twice
    try:
        b.clock.advance(1)
        assert a.sync.import_bundle(b.sync.make_bundle()[0]) is not None
        put(thief, new_id(), name="Planted")
        thief.clock.advance(1)
        with pytest.raises(BundleRejected) as refused:
            a.sync.import_bundle(thief.sync.make_bundle()[0])
        assert refused.value.code == "sync_bad_signature"
    finally:
        for r in (a, b, thief):
            r.vault.close()
