"""The care kit for facilitators (issue 13; domain.md I1–I3, W5).

- **Reflections** (a debrief after a meeting, a saved self-check) go into the
  facilitator's own journal, sealed under their own journal key like every journal
  entry: no other facilitator can open them and they never travel in a sync bundle
  (the journal's channel is the owner's personal file only).
- **The succession checklist** is one group-key record per group (it syncs): each item
  holds the date it was ticked, or nothing. Items merge field by field, latest wins.
- **Safety pauses** of a meeting come from its run-mode outcome (a count, never who).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from safespace_desktop.core.care import ChecklistItem
from safespace_desktop.core.model import JournalEntry, JournalEntryInput
from safespace_desktop.core.roster import parse_date
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.meeting_outcome import MeetingOutcomeService
from safespace_desktop.services.vault import Vault

DEBRIEF_TAG = "debrief"
SELF_CHECK_TAG = "self-check"


@dataclass(frozen=True)
class Checklist:
    ticked: dict[ChecklistItem, date]
    """Items ticked, with the day they were ticked."""
    rev: int = 0


def checklist_id(group_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), "care_checklist"))


class CareService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ reflections
    def save_reflection(self, title: str, body: str, tag: str) -> JournalEntry:
        """Keep a debrief or a self-check in the unlocked facilitator's own journal."""
        self._vault.require_facilitator()
        entry = JournalEntryInput(body=body, title=title, tags=(tag,))
        return JournalService(self._vault).add(entry, discard_draft=False)

    def safety_pauses(self, meeting_id: str) -> int:
        """How many safety pauses the meeting had when it was run (0 when it was not)."""
        if not meeting_id:
            return 0
        return MeetingOutcomeService(self._vault).outcome(meeting_id).safety_pauses

    # ------------------------------------------------------------------ checklist
    def checklist(self) -> Checklist:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = r.care_checklist.get(db, keyring, checklist_id(r.group_id))
        if record is None or record.state.deleted:
            return Checklist({})
        ticked = {}
        for item in ChecklistItem:
            day = parse_date(record.state.get(item.value))
            if day is not None:
                ticked[item] = day
        return Checklist(ticked, record.rev)

    def set_ticked(self, item: ChecklistItem, ticked: bool) -> Checklist:
        """Tick (today) or untick one item. Ticks are independent, so no revision is
        asked for: two facilitators ticking different items both keep theirs."""
        self._vault.require_facilitator()
        today = store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record_id = checklist_id(r.group_id)
            existing = r.care_checklist.get(db, keyring, record_id)
            state = existing.state if existing is not None else RecordState()
            was = parse_date(state.get(item.value)) is not None
            if was != ticked or existing is None:
                value = today.isoformat() if ticked else None
                store.write(
                    self._vault,
                    db,
                    r.care_checklist,
                    keyring.group_key,
                    record_id,
                    state,
                    {item.value: value},
                )
        return self.checklist()
