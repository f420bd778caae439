"""The encrypted vault: create, unlock, lock, accounts and recovery (DESIGN.md §3).

One vault is one SQLite file holding one group. Exactly one person is unlocked at a
time; unlocking someone else locks the current session first. Key derivation is
slow on purpose, so the UI calls these methods from its worker thread.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from safespace_desktop.core.clock import Clock, SystemClock
from safespace_desktop.core.errors import (
    CorruptKeyMaterial,
    HandleUnavailable,
    InvitationInvalid,
    NotPermitted,
    Throttled,
    UnsupportedFormatVersion,
    ValidationError,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from safespace_desktop.core.model import (
    GroupSettings,
    Invitation,
    NewAccount,
    Principal,
    Role,
    UnlockOutcome,
    VaultSummary,
)
from safespace_desktop.core.sync.hlc import HybridClock
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto import kdf, passphrase, recovery
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.crypto.keys import SecretKey, key_encryption_key
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.storage import engine as storage_engine
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.tables import (
    FORMAT_VERSION,
    SCHEMA_VERSION,
    Base,
    FacilitatorRecord,
    KeyWrap,
    Slot,
    UnlockThrottle,
    VaultMeta,
)
from safespace_desktop.storage.tables import (
    GroupSettings as GroupSettingsRow,
)

THROTTLE_FREE_ATTEMPTS = 5
THROTTLE_CAP_SECONDS = 300.0
HANDLE_MAX = 64
INVITE_CHARS = 10
# A claimed member handle is what the person chose plus "-" and a random tag of digits
# (see ``_claim_tagged_handle``); the tag widens only if a name's tags ever run short.
HANDLE_TAG_DIGITS = (4, 6, 8)
MEMBER_HANDLE_MAX = HANDLE_MAX - 1 - HANDLE_TAG_DIGITS[-1]

Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


def throttle_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures: 2^(n-5), capped at 300."""
    if failures < THROTTLE_FREE_ATTEMPTS:
        return 0.0
    # Cap the exponent first: 2.0 ** 1024 overflows, which would lock a slot out forever.
    exponent = min(failures - THROTTLE_FREE_ATTEMPTS, 16)
    return min(2.0**exponent, THROTTLE_CAP_SECONDS)


def clean_handle(handle: str) -> str:
    cleaned = unicodedata.normalize("NFKC", handle).strip()
    if not cleaned:
        raise ValidationError("handle", "Please choose a handle: a nickname only you will type.")
    if len(cleaned) > HANDLE_MAX:
        raise ValidationError("handle", f"Please keep the handle under {HANDLE_MAX} characters.")
    return cleaned


def _new_handle_tag(digits: int) -> str:
    return str(secrets.randbelow(10**digits)).zfill(digits)


def _hash_secret(salt: bytes, purpose: bytes, text: str) -> bytes:
    folded = unicodedata.normalize("NFKC", text.strip().casefold())
    return hashlib.sha256(salt + purpose + folded.encode("utf-8")).digest()


def _new_invitation_code() -> str:
    value = int.from_bytes(uuid.uuid4().bytes[:7], "big") >> 6  # 50 random bits
    chars = "".join(recovery.ALPHABET[(value >> s) & 31] for s in range(45, -1, -5))
    return f"{chars[:5]}-{chars[5:]}"


