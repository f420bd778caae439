"""The key file: how a new group key epoch reaches facilitators on other computers.

After a revocation, bundles are sealed under the new epoch, which a facilitator on
another PC does not hold yet, so the key cannot ride inside them. The facilitator who
revoked saves a small **key file** (``.sskeys``) next to the bundle (a stick, the synced
folder). It holds, per remaining facilitator, the new epoch sealed to that person's
X25519 exchange key (``crypto.exchange``, HPKE base mode); who was revoked (facilitator
and device ids); and an Ed25519 signature by the sender's facilitator signing key.

The receiver checks, before anything is written:
- the file is for this group and well formed;
- the signer is a facilitator this PC knows and has not seen revoked, and the
  signature verifies with the signing key in their facilitator record (a grant alone
  authenticates nothing: anyone who knows an exchange public key can seal a key to it,
  so without the signature a former facilitator could plant a key they know);
- one grant is addressed to the unlocked facilitator's exchange key and opens.
Then, in one transaction: the new epochs are wrapped under the receiver's FK and the
newest becomes current; other facilitators with accounts on this PC get local grants
(picked up at their next unlock); the revocations listed are applied here too, so a
revoked device's bundles are refused at once.

Stated limitation: roster changes are not yet a signed chain back to the founder
(crypto.md §4.8). A facilitator whose revocation has not reached a PC is still trusted
there; the page shows who signed the key file and asks before accepting it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from safespace_desktop.core.errors import BundleRejected, NotFound, NotPermitted
from safespace_desktop.crypto import exchange
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.revocation import (
    devices_of,
    grant_locally,
    mark_device_revoked,
    mark_facilitator_revoked,
)
from safespace_desktop.services.sync.devices import list_devices
from safespace_desktop.services.sync.exporting import write_bundle_file
from safespace_desktop.services.vault import Vault
from safespace_desktop.services.vault.exchange_keys import EXCHANGE_KEY_FIELD
from safespace_desktop.storage import key_epochs
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

KEY_FILE_FORMAT = "safespace-key-grants/v1"
KEY_FILE_SUFFIX = ".sskeys"
SIGNATURE_LABEL = b"safespace-key-grants/v1/signature\x00"
MAX_KEY_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class KeyFileReport:
    """What a key file holds for this PC, before or after accepting it."""

    signer: str
    epochs: tuple[int, ...]
    revoked_facilitators: tuple[str, ...]
    revoked_devices: int


def _canonical(document: dict[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _revoked(record: LoadedRecord) -> bool:
    return any(v.value == "revoked" for v in record.state.fields.get("status", ()))


class KeyGrantsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ sending
    def key_file(self) -> bytes:
        """A signed key file granting every epoch after 0 this session holds to every
        active facilitator with an exchange key, plus the revocations known here."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, principal):
            if keyring.signing_key is None:
                raise NotPermitted()
            records = _records(db, keyring)
            me = next(r for r in records if r.extra.get("slot_id") == principal.slot_id)
            grants = []
            for record in records:
                public = record.state.get(EXCHANGE_KEY_FIELD)
                if _revoked(record) or not public:
                    continue
                for epoch in keyring.held_epochs():
                    if epoch > 0:  # epoch 0 travels in the join kit
                        key = keyring.group_key_for_epoch(epoch)
                        grants.append(
                            exchange.seal_travel_grant(
                                bytes.fromhex(str(public)), db.group_id, epoch, key
                            )
                        )
            document: dict[str, Any] = {
                "format": KEY_FILE_FORMAT,
                "group_id": db.group_id,
                "signer": me.id,
                "grants": grants,
                "revoked_facilitators": sorted(r.id for r in records if _revoked(r)),
                "revoked_devices": sorted(
                    d.replica_id for d in list_devices(db, keyring) if d.revoked
                ),
            }
            signer = Ed25519PrivateKey.from_private_bytes(keyring.signing_key.material())
            document["signature"] = signer.sign(SIGNATURE_LABEL + _canonical(document)).hex()
        return json.dumps(document, sort_keys=True, indent=1).encode("ascii")

    def save_key_file(self, path: Path) -> Path:
        """Write the key file safely (temp name, fsync, rename, read back and check)."""
        data = self.key_file()

        def verify(written: bytes) -> None:
            if written != data:
                raise BundleRejected("sync_verify_failed")

        write_bundle_file(Path(path), data, verify)
        return Path(path)

    @staticmethod
    def read_key_file(path: Path) -> bytes:
        try:
            with Path(path).open("rb") as handle:
                data = handle.read(MAX_KEY_FILE_BYTES + 1)
        except OSError:
            raise BundleRejected("key_file_damaged") from None
        if len(data) > MAX_KEY_FILE_BYTES:
            raise BundleRejected("key_file_damaged")
        return data

    # ------------------------------------------------------------------ receiving
    def preview(self, data: bytes) -> KeyFileReport:
        """Check a key file and say what it would change, without writing anything."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            checked = _check(db, keyring, data)
        for key in checked.keys.values():
            key.wipe()
        return checked.report

    def accept(self, data: bytes) -> KeyFileReport:
        """Check a key file and take the new epochs it grants this facilitator."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, principal):
            checked = _check(db, keyring, data)
            gained = checked.keys
            try:
                for epoch, key in sorted(gained.items()):
                    key_epochs.record_epoch(db.session, epoch, key.key_id)
                    assert keyring.facilitator_key is not None
                    db.accounts.add_wrap(
                        slot_id=principal.slot_id,
                        wrapper=wraps.WRAPPER_FACILITATOR_KEY,
                        kek=keyring.facilitator_key,
                        target=wraps.TARGET_GROUP_KEY,
                        key=key,
                    )
                newest = max(gained, default=None)
                records = _records(db, keyring)
                if newest is not None and newest >= key_epochs.current_epoch(db.session):
                    key_epochs.make_current(db.session, newest, gained[newest].key_id)
                    others = [
                        r for r in records if not _revoked(r) and r.id not in checked.revoked_ids
                    ]
                    for epoch, key in sorted(gained.items()):
                        grant_locally(db, others, principal.slot_id, epoch, key)
                current_key = gained[newest] if newest is not None else keyring.group_key
                _apply_revocations(db, keyring, current_key, records, checked)
                epochs = key_epochs.epochs(db.session)
                current = db.vault_info().group_key_id
            except BaseException:
                for key in gained.values():
                    key.wipe()
                raise
        for key in gained.values():
            keyring.group_keys.setdefault(key.key_id, key)
        keyring.group_key_epochs = epochs
        if current in keyring.group_keys:
            keyring.current_group_key_id = current
        self._vault.checkpoint()
        return checked.report


