"""The vault file: engine, the one lock, transactions, metadata, lock and close.

One vault is one SQLite file holding one group. Exactly one person is unlocked at a
time; unlocking someone else locks the current session first."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from safespace_desktop.core.clock import Clock, SystemClock
from safespace_desktop.core.errors import (
    NotPermitted,
    UnsupportedFormatVersion,
    VaultLocked,
    VaultNotFound,
)
from safespace_desktop.core.model import Principal, VaultSummary
from safespace_desktop.core.sync.hlc import HybridClock
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault.handles import _hash_secret
from safespace_desktop.storage import engine as storage_engine
from safespace_desktop.storage.tables import FORMAT_VERSION, SCHEMA_VERSION, Slot, VaultMeta


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

    def policy_in(self, db: Session) -> KdfParams:
        meta = self._meta(db)
        return KdfParams(meta.kdf_memory_kib, meta.kdf_iterations, meta.kdf_lanes)

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

    def _handle_hash(self, db: Session, handle: str) -> bytes:
        return _hash_secret(self._meta(db).handle_salt, b"handle:", handle)

    def _slot_by_handle(self, db: Session, handle: str) -> Slot | None:
        digest = self._handle_hash(db, handle)
        return db.scalars(select(Slot).where(Slot.handle_hash == digest)).first()

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

    def keyring_for_tests(self) -> KeyRing:
        """The live keyring (tests check it is zeroed after lock)."""
        return self._require_session().keyring

    @property
    def engine(self) -> Engine:
        return self._engine
