"""No key derivation inside a database transaction or while the vault lock is held.

Argon2id takes about a second on purpose. Run under the vault lock or inside an open
transaction, it would make every other database call (a read on the GUI thread, the
auto-lock's checkpoint) wait behind it. Every call of ``kdf.derive`` here checks,
for every open vault, that the lock is free and SQLite has no transaction open.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import InvitationInvalid, WrongPassphrase
from safespace_desktop.crypto import kdf
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE, KdfParams
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS


def _held_elsewhere(lock: threading.RLock) -> bool:
    """True if some thread (the calling one included) holds ``lock``."""
    result: list[bool] = []

    def probe() -> None:
        acquired = lock.acquire(blocking=False)
        if acquired:
            lock.release()
        result.append(not acquired)

    prober = threading.Thread(target=probe)
    prober.start()
    prober.join()
    return result[0]


@dataclass
class Watch:
    """Every derivation seen, and any made while a vault was busy."""

    vaults: list[tuple[Vault, sqlite3.Connection]] = field(default_factory=list)
    derivations: int = 0
    violations: list[str] = field(default_factory=list)

    def check(self) -> None:
        self.derivations += 1
        for vault, connection in self.vaults:
            if _held_elsewhere(vault._lock):
                self.violations.append("derived while the vault lock was held")
            if connection.in_transaction:
                self.violations.append("derived inside an open transaction")

    def reset(self) -> None:
        self.derivations = 0
        self.violations = []


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> Iterator[Watch]:
    watched = Watch()
    real_derive = kdf.derive
    real_init = Vault.__init__

    def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
        watched.check()
        return real_derive(secret, salt, params)

    def init(self: Vault, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        with self.engine.connect() as connection:
            driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        watched.vaults.append((self, driver))

    monkeypatch.setattr(kdf, "derive", derive)
    monkeypatch.setattr(Vault, "__init__", init)
    yield watched


def _expect_clean(watch: Watch, at_least: int = 1) -> None:
    assert watch.violations == []
    assert watch.derivations >= at_least  # the check really ran
    watch.reset()


@pytest.fixture
def watched_vault(watch: Watch, tmp_path: Path, clock: ManualClock) -> Iterator[Vault]:
    vault, _account = Vault.create(
        tmp_path / "group.ssvault",
        label="Tuesday group",
        group_name="Riverside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    _expect_clean(watch)
    yield vault
    vault.close()


def test_the_probe_sees_a_held_lock_and_an_open_transaction(watched_vault: Vault) -> None:
    """Sanity control: the watch would catch a derivation made in the wrong place."""
    watch = Watch(vaults=[])
    with watched_vault.engine.connect() as connection:
        driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    watch.vaults.append((watched_vault, driver))
    with watched_vault._lock:
        watch.check()
    assert watch.violations == ["derived while the vault lock was held"]
    watch.reset()
    with watched_vault.transaction() as (db, _keyring, _principal):
        db.session.execute(text("UPDATE vault_meta SET write_counter = write_counter WHERE id = 1"))
        watch.check()
    assert "derived inside an open transaction" in watch.violations


def test_unlock_and_a_failed_unlock(watch: Watch, watched_vault: Vault) -> None:
    watched_vault.lock()
    watched_vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    _expect_clean(watch)
    watched_vault.lock()
    for handle in (FACILITATOR_HANDLE, "nobody-by-this-name"):
        with pytest.raises(WrongPassphrase):
            watched_vault.unlock(handle, "not the right passphrase at all")
        _expect_clean(watch)


def test_invite_claim_and_add_facilitator(watch: Watch, watched_vault: Vault) -> None:
    invitation = watched_vault.invite_member()
    _expect_clean(watch)
    watched_vault.add_facilitator("jo", "another long passphrase for jo")
    _expect_clean(watch)
    with pytest.raises(InvitationInvalid):
        watched_vault.claim_invitation("AAAAA-AAAAA", "kit", MEMBER_PASS)
    watch.reset()
    account = watched_vault.claim_invitation(invitation.code, "kit", MEMBER_PASS, exact_handle=True)
    _expect_clean(watch, at_least=2)  # the invitation's KEK and the new passphrase's
    assert account.principal.handle == "kit"


def test_recover_and_change_passphrase(watch: Watch, watched_vault: Vault) -> None:
    account = watched_vault.add_facilitator("jo", "another long passphrase for jo")
    watch.reset()
    watched_vault.recover("jo", account.recovery_code, "a brand new passphrase for jo")
    _expect_clean(watch)
    watched_vault.change_passphrase(
        "a brand new passphrase for jo", "and yet another passphrase for jo"
    )
    _expect_clean(watch, at_least=2)
    watched_vault.new_recovery_code()
    assert watch.violations == []


def test_upgrading_weak_wraps_on_unlock(
    watch: Watch, watched_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    stronger = KdfParams(FAST_TEST_PROFILE.memory_kib * 2, 1, 1)
    real_check = kdf.check_params

    def allow_stronger_test_profile(params: KdfParams, salt: bytes) -> None:
        if params != stronger:
            real_check(params, salt)

    monkeypatch.setattr(kdf, "check_params", allow_stronger_test_profile)
    with watched_vault.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE vault_meta SET kdf_memory_kib = {stronger.memory_kib}")
    watched_vault.lock()
    outcome = watched_vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert outcome.upgraded_key_protection
    _expect_clean(watch, at_least=2)