@dataclass
class _Checked:
    report: KeyFileReport
    keys: dict[int, SecretKey]
    revoked_ids: set[str]
    revoked_replicas: set[str]


def _records(db: UnitOfWork, keyring: KeyRing) -> list[LoadedRecord]:
    records, _damaged = db.group.facilitators.load_all(db, keyring)
    return records


def _check(db: UnitOfWork, keyring: KeyRing, data: bytes) -> _Checked:
    if len(data) > MAX_KEY_FILE_BYTES:
        raise BundleRejected("key_file_damaged")
    try:
        document = json.loads(data.decode("ascii"))
        if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
            raise ValueError("not a key file")
        signature = bytes.fromhex(str(document["signature"]))
        grants = list(document["grants"])
        revoked_ids = {str(v) for v in document["revoked_facilitators"]}
        revoked_replicas = {str(v) for v in document["revoked_devices"]}
        signer_id = str(document["signer"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BundleRejected("key_file_damaged") from None
    if document.get("group_id") != db.group_id:
        raise BundleRejected("sync_other_group")
    records = {r.id: r for r in _records(db, keyring)}
    signer = records.get(signer_id)
    if signer is None or _revoked(signer):
        raise BundleRejected("key_file_untrusted")
    try:
        public = Ed25519PublicKey.from_public_bytes(
            bytes.fromhex(str(signer.state.get("public_key")))
        )
        public.verify(signature, SIGNATURE_LABEL + _canonical(document))
    except (ValueError, InvalidSignature):
        raise BundleRejected("key_file_untrusted") from None
    if keyring.exchange_key is None:
        raise NotFound("no_key_for_you")
    mine = keyring.exchange_key.key_id.hex()
    keys: dict[int, SecretKey] = {}
    for grant in grants:
        if not isinstance(grant, dict) or grant.get("to") != mine:
            continue
        try:
            key = exchange.open_travel_grant(keyring.exchange_key, grant, db.group_id)
            epoch = int(grant["epoch"])
        except (ValueError, KeyError, TypeError):
            raise BundleRejected("key_file_damaged") from None
        known = key_epochs.epochs(db.session).get(epoch)
        if known is not None and known != key.key_id:
            key.wipe()
            raise BundleRejected("key_file_untrusted")  # a different key for a known epoch
        if key.key_id in keyring.group_keys or epoch in keys:
            key.wipe()
            continue
        keys[epoch] = key
    if not keys and not any(g.get("to") == mine for g in grants if isinstance(g, dict)):
        raise NotFound("no_key_for_you")
    report = KeyFileReport(
        signer=str(signer.state.get("handle", "")),
        epochs=tuple(sorted(keys)),
        revoked_facilitators=tuple(
            sorted(str(records[i].state.get("handle", "")) for i in revoked_ids if i in records)
        ),
        revoked_devices=len(revoked_replicas),
    )
    return _Checked(report, keys, revoked_ids, revoked_replicas)


def _apply_revocations(
    db: UnitOfWork,
    keyring: KeyRing,
    current_key: SecretKey,
    records: list[LoadedRecord],
    checked: _Checked,
) -> None:
    by_id = {r.id: r for r in records}
    replicas = set(checked.revoked_replicas)
    for facilitator_id in sorted(checked.revoked_ids):
        record = by_id.get(facilitator_id)
        if record is not None:
            replicas |= set(devices_of(db, keyring, record))
            if not _revoked(record):
                mark_facilitator_revoked(db, current_key, record)
    for device in list_devices(db, keyring):
        if not device.revoked and device.replica_id in replicas:
            mark_device_revoked(db, keyring, current_key, device.replica_id)
