"""Claim 12: one person at a time, and their keys die with the session.

- Unlocking (or claiming) a member locks an open facilitator session first.
- After ``lock()`` every ``SecretKey`` buffer the keyring held is all zeros.
- The AES-GCM objects built from those keys are released. ``cryptography``'s
  ``AESGCM`` is a Rust type that supports neither weak references nor subclassing,
  so the weakref check runs with a weakref-able stand-in patched into
  ``crypto/keys.py`` (it wraps a real ``AESGCM``; the vault works through it), and a
  second check on the real objects asserts that, after lock and ``gc.collect()``,
  the test's own reference is the only one left (``sys.getrefcount``).
"""

from __future__ import annotations

import gc
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import WrongPassphrase
from safespace_desktop.core.model import MemberDraft, Role
from safespace_desktop.crypto import keys as keys_module
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS


class ProbeAESGCM:
    """A weakref-able stand-in for AESGCM that delegates to the real thing."""

    created: list[weakref.ref[ProbeAESGCM]] = []

    def __init__(self, key: bytes) -> None:
        self._inner = AESGCM(key)
        ProbeAESGCM.created.append(weakref.ref(self))

    def encrypt(self, nonce: bytes, data: bytes, associated_data: bytes | None) -> bytes:
        return self._inner.encrypt(nonce, data, associated_data)

    def decrypt(self, nonce: bytes, data: bytes, associated_data: bytes | None) -> bytes:
        return self._inner.decrypt(nonce, data, associated_data)


@pytest.fixture
def probes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[weakref.ref[ProbeAESGCM]]]:
    ProbeAESGCM.created = []
    monkeypatch.setattr(keys_module, "AESGCM", ProbeAESGCM)
    yield ProbeAESGCM.created


@pytest.fixture
def tracked_keys(monkeypatch: pytest.MonkeyPatch) -> list[SecretKey]:
    """Every SecretKey constructed while the test runs (kept alive to inspect)."""
    created: list[SecretKey] = []
    original = SecretKey.__init__

    def tracking(self: SecretKey, material: Any, key_id: bytes) -> None:
        original(self, material, key_id)
        created.append(self)

    monkeypatch.setattr(SecretKey, "__init__", tracking)
    return created


def _use_everything(vault: Vault) -> None:
    """Touch every key a facilitator holds so each has built its AEAD object."""
    MembersService(vault).add_member(MemberDraft("Alex", "they/them", "tea"))
    MembersService(vault).list_members()
    vault.settings()
    for key in vault.keyring_for_tests().all_keys():
        key.aead()


def test_lock_zeroes_every_keyring_buffer(vault: Vault) -> None:
    _use_everything(vault)
    keyring = vault.keyring_for_tests()
    held = keyring.all_keys()
    assert keyring.facilitator_key in held and keyring.signing_key in held
    # journal, commons, group (epoch 0), facilitator, signing and exchange key (#12)
    assert keyring.exchange_key in held
    assert len(held) == 6 and not any(k.wiped for k in held)
    buffers = [k.buffer() for k in held]
    vault.lock()
    assert all(not any(b) for b in buffers)
    assert all(k.wiped for k in held)
    assert keyring.group_keys == {} and keyring.facilitator_key is None
    assert not vault.is_unlocked


def test_aead_objects_die_with_the_session(
    vault: Vault, probes: list[weakref.ref[ProbeAESGCM]]
) -> None:
    vault.lock()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    _use_everything(vault)
    gc.collect()
    alive = [r for r in probes if r() is not None]
    assert len(alive) >= 5  # the keyring's keys (and nothing was built outside keys.py)
    vault.lock()
    gc.collect()
    assert [r for r in probes if r() is not None] == []


def test_real_aesgcm_objects_have_no_other_holder_after_lock(vault: Vault) -> None:
    _use_everything(vault)
    aeads = [k.aead() for k in vault.keyring_for_tests().all_keys()]
    held = [0] * len(aeads)
    for index in range(len(aeads)):
        held[index] = sys.getrefcount(aeads[index])
    assert all(count > 2 for count in held)  # sanity control: the keys still hold them
    vault.lock()
    gc.collect()
    # One reference from the list, one from getrefcount's argument: nobody else.
    # (Counted outside ``assert``: pytest's rewriting keeps its own temporaries.)
    counts = [0] * len(aeads)
    for index in range(len(aeads)):
        counts[index] = sys.getrefcount(aeads[index])
    assert counts == [2] * len(aeads)


def test_unlocking_a_member_locks_the_facilitator(
    vault: Vault, probes: list[weakref.ref[ProbeAESGCM]]
) -> None:
    invitation = vault.invite_member()
    _use_everything(vault)
    facilitator_keys = vault.keyring_for_tests().all_keys()
    facilitator_buffers = [k.buffer() for k in facilitator_keys]
    account = vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)
    assert vault.principal == account.principal and account.principal.role is Role.MEMBER
    assert all(not any(b) for b in facilitator_buffers)
    member_keys = vault.keyring_for_tests().all_keys()
    assert {k.key_id for k in member_keys}.isdisjoint(
        {k.key_id for k in facilitator_keys} - {vault.keyring_for_tests().commons_key.key_id}
    )
    # Switching back: the member's session is locked first, then the facilitator's opens.
    vault.lock()
    vault.unlock("sam", MEMBER_PASS)
    member_keys = vault.keyring_for_tests().all_keys()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert all(k.wiped for k in member_keys)
    assert vault.principal is not None and vault.principal.role is Role.FACILITATOR
    # A failed unlock attempt also ends the open session (no one stays unlocked).
    keys_before = vault.keyring_for_tests().all_keys()
    with pytest.raises(WrongPassphrase):
        vault.unlock("sam", "not sam's passphrase, clearly")
    assert not vault.is_unlocked and all(k.wiped for k in keys_before)
    del facilitator_keys, member_keys, keys_before
    gc.collect()
    assert [r for r in probes if r() is not None] == []


def test_every_key_made_during_a_session_is_wiped(
    tmp_path: Path, clock: ManualClock, tracked_keys: list[SecretKey]
) -> None:
    """Not only the keyring: KEKs, fresh group keys, copies for new accounts."""
    vault, _account = Vault.create(
        tmp_path / "v" / "tracked.ssvault",
        label="Tuesday group",
        group_name="Riverside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    try:
        _use_everything(vault)
        vault.add_facilitator("jo", "jo keeps a long passphrase too")
        vault.change_passphrase(FACILITATOR_PASS, "robin picks a new long passphrase")
        vault.new_recovery_code()
        code = vault.invite_member().code
        vault.claim_invitation(code, "sam", MEMBER_PASS, exact_handle=True)
        vault.unlock("jo", "jo keeps a long passphrase too")
        vault.lock()
        assert len(tracked_keys) > 20
        unwiped = [k for k in tracked_keys if not k.wiped]
        assert unwiped == []
    finally:
        vault.close()