def _normalise_invitation(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "".join({"O": "0", "I": "1", "L": "1"}.get(ch, ch) for ch in cleaned)


@dataclass
class _Session:
    principal: Principal
    keyring: KeyRing


class Vault:
    """One group's encrypted vault file."""

    def __init__(self, path: Path | None, *, clock: Clock | None = None) -> None:
        self.path = path
        self.clock = clock or SystemClock()
        self._engine: Engine = storage_engine.open_engine(path)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self._lock = threading.RLock()
        self._session: _Session | None = None
        try:
            self._check_format()
        except BaseException:
            self._engine.dispose()  # do not keep a refused file open
            raise
        self._hlc = HybridClock(now_ms=lambda: int(self.clock.now() * 1000))

    # ------------------------------------------------------------------ creation
    @classmethod
    def create(
        cls,
        path: Path | None,
        *,
        label: str,
        group_name: str,
        handle: str,
        passphrase_text: str,
        params: KdfParams,
        clock: Clock | None = None,
        is_demo: bool = False,
        progress: Progress = _quiet,
    ) -> tuple[Vault, NewAccount]:
        """Create a vault with its first facilitator, who is left unlocked."""
        label = label.strip()
        if not label:
            raise ValidationError("label", "Please give this vault a label for the vault list.")
        if not group_name.strip():
            raise ValidationError("group_name", "Please enter the group's name.")
        handle = clean_handle(handle)
        passphrase.check(passphrase_text)
        kdf.check_params(params, kdf.new_salt())
        if path is not None and path.exists() and path.stat().st_size > 0:
            raise ValidationError("path", "A vault already exists at that location.")
        vault = cls(path, clock=clock)
        try:
            Base.metadata.create_all(vault._engine)
            group_key = SecretKey.generate()
            commons_key = SecretKey.generate()
            group_id = str(uuid.uuid4())
            with vault._transaction() as db:
                db.add(
                    VaultMeta(
                        id=1,
                        format_version=FORMAT_VERSION,
                        schema_version=SCHEMA_VERSION,
                        vault_id=str(uuid.uuid4()),
                        group_id=group_id,
                        replica_id=str(uuid.uuid4()),
                        handle_salt=kdf.new_salt(),
                        neutral_label=label,
                        is_demo=is_demo,
                        kdf_memory_kib=params.memory_kib,
                        kdf_iterations=params.iterations,
                        kdf_lanes=params.lanes,
                        group_key_id=group_key.key_id,
                        commons_key_id=commons_key.key_id,
                        hlc_last=0,
                        write_counter=0,
                    )
                )
                db.flush()
                progress("Protecting your keys…")
                account, keyring = vault._create_facilitator(
                    db, handle, passphrase_text, group_key, commons_key
                )
                settings = GroupSettings(group_name=group_name.strip())
                vault._write_settings(db, commons_key, settings)
        except BaseException:
            # A full disk or any other failure must not leave a half-made vault behind.
            vault._engine.dispose()
            _remove_vault_files(path)
            raise
        vault._session = _Session(account.principal, keyring)
        group_key.wipe()
        commons_key.wipe()
        return vault, account

    def _check_format(self) -> None:
        try:
            meta = self._meta_or_none()
        except Exception as exc:  # not SQLite, or not ours
            raise VaultNotFound("This file is not a SafeSpace vault.") from exc
        if meta is None:
            return
        if meta.format_version != FORMAT_VERSION:
            raise UnsupportedFormatVersion(meta.format_version, "vault")
        if meta.schema_version > SCHEMA_VERSION:
            raise UnsupportedFormatVersion(meta.schema_version, "vault schema")

    def _meta_or_none(self) -> VaultMeta | None:
        from sqlalchemy import inspect

        if not inspect(self._engine).has_table("vault_meta"):
            return None
        with self._lock, self._sessions() as db:
            return db.get(VaultMeta, 1)

    @classmethod
    def open_existing(cls, path: Path, *, clock: Clock | None = None) -> Vault:
        vault = cls._open_checked(path, clock)
        # Additive upgrade: a vault made before a feature existed gets that feature's new,
        # empty tables. Nothing sealed changes (SCHEMA_VERSION is bound into every AD).
        with vault._lock:
            Base.metadata.create_all(vault._engine, checkfirst=True)
        return vault

    @classmethod
    def read_summary(cls, path: Path, *, clock: Clock | None = None) -> VaultSummary:
        """What the vault picker shows, read without upgrading or keeping the file open."""
        vault = cls._open_checked(path, clock)
        try:
            return vault.summary()
        finally:
            vault.close()

    @classmethod
    def _open_checked(cls, path: Path, clock: Clock | None) -> Vault:
        if not path.exists():
            raise VaultNotFound("The vault file is missing.")
        vault = cls(path, clock=clock)
        if vault._meta_or_none() is None:
            vault.close()
            raise VaultNotFound("This file is not a SafeSpace vault.")
        return vault

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with self._lock, self._sessions.begin() as db:
            yield db

    def _meta(self, db: Session) -> VaultMeta:
        meta = db.get(VaultMeta, 1)
        if meta is None:
            raise VaultNotFound("This file is not a SafeSpace vault.")
        return meta

    def policy(self) -> KdfParams:
        with self._transaction() as db:
            return self.policy_in(db)

    def summary(self) -> VaultSummary:
        with self._transaction() as db:
            meta = self._meta(db)
            return VaultSummary(
                meta.vault_id, meta.neutral_label, self.path or Path(), meta.is_demo
            )

    @property
    def group_id(self) -> str:
        with self._transaction() as db:
            return self._meta(db).group_id

    def next_write(self, db: Session) -> tuple[str, int, int]:
        """Replica id, a fresh write counter and an HLC time for one local write."""
        meta = self._meta(db)
        meta.write_counter += 1
        self._hlc.last = max(self._hlc.last, meta.hlc_last)
        meta.hlc_last = self._hlc.tick()
        return meta.replica_id, meta.write_counter, meta.hlc_last

    @contextmanager
    def transaction(self) -> Iterator[tuple[Session, KeyRing, Principal]]:
        """A unit of work for services: the DB session plus the unlocked person's keys."""
        with self._transaction() as db:
            session = self._require_session()
            yield db, session.keyring, session.principal

    @contextmanager
    def plain_transaction(self) -> Iterator[Session]:
        """A unit of work that needs nobody unlocked, for the few tables that are
        plaintext by design (the crisis-line directory shown on the lock screen)."""
        with self._transaction() as db:
            yield db

    def _require_session(self) -> _Session:
        if self._session is None:
            raise VaultLocked()
        return self._session

    @property
    def principal(self) -> Principal | None:
        return self._session.principal if self._session else None

    def require_facilitator(self) -> Principal:
        principal = self._require_session().principal
        if not principal.is_facilitator:
            raise NotPermitted("Only facilitators can do this.")
        return principal

    def _passphrase_kek(self, secret: str, salt: bytes, params: KdfParams) -> SecretKey:
        return key_encryption_key(kdf.derive(passphrase.encode(secret), salt, params))

    def _handle_hash(self, db: Session, handle: str) -> bytes:
        return _hash_secret(self._meta(db).handle_salt, b"handle:", handle)

    def _slot_by_handle(self, db: Session, handle: str) -> Slot | None:
        digest = self._handle_hash(db, handle)
        return db.scalars(select(Slot).where(Slot.handle_hash == digest)).first()

    # ------------------------------------------------------------------ accounts
    def _wrap_root_keys(
        self, db: Session, slot_id: str, secret: str, roots: list[tuple[str, SecretKey]]
    ) -> None:
        """Wrap the person's root keys under a fresh passphrase KEK (new salt)."""
        params = self.policy_in(db)
        salt = kdf.new_salt()
        kek = self._passphrase_kek(secret, salt, params)
        try:
            for target, key in roots:
                wraps.add_wrap(
                    db,
                    slot_id=slot_id,
                    wrapper=wraps.WRAPPER_PASSPHRASE,
                    kek=kek,
                    target=target,
                    key=key,
                    params=params,
                    salt=salt,
                )
        finally:
            kek.wipe()

    def _wrap_recovery(self, db: Session, slot_id: str, roots: list[tuple[str, SecretKey]]) -> str:
        code = recovery.new_code()
        salt = recovery.new_recovery_salt()
        kek = key_encryption_key(recovery.derive_recovery_kek(recovery.parse_code(code), salt))
        try:
            for target, key in roots:
                wraps.add_wrap(
                    db,
                    slot_id=slot_id,
                    wrapper=wraps.WRAPPER_RECOVERY,
                    kek=kek,
                    target=target,
                    key=key,
                    salt=salt,
                )
        finally:
            kek.wipe()
        return code

    def policy_in(self, db: Session) -> KdfParams:
        meta = self._meta(db)
        return KdfParams(meta.kdf_memory_kib, meta.kdf_iterations, meta.kdf_lanes)

    def _claim_handle(self, db: Session, handle: str) -> bytes:
        if self._slot_by_handle(db, handle) is not None:
            raise HandleUnavailable()
        return self._handle_hash(db, handle)

    def _claim_tagged_handle(self, db: Session, chosen: str) -> tuple[str, bytes]:
        """``chosen`` plus a random tag no slot uses yet ("sky" → "sky-4821"), and its hash.

        The tag is drawn at random until it names a free handle, so the claimant's
        outcome is the same whether or not "sky" (or any tagged form) is in use: the
        claim never says "taken", and a handle never belongs to two people.
        """
        for digits in HANDLE_TAG_DIGITS:
            for _attempt in range(32):
                handle = f"{chosen}-{_new_handle_tag(digits)}"
                if self._slot_by_handle(db, handle) is None:
                    return handle, self._handle_hash(db, handle)
        raise HandleUnavailable()  # over 10^8 tags of one name in use: not a real group

    def _create_facilitator(
        self, db: Session, handle: str, secret: str, group_key: SecretKey, commons_key: SecretKey
    ) -> tuple[NewAccount, KeyRing]:
        """Create a facilitator slot; returns the account and the new person's keyring."""
        passphrase.check(secret)
        slot = Slot(
            id=str(uuid.uuid4()),
            kind=Role.FACILITATOR.value,
            handle_hash=self._claim_handle(db, handle),
        )
        db.add(slot)
        db.flush()
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
        self._wrap_root_keys(db, slot.id, secret, roots)
        code = self._wrap_recovery(db, slot.id, roots)
        for target, key in (
            (wraps.TARGET_GROUP_KEY, group_key),
            (wraps.TARGET_COMMONS_KEY, commons_key),
            (wraps.TARGET_SIGNING_KEY, signing_key),
        ):
            wraps.add_wrap(
                db,
                slot_id=slot.id,
                wrapper=wraps.WRAPPER_FACILITATOR_KEY,
                kek=facilitator_key,
                target=target,
                key=key,
            )
        public = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
        state = RecordState()
        replica, counter, hlc = self.next_write(db)
        state.write(
            {"handle": handle, "public_key": public, "status": "active"}, replica, counter, hlc
        )
        SealedRecords(FacilitatorRecord, Scope.group(self._meta(db).group_id)).store(
            db, group_key, str(uuid.uuid4()), state, counter, slot_id=slot.id
        )
        keyring = KeyRing(
            journal_key=journal_key,
            commons_key=_copy(commons_key),
            facilitator_key=facilitator_key,
            signing_key=signing_key,
            group_keys={group_key.key_id: _copy(group_key)},
            current_group_key_id=group_key.key_id,
        )
        return NewAccount(Principal(slot.id, Role.FACILITATOR, handle), code), keyring

    def add_facilitator(self, handle: str, secret: str) -> NewAccount:
        """A facilitator adds a co-facilitator, who types their own handle and passphrase."""
        handle = clean_handle(handle)
        with self._transaction() as db:
            self.require_facilitator()
            keyring = self._require_session().keyring
            account, new_keyring = self._create_facilitator(
                db, handle, secret, keyring.group_key, keyring.commons_key
            )
            new_keyring.wipe()
            return account

    def invite_member(self) -> Invitation:
        """Open a member slot. The member claims it with the code and picks their own
        handle and passphrase; the facilitator never sees or sets them."""
        with self._transaction() as db:
            self.require_facilitator()
            keyring = self._require_session().keyring
            code = _new_invitation_code()
            meta = self._meta(db)
            slot = Slot(
                id=str(uuid.uuid4()),
                kind=Role.MEMBER.value,
                handle_hash=None,
                invite_hash=_hash_secret(meta.handle_salt, b"invite:", _normalise_invitation(code)),
            )
            db.add(slot)
            db.flush()
            salt = kdf.new_salt()
            kek = self._passphrase_kek(_normalise_invitation(code), salt, self.policy_in(db))
            wraps.add_wrap(
                db,
                slot_id=slot.id,
                wrapper=wraps.WRAPPER_INVITATION,
                kek=kek,
                target=wraps.TARGET_COMMONS_KEY,
                key=keyring.commons_key,
                params=self.policy_in(db),
                salt=salt,
            )
            kek.wipe()
            return Invitation(slot.id, code)

    def cancel_invitation(self, slot_id: str) -> None:
        with self._transaction() as db:
            self.require_facilitator()
            slot = db.get(Slot, slot_id)
            if slot is not None and slot.handle_hash is None:
                db.delete(slot)
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
            raise ValidationError(
                "handle", f"Please keep the handle under {MEMBER_HANDLE_MAX} characters."
            )
        passphrase.check(secret)
        self.lock()
        with self._transaction() as db:
            meta = self._meta(db)
            normal = _normalise_invitation(code)
            digest = _hash_secret(meta.handle_salt, b"invite:", normal)
            slot = db.scalars(select(Slot).where(Slot.invite_hash == digest)).first()
            if slot is None:
                raise InvitationInvalid()
            rows = wraps.wraps_for(db, slot.id, wraps.WRAPPER_INVITATION)
            if not rows:
                raise InvitationInvalid()
            info = wraps.info(rows[0])
            assert info.params is not None and info.salt is not None
            kek = self._passphrase_kek(normal, info.salt, info.params)
            if not wraps.kek_matches(rows[0], kek):
                raise InvitationInvalid()
            commons_key = wraps.unwrap(rows[0], kek)
            kek.wipe()
            if exact_handle:
                slot.handle_hash = self._claim_handle(db, handle)
            else:
                handle, slot.handle_hash = self._claim_tagged_handle(db, handle)
            slot.invite_hash = None
            wraps.delete_wraps(db, slot.id, wraps.WRAPPER_INVITATION)
            journal_key = SecretKey.generate()
            roots = [
                (wraps.TARGET_JOURNAL_KEY, journal_key),
                (wraps.TARGET_COMMONS_KEY, commons_key),
            ]
            self._wrap_root_keys(db, slot.id, secret, roots)
            recovery_code = self._wrap_recovery(db, slot.id, roots)
            principal = Principal(slot.id, Role.MEMBER, handle)
            self._session = _Session(
                principal, KeyRing(journal_key=journal_key, commons_key=commons_key)
            )
        self.checkpoint()
        return NewAccount(principal, recovery_code)

    # ------------------------------------------------------------------ unlocking
    def throttle_wait(self, handle: str) -> float:
        """Seconds before ``handle`` may try again (0 when free)."""
        with self._transaction() as db:
            row = db.get(UnlockThrottle, self._handle_hash(db, handle))
            if row is None:
                return 0.0
            now = self.clock.now()
            if row.last_failure_at > now:
                # The clock was set back: restart the wait from now rather than make
                # the person wait until the old time comes round again.
                row.last_failure_at = now
            remaining = row.last_failure_at + throttle_delay(row.failures) - now
            return max(0.0, remaining)

    def _record_failure(self, handle: str) -> int:
        with self._transaction() as db:
            digest = self._handle_hash(db, handle)
            row = db.get(UnlockThrottle, digest)
            if row is None:
                row = UnlockThrottle(handle_hash=digest, failures=0, last_failure_at=0.0)
                db.add(row)
            row.failures += 1
            row.last_failure_at = self.clock.now()
            return row.failures

    def _take_failures(self, db: Session, handle: str) -> int:
        row = db.get(UnlockThrottle, self._handle_hash(db, handle))
        if row is None:
            return 0
        failures = row.failures
        db.delete(row)
        return failures

    def unlock(self, handle: str, secret: str, progress: Progress = _quiet) -> UnlockOutcome:
        """Unlock ``handle``; locks whoever was unlocked first."""
        self.lock()
        handle = clean_handle(handle)
        wait = self.throttle_wait(handle)
        if wait > 0:
            raise Throttled(wait)
        with self._transaction() as db:
            slot = self._slot_by_handle(db, handle)
            slot_id = slot.id if slot else None
            params = self.policy_in(db)
        progress("Checking your passphrase…")
        if slot_id is None:
            # Same cost as a real attempt, so timing does not reveal which handles exist.
            self._passphrase_kek(secret, kdf.new_salt(), params).wipe()
            raise WrongPassphrase(self._record_failure(handle))
        try:
            keyring, principal = self._open_account(slot_id, handle, secret)
        except WrongPassphrase:
            raise WrongPassphrase(self._record_failure(handle)) from None
        with self._transaction() as db:
            failures = self._take_failures(db, handle)
        upgraded = self._upgrade_wraps_if_weak(slot_id, secret, keyring, progress)
        self._session = _Session(principal, keyring)
        return UnlockOutcome(principal, failures, upgraded)

    def _open_account(self, slot_id: str, handle: str, secret: str) -> tuple[KeyRing, Principal]:
        with self._transaction() as db:
            slot = db.get(Slot, slot_id)
            assert slot is not None
            rows = wraps.wraps_for(db, slot_id, wraps.WRAPPER_PASSPHRASE)
            if not rows:
                raise CorruptKeyMaterial("account")
            info = wraps.info(rows[0])
            if info.params is None or info.salt is None:
                raise CorruptKeyMaterial("account")
            kek = self._passphrase_kek(secret, info.salt, info.params)
            try:
                if not wraps.kek_matches(rows[0], kek):
                    raise WrongPassphrase()
                roots = _unwrap_all(rows, kek)
            finally:
                kek.wipe()
            return self._keyring_or_wipe(db, slot, roots), Principal(
                slot.id, Role(slot.kind), handle
            )

    def _keyring_or_wipe(self, db: Session, slot: Slot, roots: dict[str, SecretKey]) -> KeyRing:
        """Build the keyring; if any inner key is damaged, wipe everything opened so far."""
        opened: list[SecretKey] = list(roots.values())
        try:
            return self._keyring_from_roots(db, slot, roots, opened)
        except BaseException:
            for key in opened:
                key.wipe()
            raise

    def _keyring_from_roots(
        self, db: Session, slot: Slot, roots: dict[str, SecretKey], opened: list[SecretKey]
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
        for row in wraps.wraps_for(db, slot.id, wraps.WRAPPER_FACILITATOR_KEY):
            if row.wrapper_key_id != facilitator_key.key_id:
                raise CorruptKeyMaterial("facilitator key")
            key = wraps.unwrap(row, facilitator_key)
            opened.append(key)
            if row.target == wraps.TARGET_GROUP_KEY:
                group_keys[key.key_id] = key
            else:
                inner[row.target] = key
        meta = self._meta(db)
        if wraps.TARGET_COMMONS_KEY not in inner or meta.group_key_id not in group_keys:
            raise CorruptKeyMaterial("group keys")
        return KeyRing(
            journal_key=journal_key,
            commons_key=inner[wraps.TARGET_COMMONS_KEY],
            facilitator_key=facilitator_key,
            signing_key=inner.get(wraps.TARGET_SIGNING_KEY),
            group_keys=group_keys,
            current_group_key_id=meta.group_key_id,
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

    def _upgrade_wraps_if_weak(
        self, slot_id: str, secret: str, keyring: KeyRing, progress: Progress
    ) -> bool:
        """Re-wrap under the vault's current policy when stored parameters are weaker."""
        with self._transaction() as db:
            rows = wraps.wraps_for(db, slot_id, wraps.WRAPPER_PASSPHRASE)
            info = wraps.info(rows[0])
            policy = self.policy_in(db)
            if info.params is None or not info.params.below(policy):
                return False
            progress("Strengthening your key protection…")
            role = Role(db.get(Slot, slot_id).kind)  # type: ignore[union-attr]
            wraps.delete_wraps(db, slot_id, wraps.WRAPPER_PASSPHRASE)
            self._wrap_root_keys(db, slot_id, secret, self._roots(keyring, role))
        self.checkpoint()
        return True

    def recover(
        self, handle: str, code: str, new_secret: str, progress: Progress = _quiet
    ) -> NewAccount:
        """Use a recovery code once: set a new passphrase and issue a new code."""
        self.lock()
        handle = clean_handle(handle)
        passphrase.check(new_secret)
        wait = self.throttle_wait(handle)
        if wait > 0:
            raise Throttled(wait)
        value = recovery.parse_code(code)
        with self._transaction() as db:
            slot = self._slot_by_handle(db, handle)
            rows = wraps.wraps_for(db, slot.id, wraps.WRAPPER_RECOVERY) if slot else []
            if slot is None or not rows or rows[0].salt is None:
                raise WrongRecoveryCode()
            kek = key_encryption_key(recovery.derive_recovery_kek(value, rows[0].salt))
            try:
                if not wraps.kek_matches(rows[0], kek):
                    raise WrongRecoveryCode()
                roots = _unwrap_all(rows, kek)
            finally:
                kek.wipe()
            keyring = self._keyring_or_wipe(db, slot, roots)
            role = Role(slot.kind)
            progress("Protecting your keys with the new passphrase…")
            wraps.delete_wraps(db, slot.id, wraps.WRAPPER_PASSPHRASE)
            wraps.delete_wraps(db, slot.id, wraps.WRAPPER_RECOVERY)
            self._wrap_root_keys(db, slot.id, new_secret, self._roots(keyring, role))
            new_code = self._wrap_recovery(db, slot.id, self._roots(keyring, role))
            self._take_failures(db, handle)
            principal = Principal(slot.id, role, handle)
            self._session = _Session(principal, keyring)
        self.checkpoint()
        return NewAccount(principal, new_code)

    def change_passphrase(self, current: str, new_secret: str, progress: Progress = _quiet) -> None:
        """Re-wrap the unlocked person's root keys; no data is re-encrypted."""
        passphrase.check(new_secret)
        session = self._require_session()
        slot_id = session.principal.slot_id
        with self._transaction() as db:
            rows = wraps.wraps_for(db, slot_id, wraps.WRAPPER_PASSPHRASE)
            info = wraps.info(rows[0])
            assert info.params is not None and info.salt is not None
        progress("Checking your current passphrase…")
        kek = self._passphrase_kek(current, info.salt, info.params)
        matches = wraps.kek_matches(rows[0], kek)
        kek.wipe()
        if not matches:
            raise WrongPassphrase()
        progress("Protecting your keys with the new passphrase…")
        with self._transaction() as db:
            wraps.delete_wraps(db, slot_id, wraps.WRAPPER_PASSPHRASE)
            self._wrap_root_keys(
                db, slot_id, new_secret, self._roots(session.keyring, session.principal.role)
            )
        self.checkpoint()

    def new_recovery_code(self) -> str:
        """Replace the unlocked person's recovery code (the old one stops working)."""
        session = self._require_session()
        with self._transaction() as db:
            wraps.delete_wraps(db, session.principal.slot_id, wraps.WRAPPER_RECOVERY)
            code = self._wrap_recovery(
                db, session.principal.slot_id, self._roots(session.keyring, session.principal.role)
            )
        self.checkpoint()
        return code

    # ------------------------------------------------------------------ locking
    def lock(self) -> None:
        """Drop and zero every key; fold the WAL so nothing lingers there."""
        with self._lock:
            if self._session is not None:
                self._session.keyring.wipe()
                self._session = None
        self.checkpoint()

    @property
    def is_unlocked(self) -> bool:
        return self._session is not None

    def checkpoint(self) -> None:
        with self._lock:
            storage_engine.checkpoint(self._engine)

    def close(self) -> None:
        self.lock()
        self._engine.dispose()

    # ------------------------------------------------------------------ settings
    def _settings_repo(self, db: Session) -> SealedRecords:
        return SealedRecords(GroupSettingsRow, Scope.commons(self._meta(db).group_id))

    def _settings_id(self, db: Session) -> str:
        return str(uuid.uuid5(uuid.UUID(self._meta(db).group_id), "group_settings"))

    def _write_settings(self, db: Session, commons_key: SecretKey, settings: GroupSettings) -> None:
        repo = self._settings_repo(db)
        record_id = self._settings_id(db)
        loaded = repo.get(db, _SingleKey(commons_key), record_id)
        state = loaded.state if loaded else RecordState()
        replica, counter, hlc = self.next_write(db)
        state.write(
            {
                "group_name": settings.group_name,
                "facilitator_lock_seconds": settings.facilitator_lock_seconds,
                "member_lock_seconds": settings.member_lock_seconds,
            },
            replica,
            counter,
            hlc,
        )
        repo.store(db, commons_key, record_id, state, counter)

    def settings(self) -> GroupSettings:
        with self.transaction() as (db, keyring, _principal):
            loaded = self._settings_repo(db).get(db, keyring, self._settings_id(db))
            if loaded is None:
                raise CorruptKeyMaterial("group settings")
            state = loaded.state
            return GroupSettings(
                group_name=str(state.get("group_name", "")),
                facilitator_lock_seconds=int(state.get("facilitator_lock_seconds", 300)),
                member_lock_seconds=int(state.get("member_lock_seconds", 180)),
            )

    def update_settings(self, settings: GroupSettings) -> None:
        if not settings.group_name.strip():
            raise ValidationError("group_name", "Please enter the group's name.")
        for name, value in (
            ("facilitator_lock_seconds", settings.facilitator_lock_seconds),
            ("member_lock_seconds", settings.member_lock_seconds),
        ):
            if not 30 <= value <= 3600:
                raise ValidationError(name, "Auto-lock must be between 30 seconds and 60 minutes.")
        self.require_facilitator()
        with self.transaction() as (db, keyring, _principal):
            self._write_settings(db, keyring.commons_key, settings)

    def lock_seconds(self) -> int:
        """Idle time before auto-lock for whoever is unlocked now."""
        settings = self.settings()
        principal = self._require_session().principal
        if principal.is_facilitator:
            return settings.facilitator_lock_seconds
        return settings.member_lock_seconds

    # ------------------------------------------------------------------ testing aids
    def keyring_for_tests(self) -> KeyRing:
        """The live keyring (tests check it is zeroed after lock)."""
        return self._require_session().keyring

    @property
    def engine(self) -> Engine:
        return self._engine


def _unwrap_all(rows: list[KeyWrap], kek: SecretKey) -> dict[str, SecretKey]:
    """Open every wrap under ``kek``; on any failure, wipe the keys already opened."""
    roots: dict[str, SecretKey] = {}
    try:
        for row in rows:
            roots[row.target] = wraps.unwrap(row, kek)
    except BaseException:
        for key in roots.values():
            key.wipe()
        raise
    return roots


def _remove_vault_files(path: Path | None) -> None:
    if path is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _copy(key: SecretKey) -> SecretKey:
    return SecretKey(key.material(), key.key_id)


class _SingleKey:
    def __init__(self, key: SecretKey) -> None:
        self._key = key

    def key(self, key_id: bytes) -> SecretKey:
        if key_id != self._key.key_id:
            raise NotPermitted("unexpected key")
        return self._key
