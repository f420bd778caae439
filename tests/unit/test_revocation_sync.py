"""Revocation end to end with sync bundles (issue #12, W9): after a facilitator is
removed, the group moves to a new key epoch; their device's next bundle is refused;
the remaining facilitator on another PC receives the epoch in a signed key file and
keeps syncing; the removed one can open neither the key file nor later bundles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import BundleRejected, NotFound
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.key_grants import KeyGrantsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.revocation import RevocationService
from safespace_desktop.services.sync.joinkit import join_from_kit, make_join_kit
from safespace_desktop.services.sync.service import SyncService
from safespace_desktop.services.vault import Vault

PASS_A = "lantern meadow pebble harbour"
PASS_JOIN = "juniper window candle autumn"


@dataclass
class PC:
    vault: Vault
    clock: ManualClock

    @property
    def sync(self) -> SyncService:
        return SyncService(self.vault)

    def names(self) -> set[str]:
        return {m.name for m in MembersService(self.vault).list_members()}

    def add(self, name: str) -> None:
        self.clock.advance(1)
        MembersService(self.vault).add_member(MemberDraft(name))

    def bundle(self) -> bytes:
        self.clock.advance(1)
        return self.sync.make_bundle(full=True)[0]


def _first(folder: Path) -> PC:
    clock = ManualClock()
    vault, _ = Vault.create(
        folder / "A" / "group.ssvault",
        label="Tuesday group",
        group_name="Riverside Circle",
        handle="robin",
        passphrase_text=PASS_A,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    return PC(vault, clock)


def _join(origin: PC, folder: Path, name: str) -> PC:
    kit = folder / f"{name}.ssjoin"
    make_join_kit(origin.vault, kit, PASS_JOIN, device_name=f"{name}'s laptop")
    clock = ManualClock(origin.clock.now())
    vault, _ = join_from_kit(
        folder / name / "group.ssvault",
        kit.read_bytes(),
        handle=f"fac{name.lower()}",
        secret=PASS_JOIN,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    return PC(vault, clock)


@pytest.fixture
def pcs(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = _first(tmp_path)
    a.add("Alex")
    b = _join(a, tmp_path, "B")
    c = _join(a, tmp_path, "C")
    # A learns B's and C's facilitators (with their exchange keys) from their bundles.
    a.sync.import_bundle(b.bundle())
    a.sync.import_bundle(c.bundle())
    everyone = a.bundle()
    b.sync.import_bundle(everyone)
    c.sync.import_bundle(everyone)
    yield a, b, c
    for pc in (a, b, c):
        pc.vault.close()


def _facilitator(pc: PC, handle: str) -> str:
    return next(e.id for e in RevocationService(pc.vault).facilitators() if e.handle == handle)


def test_a_revoked_facilitators_next_bundle_is_refused_and_the_rest_keep_syncing(pcs) -> None:  # type: ignore[no-untyped-def]
    a, b, c = pcs
    rotation = RevocationService(a.vault).revoke_facilitator(_facilitator(a, "facc"))
    assert rotation.epoch == 1 and "facb" in rotation.reached

    # C's next bundle is refused by A, and A's state does not change.
    c.add("Written on C")
    with pytest.raises(BundleRejected) as refused:
        a.sync.import_bundle(c.bundle())
    assert refused.value.code == "sync_revoked_device"
    assert "Written on C" not in a.names()

    # A's later bundles use the new epoch: B cannot open one until it has the key file.
    a.add("Bea")
    after = a.bundle()
    with pytest.raises(BundleRejected):
        b.sync.import_bundle(after)
    key_file = KeyGrantsService(a.vault).key_file()
    report = KeyGrantsService(b.vault).preview(key_file)
    assert report.signer == "robin" and report.epochs == (1,)
    assert report.revoked_facilitators == ("facc",)
    KeyGrantsService(b.vault).accept(key_file)
    assert b.vault.keyring_for_tests().current_epoch == 1
    b.sync.import_bundle(after)
    assert {"Alex", "Bea"} <= b.names()
    # B refuses C's bundles too, at once (the key file carried the revocation).
    with pytest.raises(BundleRejected) as refused_at_b:
        b.sync.import_bundle(c.bundle())
    assert refused_at_b.value.code == "sync_revoked_device"
    # And B's own later bundles, under epoch 1, import at A.
    b.add("From B after")
    a.sync.import_bundle(b.bundle())
    assert "From B after" in a.names()

    # C holds no grant in the key file and cannot open the new epoch's bundles.
    with pytest.raises((NotFound, BundleRejected)):
        KeyGrantsService(c.vault).accept(key_file)
    with pytest.raises(BundleRejected):
        c.sync.import_bundle(after)
    assert c.vault.keyring_for_tests().current_epoch == 0


def test_revoking_a_lost_device_keeps_its_facilitator(pcs) -> None:  # type: ignore[no-untyped-def]
    a, _b, c = pcs
    c_replica = c.sync.this_device().replica_id
    rotation = RevocationService(a.vault).revoke_device(c_replica)
    assert rotation.epoch == 1 and "facc" in rotation.reached
    with pytest.raises(BundleRejected) as refused:
        a.sync.import_bundle(c.bundle())
    assert refused.value.code == "sync_revoked_device"
    # The person keeps the group: the key file holds a grant for facc's exchange key.
    grants = json.loads(KeyGrantsService(a.vault).key_file())["grants"]
    c_exchange = c.vault.keyring_for_tests().exchange_key
    assert c_exchange is not None and c_exchange.key_id.hex() in {g["to"] for g in grants}


def test_a_forged_or_foreign_key_file_changes_nothing(pcs) -> None:  # type: ignore[no-untyped-def]
    a, b, _c = pcs
    RevocationService(a.vault).revoke_facilitator(_facilitator(a, "facc"))
    document = json.loads(KeyGrantsService(a.vault).key_file())
    document["revoked_facilitators"] = []  # tampering breaks the signature
    with pytest.raises(BundleRejected) as untrusted:
        KeyGrantsService(b.vault).accept(json.dumps(document).encode())
    assert untrusted.value.code == "key_file_untrusted"
    with pytest.raises(BundleRejected) as damaged:
        KeyGrantsService(b.vault).accept(b"not a key file")
    assert damaged.value.code == "key_file_damaged"
    assert b.vault.keyring_for_tests().current_epoch == 0


def test_conflicts_name_the_computers_that_made_them(pcs) -> None:  # type: ignore[no-untyped-def]
    """Two PCs edit the same note between syncs: the inbox shows both, named by device,
    and resolving on one PC clears it on the other after the next sync."""
    from safespace_desktop.services.conflicts import ConflictsService

    a, b, _c = pcs
    alex = next(m for m in MembersService(a.vault).list_members() if m.name == "Alex")
    for pc, note in ((a, "Likes the window seat"), (b, "Prefers tea")):
        pc.clock.advance(1)
        member = next(m for m in MembersService(pc.vault).list_members() if m.id == alex.id)
        MembersService(pc.vault).update_member(
            alex.id, MemberDraft(member.name, member.pronouns, note), expected_rev=member.rev
        )
    a.sync.import_bundle(b.bundle())
    [conflict] = ConflictsService(a.vault).list_conflicts()
    authors = {v.value: v.author for v in conflict.versions}
    assert authors["Prefers tea"] == "B's laptop"
    assert [v.this_computer for v in conflict.versions].count(True) == 1
    ConflictsService(a.vault).resolve(
        "members", alex.id, "note", "Window seat, tea", expected_rev=conflict.rev
    )
    b.sync.import_bundle(a.bundle())
    assert ConflictsService(b.vault).list_conflicts() == []
    assert ConflictsService(a.vault).list_conflicts() == []
    note_b = next(m for m in MembersService(b.vault).list_members() if m.id == alex.id).note
    assert note_b == "Window seat, tea"
