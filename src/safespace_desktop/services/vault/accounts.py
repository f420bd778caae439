"""Accounts: the first and further facilitators, member invitations and claims,
and building a person's keyring from their root keys."""

from __future__ import annotations

import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from safespace_desktop.core.errors import (
    CorruptKeyMaterial,
    HandleUnavailable,
    InvitationInvalid,
    NotPermitted,
    ValidationError,
)
from safespace_desktop.core.model import Invitation, NewAccount, Principal, Role
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto import passphrase
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import exchange_keys
from safespace_desktop.services.vault.handles import (
    HANDLE_TAG_DIGITS,
    MEMBER_HANDLE_MAX,
    _hash_secret,
    _new_invitation_code,
    _normalise_invitation,
    clean_handle,
    new_handle_tag,
)
from safespace_desktop.services.vault.keys import (
    _copy,
    _passphrase_kek,
    _PassphraseWrapKey,
    _RecoveryWrapKey,
)
from safespace_desktop.services.vault.store import _Session
from safespace_desktop.services.vault.throttle import VaultThrottle
from safespace_desktop.storage import key_epochs
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.accounts import SlotInfo
from safespace_desktop.storage.unit_of_work import UnitOfWork


class VaultAccounts(VaultThrottle):
    """Creating accounts and opening their keys."""

    @staticmethod
    def _wrap_root_keys(
        db: UnitOfWork,
        slot_id: str,
        wrap_key: _PassphraseWrapKey,
        roots: list[tuple[str, SecretKey]],
    ) -> None:
        """Wrap the person's root keys under a passphrase KEK derived beforehand."""
        for target, key in roots:
            db.accounts.add_wrap(
                slot_id=slot_id,
                wrapper=wraps.WRAPPER_PASSPHRASE,
                kek=wrap_key.kek,
                target=target,
                key=key,
                params=wrap_key.params,
                salt=wrap_key.salt,
            )

    @staticmethod
    def _wrap_recovery(
        db: UnitOfWork, slot_id: str, wrap_key: _RecoveryWrapKey, roots: list[tuple[str, SecretKey]]
    ) -> str:
        for target, key in roots:
            db.accounts.add_wrap(
                slot_id=slot_id,
                wrapper=wraps.WRAPPER_RECOVERY,
                kek=wrap_key.kek,
                target=target,
                key=key,
                salt=wrap_key.salt,
            )
        return wrap_key.code

    def _claim_handle(self, db: UnitOfWork, handle: str) -> bytes:
        if self._slot_by_handle(db, handle) is not None:
            raise HandleUnavailable()
        return self._handle_hash(db, handle)

    def _claim_tagged_handle(self, db: UnitOfWork, chosen: str) -> tuple[str, bytes]:
        """``chosen`` plus a random tag no slot uses yet ("sky" → "sky-4821"), and its hash.

        The tag is drawn at random until it names a free handle, so the claimant's
        outcome is the same whether or not "sky" (or any tagged form) is in use: the
        claim never says "taken", and a handle never belongs to two people.
        """
        for digits in HANDLE_TAG_DIGITS:
            for _attempt in range(32):
                handle = f"{chosen}-{new_handle_tag(digits)}"
                if self._slot_by_handle(db, handle) is None:
                    return handle, self._handle_hash(db, handle)
        raise HandleUnavailable()  # over 10^8 tags of one name in use: not a real group

    def _create_facilitator(
        self,
        db: UnitOfWork,
        handle: str,
        passphrase_key: _PassphraseWrapKey,
        recovery_key: _RecoveryWrapKey,
        group_key: SecretKey,
        commons_key: SecretKey,
        older_group_keys: tuple[SecretKey, ...] = (),
    ) -> tuple[NewAccount, KeyRing]:
        """Create a facilitator slot; returns the account and the new person's keyring.

        ``group_key`` is the current epoch's key; ``older_group_keys`` are earlier epochs
        the acting facilitator holds, so the newcomer can read rows sealed under them."""
        slot = db.accounts.add_slot(
            Role.FACILITATOR.value, handle_hash=self._claim_handle(db, handle)
        )
        facilitator_key = SecretKey.generate()
        journal_key = SecretKey.generate()
        signing = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        signing_key = SecretKey(
            signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            uuid.uuid4().bytes,
        )
        roots = [
            (wraps.TARGET_FACILITATOR_KEY, facilitator_key),
            (wraps.TARGET_JOURNAL_KEY, journal_key),
        ]
        self._wrap_root_keys(db, slot.id, passphrase_key, roots)
        code = self._wrap_recovery(db, slot.id, recovery_key, roots)
        older = tuple(k for k in older_group_keys if k.key_id != group_key.key_id)
        for target, key in (
            (wraps.TARGET_GROUP_KEY, group_key),
            *((wraps.TARGET_GROUP_KEY, k) for k in older),
            (wraps.TARGET_COMMONS_KEY, commons_key),
            (wraps.TARGET_SIGNING_KEY, signing_key),
        ):
            db.accounts.add_wrap(
                slot_id=slot.id,
                wrapper=wraps.WRAPPER_FACILITATOR_KEY,
                kek=facilitator_key,
                target=target,
                key=key,
            )
        exchange_key = exchange_keys.wrap_exchange_key(db, slot.id, facilitator_key)
        public = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
        state = RecordState()
        replica, counter, hlc = self.next_write(db)
        state.write(
            {
                "handle": handle,
                "public_key": public,
                "status": "active",
                exchange_keys.EXCHANGE_KEY_FIELD: exchange_keys.exchange_public_hex(exchange_key),
            },
            replica,
            counter,
            hlc,
        )
        db.group.facilitators.store(
            db, group_key, str(uuid.uuid4()), state, counter, slot_id=slot.id
        )
        keyring = KeyRing(
            journal_key=journal_key,
            commons_key=_copy(commons_key),
            facilitator_key=facilitator_key,
            signing_key=signing_key,
            group_keys={k.key_id: _copy(k) for k in (group_key, *older)},
            current_group_key_id=group_key.key_id,
            group_key_epochs=key_epochs.epochs(db.session),
            exchange_key=exchange_key,
        )
        return NewAccount(Principal(slot.id, Role.FACILITATOR, handle), code), keyring

    def add_facilitator(self, handle: str, secret: str) -> NewAccount:
        """A facilitator adds a co-facilitator, who types their own handle and passphrase."""
        handle = clean_handle(handle)
        passphrase.check(secret)
        self.require_facilitator()
        passphrase_key = _PassphraseWrapKey.derive(secret, self.policy())
        recovery_key = _RecoveryWrapKey.new()
        try:
            with self._transaction() as db:
                self.require_facilitator()
                keyring = self._require_session().keyring
                account, new_keyring = self._create_facilitator(
                    db,
                    handle,
                    passphrase_key,
                    recovery_key,
                    keyring.group_key,
                    keyring.commons_key,
                    tuple(keyring.group_keys.values()),
                )
                new_keyring.wipe()
                return account
        finally:
            passphrase_key.wipe()
            recovery_key.wipe()

    def invite_member(self) -> Invitation:
        """Open a member slot. The member claims it with the code and picks their own
        handle and passphrase; the facilitator never sees or sets them."""
        self.require_facilitator()
        code = _new_invitation_code()
        invitation_key = _PassphraseWrapKey.derive(_normalise_invitation(code), self.policy())
        try:
            with self._transaction() as db:
                self.require_facilitator()
                keyring = self._require_session().keyring
                salt = db.vault_info().handle_salt
                slot = db.accounts.add_slot(
                    Role.MEMBER.value,
                    invite_hash=_hash_secret(salt, b"invite:", _normalise_invitation(code)),
                )
                db.accounts.add_wrap(
                    slot_id=slot.id,
                    wrapper=wraps.WRAPPER_INVITATION,
                    kek=invitation_key.kek,
                    target=wraps.TARGET_COMMONS_KEY,
                    key=keyring.commons_key,
                    params=invitation_key.params,
                    salt=invitation_key.salt,
                )
                return Invitation(slot.id, code)
        finally:
            invitation_key.wipe()

    def cancel_invitation(self, slot_id: str) -> None:
        with self._transaction() as db:
            self.require_facilitator()
            db.accounts.delete_unclaimed_slot(slot_id)
        self.checkpoint()

    def claim_invitation(
        self, code: str, handle: str, secret: str, *, exact_handle: bool = False
    ) -> NewAccount:
        """A member creates their own account from an invitation and is unlocked.

        The handle they chose gets a random tag (``_claim_tagged_handle``); the handle to
        unlock with is ``account.principal.handle``. ``exact_handle`` keeps the handle as
        given and refuses one in use (``HandleUnavailable``): only for the demo builder
        and tests that need a known handle, never for a claimant.
        """
        handle = clean_handle(handle)
        if not exact_handle and len(handle) > MEMBER_HANDLE_MAX:
            raise ValidationError("handle", "too_long", limit=MEMBER_HANDLE_MAX)
        passphrase.check(secret)
        self.lock()
        normal = _normalise_invitation(code)
        with self._transaction() as db:
            digest = _hash_secret(db.vault_info().handle_salt, b"invite:", normal)
            slot = db.accounts.slot_by_invite_hash(digest)
            rows = db.accounts.wraps(slot.id, wraps.WRAPPER_INVITATION) if slot else []
            if slot is None or not rows:
                raise InvitationInvalid()
            slot_id, wrap_id = slot.id, rows[0].id
            info = wraps.info(rows[0])
            params = self.policy_in(db)
        assert info.params is not None and info.salt is not None
        # Both derivations run before the transaction that claims the slot.
        invitation_kek = _passphrase_kek(normal, info.salt, info.params)
        if invitation_kek.key_id != rows[0].wrapper_key_id:
            invitation_kek.wipe()
            raise InvitationInvalid()
        passphrase_key: _PassphraseWrapKey | None = None
        recovery_key = _RecoveryWrapKey.new()
        try:
            passphrase_key = _PassphraseWrapKey.derive(secret, params)
            with self._transaction() as db:
                slot = db.accounts.slot(slot_id)
                rows = db.accounts.wraps(slot_id, wraps.WRAPPER_INVITATION)
                if slot is None or slot.invite_hash is None or [r.id for r in rows] != [wrap_id]:
                    raise InvitationInvalid()  # withdrawn or claimed meanwhile
                commons_key = wraps.unwrap(rows[0], invitation_kek)
                journal_key = SecretKey.generate()
                roots = [
                    (wraps.TARGET_JOURNAL_KEY, journal_key),
                    (wraps.TARGET_COMMONS_KEY, commons_key),
                ]
                try:
                    if exact_handle:
                        handle_hash = self._claim_handle(db, handle)
                    else:
                        handle, handle_hash = self._claim_tagged_handle(db, handle)
                    db.accounts.claim_slot(slot.id, handle_hash)
                    db.accounts.delete_wraps(slot.id, wraps.WRAPPER_INVITATION)
                    self._wrap_root_keys(db, slot.id, passphrase_key, roots)
                    recovery_code = self._wrap_recovery(db, slot.id, recovery_key, roots)
                except BaseException:
                    journal_key.wipe()
                    commons_key.wipe()
                    raise
                principal = Principal(slot.id, Role.MEMBER, handle)
                self._session = _Session(
                    principal, KeyRing(journal_key=journal_key, commons_key=commons_key)
                )
        finally:
            invitation_kek.wipe()
            recovery_key.wipe()
            if passphrase_key is not None:
                passphrase_key.wipe()
        self.checkpoint()
        return NewAccount(principal, recovery_code)

    def _keyring_or_wipe(
        self, db: UnitOfWork, slot: SlotInfo, roots: dict[str, SecretKey]
    ) -> KeyRing:
        """Build the keyring; if any inner key is damaged, wipe everything opened so far."""
        opened: list[SecretKey] = list(roots.values())
        try:
            return self._keyring_from_roots(db, slot, roots, opened)
        except BaseException:
            for key in opened:
                key.wipe()
            raise

    def _keyring_from_roots(
        self, db: UnitOfWork, slot: SlotInfo, roots: dict[str, SecretKey], opened: list[SecretKey]
    ) -> KeyRing:
        journal_key = roots.get(wraps.TARGET_JOURNAL_KEY)
        if journal_key is None:
            raise CorruptKeyMaterial("journal key")
        facilitator_key = roots.get(wraps.TARGET_FACILITATOR_KEY)
        if slot.kind == Role.MEMBER.value:
            commons = roots.get(wraps.TARGET_COMMONS_KEY)
            if commons is None:
                raise CorruptKeyMaterial("commons key")
            return KeyRing(journal_key=journal_key, commons_key=commons)
        if facilitator_key is None:
            raise CorruptKeyMaterial("facilitator key")
        inner = {}
        group_keys: dict[bytes, SecretKey] = {}
        fk_rows = db.accounts.wraps(slot.id, wraps.WRAPPER_FACILITATOR_KEY)
        if not fk_rows:
            raise NotPermitted("facilitator_revoked")  # revocation removed them on this PC
        for row in fk_rows:
            if row.wrapper_key_id != facilitator_key.key_id:
                raise CorruptKeyMaterial("facilitator key")
            key = wraps.unwrap(row, facilitator_key)
            opened.append(key)
            if row.target == wraps.TARGET_GROUP_KEY:
                group_keys[key.key_id] = key
            else:
                inner[row.target] = key
        exchange_key = inner.pop(key_epochs.TARGET_EXCHANGE_KEY, None)
        exchange_keys.pick_up_grants(
            db, slot.id, facilitator_key, exchange_key, group_keys, writable=not self.read_only
        )
        opened.extend(k for k in group_keys.values() if k not in opened)
        current_group_key_id = db.vault_info().group_key_id
        if wraps.TARGET_COMMONS_KEY not in inner or current_group_key_id not in group_keys:
            raise CorruptKeyMaterial("group keys")
        return KeyRing(
            journal_key=journal_key,
            commons_key=inner[wraps.TARGET_COMMONS_KEY],
            facilitator_key=facilitator_key,
            signing_key=inner.get(wraps.TARGET_SIGNING_KEY),
            group_keys=group_keys,
            current_group_key_id=current_group_key_id,
            group_key_epochs=key_epochs.epochs(db.session),
            exchange_key=exchange_key,
        )

    @staticmethod
    def _roots(keyring: KeyRing, role: Role) -> list[tuple[str, SecretKey]]:
        if role is Role.FACILITATOR:
            assert keyring.facilitator_key is not None
            return [
                (wraps.TARGET_FACILITATOR_KEY, keyring.facilitator_key),
                (wraps.TARGET_JOURNAL_KEY, keyring.journal_key),
            ]
        return [
            (wraps.TARGET_JOURNAL_KEY, keyring.journal_key),
            (wraps.TARGET_COMMONS_KEY, keyring.commons_key),
        ]
