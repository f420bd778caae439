"""Group key epochs and revocation (DESIGN.md §3.1, crypto.md §4.7, issue #12):
old rows keep opening after a rotation, new writes use the new epoch, remaining
facilitators on this PC receive the new epoch through their exchange key, and the
revoked facilitator's slot cannot open it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import NotFound, NotPermitted
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.crypto import exchange
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.key_grants import KeyGrantsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.revocation import RevocationService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.security_helpers import raw_rows

SKY_PASS = "copper willow tundra lagoon"
KAI_PASS = "saffron beacon glacier pepper"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-schema1.safespace"


def _facilitator_id(vault: Vault, handle: str) -> str:
    entries = RevocationService(vault).facilitators()
    return next(e.id for e in entries if e.handle == handle)


def _member_key_ids(vault: Vault) -> dict[str, bytes]:
    return {row["id"]: bytes(row["key_id"]) for row in raw_rows(vault, "members")}


def test_a_new_vault_is_at_epoch_zero(vault: Vault) -> None:
    keyring = vault.keyring_for_tests()
    assert keyring.current_epoch == 0
    assert keyring.group_key_for_epoch(0) is keyring.group_key
    assert raw_rows(vault, "group_key_epochs") == [{"epoch": 0, "key_id": keyring.group_key.key_id}]
    with pytest.raises(NotPermitted):
        keyring.group_key_for_epoch(1)


def test_revocation_rotates_old_rows_open_new_rows_use_the_new_epoch(vault: Vault) -> None:
    members = MembersService(vault)
    before = members.add_member(MemberDraft("Alex", "they/them", "tea"))
    vault.add_facilitator("sky", SKY_PASS)
    old_key_id = vault.keyring_for_tests().group_key.key_id

    rotation = RevocationService(vault).revoke_facilitator(_facilitator_id(vault, "sky"))

    keyring = vault.keyring_for_tests()
    assert rotation.epoch == 1 and keyring.current_epoch == 1
    assert rotation.revoked_handle == "sky" and rotation.reached == (FACILITATOR_HANDLE,)
    assert keyring.group_key.key_id != old_key_id
    assert keyring.group_key_for_epoch(0).key_id == old_key_id
    after = members.add_member(MemberDraft("Bea", "she/her", "coffee"))
    key_ids = _member_key_ids(vault)
    assert key_ids[before.id] == old_key_id  # not re-sealed: opens under its own epoch
    assert key_ids[after.id] == keyring.group_key.key_id
    # Both open, in this session and after locking and unlocking again.
    vault.lock()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    names = {m.name for m in MembersService(vault).list_members()}
    assert {"Alex", "Bea"} <= names
    assert vault.keyring_for_tests().current_epoch == 1


def test_the_revoked_slot_can_no_longer_open_any_group_key(vault: Vault) -> None:
    robin = vault.principal
    assert robin is not None
    vault.add_facilitator("sky", SKY_PASS)
    sky_before = [r for r in raw_rows(vault, "key_wraps") if r["slot_id"] != robin.slot_id]
    assert any(r["wrapper"] == "facilitator_key" for r in sky_before)
    RevocationService(vault).revoke_facilitator(_facilitator_id(vault, "sky"))
    new_key_id = vault.keyring_for_tests().group_key.key_id
    entries = {e.handle: e for e in RevocationService(vault).facilitators()}
    assert entries["sky"].status == "revoked" and entries[FACILITATOR_HANDLE].is_you
    wraps = raw_rows(vault, "key_wraps")
    sky_left = {r["wrapper"] for r in wraps if r["slot_id"] != robin.slot_id}
    # Only sky's own passphrase and recovery wraps (FK, journal key) stay: no group,
    # commons, signing or exchange key wrap, and no grant of the new epoch.
    assert sky_left == {"passphrase", "recovery"}
    assert [r["slot_id"] for r in wraps if r["target_key_id"] == new_key_id] == [robin.slot_id]
    vault.lock()
    with pytest.raises(NotPermitted) as refused:
        vault.unlock("sky", SKY_PASS)
    assert refused.value.code == "facilitator_revoked"
    assert not vault.is_unlocked


def test_a_remaining_facilitator_picks_up_the_new_epoch_at_next_unlock(vault: Vault) -> None:
    vault.add_facilitator("sky", SKY_PASS)
    vault.add_facilitator("kai", KAI_PASS)
    RevocationService(vault).revoke_facilitator(_facilitator_id(vault, "sky"))
    new_key_id = vault.keyring_for_tests().group_key.key_id
    MembersService(vault).add_member(MemberDraft("Bea", "she/her", "coffee"))
    grants = [r for r in raw_rows(vault, "key_wraps") if r["wrapper"] == "exchange_grant"]
    assert len(grants) == 1 and grants[0]["target_key_id"] == new_key_id

    vault.lock()
    vault.unlock("kai", KAI_PASS)
    keyring = vault.keyring_for_tests()
    assert keyring.current_epoch == 1 and keyring.held_epochs() == [0, 1]
    assert "Bea" in {m.name for m in MembersService(vault).list_members()}
    # The grant became an ordinary FK wrap: no grant rows remain.
    assert not [r for r in raw_rows(vault, "key_wraps") if r["wrapper"] == "exchange_grant"]
    vault.lock()
    vault.unlock("kai", KAI_PASS)
    assert vault.keyring_for_tests().held_epochs() == [0, 1]


def test_a_facilitator_added_after_a_rotation_gets_every_epoch(vault: Vault) -> None:
    MembersService(vault).add_member(MemberDraft("Alex", "they/them", "tea"))
    vault.add_facilitator("sky", SKY_PASS)
    RevocationService(vault).revoke_facilitator(_facilitator_id(vault, "sky"))
    vault.add_facilitator("kai", KAI_PASS)
    vault.lock()
    vault.unlock("kai", KAI_PASS)
    assert vault.keyring_for_tests().held_epochs() == [0, 1]
    assert "Alex" in {m.name for m in MembersService(vault).list_members()}


def test_you_cannot_revoke_yourself_or_someone_already_revoked(vault: Vault) -> None:
    service = RevocationService(vault)
    with pytest.raises(NotPermitted) as refused:
        service.revoke_facilitator(_facilitator_id(vault, FACILITATOR_HANDLE))
    assert refused.value.code == "cannot_revoke_self"
    vault.add_facilitator("sky", SKY_PASS)
    sky = _facilitator_id(vault, "sky")
    service.revoke_facilitator(sky)
    with pytest.raises(NotFound):
        service.revoke_facilitator(sky)
    assert vault.keyring_for_tests().current_epoch == 1  # the refusal changed nothing


def test_travel_grants_reach_remaining_facilitators_only(vault: Vault) -> None:
    vault.add_facilitator("sky", SKY_PASS)
    vault.add_facilitator("kai", KAI_PASS)
    RevocationService(vault).revoke_facilitator(_facilitator_id(vault, "sky"))
    key_file = KeyGrantsService(vault).key_file()
    grants = json.loads(key_file)["grants"]
    vault.lock()
    with pytest.raises(NotPermitted):
        vault.unlock("sky", SKY_PASS)
    vault.unlock("kai", KAI_PASS)
    kai = vault.keyring_for_tests()
    assert kai.exchange_key is not None
    recipients = {g["to"] for g in grants}
    assert kai.exchange_key.key_id.hex() in recipients
    assert len(recipients) == 2  # robin and kai; never sky
    # Kai already holds epoch 1 (picked up at unlock): accepting the file gains nothing.
    assert KeyGrantsService(vault).accept(key_file).epochs == ()


def test_a_travel_grant_opens_only_for_its_group_epoch_and_recipient() -> None:
    recipient = exchange.new_exchange_key()
    other = exchange.new_exchange_key()
    group_key = SecretKey.generate()
    public = exchange.public_of(recipient.material())
    grant = exchange.seal_travel_grant(public, "group-a", 3, group_key)
    opened = exchange.open_travel_grant(recipient, grant, "group-a")
    assert opened.material() == group_key.material() and opened.key_id == group_key.key_id
    with pytest.raises(ValueError):
        exchange.open_travel_grant(recipient, grant, "group-b")
    with pytest.raises(ValueError):
        exchange.open_travel_grant(recipient, {**grant, "epoch": 4}, "group-a")
    with pytest.raises(ValueError):
        exchange.open_travel_grant(other, grant, "group-a")
    flipped = bytearray(bytes.fromhex(str(grant["sealed"])))
    flipped[-1] ^= 1
    with pytest.raises(ValueError):
        exchange.open_travel_grant(recipient, {**grant, "sealed": flipped.hex()}, "group-a")


def test_the_schema_one_vault_upgrades_to_epochs_and_rotates(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = tmp_path / "group.ssvault"
    shutil.copyfile(FIXTURE, path)
    vault = Vault.open_existing(path, clock=clock)
    try:
        meta = raw_rows(vault, "vault_meta")[0]
        assert raw_rows(vault, "group_key_epochs") == [{"epoch": 0, "key_id": meta["group_key_id"]}]
        vault.unlock("sam", "demo kettle harbour maple")
        keyring = vault.keyring_for_tests()
        assert keyring.current_epoch == 0 and keyring.exchange_key is not None
        names = {m.name for m in MembersService(vault).list_members()}
        assert names
        rotation = RevocationService(vault).revoke_facilitator(_facilitator_id(vault, "priya"))
        assert rotation.epoch == 1
        assert {m.name for m in MembersService(vault).list_members()} == names
        vault.lock()
        with pytest.raises(NotPermitted):
            vault.unlock("priya", "demo lantern orchard cobble")
        vault.unlock("sam", "demo kettle harbour maple")
        assert {m.name for m in MembersService(vault).list_members()} == names
    finally:
        vault.close()
