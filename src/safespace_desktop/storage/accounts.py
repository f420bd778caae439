"""Accounts: slots (found by salted handle hash, never by name), their key wraps and
the unlock-throttle counters. Everything here is allow-listed plaintext metadata or
a sealed key; the services in ``services/vault/`` decide, this module stores."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, delete, select

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.tables import Base, KeyWrap, Slot, UnlockThrottle

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork

MEMBER_KIND = "member"


@dataclass(frozen=True)
class SlotInfo:
    """A person who can unlock (or an open invitation): no name, only hashes."""

    id: str
    kind: str
    handle_hash: bytes | None
    invite_hash: bytes | None


@dataclass(frozen=True)
class ThrottleInfo:
    failures: int
    last_failure_at: float


def _slot_info(slot: Slot) -> SlotInfo:
    return SlotInfo(slot.id, slot.kind, slot.handle_hash, slot.invite_hash)


def _slot_tables() -> list[tuple[str, Column[Any]]]:
    """(table name, column) of every column that cascades from ``slots.id``."""
    found: list[tuple[str, Column[Any]]] = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            for foreign_key in column.foreign_keys:
                if (
                    foreign_key.target_fullname == "slots.id"
                    and (foreign_key.ondelete or "").upper() == "CASCADE"
                ):
                    found.append((table.name, column))
    return found


class AccountsRepository:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._db = uow.session

    # ------------------------------------------------------------------ slots
    def slot(self, slot_id: str) -> SlotInfo | None:
        slot = self._db.get(Slot, slot_id)
        return None if slot is None else _slot_info(slot)

    def slot_by_handle_hash(self, digest: bytes) -> SlotInfo | None:
        slot = self._db.scalars(select(Slot).where(Slot.handle_hash == digest)).first()
        return None if slot is None else _slot_info(slot)

    def slot_by_invite_hash(self, digest: bytes) -> SlotInfo | None:
        slot = self._db.scalars(select(Slot).where(Slot.invite_hash == digest)).first()
        return None if slot is None else _slot_info(slot)

    def slot_claims(self) -> dict[str, bool]:
        """Every slot id, and whether someone has claimed it (it has a handle)."""
        return {
            slot_id: handle_hash is not None
            for slot_id, handle_hash in self._db.execute(select(Slot.id, Slot.handle_hash))
        }

    def slot_ids(self, kind: str | None = None) -> list[str]:
        query = select(Slot.id)
        if kind is not None:
            query = query.where(Slot.kind == kind)
        return sorted(self._db.scalars(query))

    def add_slot(
        self, kind: str, *, handle_hash: bytes | None = None, invite_hash: bytes | None = None
    ) -> SlotInfo:
        slot = Slot(
            id=str(uuid.uuid4()), kind=kind, handle_hash=handle_hash, invite_hash=invite_hash
        )
        self._db.add(slot)
        self._db.flush()
        self._uow.note(RecordKind.ACCOUNT, slot.id)
        return _slot_info(slot)

    def claim_slot(self, slot_id: str, handle_hash: bytes) -> None:
        """An invitation becomes an account: the handle hash replaces the invite hash."""
        slot = self._db.get(Slot, slot_id)
        if slot is None:
            raise KeyError(slot_id)
        slot.handle_hash = handle_hash
        slot.invite_hash = None
        self._db.flush()
        self._uow.note(RecordKind.ACCOUNT, slot_id)

    def delete_unclaimed_slot(self, slot_id: str) -> bool:
        """Withdraw an invitation nobody has claimed yet; False if there is none."""
        slot = self._db.get(Slot, slot_id)
        if slot is None or slot.handle_hash is not None:
            return False
        self._db.delete(slot)
        self._db.flush()
        self._uow.note(RecordKind.ACCOUNT, slot_id)
        return True

    def shred_slot(self, slot_id: str) -> SlotInfo | None:
        """Destroy a slot and every row that cascades from it (journal, drafts, safety
        plan, settings), its wraps and its throttle counter. Returns what was removed;
        the caller decides whether that slot may be shredded at all."""
        slot = self._db.get(Slot, slot_id)
        if slot is None:
            return None
        info = _slot_info(slot)
        for table_name, column in _slot_tables():
            table = Base.metadata.tables[table_name]
            self._db.execute(delete(table).where(column == slot_id))
        if slot.handle_hash is not None:
            self._db.execute(
                delete(UnlockThrottle).where(UnlockThrottle.handle_hash == slot.handle_hash)
            )
        self._db.delete(slot)
        self._db.flush()
        self._uow.note(RecordKind.ACCOUNT, slot_id)
        return info

    # ------------------------------------------------------------------ key wraps
    def wraps(self, slot_id: str, wrapper: str | None = None) -> list[KeyWrap]:
        """The slot's wraps (optionally of one wrapper kind), in a stable order."""
        return wraps.wraps_for(self._db, slot_id, wrapper)

    def add_wrap(
        self,
        *,
        slot_id: str,
        wrapper: str,
        kek: SecretKey,
        target: str,
        key: SecretKey,
        params: KdfParams | None = None,
        salt: bytes | None = None,
    ) -> None:
        wraps.add_wrap(
            self._db,
            slot_id=slot_id,
            wrapper=wrapper,
            kek=kek,
            target=target,
            key=key,
            params=params,
            salt=salt,
        )
        self._uow.note(RecordKind.ACCOUNT, slot_id)

    def delete_wraps(self, slot_id: str, wrapper: str) -> None:
        wraps.delete_wraps(self._db, slot_id, wrapper)
        self._uow.note(RecordKind.ACCOUNT, slot_id)

    # ------------------------------------------------------------------ throttle
    def throttle(self, handle_hash: bytes) -> ThrottleInfo | None:
        row = self._db.get(UnlockThrottle, handle_hash)
        return None if row is None else ThrottleInfo(row.failures, row.last_failure_at)

    def restart_throttle_wait(self, handle_hash: bytes, now: float) -> None:
        row = self._db.get(UnlockThrottle, handle_hash)
        if row is not None:
            row.last_failure_at = now

    def record_failure(self, handle_hash: bytes, now: float) -> int:
        """One more failed attempt on this handle hash; returns the new count."""
        row = self._db.get(UnlockThrottle, handle_hash)
        if row is None:
            row = UnlockThrottle(handle_hash=handle_hash, failures=0, last_failure_at=0.0)
            self._db.add(row)
        row.failures += 1
        row.last_failure_at = now
        return row.failures

    def take_failures(self, handle_hash: bytes) -> int:
        """Clear the counter after a successful unlock; returns how many there were."""
        row = self._db.get(UnlockThrottle, handle_hash)
        if row is None:
            return 0
        failures = row.failures
        self._db.delete(row)
        return failures
