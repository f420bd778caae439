"""Claim 12, for the keys that never reach the keyring: every key-encryption key (KEK)
derived from a passphrase, an invitation code or a recovery code is zeroed as soon as
the operation that needed it returns, whether it succeeded or was refused.

The probe sits at the crypto layer, not in the vault's internals: it wraps
``kdf.derive`` and ``recovery.derive_recovery_kek`` (recording every raw derived
buffer) and ``SecretKey.__init__`` (recognising the ``SecretKey`` built from each
derived value). After the operation it checks that every raw buffer is all zeros and
every KEK is wiped. A control checks the probe saw derivations at all, so a refactor
that bypasses the patched functions fails loudly instead of passing with nothing checked.
Deleting any of the ``wipe()``/``wipe_buffer()`` calls on this path fails a case here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import WrongPassphrase, WrongRecoveryCode
from safespace_desktop.core.model import JournalEntryInput
from safespace_desktop.crypto import kdf, recovery
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.journal_helpers import add_member

NEW_PASS = "robin picks a brand new long passphrase"
FILE_PASS = "a separate passphrase for my backup file"


@dataclass
class KekProbe:
    """What was derived and which keys were made from it, while ``watching``."""

    derived: list[bytearray] = field(default_factory=list)
    derived_values: set[bytes] = field(default_factory=set)
    keks: list[SecretKey] = field(default_factory=list)
    active: bool = False

    def record_derived(self, output: Any) -> None:
        if not self.active:
            return
        # A bytes result could never be zeroed: the raw output must be a bytearray.
        assert isinstance(output, bytearray), f"derived key material is {type(output)}"
        self.derived.append(output)
        self.derived_values.add(bytes(output))  # the test's own copy, to recognise KEKs

    def record_key(self, key: SecretKey, material: bytes | bytearray) -> None:
        if self.active and bytes(material) in self.derived_values:
            self.keks.append(key)

    @contextmanager
    def watching(self) -> Iterator[None]:
        self.derived.clear()
        self.derived_values.clear()
        self.keks.clear()
        self.active = True
        try:
            yield
        finally:
            self.active = False

    def assert_all_wiped(self) -> None:
        assert self.derived, "no key was derived: the probe is not where keys are derived"
        left_in_raw = [i for i, raw in enumerate(self.derived) if any(raw)]
        assert left_in_raw == [], f"raw derived buffers not zeroed: {left_in_raw}"
        assert self.keks, "no KEK was built from the derived material"
        unwiped = [k for k in self.keks if not k.wiped]
        assert unwiped == [], f"{len(unwiped)} of {len(self.keks)} KEKs were not wiped"
        for kek in self.keks:
            with pytest.raises(RuntimeError):
                kek.aead()  # no usable AEAD object survives the wipe


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> KekProbe:
    watcher = KekProbe()
    real_derive = kdf.derive
    real_recovery_kek = recovery.derive_recovery_kek
    real_init = SecretKey.__init__

    def derive(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytearray:
        output = real_derive(secret, salt, params)
        watcher.record_derived(output)
        return output

    def derive_recovery_kek(code_value: int, salt: bytes) -> bytearray:
        output = real_recovery_kek(code_value, salt)
        watcher.record_derived(output)
        return output

    def init(self: SecretKey, material: bytes | bytearray, key_id: bytes) -> None:
        watcher.record_key(self, material)
        real_init(self, material, key_id)

    monkeypatch.setattr(kdf, "derive", derive)
    monkeypatch.setattr(recovery, "derive_recovery_kek", derive_recovery_kek)
    monkeypatch.setattr(SecretKey, "__init__", init)
    return watcher


Case = Callable[[Vault, KekProbe, Path, ManualClock], None]


def create_a_vault(_vault: Vault, probe: KekProbe, tmp_path: Path, clock: ManualClock) -> None:
    with probe.watching():
        made, _account = Vault.create(
            tmp_path / "other" / "new.ssvault",
            label="Thursday group",
            group_name="Hillside",
            handle="ash",
            passphrase_text="ash has yet another passphrase",
            params=FAST_TEST_PROFILE,
            clock=clock,
        )
    made.close()


def unlock(vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock) -> None:
    vault.lock()
    with probe.watching():
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)


def unlock_with_a_wrong_passphrase(
    vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock
) -> None:
    vault.lock()
    with probe.watching(), pytest.raises(WrongPassphrase):
        vault.unlock(FACILITATOR_HANDLE, "not the right passphrase at all")


def unlock_an_unknown_handle(
    vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock
) -> None:
    vault.lock()
    with probe.watching(), pytest.raises(WrongPassphrase):
        vault.unlock("nobody-here", FACILITATOR_PASS)


def invite_a_member(vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock) -> None:
    with probe.watching():
        vault.invite_member()


def claim_an_invitation(vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock) -> None:
    code = vault.invite_member().code
    with probe.watching():
        vault.claim_invitation(code, "sam", MEMBER_PASS, exact_handle=True)


def add_a_facilitator(vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock) -> None:
    with probe.watching():
        vault.add_facilitator("jo", "jo keeps a long passphrase too")


def change_the_passphrase(vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock) -> None:
    with probe.watching():
        vault.change_passphrase(FACILITATOR_PASS, NEW_PASS)


def change_with_a_wrong_current_passphrase(
    vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock
) -> None:
    with probe.watching(), pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the right passphrase at all", NEW_PASS)


def make_a_new_recovery_code(
    vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock
) -> None:
    with probe.watching():
        vault.new_recovery_code()


def recover_with_the_code(vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock) -> None:
    code = vault.new_recovery_code()
    vault.lock()
    with probe.watching():
        vault.recover(FACILITATOR_HANDLE, code, NEW_PASS)


def recover_with_a_wrong_code(
    vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock
) -> None:
    vault.lock()
    wrong = recovery.new_code()  # well-formed, but not this account's code
    with probe.watching(), pytest.raises(WrongRecoveryCode):
        vault.recover(FACILITATOR_HANDLE, wrong, NEW_PASS)


def export_a_personal_journal_file(
    vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock
) -> None:
    add_member(vault, "sam")
    JournalService(vault).add(JournalEntryInput("Tuesday was hard"))
    with probe.watching():
        JournalService(vault).export_personal_file(FILE_PASS)


def export_stopped_half_way(vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock) -> None:
    add_member(vault, "sam")
    JournalService(vault).add(JournalEntryInput("Tuesday was hard"))

    def stop(_done: int, _total: int) -> None:
        raise KeyboardInterrupt  # the worker is stopped while sealing

    with probe.watching(), pytest.raises(KeyboardInterrupt):
        JournalService(vault).export_personal_file(FILE_PASS, progress=stop)


def import_a_personal_journal_file(
    vault: Vault, probe: KekProbe, _tmp: Path, _clock: ManualClock
) -> None:
    add_member(vault, "sam")
    JournalService(vault).add(JournalEntryInput("Tuesday was hard"))
    data = JournalService(vault).export_personal_file(FILE_PASS)
    with probe.watching():
        JournalService(vault).import_personal_file(data, FILE_PASS)


CASES: tuple[Case, ...] = (
    create_a_vault,
    unlock,
    unlock_with_a_wrong_passphrase,
    unlock_an_unknown_handle,
    invite_a_member,
    claim_an_invitation,
    add_a_facilitator,
    change_the_passphrase,
    change_with_a_wrong_current_passphrase,
    make_a_new_recovery_code,
    recover_with_the_code,
    recover_with_a_wrong_code,
    export_a_personal_journal_file,
    export_stopped_half_way,
    import_a_personal_journal_file,
)


@pytest.mark.parametrize("case", CASES, ids=[c.__name__ for c in CASES])
def test_every_kek_is_zeroed_when_the_operation_returns(
    vault: Vault, probe: KekProbe, tmp_path: Path, clock: ManualClock, case: Case
) -> None:
    case(vault, probe, tmp_path, clock)
    probe.assert_all_wiped()


def test_the_probe_notices_a_kek_left_unwiped(vault: Vault, probe: KekProbe) -> None:
    """Control: the check really fails when a KEK or its raw material is kept."""
    vault.lock()
    with probe.watching():
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        kept = kdf.derive(b"a passphrase", kdf.new_salt(), FAST_TEST_PROFILE)
    with pytest.raises(AssertionError, match="raw derived buffers not zeroed"):
        probe.assert_all_wiped()
    kept[:] = bytes(len(kept))
    with probe.watching():
        unwiped = kdf.derive(b"another passphrase", kdf.new_salt(), FAST_TEST_PROFILE)
        left = SecretKey(bytes(unwiped), b"\x01" * 16)
        unwiped[:] = bytes(len(unwiped))
    with pytest.raises(AssertionError, match="KEKs were not wiped"):
        probe.assert_all_wiped()
    left.wipe()
