"""One unit of work: a transaction, whose keys, who is acting, the write clock, and
the repositories, collecting what it changed as a ``ChangeSet``.

Services get one from ``Vault.unit_of_work()`` (or the older ``Vault.transaction()``
form) and never see SQLAlchemy: everything that reads or writes rows is a repository
method that takes the unit of work. Key derivation never happens inside one: a
unit of work holds the vault lock and an open transaction for its whole life.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy.orm import Session

from safespace_desktop.core.changes import NO_CHANGES, ChangeSet, RecordKind
from safespace_desktop.core.errors import VaultLocked, VaultNotFound
from safespace_desktop.core.model import Principal
from safespace_desktop.core.sync.hlc import HybridClock
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.storage.accounts import AccountsRepository
from safespace_desktop.storage.crisis_lines import CrisisLinesRepository
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.repositories import GroupRepositories, JournalRepositories
from safespace_desktop.storage.sync_store import SyncStore
from safespace_desktop.storage.tables import VaultMeta


@dataclass(frozen=True)
class VaultInfo:
    """The plaintext description of the vault file (its one ``vault_meta`` row)."""

    vault_id: str
    group_id: str
    replica_id: str
    label: str
    is_demo: bool
    handle_salt: bytes
    policy: KdfParams
    group_key_id: bytes
    commons_key_id: bytes
    format_version: int
    schema_version: int


def vault_info(meta: VaultMeta) -> VaultInfo:
    return VaultInfo(
        vault_id=meta.vault_id,
        group_id=meta.group_id,
        replica_id=meta.replica_id,
        label=meta.neutral_label,
        is_demo=meta.is_demo,
        handle_salt=meta.handle_salt,
        policy=KdfParams(meta.kdf_memory_kib, meta.kdf_iterations, meta.kdf_lanes),
        group_key_id=meta.group_key_id,
        commons_key_id=meta.commons_key_id,
        format_version=meta.format_version,
        schema_version=meta.schema_version,
    )


# (open database, rows changed on its connection, other connections' commits, rollbacks
# and copies put back): see ``UnitOfWork.change_token``.
ChangeToken = tuple[int, int, int, int]


@dataclass(frozen=True)
class WriteStamp:
    """Replica id, write counter and HLC time of one local write."""

    replica: str
    counter: int
    hlc: int


class UnitOfWork:
    """Session, keys, principal, write clock and repositories of one transaction."""

    def __init__(
        self,
        session: Session,
        *,
        clock: HybridClock,
        keys: KeyRing | None = None,
        principal: Principal | None = None,
        generation: Callable[[], tuple[int, int]] = lambda: (0, 0),
    ) -> None:
        self._session = session
        self._clock = clock
        self._keys = keys
        self._principal = principal
        self._generation = generation
        self.changes: ChangeSet = NO_CHANGES

    def change_token(self) -> ChangeToken:
        """A value that differs whenever any row of the vault may have changed since it
        was last read: rows written on this connection (SQLite's ``total_changes``, any
        statement, committed or not), commits by any other connection or process
        (``data_version``), rolled-back writes and copies put back over the vault, in
        this open database (see ``Database``). Equal tokens mean nothing was written in
        between, so a sealed index checked against its rows then needs no second check."""
        connection = self._session.connection()
        changed = connection.connection.driver_connection.total_changes  # type: ignore[union-attr]
        version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
        serial, generation = self._generation()
        return serial, int(changed), int(version), generation

    # ------------------------------------------------------------------ who and how
    @property
    def session(self) -> Session:
        """The SQLAlchemy session, for repositories in ``storage/`` only."""
        return self._session

    @property
    def keys(self) -> KeyRing:
        if self._keys is None:
            raise VaultLocked()
        return self._keys

    @property
    def principal(self) -> Principal:
        if self._principal is None:
            raise VaultLocked()
        return self._principal

    def note(self, kind: RecordKind, *ids: str) -> None:
        """Record that records of ``kind`` changed (no ids: some, unknown which)."""
        self.changes = self.changes | ChangeSet.of(kind, *ids)

    # ------------------------------------------------------------------ the vault row
    def _meta(self) -> VaultMeta:
        meta = self._session.get(VaultMeta, 1)
        if meta is None:
            raise VaultNotFound("This file is not a SafeSpace vault.")
        return meta

    def create_vault_row(self, info: VaultInfo) -> None:
        """The one ``vault_meta`` row of a new vault."""
        self._session.add(
            VaultMeta(
                id=1,
                format_version=info.format_version,
                schema_version=info.schema_version,
                vault_id=info.vault_id,
                group_id=info.group_id,
                replica_id=info.replica_id,
                handle_salt=info.handle_salt,
                neutral_label=info.label,
                is_demo=info.is_demo,
                kdf_memory_kib=info.policy.memory_kib,
                kdf_iterations=info.policy.iterations,
                kdf_lanes=info.policy.lanes,
                group_key_id=info.group_key_id,
                commons_key_id=info.commons_key_id,
                hlc_last=0,
                write_counter=0,
            )
        )
        self._session.flush()

    def vault_info(self) -> VaultInfo:
        return vault_info(self._meta())

    def set_label(self, label: str) -> None:
        """The vault's neutral label (plaintext by design: the picker shows it)."""
        self._meta().neutral_label = label
        self._session.flush()

    @property
    def group_id(self) -> str:
        return self._meta().group_id

    def policy(self) -> KdfParams:
        """The KDF parameters new passphrase wraps use."""
        meta = self._meta()
        return KdfParams(meta.kdf_memory_kib, meta.kdf_iterations, meta.kdf_lanes)

    def next_write(self) -> WriteStamp:
        """A fresh write counter and HLC time for one local write."""
        meta = self._meta()
        meta.write_counter += 1
        self._clock.last = max(self._clock.last, meta.hlc_last)
        meta.hlc_last = self._clock.tick()
        return WriteStamp(meta.replica_id, meta.write_counter, meta.hlc_last)

    def write_counter(self) -> int:
        """This replica's write counter as stored now (sync: undo checks, vectors)."""
        return int(self._meta().write_counter)

    def observe_hlc(self, incoming: int) -> None:
        """Advance the stored clock past an imported time, never beyond now + skew."""
        meta = self._meta()
        self._clock.last = max(self._clock.last, meta.hlc_last)
        self._clock.observe(incoming)
        meta.hlc_last = max(meta.hlc_last, self._clock.last)

    # ------------------------------------------------------------------ repositories
    @cached_property
    def group(self) -> GroupRepositories:
        """Repositories of the group-wide record families (group and commons keys)."""
        return GroupRepositories.for_group(self.group_id)

    @cached_property
    def journal(self) -> JournalRepositories:
        """The acting person's own journal families (their journal key)."""
        return JournalRepositories.for_slot(self.principal.slot_id)

    @cached_property
    def accounts(self) -> AccountsRepository:
        return AccountsRepository(self)

    @cached_property
    def crisis_lines(self) -> CrisisLinesRepository:
        return CrisisLinesRepository(self)

    @cached_property
    def sync(self) -> SyncStore:
        """This PC's sync bookkeeping (issue 12)."""
        return SyncStore(self)

    @staticmethod
    def settings_id(group_id: str) -> str:
        """The fixed id of the group-settings record of ``group_id``."""
        return str(uuid.uuid5(uuid.UUID(group_id), "group_settings"))
