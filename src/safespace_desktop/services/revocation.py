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
   with the next sync bundle (``travel_grants``/``accept_travel_grants``);
4. marks the leaver's facilitator record ``status = "revoked"`` (it syncs, so every PC
   learns it), and, if the leaver has an account on this PC, deletes every wrap that
   gave that account group-wide keys: the slot can no longer open any group key, old
   or new, and unlocking it says so kindly. Their own journal stays theirs.

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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from safespace_desktop.core.errors import NotFound, NotPermitted
from safespace_desktop.crypto import exchange
from safespace_desktop.crypto.keys import SecretKey
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
                        status=str(record.state.get("status", ACTIVE)),
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
        """Revoke one facilitator and move the group to a new key epoch (see module doc)."""
        self._vault.require_facilitator()
        new_key = SecretKey.generate()
        try:
            with self._vault.transaction() as (db, keyring, principal):
                records = {r.id: r for r in _facilitator_records(db, keyring)}
                leaver = records.get(facilitator_id)
                if leaver is None or leaver.state.get("status") == REVOKED:
                    raise NotFound("gone")
                if leaver.extra.get("slot_id") == principal.slot_id:
                    raise NotPermitted("cannot_revoke_self")
                epoch = key_epochs.current_epoch(db.session) + 1
                key_epochs.make_current(db.session, epoch, new_key.key_id)
                assert keyring.facilitator_key is not None
                db.accounts.add_wrap(
                    slot_id=principal.slot_id,
                    wrapper=wraps.WRAPPER_FACILITATOR_KEY,
                    kek=keyring.facilitator_key,
                    target=wraps.TARGET_GROUP_KEY,
                    key=new_key,
                )
                remaining = [
                    r
                    for r in records.values()
                    if r.id != facilitator_id and r.state.get("status", ACTIVE) == ACTIVE
                ]
                reached, unreached = _grant_locally(
                    db, remaining, principal.slot_id, epoch, new_key
                )
                _mark_revoked(db, new_key, leaver)
                leaver_slot = leaver.extra.get("slot_id")
                if leaver_slot and db.accounts.slot(leaver_slot) is not None:
                    key_epochs.delete_slot_group_keys(db.session, leaver_slot)
                epochs = key_epochs.epochs(db.session)
            # Only once committed does this session seal with the new epoch.
            _adopt(keyring, new_key, epochs)
        finally:
            new_key.wipe()
        self._vault.checkpoint()
        return Rotation(
            epoch, str(leaver.state.get("handle", "")), tuple(reached), tuple(unreached)
        )

    # ------------------------------------------------------------------ grants in bundles
    def travel_grants(self) -> list[dict[str, str | int]]:
        """Grants of every epoch after 0 that this session holds, one per active
        facilitator with an exchange key: for sync to carry *outside* a bundle's
        epoch encryption so a facilitator on another PC can open that epoch."""
        with self._vault.transaction() as (db, keyring, _principal):
            group_id = db.group_id
            out: list[dict[str, str | int]] = []
            for record in _facilitator_records(db, keyring):
                public = record.state.get(EXCHANGE_KEY_FIELD)
                if record.state.get("status", ACTIVE) != ACTIVE or not public:
                    continue
                for epoch in keyring.held_epochs():
                    if epoch == 0:
                        continue  # epoch 0 travels in the join kit
                    key = keyring.group_key_for_epoch(epoch)
                    out.append(
                        exchange.seal_travel_grant(bytes.fromhex(str(public)), group_id, epoch, key)
                    )
        return out

    def accept_travel_grants(self, grants: Iterable[Mapping[str, str | int]]) -> list[int]:
        """Open the grants addressed to the unlocked facilitator, wrap each new epoch
        under their FK and adopt the newest as current. Returns the epochs gained.
        Grants for someone else are skipped; a damaged one addressed to us is skipped too
        (the bundle that carried it is still checked by its own signature)."""
        with self._vault.transaction() as (db, keyring, principal):
            if keyring.exchange_key is None or keyring.facilitator_key is None:
                return []
            group_id = db.group_id
            gained: dict[int, SecretKey] = {}
            for grant in grants:
                if str(grant.get("to", "")) != keyring.exchange_key.key_id.hex():
                    continue
                try:
                    key = exchange.open_travel_grant(keyring.exchange_key, dict(grant), group_id)
                except ValueError:
                    continue
                epoch = int(grant["epoch"])
                if key.key_id in keyring.group_keys or epoch in gained:
                    key.wipe()
                    continue
                gained[epoch] = key
            for epoch, key in sorted(gained.items()):
                key_epochs.record_epoch(db.session, epoch, key.key_id)
                db.accounts.add_wrap(
                    slot_id=principal.slot_id,
                    wrapper=wraps.WRAPPER_FACILITATOR_KEY,
                    kek=keyring.facilitator_key,
                    target=wraps.TARGET_GROUP_KEY,
                    key=key,
                )
            newest = max(gained, default=None)
            if newest is not None and newest >= key_epochs.current_epoch(db.session):
                key_epochs.make_current(db.session, newest, gained[newest].key_id)
            epochs = key_epochs.epochs(db.session)
            current = db.vault_info().group_key_id
        for key in gained.values():
            keyring.group_keys.setdefault(key.key_id, key)
        keyring.group_key_epochs = epochs
        if current in keyring.group_keys:
            keyring.current_group_key_id = current
        return sorted(gained)


def _facilitator_records(db: UnitOfWork, keyring: KeyRing) -> list[LoadedRecord]:
    records, _damaged = db.group.facilitators.load_all(db, keyring)
    return records


def _grant_locally(
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


def _mark_revoked(db: UnitOfWork, new_key: SecretKey, leaver: LoadedRecord) -> None:
    stamp = db.next_write()
    leaver.state.write({"status": REVOKED}, stamp.replica, stamp.counter, stamp.hlc)
    db.group.facilitators.store(
        db, new_key, leaver.id, leaver.state, stamp.counter, slot_id=leaver.extra.get("slot_id")
    )


def _adopt(keyring: KeyRing, new_key: SecretKey, epochs: dict[int, bytes]) -> None:
    copy = SecretKey(new_key.material(), new_key.key_id)
    keyring.group_keys[copy.key_id] = copy
    keyring.current_group_key_id = copy.key_id
    keyring.group_key_epochs = epochs
