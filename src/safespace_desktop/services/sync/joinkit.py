"""Join kit: how a second facilitator PC starts (DESIGN.md §4). Never by re-creating the
group: the kit carries the group's keys and a full bundle, protected by the joining
facilitator's passphrase. The PC that makes it only reserves the new PC's device place
(its replica id and a one-time enrolment key); the new PC makes its own device key and
claims the place as a device of the joining facilitator, endorsed by the enrolment key
and signed by that facilitator's own signing key. Its first bundle carries the claim,
which every PC checks before trusting the key (``importing._verify_claimed_device``).

Both key derivations (the kit's KEK and the new vault's passphrase wrap) run before
any transaction opens.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safespace_desktop.core.clock import Clock
from safespace_desktop.core.errors import BundleRejected, NotPermitted, ValidationError
from safespace_desktop.core.model import GroupSettings, NewAccount
from safespace_desktop.core.text import check_text
from safespace_desktop.crypto import join_kit, kdf, passphrase
from safespace_desktop.crypto.journal_file import travel_params
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.sync.devices import (
    claim_reserved_device,
    new_device_key,
    reserve_device,
)
from safespace_desktop.services.sync.exporting import ExportResult, build_bundle, write_bundle_file
from safespace_desktop.services.sync.gc_pause import collector_paused
from safespace_desktop.services.sync.join_stream import join_empty_vault
from safespace_desktop.services.sync.payload import MODE_JOIN_KIT
from safespace_desktop.services.vault import Vault, clean_handle
from safespace_desktop.services.vault.keys import _PassphraseWrapKey, _RecoveryWrapKey
from safespace_desktop.services.vault.store import _remove_vault_files, _Session
from safespace_desktop.storage import engine as storage_engine
from safespace_desktop.storage import key_epochs
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.database import FORMAT_VERSION, SCHEMA_VERSION
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.unit_of_work import UnitOfWork, VaultInfo

JOIN_KIT_SUFFIX = ".ssjoin"


@collector_paused()
def make_join_kit(vault: Vault, path: Path, secret: str, *, device_name: str) -> ExportResult:
    """Write a join kit for a new PC, protected by the joining facilitator's passphrase."""
    vault.require_facilitator()
    passphrase.check(secret)
    name = check_text("device_name", device_name).strip()
    if not name:
        raise ValidationError("device_name", "required")
    params = travel_params(vault.policy())
    salt = kdf.new_salt()
    kek = join_kit.derive_kek(secret, salt, params)  # outside any transaction
    try:
        with vault.transaction() as (uow, keys, _p):
            replica = str(uuid.uuid4())
            # The new PC makes its own device key; the kit only reserves its place,
            # with a one-time enrolment key that endorses the key it will claim.
            enrolment_seed, enrolment_public = new_device_key()
            reserve_device(uow, keys, replica_id=replica, enrolment_key=enrolment_public, name=name)
            data, manifest, seq = build_bundle(
                uow,
                keys,
                base=None,
                now_ms=int(vault.clock.now() * 1000),
                mode=MODE_JOIN_KIT,
                join={"replica_id": replica},
                attachments=True,  # a new PC starts with everything
            )
            info = uow.vault_info()
            secrets = {
                "group_id": info.group_id,
                "replica_id": replica,
                "enrolment_seed": enrolment_seed.hex(),
                "label": info.label,
                "current_group_key_id": keys.group_key.key_id.hex(),
                "group_keys": [
                    [k.key_id.hex(), k.material().hex()] for k in keys.group_keys.values()
                ],
                "commons_key": [keys.commons_key.key_id.hex(), keys.commons_key.material().hex()],
                # devices (#12): which epoch each group key belongs to
                "group_key_epochs": [
                    [epoch, key_id.hex()] for epoch, key_id in sorted(keys.group_key_epochs.items())
                ],
            }
        kit = join_kit.write_kit(kek, params, salt, secrets, data)

        def verify(written: bytes) -> None:
            join_kit.open_secrets(join_kit.read_header(written), kek)

        write_bundle_file(Path(path), kit, verify)
        return ExportResult(
            Path(path), manifest.bundle_id, MODE_JOIN_KIT, manifest.record_count, len(kit), seq
        )
    finally:
        kek.wipe()


