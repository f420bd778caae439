"""The vault file as a database: engine, the one lock, units of work, checkpoints.

One connection serialised by one re-entrant lock: the app has a single writer, and a
unit of work holds the lock for its whole transaction. So nothing slow (key
derivation above all) may run inside one.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import sessionmaker

from safespace_desktop.core.model import Principal
from safespace_desktop.core.sync.hlc import HybridClock
from safespace_desktop.storage import engine as storage_engine
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.tables import FORMAT_VERSION, SCHEMA_VERSION, Base, VaultMeta
from safespace_desktop.storage.unit_of_work import UnitOfWork, VaultInfo, vault_info

__all__ = ["FORMAT_VERSION", "SCHEMA_VERSION", "Database"]

_SERIALS = itertools.count(1)


class Database:
    def __init__(self, path: Path | None, clock: HybridClock) -> None:
        self.path = path
        # A file that exists but cannot be written (a write-protected stick) opens
        # read-only rather than being refused as "not a vault".
        self.read_only = path is not None and path.exists() and not storage_engine.is_writable(path)
        self.engine: Engine = storage_engine.open_engine(path, read_only=self.read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._clock = clock
        self.lock = threading.RLock()
        # For ``UnitOfWork.change_token``: which open database this is (a reopened file
        # starts SQLite's counts again), and how often rows changed in ways SQLite does
        # not count: a rollback that undid written rows (one that follows no write, a
        # read's connection closed or a checkpoint, undoes nothing) and a whole copy
        # put back over the vault (``replaced``).
        self.serial = next(_SERIALS)
        self.rollbacks = 0
        self._settled_changes = 0
        event.listen(self.engine, "commit", self._committed)
        event.listen(self.engine, "rollback", self._rolled_back)
        event.listen(self.engine, "rollback_savepoint", self._rolled_back)

    @staticmethod
    def _changes(connection: Any) -> int:
        return int(connection.connection.driver_connection.total_changes)

    def _committed(self, connection: Any) -> None:
        self._settled_changes = self._changes(connection)

    def _rolled_back(self, connection: Any, *_args: object) -> None:
        changes = self._changes(connection)
        if changes != self._settled_changes:
            self.rollbacks += 1
            self._settled_changes = changes

    def replaced(self) -> None:
        """Every row may have changed: a copy was written over the vault in place."""
        self.rollbacks += 1

    def _generation(self) -> tuple[int, int]:
        return self.serial, self.rollbacks

    def read_info(self) -> VaultInfo | None:
        """The ``vault_meta`` row, or None for a file without one; reads only."""
        if not inspect(self.engine).has_table("vault_meta"):
            return None
        with self.lock, self._sessions() as session:
            meta = session.get(VaultMeta, 1)
            return None if meta is None else vault_info(meta)

    def create_schema(self) -> None:
        with self.lock:
            Base.metadata.create_all(self.engine)

    @contextmanager
    def unit_of_work(
        self, *, keys: KeyRing | None = None, principal: Principal | None = None
    ) -> Iterator[UnitOfWork]:
        """One transaction under the lock; committed when the block ends without error."""
        if self.read_only:
            # Nothing is ever committed; a write fails at its flush as VaultReadOnly.
            with self.lock, storage_engine.disk_full_as_typed_error():
                session = self._sessions()
                try:
                    yield self._unit(session, keys, principal)
                finally:
                    # Detach what was read first, so the rollback does not expire it.
                    session.expunge_all()
                    session.rollback()
                    session.close()
            return
        # The commit happens as ``begin()`` exits, inside the disk-full translation.
        with (
            self.lock,
            storage_engine.disk_full_as_typed_error(),
            self._sessions.begin() as session,
        ):
            yield self._unit(session, keys, principal)

    def _unit(self, session: Any, keys: KeyRing | None, principal: Principal | None) -> UnitOfWork:
        return UnitOfWork(
            session, clock=self._clock, keys=keys, principal=principal, generation=self._generation
        )

    def checkpoint(self) -> None:
        """Fold the WAL into the main file. On a full disk the fold is left for the next
        open (the WAL stays encrypted data), so locking and closing always complete."""
        if self.read_only:
            return  # an immutable file has no log of ours to fold
        with self.lock:
            storage_engine.checkpoint_if_possible(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()
