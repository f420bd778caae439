"""The vault file: the database, the one lock, units of work, lock and close.

One vault is one SQLite file holding one group. Exactly one person is unlocked at a
time; unlocking someone else locks the current session first. All persistence goes
through ``storage`` (a unit of work and its repositories): nothing here, or anywhere
in ``services/``, touches SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safespace_desktop.core.clock import Clock, SystemClock
from safespace_desktop.core.errors import (
    NotPermitted,
    SafeSpaceError,
    UnsupportedFormatVersion,
    VaultLocked,
    VaultNotFound,
)
from safespace_desktop.core.model import Principal, VaultSummary
from safespace_desktop.core.sync.hlc import HybridClock
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.services.vault.handles import _hash_secret
from safespace_desktop.storage.accounts import SlotInfo
from safespace_desktop.storage.database import FORMAT_VERSION, SCHEMA_VERSION, Database
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.unit_of_work import UnitOfWork, VaultInfo


@dataclass
class _Session:
    principal: Principal
    keyring: KeyRing


def _remove_vault_files(path: Path | None) -> None:
    if path is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class VaultStore:
    """The vault file and who is unlocked; every other part of ``Vault`` builds on it."""

    def __init__(self, path: Path | None, *, clock: Clock | None = None) -> None:
        self.path = path
        self.clock = clock or SystemClock()
        self._hlc = HybridClock(now_ms=lambda: int(self.clock.now() * 1000))
        self._db = Database(path, self._hlc)
        self._lock = self._db.lock
        self._session: _Session | None = None
        try:
            self._check_format()
        except BaseException:
            self._db.dispose()  # do not keep a refused file open
            raise

    def _check_format(self) -> None:
        try:
            info = self._info_or_none()
        except Exception as exc:  # not SQLite, or not ours
            raise VaultNotFound("This file is not a SafeSpace vault.") from exc
        if info is None:
            return
        if info.format_version != FORMAT_VERSION:
            raise UnsupportedFormatVersion(info.format_version, "vault")
        if info.schema_version > SCHEMA_VERSION:
            raise UnsupportedFormatVersion(info.schema_version, "vault schema")

    def _info_or_none(self) -> VaultInfo | None:
        return self._db.read_info()

    @contextmanager
    def _transaction(self) -> Iterator[UnitOfWork]:
        """A unit of work with whoever is unlocked (or nobody)."""
        with self._lock:
            session = self._session
            with self._db.unit_of_work(
                keys=session.keyring if session else None,
                principal=session.principal if session else None,
            ) as uow:
                yield uow

    def policy(self) -> KdfParams:
        with self._transaction() as db:
            return db.policy()

    def policy_in(self, db: UnitOfWork) -> KdfParams:
        return db.policy()

    def summary(self) -> VaultSummary:
        with self._transaction() as db:
            info = db.vault_info()
            return VaultSummary(info.vault_id, info.label, self.path or Path(), info.is_demo)

    @property
    def group_id(self) -> str:
        with self._transaction() as db:
            return db.group_id

    def next_write(self, db: UnitOfWork) -> tuple[str, int, int]:
        """Replica id, a fresh write counter and an HLC time for one local write."""
        stamp = db.next_write()
        return stamp.replica, stamp.counter, stamp.hlc

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A unit of work for the unlocked person: ``uow.keys``, ``uow.principal``,
        the repositories, and ``uow.changes`` once it has run."""
        with self._transaction() as db:
            self._require_session()
            yield db

    @contextmanager
    def transaction(self) -> Iterator[tuple[UnitOfWork, KeyRing, Principal]]:
        """``unit_of_work()`` unpacked as (unit of work, keys, principal)."""
        with self._transaction() as db:
            session = self._require_session()
            yield db, session.keyring, session.principal

    @contextmanager
    def plain_transaction(self) -> Iterator[UnitOfWork]:
        """A unit of work that needs nobody unlocked, for the few tables that are
        plaintext by design (the crisis-line directory shown on the lock screen)."""
        with self._transaction() as db:
            yield db

    def _enrol_this_device(self) -> None:
        """Sync (issue 12): give this install its device signing key at a facilitator's
        first unlock. A failure here (a full disk) only postpones it to the first export."""
        session = self._session
        if session is None or not session.principal.is_facilitator or self.read_only:
            return
        from safespace_desktop.services.sync.devices import ensure_this_device

        try:
            with self._transaction() as db:
                ensure_this_device(db, session.keyring)
        except (SafeSpaceError, OSError):
            return

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
            raise NotPermitted()
        return principal

    def _handle_hash(self, db: UnitOfWork, handle: str) -> bytes:
        return _hash_secret(db.vault_info().handle_salt, b"handle:", handle)

    def _slot_by_handle(self, db: UnitOfWork, handle: str) -> SlotInfo | None:
        return db.accounts.slot_by_handle_hash(self._handle_hash(db, handle))

    def lock(self) -> None:
        """Drop and zero every key; fold the WAL so nothing lingers there."""
        with self._lock:
            if self._session is not None:
                self._session.keyring.wipe()
                self._session = None
        self.checkpoint()

    @property
    def read_only(self) -> bool:
        """The file's disk cannot be written: everything reads, nothing saves."""
        return self._db.read_only

    @property
    def is_unlocked(self) -> bool:
        return self._session is not None

    def checkpoint(self) -> None:
        self._db.checkpoint()

    def close(self) -> None:
        self.lock()
        self._db.dispose()

    def keyring_for_tests(self) -> KeyRing:
        """The live keyring (tests check it is zeroed after lock)."""
        return self._require_session().keyring

    @property
    def engine(self) -> Any:
        """The SQLAlchemy engine, for tests that play the attacker with raw SQL."""
        return self._db.engine
