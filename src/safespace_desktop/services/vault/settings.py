"""Group settings: the group's name and auto-lock times (commons key, so a
member's session can read the auto-lock time that applies to them)."""

from __future__ import annotations

from safespace_desktop.core.errors import CorruptKeyMaterial, ValidationError
from safespace_desktop.core.model import GroupSettings
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.vault.keys import _SingleKey
from safespace_desktop.services.vault.unlocking import VaultUnlocking
from safespace_desktop.storage.records import SealedRecords
from safespace_desktop.storage.unit_of_work import UnitOfWork


class VaultSettings(VaultUnlocking):
    """Reading and changing the group settings."""

    @staticmethod
    def _settings_repo(db: UnitOfWork) -> SealedRecords:
        return db.group.group_settings

    @staticmethod
    def _settings_id(db: UnitOfWork) -> str:
        return db.settings_id(db.group_id)

    def _write_settings(
        self, db: UnitOfWork, commons_key: SecretKey, settings: GroupSettings
    ) -> None:
        repo = self._settings_repo(db)
        record_id = self._settings_id(db)
        loaded = repo.get(db, _SingleKey(commons_key), record_id)
        state = loaded.state if loaded else RecordState()
        replica, counter, hlc = self.next_write(db)
        state.write(
            {
                "group_name": settings.group_name,
                "facilitator_lock_seconds": settings.facilitator_lock_seconds,
                "member_lock_seconds": settings.member_lock_seconds,
            },
            replica,
            counter,
            hlc,
        )
        repo.store(db, commons_key, record_id, state, counter)

    def settings(self) -> GroupSettings:
        with self.transaction() as (db, keyring, _principal):
            loaded = self._settings_repo(db).get(db, keyring, self._settings_id(db))
            if loaded is None:
                raise CorruptKeyMaterial("group settings")
            state = loaded.state
            return GroupSettings(
                group_name=str(state.get("group_name", "")),
                facilitator_lock_seconds=int(state.get("facilitator_lock_seconds", 300)),
                member_lock_seconds=int(state.get("member_lock_seconds", 180)),
            )

    def update_settings(self, settings: GroupSettings) -> None:
        if not check_text("group_name", settings.group_name).strip():
            raise ValidationError("group_name", "required")
        for name, value in (
            ("facilitator_lock_seconds", settings.facilitator_lock_seconds),
            ("member_lock_seconds", settings.member_lock_seconds),
        ):
            if not 30 <= value <= 3600:
                raise ValidationError(name, "out_of_range", minimum=30, maximum=3600)
        self.require_facilitator()
        with self.transaction() as (db, keyring, _principal):
            self._write_settings(db, keyring.commons_key, settings)

    def lock_seconds(self) -> int:
        """Idle time before auto-lock for whoever is unlocked now."""
        return self.settings().lock_seconds_for(self._require_session().principal)
