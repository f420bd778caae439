"""Creating a vault and opening an existing one (upgrading its schema first)."""

from __future__ import annotations

import uuid
from pathlib import Path

from safespace_desktop.core.clock import Clock
from safespace_desktop.core.errors import ValidationError, VaultNotFound, VaultReadOnly
from safespace_desktop.core.model import GroupSettings, NewAccount, VaultSummary
from safespace_desktop.core.text import check_text
from safespace_desktop.crypto import kdf, passphrase
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.vault.handles import Progress, _quiet, clean_handle
from safespace_desktop.services.vault.keys import _PassphraseWrapKey, _RecoveryWrapKey
from safespace_desktop.services.vault.settings import VaultSettings
from safespace_desktop.services.vault.store import _remove_vault_files, _Session
from safespace_desktop.storage import key_epochs, migrations
from safespace_desktop.storage.database import FORMAT_VERSION, SCHEMA_VERSION
from safespace_desktop.storage.unit_of_work import VaultInfo


class Vault(VaultSettings):
    """One group's encrypted vault file."""

    @classmethod
    def create(
        cls,
        path: Path | None,
        *,
        label: str,
        group_name: str,
        handle: str,
        passphrase_text: str,
        params: KdfParams,
        clock: Clock | None = None,
        is_demo: bool = False,
        progress: Progress = _quiet,
    ) -> tuple[Vault, NewAccount]:
        """Create a vault with its first facilitator, who is left unlocked."""
        label = check_text("label", label).strip()
        if not label:
            raise ValidationError("label", "required")
        if not check_text("group_name", group_name).strip():
            raise ValidationError("group_name", "required")
        handle = clean_handle(handle)
        passphrase.check(passphrase_text)
        kdf.check_params(params, kdf.new_salt())
        if path is not None and path.exists() and path.stat().st_size > 0:
            raise ValidationError("path", "already_exists")
        vault = cls(path, clock=clock)
        group_key = SecretKey.generate()
        commons_key = SecretKey.generate()
        passphrase_key: _PassphraseWrapKey | None = None
        recovery_key = _RecoveryWrapKey.new()
        try:
            vault._db.create_schema()
            group_id = str(uuid.uuid4())
            progress("protecting_keys")
            passphrase_key = _PassphraseWrapKey.derive(passphrase_text, params)
            with vault._transaction() as db:
                db.create_vault_row(
                    VaultInfo(
                        vault_id=str(uuid.uuid4()),
                        group_id=group_id,
                        replica_id=str(uuid.uuid4()),
                        label=label,
                        is_demo=is_demo,
                        handle_salt=kdf.new_salt(),
                        policy=params,
                        group_key_id=group_key.key_id,
                        commons_key_id=commons_key.key_id,
                        format_version=FORMAT_VERSION,
                        schema_version=SCHEMA_VERSION,
                    )
                )
                key_epochs.record_epoch(db.session, 0, group_key.key_id)
                account, keyring = vault._create_facilitator(
                    db, handle, passphrase_key, recovery_key, group_key, commons_key
                )
                settings = GroupSettings(group_name=group_name.strip())
                vault._write_settings(db, commons_key, settings)
        except BaseException:
            # A full disk or any other failure must not leave a half-made vault behind.
            vault._db.dispose()
            _remove_vault_files(path)
            raise
        finally:
            for secret_key in (passphrase_key, recovery_key, group_key, commons_key):
                if secret_key is not None:
                    secret_key.wipe()
        vault._session = _Session(account.principal, keyring)
        vault._enrol_this_device()
        return vault, account

    @classmethod
    def open_existing(cls, path: Path, *, clock: Clock | None = None) -> Vault:
        vault = cls._open_checked(path, clock)
        if vault.read_only:
            # A write-protected disk: read it as it is, if this version can.
            info = vault._info_or_none()
            if info is None or info.schema_version != SCHEMA_VERSION:
                vault.close()
                raise VaultReadOnly("needs_upgrade")
            return vault
        try:
            # Keyless: steps change tables and plaintext columns; sealed rows keep their
            # own record format until they are next saved.
            upgraded = migrations.upgrade(path)
            meta = vault._info_or_none()
            if meta is None or meta.schema_version != SCHEMA_VERSION:
                raise migrations.MigrationFailed("The upgraded vault did not open.")
        except BaseException:
            vault.close()
            raise
        if upgraded is not None:
            upgraded.finish()
        # A fold left over from a lock on a full disk is done now, if there is room.
        vault.checkpoint()
        return vault

    @classmethod
    def read_summary(cls, path: Path, *, clock: Clock | None = None) -> VaultSummary:
        """What the vault picker shows, read without upgrading or keeping the file open."""
        vault = cls._open_checked(path, clock)
        try:
            return vault.summary()
        finally:
            vault.close()

    @classmethod
    def _open_checked(cls, path: Path, clock: Clock | None) -> Vault:
        if not path.exists():
            raise VaultNotFound("The vault file is missing.")
        vault = cls(path, clock=clock)
        if vault._info_or_none() is None:
            vault.close()
            raise VaultNotFound("This file is not a SafeSpace vault.")
        return vault
