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


# ---------------------------------------------------------------------- join-kit enrolment
ENROLMENT_LABEL = b"safespace-device-enrolment/v1\x00"
ENROLMENT_KEY_FIELD = "enrolment_key"
ENDORSEMENT_FIELD = "enrolment_signature"
FACILITATOR_SIGNATURE_FIELD = "facilitator_signature"


def enrolment_message(
    group_id: str, replica_id: str, public_key: bytes, facilitator_id: str
) -> bytes:
    """What a joining device's enrolment binds: group, replica, its own device key and
    the facilitator it belongs to."""
    return b"\x00".join(
        [
            ENROLMENT_LABEL,
            group_id.encode(),
            replica_id.encode(),
            public_key,
            facilitator_id.encode(),
        ]
    )


def reserve_device(
    uow: UnitOfWork, keys: KeyRing, *, replica_id: str, enrolment_key: bytes, name: str
) -> str:
    """A join kit's place for a new PC: its replica id and a one-time enrolment key,
    but no device key. The new PC makes its own key and claims the place with it
    (``claim_reserved_device``); until then no bundle from that replica verifies."""
    repo = devices_repository(uow.group_id)
    row_id = device_id(uow.group_id, replica_id)
    if repo.get(uow, keys, row_id) is not None:
        raise NotPermitted("device_already_enrolled")
    stamp = uow.next_write()
    state = RecordState()
    state.write(
        {
            "replica_id": replica_id,
            "public_key": "",
            ENROLMENT_KEY_FIELD: enrolment_key.hex(),
            "facilitator_id": "",
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


def claim_reserved_device(
    uow: UnitOfWork,
    keys: KeyRing,
    *,
    replica_id: str,
    device_seed: bytes,
    enrolment_seed: bytes,
    facilitator_id: str,
    facilitator_signer: Ed25519PrivateKey,
) -> None:
    """On the new PC: put its own device key into the place the join kit reserved,
    endorsed by the kit's one-time enrolment key and signed by the new facilitator's
    own signing key."""
    repo = devices_repository(uow.group_id)
    row_id = device_id(uow.group_id, replica_id)
    record = repo.get(uow, keys, row_id)
    enrolment = Ed25519PrivateKey.from_private_bytes(enrolment_seed)
    enrolment_public = enrolment.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if (
        record is None
        or record.state.get("public_key")
        or record.state.get(ENROLMENT_KEY_FIELD) != enrolment_public.hex()
    ):
        raise NotPermitted("device_already_enrolled")
    device = Ed25519PrivateKey.from_private_bytes(device_seed)
    public = device.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    message = enrolment_message(uow.group_id, replica_id, public, facilitator_id)
    stamp = uow.next_write()
    record.state.write(
        {
            "public_key": public.hex(),
            "facilitator_id": facilitator_id,
            ENDORSEMENT_FIELD: enrolment.sign(message).hex(),
            FACILITATOR_SIGNATURE_FIELD: facilitator_signer.sign(message).hex(),
        },
        stamp.replica,
        stamp.counter,
        stamp.hlc,
    )
    repo.store(uow, keys.group_key, row_id, record.state, record.rev + 1)


def claimed_key(
    group_id: str,
    reserved: RecordState,
    carried: RecordState,
    facilitator_public_key: str | None,
) -> bytes | None:
    """The device key a bundle's carried device row claims for a reserved place, if
    the kit's enrolment key endorses it and the named facilitator signed it."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        enrolment = bytes.fromhex(str(reserved.get(ENROLMENT_KEY_FIELD, "")))
        if carried.get(ENROLMENT_KEY_FIELD) != reserved.get(ENROLMENT_KEY_FIELD):
            return None
        public = bytes.fromhex(str(carried.get("public_key", "")))
        facilitator_id = str(carried.get("facilitator_id", ""))
        message = enrolment_message(
            group_id, str(reserved.get("replica_id", "")), public, facilitator_id
        )
        Ed25519PublicKey.from_public_bytes(enrolment).verify(
            bytes.fromhex(str(carried.get(ENDORSEMENT_FIELD, ""))), message
        )
        if not facilitator_public_key:
            return None
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(facilitator_public_key)).verify(
            bytes.fromhex(str(carried.get(FACILITATOR_SIGNATURE_FIELD, ""))), message
        )
    except (InvalidSignature, ValueError, TypeError):
        return None
    return public if len(public) == 32 else None