@collector_paused()
def join_from_kit(
    vault_path: Path | None,
    kit: bytes,
    *,
    handle: str,
    secret: str,
    params: KdfParams,
    clock: Clock | None = None,
    label: str | None = None,
) -> tuple[Vault, NewAccount]:
    """Create this PC's vault from a join kit; the new facilitator is left unlocked."""
    handle = clean_handle(handle)
    header = join_kit.read_header(kit)  # parameters checked before any derivation
    kdf.check_params(params, kdf.new_salt())
    if vault_path is not None and vault_path.exists() and vault_path.stat().st_size > 0:
        if not storage_engine.is_unfinished_vault(vault_path):
            raise ValidationError("path", "already_exists")
        _remove_vault_files(vault_path)  # a join stopped before its commit: start again
    kek = join_kit.derive_kek(secret, header.salt, header.params)
    try:
        secrets = join_kit.open_secrets(header, kek)
    finally:
        kek.wipe()
    group_keys, current, commons = _keys_from(secrets)
    passphrase.check(secret)
    passphrase_key = _PassphraseWrapKey.derive(secret, params)  # outside any transaction
    recovery_key = _RecoveryWrapKey.new()
    if vault_path is not None:
        vault_path.parent.mkdir(parents=True, exist_ok=True)
    vault = Vault(vault_path, clock=clock)
    try:
        vault._db.create_schema()  # noqa: SLF001 - building the vault, as Vault.create does
        with vault._transaction() as db:  # noqa: SLF001
            db.create_vault_row(
                VaultInfo(
                    vault_id=str(uuid.uuid4()),
                    group_id=str(secrets["group_id"]),
                    replica_id=str(secrets["replica_id"]),
                    label=label or str(secrets.get("label", "")) or "Group",
                    is_demo=False,
                    handle_salt=kdf.new_salt(),
                    policy=params,
                    group_key_id=current.key_id,
                    commons_key_id=commons.key_id,
                    format_version=FORMAT_VERSION,
                    schema_version=SCHEMA_VERSION,
                )
            )
            _record_epochs(db, secrets, current)  # devices (#12)
            account, keyring = vault._create_facilitator(  # noqa: SLF001
                db, handle, passphrase_key, recovery_key, current, commons
            )
            assert keyring.facilitator_key is not None
            for key in group_keys:
                if key.key_id != current.key_id:
                    db.accounts.add_wrap(
                        slot_id=account.principal.slot_id,
                        wrapper=wraps.WRAPPER_FACILITATOR_KEY,
                        kek=keyring.facilitator_key,
                        target=wraps.TARGET_GROUP_KEY,
                        key=key,
                    )
                    keyring.group_keys[key.key_id] = SecretKey(key.material(), key.key_id)
            replica = str(secrets["replica_id"])
            if "device_seed" in secrets:  # a kit from before devices claimed their place
                device_seed = bytes.fromhex(str(secrets["device_seed"]))
            else:
                device_seed, _public = new_device_key()  # made here, never leaves this PC
            db.sync.store_local_device_key(keyring.group_key, replica, device_seed)
            now_ms = int(vault.clock.now() * 1000)
            # Nothing to merge into a new vault: verified, then streamed in slices.
            joined = join_empty_vault(db, keyring, header.bundle, now_ms=now_ms)
            if "enrolment_seed" in secrets:
                _claim_place(db, keyring, account.principal.slot_id, replica, device_seed, secrets)
            if "group_settings" not in joined.types:
                vault._write_settings(db, commons, GroupSettings(group_name="Group"))  # noqa: SLF001
    except BaseException:
        vault._db.dispose()  # noqa: SLF001
        _remove_vault_files(vault_path)
        raise
    finally:
        passphrase_key.wipe()
        recovery_key.wipe()
        for secret_key in (*group_keys, commons):
            secret_key.wipe()
    vault._session = _Session(account.principal, keyring)  # noqa: SLF001
    return vault, account


def _claim_place(
    db: UnitOfWork,
    keyring: KeyRing,
    slot_id: str,
    replica: str,
    device_seed: bytes,
    secrets: dict[str, Any],
) -> None:
    """Enrol this PC as its own device of the new facilitator (not the kit maker's)."""
    assert keyring.signing_key is not None
    mine, _damaged = db.group.facilitators.load_where(db, keyring, slot_id=slot_id)
    try:
        enrolment_seed = bytes.fromhex(str(secrets["enrolment_seed"]))
        claim_reserved_device(
            db,
            keyring,
            replica_id=replica,
            device_seed=device_seed,
            enrolment_seed=enrolment_seed,
            facilitator_id=mine[0].id,
            facilitator_signer=Ed25519PrivateKey.from_private_bytes(keyring.signing_key.material()),
        )
    except (ValueError, IndexError, NotPermitted):
        raise BundleRejected("sync_damaged") from None


def _record_epochs(db: UnitOfWork, secrets: dict[str, Any], current: SecretKey) -> None:
    """devices (#12): the group key epochs the kit names (a kit made before epochs
    existed holds one key: epoch 0)."""
    pairs = secrets.get("group_key_epochs") or [[0, current.key_id.hex()]]
    try:
        for epoch, key_id in pairs:
            key_epochs.make_current(db.session, int(epoch), bytes.fromhex(str(key_id)))
    except (TypeError, ValueError):
        raise BundleRejected("sync_damaged") from None
    if db.vault_info().group_key_id != current.key_id:
        raise BundleRejected("sync_damaged")


def _keys_from(secrets: dict[str, Any]) -> tuple[list[SecretKey], SecretKey, SecretKey]:
    try:
        group_keys = [
            SecretKey(bytes.fromhex(str(pair[1])), bytes.fromhex(str(pair[0])))
            for pair in secrets["group_keys"]
        ]
        current_id = bytes.fromhex(str(secrets["current_group_key_id"]))
        current = next(k for k in group_keys if k.key_id == current_id)
        commons_pair = secrets["commons_key"]
        commons = SecretKey(
            bytes.fromhex(str(commons_pair[1])), bytes.fromhex(str(commons_pair[0]))
        )
        uuid.UUID(str(secrets["group_id"]))
        uuid.UUID(str(secrets["replica_id"]))
        bytes.fromhex(str(secrets.get("enrolment_seed") or secrets["device_seed"]))
    except (KeyError, ValueError, TypeError, IndexError, StopIteration):
        raise BundleRejected("sync_damaged") from None
    return group_keys, current, commons
