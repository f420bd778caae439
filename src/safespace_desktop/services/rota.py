"""The co-facilitator rota (issue 13; domain.md I1): who leads and who supports each
upcoming meeting, who is away and who covers. Facilitators only.

Each meeting's choice is one group-key record whose id is derived from the meeting id
(``rota_entries``), so two PCs planning the same meeting merge field by field, the
latest choice winning. Meeting ids stay the same when a meeting is moved, so a moved
meeting keeps its rota; a cancelled one shows as cancelled and needs nobody (its
choice is kept, so restoring the meeting brings it back); an extra meeting taken back
drops out of the rota with its entry unused. The people are the vault's facilitator
accounts; someone who has left can no longer lead, so their meetings need cover.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from safespace_desktop.core.errors import NotFound, StaleEdit, ValidationError
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.core.rota import RotaChoice, RotaLine, RotaMeeting, check_choice, plan
from safespace_desktop.core.sync.record import JsonValue, RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.revocation import ACTIVE, RevocationService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord

UPCOMING = 8
"""How many upcoming meetings the rota plans."""
LOOK_BACK = 8
"""How many past meetings count towards leading many in a row."""


@dataclass(frozen=True)
class RotaPerson:
    id: str
    handle: str
    is_you: bool = False


@dataclass(frozen=True)
class RotaOverview:
    people: tuple[RotaPerson, ...]
    """The active facilitators, in name order."""
    lines: tuple[RotaLine, ...]
    today: date

    @property
    def needing_cover(self) -> tuple[RotaLine, ...]:
        return tuple(line for line in self.lines if line.needs_cover)

    def handle(self, person_id: str) -> str:
        return next((p.handle for p in self.people if p.id == person_id), "")


def rota_entry_id(group_id: str, meeting_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), f"rota_entries:{meeting_id}"))


def _rota_meeting(meeting: Meeting) -> RotaMeeting:
    return RotaMeeting(meeting.id, meeting.on, meeting.start, meeting.cancelled)


def _choice(record: LoadedRecord) -> RotaChoice:
    state = record.state
    away = state.get("away") or []
    return RotaChoice(
        lead=str(state.get("lead") or ""),
        support=str(state.get("support") or ""),
        away=frozenset(str(person) for person in away)
        if isinstance(away, list | tuple)
        else frozenset(),
        cover=str(state.get("cover") or ""),
    )


class RotaService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def people(self) -> tuple[RotaPerson, ...]:
        entries = RevocationService(self._vault).facilitators()
        return tuple(
            RotaPerson(entry.id, entry.handle, entry.is_you)
            for entry in entries
            if entry.status == ACTIVE
        )

    def overview(self, *, count: int = UPCOMING, today: date | None = None) -> RotaOverview:
        """The next ``count`` meetings with who leads, who supports and which need cover."""
        self._vault.require_facilitator()
        people = self.people()
        meetings = MeetingsService(self._vault).overview(
            count=count, past_limit=LOOK_BACK, today=today
        )
        with store.transaction(self._vault) as (db, keyring, _principal):
            loaded, _damaged = db.group.rota_entries.load_all(db, keyring)
        choices = {
            str(record.state.get("meeting_id")): (_choice(record), record.rev)
            for record in loaded
            if record.state.get("meeting_id")
        }
        lines = plan(
            [_rota_meeting(m) for m in meetings.upcoming],
            choices,
            [person.id for person in people],
            past=[_rota_meeting(m) for m in meetings.past],
        )
        return RotaOverview(people, tuple(lines), meetings.today)

    def save(self, meeting_id: str, choice: RotaChoice, *, expected_rev: int | None = None) -> int:
        """Save the choice for one upcoming meeting; returns the new revision. A save
        typed over an older version is refused (``StaleEdit("rota")``)."""
        self._vault.require_facilitator()
        people = self.people()
        problem = check_choice(choice, [person.id for person in people])
        if problem:
            raise ValidationError(problem, "rota_choice", record="rota")
        upcoming = MeetingsService(self._vault).overview(count=UPCOMING * 4, past_limit=0)
        if meeting_id not in {m.id for m in upcoming.upcoming}:
            raise NotFound("meeting_gone")
        values: dict[str, JsonValue] = {
            "meeting_id": meeting_id,
            "lead": choice.lead or None,
            "support": choice.support or None,
            "away": sorted(choice.away),
            "cover": choice.cover or None,
        }
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record_id = rota_entry_id(r.group_id, meeting_id)
            existing = r.rota_entries.get(db, keyring, record_id)
            if existing is not None:
                store.check_revision(existing, expected_rev, "rota")
                state = existing.state
                if state.get("meeting_id") == meeting_id:
                    del values["meeting_id"]  # set once, when the entry was made
            elif expected_rev not in (None, 0):
                raise StaleEdit("rota", expected=expected_rev, found=0)
            else:
                state = RecordState()
            store.write(
                self._vault, db, r.rota_entries, keyring.group_key, record_id, state, values
            )
            stored = r.rota_entries.get(db, keyring, record_id)
            assert stored is not None
            return stored.rev
