"""Unlocking, recovery codes and passphrase changes. Every derivation runs
before the transaction that uses its result."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from safespace_desktop.core.errors import (
    CorruptKeyMaterial,
    Throttled,
    WrongPassphrase,
    WrongRecoveryCode,
)
from safespace_desktop.core.model import NewAccount, Principal, Role, UnlockOutcome
from safespace_desktop.core.text import check_text
from safespace_desktop.crypto import kdf, passphrase, recovery
from safespace_desktop.crypto.keys import key_encryption_key
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import exchange_keys
from safespace_desktop.services.vault.accounts import VaultAccounts
from safespace_desktop.services.vault.handles import Progress, _quiet, clean_handle
from safespace_desktop.services.vault.keys import (
    _passphrase_kek,
    _PassphraseWrapKey,
    _RecoveryWrapKey,
)
from safespace_desktop.services.vault.store import _Session
from safespace_desktop.storage import key_wraps as wraps


class VaultUnlocking(VaultAccounts):
    """Who is unlocked, and how they get in again when a passphrase is lost."""

    def unlock(
        self,
        handle: str,
        secret: str,
        progress: Progress = _quiet,
        *,
        while_deriving: Callable[[], None] | None = None,
    ) -> UnlockOutcome:
        """Unlock ``handle``; locks whoever was unlocked first. ``while_deriving`` runs
        on a second thread while the account's key is derived (reads that need no key,
        issue 15); the unlock waits for it before it goes on."""
        self.lock()
        handle = clean_handle(handle)
        check_text("passphrase", secret)  # a damaged paste is refused before any derivation
        wait = self.throttle_wait(handle)
        if wait > 0:
            raise Throttled(wait)
        with self._transaction() as db:
            slot = self._slot_by_handle(db, handle)
            slot_id = slot.id if slot else None
            params = self.policy_in(db)
        progress("checking_passphrase")
        if slot_id is None:
            # Same cost as a real attempt (the same reads beside it too), so timing does
            # not reveal which handles exist.
            with _beside(while_deriving):
                _passphrase_kek(secret, kdf.new_salt(), params).wipe()
            raise WrongPassphrase(self._record_failure(handle))
        try:
            keyring, principal = self._open_account(slot_id, handle, secret, while_deriving)
        except WrongPassphrase:
            raise WrongPassphrase(self._record_failure(handle)) from None
        with self._transaction() as db:
            failures = self._take_failures(db, handle)
        upgraded = self._upgrade_wraps_if_weak(slot_id, secret, keyring, progress)
        if principal.role is Role.FACILITATOR and not self.read_only:
            with self._transaction() as db:
                exchange_keys.ensure_exchange_key(db, slot_id, keyring)
        self._session = _Session(principal, keyring)
        self._enrol_this_device()
        return UnlockOutcome(principal, failures, upgraded)

    def _open_account(
        self,
        slot_id: str,
        handle: str,
        secret: str,
        while_deriving: Callable[[], None] | None = None,
    ) -> tuple[KeyRing, Principal]:
        with self._transaction() as db:
            rows = db.accounts.wraps(slot_id, wraps.WRAPPER_PASSPHRASE)
        if not rows:
            raise CorruptKeyMaterial("account")
        info = wraps.info(rows[0])
        if info.params is None or info.salt is None:
            raise CorruptKeyMaterial("account")
        with _beside(while_deriving):
            kek = _passphrase_kek(secret, info.salt, info.params)  # outside any transaction
        try:
            if not wraps.kek_matches(rows[0], kek):
                raise WrongPassphrase()
            roots = wraps.unwrap_all(rows, kek)
        finally:
            kek.wipe()
        with self._transaction() as db:
            slot = db.accounts.slot(slot_id)
            if slot is None:
                for key in roots.values():
                    key.wipe()
                raise CorruptKeyMaterial("account")
            return self._keyring_or_wipe(db, slot, roots), Principal(
                slot.id, Role(slot.kind), handle
            )

    def _upgrade_wraps_if_weak(
        self, slot_id: str, secret: str, keyring: KeyRing, progress: Progress
    ) -> bool:
        """Re-wrap under the vault's current policy when stored parameters are weaker."""
        if self.read_only:
            return False  # done on the next unlock from a writable disk
        with self._transaction() as db:
            rows = db.accounts.wraps(slot_id, wraps.WRAPPER_PASSPHRASE)
            info = wraps.info(rows[0])
            policy = self.policy_in(db)
            role = Role(db.accounts.slot(slot_id).kind)  # type: ignore[union-attr]
        if info.params is None or not info.params.below(policy):
            return False
        progress("strengthening_keys")
        passphrase_key = _PassphraseWrapKey.derive(secret, policy)
        try:
            with self._transaction() as db:
                db.accounts.delete_wraps(slot_id, wraps.WRAPPER_PASSPHRASE)
                self._wrap_root_keys(db, slot_id, passphrase_key, self._roots(keyring, role))
        finally:
            passphrase_key.wipe()
        self.checkpoint()
        return True

    def recover(
        self, handle: str, code: str, new_secret: str, progress: Progress = _quiet
    ) -> NewAccount:
        """Use a recovery code once: set a new passphrase and issue a new code."""
        self.lock()
        handle = clean_handle(handle)
        check_text("recovery_code", code)
        passphrase.check(new_secret)
        wait = self.throttle_wait(handle)
        if wait > 0:
            raise Throttled(wait)
        value = recovery.parse_code(code)
        with self._transaction() as db:
            slot = self._slot_by_handle(db, handle)
            rows = db.accounts.wraps(slot.id, wraps.WRAPPER_RECOVERY) if slot else []
            if slot is None or not rows or rows[0].salt is None:
                raise WrongRecoveryCode()
            slot_id, wrap_ids = slot.id, [r.id for r in rows]
            params = self.policy_in(db)
        kek = key_encryption_key(recovery.derive_recovery_kek(value, rows[0].salt))
        passphrase_key: _PassphraseWrapKey | None = None
        recovery_key = _RecoveryWrapKey.new()
        try:
            if not wraps.kek_matches(rows[0], kek):
                raise WrongRecoveryCode()
            progress("protecting_keys_new_passphrase")
            passphrase_key = _PassphraseWrapKey.derive(new_secret, params)
            with self._transaction() as db:
                slot = db.accounts.slot(slot_id)
                rows = db.accounts.wraps(slot_id, wraps.WRAPPER_RECOVERY)
                if slot is None or [r.id for r in rows] != wrap_ids:
                    raise WrongRecoveryCode()  # the code was used or replaced meanwhile
                keyring = self._keyring_or_wipe(db, slot, wraps.unwrap_all(rows, kek))
                try:
                    role = Role(slot.kind)
                    db.accounts.delete_wraps(slot.id, wraps.WRAPPER_PASSPHRASE)
                    db.accounts.delete_wraps(slot.id, wraps.WRAPPER_RECOVERY)
                    roots = self._roots(keyring, role)
                    self._wrap_root_keys(db, slot.id, passphrase_key, roots)
                    new_code = self._wrap_recovery(db, slot.id, recovery_key, roots)
                    self._take_failures(db, handle)
                except BaseException:
                    keyring.wipe()
                    raise
                principal = Principal(slot.id, role, handle)
                self._session = _Session(principal, keyring)
        finally:
            kek.wipe()
            recovery_key.wipe()
            if passphrase_key is not None:
                passphrase_key.wipe()
        self.checkpoint()
        return NewAccount(principal, new_code)

    def change_passphrase(self, current: str, new_secret: str, progress: Progress = _quiet) -> None:
        """Re-wrap the unlocked person's root keys; no data is re-encrypted."""
        check_text("current_passphrase", current)
        passphrase.check(new_secret)
        session = self._require_session()
        slot_id = session.principal.slot_id
        with self._transaction() as db:
            rows = db.accounts.wraps(slot_id, wraps.WRAPPER_PASSPHRASE)
            info = wraps.info(rows[0])
            assert info.params is not None and info.salt is not None
            params = self.policy_in(db)
        progress("checking_current_passphrase")
        kek = _passphrase_kek(current, info.salt, info.params)
        matches = wraps.kek_matches(rows[0], kek)
        kek.wipe()
        if not matches:
            raise WrongPassphrase()
        progress("protecting_keys_new_passphrase")
        passphrase_key = _PassphraseWrapKey.derive(new_secret, params)
        try:
            with self._transaction() as db:
                db.accounts.delete_wraps(slot_id, wraps.WRAPPER_PASSPHRASE)
                self._wrap_root_keys(
                    db,
                    slot_id,
                    passphrase_key,
                    self._roots(session.keyring, session.principal.role),
                )
        finally:
            passphrase_key.wipe()
        self.checkpoint()

    def new_recovery_code(self) -> str:
        """Replace the unlocked person's recovery code (the old one stops working)."""
        session = self._require_session()
        recovery_key = _RecoveryWrapKey.new()
        try:
            with self._transaction() as db:
                db.accounts.delete_wraps(session.principal.slot_id, wraps.WRAPPER_RECOVERY)
                code = self._wrap_recovery(
                    db,
                    session.principal.slot_id,
                    recovery_key,
                    self._roots(session.keyring, session.principal.role),
                )
        finally:
            recovery_key.wipe()
        self.checkpoint()
        return code


@contextmanager
def _beside(work: Callable[[], None] | None) -> Iterator[None]:
    """Run ``work`` on a second thread for the length of the block (a key derivation,
    which runs outside Python's interpreter lock and any transaction), and wait for it."""
    if work is None:
        yield
        return
    thread = threading.Thread(target=work, name="safespace-keyless")
    thread.start()
    try:
        yield
    finally:
        thread.join()
