"""Check-in pairs ("We Care", W5): facilitators pair members who both agreed.

Only active members with an active ``checkin_pairing`` consent are ever offered
(``eligible_for_pairing``); pairing anyone else raises ``ValidationError``. Withdrawing
that consent, leaving the group or being forgotten dissolves the person's pairs.
A pair's id is derived from the two member ids (sync.md §2.1), so the same two people
paired on two PCs end up as one pair after sync.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.errors import NotFound, ValidationError
from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import CheckinPair, MemberStatus
from safespace_desktop.core.sync.record import DELETED_FIELD, RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.members import disambiguate, session_roster
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork


def _pair_id(group_id: str, a: str, b: str) -> str:
    first, second = sorted((a, b))
    return str(uuid.uuid5(uuid.UUID(group_id), f"checkin_pairs:{first}:{second}"))


def is_eligible(member: Member) -> bool:
    return (
        not member.forgotten
        and member.status is MemberStatus.ACTIVE
        and ConsentPurpose.CHECKIN_PAIRING in member.consents
    )


class PairingService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _roster(self, db: UnitOfWork, keyring: KeyRing, r: store.Repos) -> dict[str, Member]:
        # The session's roster cache (issue 15): entries opened once per session.
        roster, _damaged = session_roster(keyring).members(self._vault, db, keyring, r)
        consents = store.all_active_purposes(db, keyring, r)
        members = [replace(m, consents=consents.get(m.id, frozenset())) for m in roster]
        return {m.id: m for m in disambiguate(members)}

    def eligible_for_pairing(self) -> list[Member]:
        """Active members who agreed to check-in pairs: the only people ever offered."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            roster = self._roster(db, keyring, store.repos(db))
        eligible = [m for m in roster.values() if is_eligible(m)]
        return sorted(eligible, key=lambda m: (m.name.casefold(), m.id))

    def pairs(self) -> list[CheckinPair]:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            roster = self._roster(db, keyring, r)
            records = store.pair_records(db, keyring, r)
        names = {m.id: m.name for m in roster.values()}
        found = [store.to_pair(rec, names) for rec in records]
        return sorted(found, key=lambda p: (p.names[0].casefold(), p.names[1].casefold(), p.id))

    def pairs_for(self, member_id: str) -> list[CheckinPair]:
        return [p for p in self.pairs() if p.involves(member_id)]

    def pair(self, member_a: str, member_b: str) -> CheckinPair:
        """Pair two consenting, active members. Pairing them again returns the pair."""
        self._vault.require_facilitator()
        if member_a == member_b:
            raise ValidationError("member_b", "same_person")
        today = store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            roster = self._roster(db, keyring, r)
            for field, member_id in (("member_a", member_a), ("member_b", member_b)):
                member = roster.get(member_id)
                if member is None:
                    raise NotFound("member_gone")
                if not is_eligible(member):
                    raise ValidationError(field, "not_eligible")
            first, second = sorted((member_a, member_b))
            pair_id = _pair_id(r.group_id, first, second)
            existing = r.pairs.get(db, keyring, pair_id)
            if existing is not None and not existing.state.deleted:
                state = existing.state
            else:
                state = store.write(
                    self._vault,
                    db,
                    r.pairs,
                    keyring.group_key,
                    pair_id,
                    existing.state if existing else RecordState(),
                    {
                        DELETED_FIELD: False,
                        "member_ids": [first, second],
                        "since": today.isoformat(),
                        "ended_on": None,
                        "ended": None,
                    },
                )
            names = {m.id: m.name for m in roster.values()}
        return store.to_pair(LoadedRecord(pair_id, 0, state, {}), names)

    def unpair(self, pair_id: str) -> None:
        """End a pair (both people stay eligible for a new one)."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = r.pairs.get(db, keyring, pair_id)
            if record is None or record.state.deleted:
                raise NotFound("pair_ended")
            store.end_pair(self._vault, db, keyring, r, record, store.today(self._vault), "ended")
