"""Devices: each install's replica id and Ed25519 signing key, enrolled in the group.

The device table (``sync_devices``) is an ordinary sealed group record, so enrolments
travel in bundles. The private key stays on its PC, sealed under the group key in
``sync_local_device`` and never exported. Generating a key is not a key derivation,
so enrolment may run inside a unit of work.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import LoadedRecord, SealedRecords
from safespace_desktop.storage.sync_store import bundle_families
from safespace_desktop.storage.unit_of_work import UnitOfWork

STATUS_ACTIVE = "active"
STATUS_REVOKED = "revoked"
DEVICES_TABLE = "sync_devices"


@dataclass(frozen=True)
class Device:
    id: str
    replica_id: str
    public_key: bytes
    facilitator_id: str
    name: str
    revoked: bool
    this_pc: bool = False


def device_id(group_id: str, replica_id: str) -> str:
    """One device row per replica, the same id on every PC."""
    return str(uuid.uuid5(uuid.UUID(group_id), f"sync-device:{replica_id}"))


def devices_repository(group_id: str) -> SealedRecords:
    for family in bundle_families(group_id):
        if family.record_type.name == DEVICES_TABLE:
            return family.repository
    raise LookupError(DEVICES_TABLE)


def is_revoked(state: RecordState) -> bool:
    """Revocation is monotonic: one "revoked" sibling anywhere is enough."""
    return any(v.value == STATUS_REVOKED for v in state.fields.get("status", ()))


def to_device(record: LoadedRecord, own_replica: str) -> Device:
    state = record.state
    return Device(
        id=record.id,
        replica_id=str(state.get("replica_id", "")),
        public_key=bytes.fromhex(str(state.get("public_key", ""))),
        facilitator_id=str(state.get("facilitator_id", "")),
        name=str(state.get("name", "")),
        revoked=is_revoked(state) or state.deleted,
        this_pc=state.get("replica_id") == own_replica,
    )


def list_devices(uow: UnitOfWork, keys: KeyRing) -> list[Device]:
    own = uow.vault_info().replica_id
    loaded, _damaged = devices_repository(uow.group_id).load_all(uow, keys, include_deleted=True)
    return sorted((to_device(r, own) for r in loaded), key=lambda d: (d.name, d.id))


def find_device(uow: UnitOfWork, keys: KeyRing, replica_id: str) -> Device | None:
    repo = devices_repository(uow.group_id)
    record = repo.get(uow, keys, device_id(uow.group_id, replica_id))
    if record is None:
        return None
    return to_device(record, uow.vault_info().replica_id)


def _facilitator_id(uow: UnitOfWork, keys: KeyRing) -> str:
    """The acting facilitator's roster record id (found by their unlock slot)."""
    loaded, _ = uow.group.facilitators.load_where(uow, keys, slot_id=uow.principal.slot_id)
    return loaded[0].id if loaded else ""


def enrol_device(
    uow: UnitOfWork,
    keys: KeyRing,
    *,
    replica_id: str,
    public_key: bytes,
    name: str,
    facilitator_id: str,
) -> str:
    """Write (or keep) the device row of ``replica_id``; returns its id."""
    repo = devices_repository(uow.group_id)
    row_id = device_id(uow.group_id, replica_id)
    existing = repo.get(uow, keys, row_id)
    if existing is not None and existing.state.get("public_key") == public_key.hex():
        return row_id
    if existing is not None:
        raise NotPermitted("device_already_enrolled")
    stamp = uow.next_write()
    state = RecordState()
    state.write(
        {
            "replica_id": replica_id,
            "public_key": public_key.hex(),
            "facilitator_id": facilitator_id,
            "enrolled_hlc": stamp.hlc,
            "name": name,
            "status": STATUS_ACTIVE,
        },
        stamp.replica,
        stamp.counter,
        stamp.hlc,
    )
    repo.store(uow, keys.group_key, row_id, state, 1)
    return row_id


def new_device_key() -> tuple[bytes, bytes]:
    """(private seed, public key) of a fresh Ed25519 device key."""
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return seed, public


def ensure_this_device(uow: UnitOfWork, keys: KeyRing, *, name: str = "") -> Ed25519PrivateKey:
    """This PC's device key, enrolling it first if this install has none yet."""
    replica = uow.vault_info().replica_id
    seed = uow.sync.local_device_key(keys, replica)
    if seed is None:
        seed, public = new_device_key()
        group_key: SecretKey = keys.group_key
        uow.sync.store_local_device_key(group_key, replica, seed)
        enrol_device(
            uow,
            keys,
            replica_id=replica,
            public_key=public,
            name=name or f"PC {replica[:8]}",
            facilitator_id=_facilitator_id(uow, keys),
        )
    return Ed25519PrivateKey.from_private_bytes(seed)
