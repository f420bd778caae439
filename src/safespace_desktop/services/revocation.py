"""Revocation: when a facilitator leaves (or a device is lost), the group moves to a new
group key epoch that only the remaining facilitators can open (DESIGN.md §3.1,
crypto.md §4.7, issue #12).

What ``revoke_facilitator`` does, in one transaction:

1. makes GK_{e+1}, a fresh random key, and records epoch e+1 as current: every row
   written from now on, and every later sync bundle, is sealed under it;
2. wraps GK_{e+1} under the acting facilitator's own FK;
3. for every *other remaining* facilitator with an account on this PC, whose FK this
   session does not hold (only their passphrase opens it), adds a **grant**: GK_{e+1}
   sealed to their X25519 exchange key (``crypto.exchange``; HPKE base mode with the
   group id and epoch bound in). They pick it up at their next unlock, which turns it
   into an ordinary FK wrap. Facilitators on other PCs receive the same kind of grant
   in a signed *key file* (``services/key_grants.py``), because a bundle under the new
   epoch cannot be opened by someone who does not hold it yet;
4. marks the leaver's facilitator record and every device enrolled for them
   ``status = "revoked"`` (they sync, so every PC learns it; sync refuses bundles
   signed by a revoked device), and, if the leaver has an account on this PC, deletes
   every wrap that gave that account group-wide keys: the slot can no longer open any
   group key, old or new, and unlocking it says so kindly. Their own journal stays.

``revoke_device`` does the same for one lost computer, without removing its person.

Why grants to a public key rather than "pending wraps under a shared secret": anything
the leaver could also compute (GK_e, a key derived from it) would hand them the new
epoch. A grant opens only with the recipient's exchange private key, which is wrapped
under that recipient's FK alone. A facilitator who has not unlocked since exchange keys
were introduced has none yet; they are listed as ``unreached`` and need to be added
again by a remaining facilitator (``Vault.add_facilitator``) after unlocking once.

Old rows are **not** re-sealed: they keep opening under the epoch they name in their
``key_id`` (remaining facilitators hold every epoch they were given). The stated
limitation (crypto.md §4.7): the leaver keeps whatever they already saw, and old
bundles on old sticks stay readable with the old epoch's key.
"""

from __future__ import annotations

from dataclasses import dataclass

from safespace_desktop.core.errors import NotFound, NotPermitted
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.sync.devices import (
    STATUS_REVOKED,
    device_id,
    devices_repository,
    find_device,
    list_devices,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.services.vault.exchange_keys import EXCHANGE_KEY_FIELD
from safespace_desktop.storage import key_epochs
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

ACTIVE = "active"
REVOKED = "revoked"


@dataclass(frozen=True)
class FacilitatorEntry:
    """One facilitator as the devices page lists them."""

    id: str
    handle: str
    status: str
    is_you: bool
    on_this_computer: bool
    rev: int


@dataclass(frozen=True)
class Rotation:
    """The outcome of a revocation: the new epoch and who can open it."""

    epoch: int
    revoked_handle: str
    reached: tuple[str, ...]
    """Remaining facilitators who hold or were granted the new epoch."""
    unreached: tuple[str, ...]
    """Remaining facilitators without an exchange key yet (add them again)."""


class RevocationService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ reading
    def facilitators(self) -> list[FacilitatorEntry]:
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, principal):
            entries = []
            for record in _facilitator_records(db, keyring):
                slot_id = record.extra.get("slot_id")
                entries.append(
                    FacilitatorEntry(
                        id=record.id,
                        handle=str(record.state.get("handle", "")),
                        status=REVOKED if _revoked(record) else ACTIVE,
                        is_you=slot_id == principal.slot_id,
                        on_this_computer=bool(slot_id)
                        and db.accounts.slot(str(slot_id)) is not None,
                        rev=record.rev,
                    )
                )
        return sorted(entries, key=lambda e: (e.status != ACTIVE, e.handle.casefold()))

    def current_epoch(self) -> int:
        with self._vault.transaction() as (_db, keyring, _principal):
            return keyring.current_epoch

    # ------------------------------------------------------------------ revoking
    def revoke_facilitator(self, facilitator_id: str) -> Rotation:
        """Revoke one facilitator (and every device enrolled for them) and move the group
        to a new key epoch (see the module docstring)."""
        self._vault.require_facilitator()
        new_key = SecretKey.generate()
        try:
            with self._vault.transaction() as (db, keyring, principal):
                records = {r.id: r for r in _facilitator_records(db, keyring)}
                leaver = records.get(facilitator_id)
                if leaver is None or _revoked(leaver):
                    raise NotFound("gone")
                if leaver.extra.get("slot_id") == principal.slot_id:
                    raise NotPermitted("cannot_revoke_self")
                remaining = [r for r in records.values() if r.id != facilitator_id]
                epoch, reached, unreached = _rotate(
                    db, keyring, principal.slot_id, remaining, new_key
                )
                mark_facilitator_revoked(db, new_key, leaver)
                for replica in devices_of(db, keyring, leaver):
                    mark_device_revoked(db, keyring, new_key, replica)
                epochs = key_epochs.epochs(db.session)
            # Only once committed does this session seal with the new epoch.
            _adopt(keyring, new_key, epochs)
        finally:
            new_key.wipe()
        self._vault.checkpoint()
        return Rotation(
            epoch, str(leaver.state.get("handle", "")), tuple(reached), tuple(unreached)
        )

    def revoke_device(self, replica_id: str) -> Rotation:
        """Revoke a lost or retired computer: its bundles are refused from now on and the
        group moves to a new key epoch that every active facilitator keeps receiving.

        Its facilitator stays a facilitator. If the lost computer also held their
        passphrase-protected keys, they should change their passphrase, or be removed
        and added again, because their FK and exchange key are on that disk too."""
        self._vault.require_facilitator()
        new_key = SecretKey.generate()
        try:
            with self._vault.transaction() as (db, keyring, principal):
                device = find_device(db, keyring, replica_id)
                if device is None or device.revoked:
                    raise NotFound("gone")
                if device.this_pc:
                    raise NotPermitted("cannot_revoke_this_device")
                records = _facilitator_records(db, keyring)
                epoch, reached, unreached = _rotate(
                    db, keyring, principal.slot_id, records, new_key
                )
                mark_device_revoked(db, keyring, new_key, replica_id)
                epochs = key_epochs.epochs(db.session)
            _adopt(keyring, new_key, epochs)
        finally:
            new_key.wipe()
        self._vault.checkpoint()
        return Rotation(epoch, device.name, tuple(reached), tuple(unreached))


