"""Group settings as one form, read and saved in one transaction (facilitators only).

The Group settings page edits four things that live in three places: the sealed group
settings (name and auto-lock times, commons key), the retention reminder (group key)
and the vault's neutral label (plaintext, shown before unlocking). ``save`` checks
everything first and then writes all of it in one transaction, so a refusal or a
failure never leaves half of the page saved. The form carries the ``Revisions`` it was
read at; ``save(..., expected=...)`` refuses with ``StaleEdit("group_settings")`` when any
of them changed underneath, and writes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace

from safespace_desktop.core.errors import CorruptKeyMaterial, StaleEdit, ValidationError
from safespace_desktop.core.model import GroupSettings
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.retention import (
    DEFAULT_RETENTION_MONTHS,
    _settings_id,
    check_retention_months,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.services.vault_label import clean_label
from safespace_desktop.storage.unit_of_work import UnitOfWork

GROUP_NAME_MAX = 200
MIN_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600


@dataclass(frozen=True)
class Revisions:
    """What the page read: the sealed settings' and retention record's revisions (0 when
    absent) and the plaintext label, which has no revision and is compared by value."""

    settings_rev: int
    retention_rev: int
    label: str


@dataclass(frozen=True)
class GroupSettingsForm:
    settings: GroupSettings
    retention_months: int
    label: str
    # Issue 10: keep each run meeting's talk-time totals (two numbers, never names).
    keep_talk_totals: bool = False
    # Where the values were read; two forms with the same values are equal wherever read.
    revisions: Revisions | None = dataclasses.field(default=None, compare=False)


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
        bool(form.keep_talk_totals),
    )


def _current(
    vault: Vault, db: UnitOfWork, keyring: KeyRing
) -> tuple[GroupSettings, int, Revisions, bool]:
    settings_record = vault._settings_repo(db).get(db, keyring, vault._settings_id(db))
    if settings_record is None:
        raise CorruptKeyMaterial("group settings")
    state = settings_record.state
    settings = GroupSettings(
        group_name=str(state.get("group_name", "")),
        facilitator_lock_seconds=int(state.get("facilitator_lock_seconds", 300)),
        member_lock_seconds=int(state.get("member_lock_seconds", 180)),
    )
    r = store.repos(db)
    retention = r.settings.get(db, keyring, _settings_id(r.group_id))
    value = retention.state.get("retention_months") if retention is not None else None
    months = value if isinstance(value, int) else DEFAULT_RETENTION_MONTHS
    talk = bool(retention.state.get("keep_talk_totals", False)) if retention is not None else False
    label = db.vault_info().label
    revisions = Revisions(settings_record.rev, retention.rev if retention else 0, label)
    return settings, months, revisions, talk


def keeps_talk_totals(vault: Vault) -> bool:
    """Whether the group chose to keep run meetings' talk-time totals (facilitators)."""
    vault.require_facilitator()
    with store.transaction(vault) as (db, keyring, _principal):
        return _current(vault, db, keyring)[3]


def read(vault: Vault) -> GroupSettingsForm:
    """The page's fields and the revisions they were read at, in one transaction."""
    vault.require_facilitator()
    with store.transaction(vault) as (db, keyring, _principal):
        settings, months, revisions, talk = _current(vault, db, keyring)
    return GroupSettingsForm(settings, months, revisions.label, talk, revisions)


def save(
    vault: Vault, form: GroupSettingsForm, *, expected: Revisions | None = None
) -> GroupSettingsForm:
    """Check everything, then write settings, retention period and label in one transaction.
    ``expected`` is ``form.revisions`` as read: if anything changed since, StaleEdit and
    nothing is written. The result carries the revisions now stored."""
    vault.require_facilitator()
    checked = check(form)
    with store.transaction(vault) as (db, keyring, _principal):
        if expected is not None:
            found = _current(vault, db, keyring)[2]
            if found != expected:
                raise StaleEdit(
                    "group_settings",
                    expected=(expected.settings_rev, expected.retention_rev),
                    found=(found.settings_rev, found.retention_rev),
                )
        vault._write_settings(db, keyring.commons_key, checked.settings)
        r = store.repos(db)
        record_id = _settings_id(r.group_id)
        existing = r.settings.get(db, keyring, record_id)
        wanted = {
            "retention_months": checked.retention_months,
            "keep_talk_totals": checked.keep_talk_totals,
        }
        stored = existing.state if existing is not None else None
        changes = {k: v for k, v in wanted.items() if stored is None or stored.get(k) != v}
        if changes:
            store.write(
                vault,
                db,
                r.settings,
                keyring.group_key,
                record_id,
                stored if stored is not None else RecordState(),
                changes,
            )
        db.set_label(checked.label)
        revisions = _current(vault, db, keyring)[2]
    return replace(checked, revisions=revisions)
