"""Group settings as one form, read and saved in one transaction (facilitators only).

The Group settings page edits four things that live in three places: the sealed group
settings (name and auto-lock times, commons key), the retention reminder (group key)
and the vault's neutral label (plaintext, shown before unlocking). ``save`` checks
everything first and then writes all of it in one transaction, so a refusal or a
failure never leaves half of the page saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.model import GroupSettings
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.retention import (
    DEFAULT_RETENTION_MONTHS,
    _settings_id,
    check_retention_months,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.services.vault_label import clean_label

GROUP_NAME_MAX = 200
MIN_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600


@dataclass(frozen=True)
class GroupSettingsForm:
    settings: GroupSettings
    retention_months: int
    label: str


def check(form: GroupSettingsForm) -> GroupSettingsForm:
    """The form as it will be stored, or the first ``ValidationError`` (nothing written)."""
    settings = form.settings
    name = check_text("group_name", settings.group_name).strip()
    if not name:
        raise ValidationError("group_name", "required")
    if len(name) > GROUP_NAME_MAX:
        raise ValidationError("group_name", "too_long", limit=GROUP_NAME_MAX)
    for field, value in (
        ("facilitator_lock_seconds", settings.facilitator_lock_seconds),
        ("member_lock_seconds", settings.member_lock_seconds),
    ):
        if not MIN_LOCK_SECONDS <= value <= MAX_LOCK_SECONDS:
            raise ValidationError(field, "out_of_range", minimum=30, maximum=3600)
    months = check_retention_months(form.retention_months)
    return GroupSettingsForm(
        GroupSettings(name, settings.facilitator_lock_seconds, settings.member_lock_seconds),
        months,
        clean_label(form.label),
    )


def read(vault: Vault) -> GroupSettingsForm:
    """The page's fields, read in one transaction."""
    vault.require_facilitator()
    settings = vault.settings()
    with store.transaction(vault) as (db, keyring, _principal):
        r = store.repos(db)
        record = r.settings.get(db, keyring, _settings_id(r.group_id))
        label = db.vault_info().label
    value = record.state.get("retention_months") if record is not None else None
    months = value if isinstance(value, int) else DEFAULT_RETENTION_MONTHS
    return GroupSettingsForm(settings, months, label)


def save(vault: Vault, form: GroupSettingsForm) -> GroupSettingsForm:
    """Check everything, then write settings, retention period and label in one transaction."""
    vault.require_facilitator()
    checked = check(form)
    with store.transaction(vault) as (db, keyring, _principal):
        vault._write_settings(db, keyring.commons_key, checked.settings)
        r = store.repos(db)
        record_id = _settings_id(r.group_id)
        existing = r.settings.get(db, keyring, record_id)
        if existing is None or existing.state.get("retention_months") != checked.retention_months:
            store.write(
                vault,
                db,
                r.settings,
                keyring.group_key,
                record_id,
                existing.state if existing else RecordState(),
                {"retention_months": checked.retention_months},
            )
        db.set_label(checked.label)
    return checked