def _facilitator_records(db: UnitOfWork, keyring: KeyRing) -> list[LoadedRecord]:
    records, _damaged = db.group.facilitators.load_all(db, keyring)
    return records


def _revoked(record: LoadedRecord) -> bool:
    """Monotonic, like device revocation: one "revoked" sibling is enough."""
    return any(v.value == REVOKED for v in record.state.fields.get("status", ()))


def _rotate(
    db: UnitOfWork,
    keyring: KeyRing,
    acting_slot: str,
    candidates: list[LoadedRecord],
    new_key: SecretKey,
) -> tuple[int, list[str], list[str]]:
    """Make ``new_key`` the next epoch: wrapped for the acting facilitator and granted to
    every other still-active facilitator among ``candidates`` who has an account here."""
    epoch = key_epochs.current_epoch(db.session) + 1
    key_epochs.make_current(db.session, epoch, new_key.key_id)
    if keyring.facilitator_key is None:
        raise NotPermitted()
    db.accounts.add_wrap(
        slot_id=acting_slot,
        wrapper=wraps.WRAPPER_FACILITATOR_KEY,
        kek=keyring.facilitator_key,
        target=wraps.TARGET_GROUP_KEY,
        key=new_key,
    )
    remaining = [r for r in candidates if not _revoked(r)]
    reached, unreached = grant_locally(db, remaining, acting_slot, epoch, new_key)
    return epoch, reached, unreached


def grant_locally(
    db: UnitOfWork,
    remaining: list[LoadedRecord],
    acting_slot: str,
    epoch: int,
    new_key: SecretKey,
) -> tuple[list[str], list[str]]:
    reached: list[str] = []
    unreached: list[str] = []
    group_id = db.group_id
    for record in remaining:
        handle = str(record.state.get("handle", ""))
        slot_id = record.extra.get("slot_id")
        if slot_id == acting_slot:
            reached.append(handle)
            continue
        public = record.state.get(EXCHANGE_KEY_FIELD)
        if not public:
            unreached.append(handle)
            continue
        if slot_id and db.accounts.slot(slot_id) is not None:
            key_epochs.add_grant(
                db.session,
                slot_id=slot_id,
                recipient_public=bytes.fromhex(str(public)),
                group_id=group_id,
                epoch=epoch,
                group_key=new_key,
            )
        # A facilitator on another PC receives a travel grant with the next bundle.
        reached.append(handle)
    return reached, unreached


def mark_facilitator_revoked(db: UnitOfWork, new_key: SecretKey, leaver: LoadedRecord) -> None:
    """Mark the record revoked (it syncs) and, if the leaver has an account on this PC,
    delete every wrap that gave it group-wide keys."""
    stamp = db.next_write()
    leaver.state.write({"status": REVOKED}, stamp.replica, stamp.counter, stamp.hlc)
    slot_id = leaver.extra.get("slot_id")
    db.group.facilitators.store(
        db, new_key, leaver.id, leaver.state, stamp.counter, slot_id=slot_id
    )
    if slot_id and db.accounts.slot(str(slot_id)) is not None:
        key_epochs.delete_slot_group_keys(db.session, str(slot_id))


def devices_of(db: UnitOfWork, keyring: KeyRing, facilitator: LoadedRecord) -> list[str]:
    """Replica ids of the active devices that belong to ``facilitator``: enrolled for them,
    or the computer their account was made on (a join kit enrols the new PC's device under
    the facilitator who made the kit; the joiner's account is created on the new PC, so
    the replica of its first write names that PC)."""
    created_on = {v.dot.replica for v in facilitator.state.fields.get("public_key", ())}
    return [
        d.replica_id
        for d in list_devices(db, keyring)
        if not d.revoked and (d.facilitator_id == facilitator.id or d.replica_id in created_on)
    ]


def mark_device_revoked(
    db: UnitOfWork, keyring: KeyRing, new_key: SecretKey, replica_id: str
) -> None:
    """Write the device's ``status = "revoked"`` (monotonic; sync refuses its bundles)."""
    repo = devices_repository(db.group_id)
    row_id = device_id(db.group_id, replica_id)
    record = repo.get(db, keyring, row_id)
    if record is None:
        return
    stamp = db.next_write()
    record.state.write({"status": STATUS_REVOKED}, stamp.replica, stamp.counter, stamp.hlc)
    repo.store(db, new_key, row_id, record.state, record.rev + 1, **record.extra)


def _adopt(keyring: KeyRing, new_key: SecretKey, epochs: dict[int, bytes]) -> None:
    copy = SecretKey(new_key.material(), new_key.key_id)
    keyring.group_keys[copy.key_id] = copy
    keyring.current_group_key_id = copy.key_id
    keyring.group_key_epochs = epochs
