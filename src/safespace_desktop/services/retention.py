"""Retention reminder: people who left more than a set time ago, offered for "forget".

The period (default 12 months) is a facilitator-only setting sealed under the group
key in ``roster_settings``. Nothing is forgotten automatically: the list is a
reminder, and forgetting stays a deliberate facilitator action.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import (
    ForgetResult,
    MemberStatus,
    RetentionCandidate,
    add_months,
    whole_months_between,
)
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.vault import Vault

DEFAULT_RETENTION_MONTHS = 12
MIN_RETENTION_MONTHS = 1
MAX_RETENTION_MONTHS = 120


def _settings_id(group_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), "roster_settings"))


class RetentionService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def retention_months(self) -> int:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = r.settings.get(db, keyring, _settings_id(r.group_id))
        if record is None:
            return DEFAULT_RETENTION_MONTHS
        value = record.state.get("retention_months", DEFAULT_RETENTION_MONTHS)
        return int(value) if isinstance(value, int) else DEFAULT_RETENTION_MONTHS

    def set_retention_months(self, months: int) -> int:
        self._vault.require_facilitator()
        check_retention_months(months)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record_id = _settings_id(r.group_id)
            existing = r.settings.get(db, keyring, record_id)
            state = existing.state if existing else RecordState()
            store.write(
                self._vault,
                db,
                r.settings,
                keyring.group_key,
                record_id,
                state,
                {"retention_months": months},
            )
        return months

    def due(self, *, today: date | None = None) -> list[RetentionCandidate]:
        """People with status "left" for longer than the retention period, longest
        first. Entries archived before dates were kept use the date of that change."""
        months = self.retention_months()
        day = today or store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            loaded, _damaged = r.members.load_all(db, keyring)
        return due_among([store.to_member(record) for record in loaded], months, day)

    def forget(self, member_id: str) -> ForgetResult:
        return ForgetService(self._vault).forget(member_id)


def due_among(members: Iterable[Member], months: int, today: date) -> list[RetentionCandidate]:
    """Of ``members``, those who left more than ``months`` months before ``today``, longest
    first (for a page that has just read the roster and need not read it again)."""
    found: list[RetentionCandidate] = []
    for member in members:
        if member.forgotten or member.status is not MemberStatus.LEFT:
            continue
        left_on = member.left_on
        if left_on is not None and add_months(left_on, months) > today:
            continue
        since = whole_months_between(left_on, today) if left_on else None
        found.append(RetentionCandidate(member.id, member.name, left_on, since))
    return sorted(found, key=lambda c: (c.left_on or date.min, c.name.casefold(), c.member_id))


def check_retention_months(months: object) -> int:
    """``months`` if it is a whole number of months in the allowed range, else the field's
    ValidationError."""
    if (
        not isinstance(months, int)
        or isinstance(months, bool)
        or not MIN_RETENTION_MONTHS <= months <= MAX_RETENTION_MONTHS
    ):
        raise ValidationError(
            "retention_months",
            "out_of_range",
            minimum=MIN_RETENTION_MONTHS,
            maximum=MAX_RETENTION_MONTHS,
        )
    return months
