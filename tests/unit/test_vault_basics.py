from __future__ import annotations

from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import (
    HandleUnavailable,
    InvitationInvalid,
    NotPermitted,
    Throttled,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryCode,
)
from safespace_desktop.core.model import Role
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS


def test_create_leaves_first_facilitator_unlocked(vault: Vault) -> None:
    assert vault.principal is not None
    assert vault.principal.role is Role.FACILITATOR
    assert vault.settings().group_name == "Riverside Circle"


def test_lock_then_unlock_with_the_right_passphrase(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.settings()
    outcome = vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert outcome.principal.handle == FACILITATOR_HANDLE
    assert vault.settings().group_name == "Riverside Circle"


def test_handles_ignore_case_and_width(vault: Vault) -> None:
    vault.lock()
    vault.unlock("  ROBIN ", FACILITATOR_PASS)
    assert vault.is_unlocked


def test_wrong_passphrase_and_unknown_handle_look_the_same(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(FACILITATOR_HANDLE, "not the right passphrase at all")
    with pytest.raises(WrongPassphrase):
        vault.unlock("nobody-here", FACILITATOR_PASS)
    assert not vault.is_unlocked


def test_reopen_from_disk(vault: Vault, vault_path: Path, clock: ManualClock) -> None:
    vault.close()
    again = Vault.open_existing(vault_path, clock=clock)
    again.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert again.settings().group_name == "Riverside Circle"
    again.close()


def test_member_claims_invitation_and_cannot_reach_group_data(vault: Vault) -> None:
    invitation = vault.invite_member()
    account = vault.claim_invitation(invitation.code.lower(), "sam", MEMBER_PASS, exact_handle=True)
    assert account.principal.role is Role.MEMBER
    assert vault.settings().group_name == "Riverside Circle"  # commons key is readable
    with pytest.raises(NotPermitted):
        vault.require_facilitator()
    vault.lock()
    vault.unlock("sam", MEMBER_PASS)
    with pytest.raises(InvitationInvalid):
        vault.claim_invitation(invitation.code, "sam2", MEMBER_PASS, exact_handle=True)


def test_handles_are_unique(vault: Vault) -> None:
    with pytest.raises(HandleUnavailable):
        vault.add_facilitator("Robin", "another long passphrase here")


def test_recovery_code_is_single_use(vault: Vault) -> None:
    account = vault.add_facilitator("jo", "jo has a long passphrase too")
    vault.lock()
    renewed = vault.recover("jo", account.recovery_code, "a brand new passphrase for jo")
    assert renewed.recovery_code != account.recovery_code
    vault.lock()
    with pytest.raises(WrongRecoveryCode):
        vault.recover("jo", account.recovery_code, "yet another passphrase for jo")
    vault.unlock("jo", "a brand new passphrase for jo")
    assert vault.principal is not None and vault.principal.handle == "jo"


def test_change_passphrase(vault: Vault) -> None:
    vault.change_passphrase(FACILITATOR_PASS, "a different long passphrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    vault.unlock(FACILITATOR_HANDLE, "a different long passphrase")


def test_throttle_after_five_failures_survives_restart(
    vault: Vault, vault_path: Path, clock: ManualClock
) -> None:
    vault.lock()
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            vault.unlock(FACILITATOR_HANDLE, "wrong wrong wrong wrong")
    with pytest.raises(Throttled) as info:
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert info.value.wait_seconds == pytest.approx(1.0)
    vault.close()
    reopened = Vault.open_existing(vault_path, clock=clock)
    with pytest.raises(Throttled):
        reopened.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    clock.advance(1.01)
    outcome = reopened.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert outcome.failed_attempts_since_last_unlock == 5
    reopened.close()


def test_failed_creation_leaves_no_half_vault(
    tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Vault, "_write_settings", disk_full)
    path = tmp_path / "vaults" / "new.ssvault"
    with pytest.raises(OSError):
        Vault.create(
            path,
            label="x",
            group_name="y",
            handle="robin",
            passphrase_text=FACILITATOR_PASS,
            params=FAST_TEST_PROFILE,
            clock=clock,
        )
    assert list(path.parent.iterdir()) == []


def test_a_damaged_inner_wrap_fails_closed_and_wipes_what_it_opened(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from safespace_desktop.core.errors import CorruptKeyMaterial
    from safespace_desktop.crypto.keys import SecretKey
    from safespace_desktop.storage import key_wraps

    vault.lock()
    with vault.engine.begin() as connection:
        blob = connection.execute(
            text("SELECT key_sealed FROM key_wraps WHERE target = 'group_key'")
        ).scalar_one()
        damaged = blob[:-1] + bytes([blob[-1] ^ 1])
        connection.execute(
            text("UPDATE key_wraps SET key_sealed = :b WHERE target = 'group_key'"), {"b": damaged}
        )
    opened: list[SecretKey] = []
    real_unwrap = key_wraps.unwrap

    def recording_unwrap(row: object, kek: SecretKey) -> SecretKey:
        key = real_unwrap(row, kek)  # type: ignore[arg-type]
        opened.append(key)
        return key

    monkeypatch.setattr(key_wraps, "unwrap", recording_unwrap)
    with pytest.raises(CorruptKeyMaterial):
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert opened, "the root keys were opened before the damaged wrap was reached"
    assert all(key.wiped for key in opened)
    assert not vault.is_unlocked


def test_listing_vaults_reads_labels_without_changing_any_file(
    tmp_path: Path, clock: ManualClock
) -> None:
    from sqlalchemy import inspect, text

    from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
    from safespace_desktop.paths import AppPaths
    from safespace_desktop.services.directory import VaultDirectory

    directory = VaultDirectory(AppPaths.portable(tmp_path), clock=clock)
    created, _ = directory.create_vault(
        label="Tuesday group",
        group_name="g",
        handle="robin",
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
    )
    with created.engine.begin() as connection:  # as if made before journals existed
        connection.execute(text("DROP TABLE journal_entries"))
    path = created.path
    created.close()
    assert path is not None
    assert [v.label for v in directory.list_vaults()] == ["Tuesday group"]
    peek = Vault(path, clock=clock)
    try:
        assert not inspect(peek.engine).has_table("journal_entries")  # picker did not upgrade
    finally:
        peek.close()
    Vault.open_existing(path, clock=clock).close()  # opening for real does
    peek = Vault(path, clock=clock)
    try:
        assert inspect(peek.engine).has_table("journal_entries")
    finally:
        peek.close()


def test_a_folder_name_with_url_characters_holds_the_vault(tmp_path: Path) -> None:
    """A stick or folder called "Group?#1" must not be read as URL syntax."""
    from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE

    folder = tmp_path / "Group?#1"
    path = folder / "vault.safespace"
    vault, _account = Vault.create(
        path,
        label="Tuesday",
        group_name="Riverside",
        handle="robin",
        passphrase_text="lantern meadow pebble harbour",
        params=FAST_TEST_PROFILE,
    )
    vault.close()
    assert path.exists() and path.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Group?#1"]
    reopened = Vault.open_existing(path)
    try:
        assert reopened.summary().label == "Tuesday"
    finally:
        reopened.close()
