"""Unsaved form typing kept when the app locks, so nothing a facilitator typed vanishes.

When the session ends (Ctrl+L, auto-lock, closing the window) a page with unsaved
edits saves them here, sealed under the group key; the next time that facilitator
opens the same record, the page offers them back (Restore or Discard).

A draft is keyed by the form (for example ``"member"``), the record it edits ("" for a
new one) and the facilitator who typed it. All three live inside the sealed payload:
the table's only plaintext columns are the mixin's (id, key id, revision, tombstone).
Drafts are local to this computer: never synced and never exported, so they use their
own write counter instead of the vault's sync clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from safespace_desktop.core.sync.record import JsonValue, RecordState
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord, SealedRecords
from safespace_desktop.storage.unit_of_work import UnitOfWork

# Drafts never reach another replica, so their write dots need no vault-wide counter.
_LOCAL_REPLICA = "local-draft"


@dataclass(frozen=True)
class FormDraft:
    form: str
    record_id: str
    fields: Mapping[str, JsonValue]
    saved_at: float  # seconds since the epoch, from the vault's clock


class FormDraftsService:
    """Save, load and discard the unlocked facilitator's form drafts."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, form: str, record_id: str, fields: Mapping[str, JsonValue]) -> None:
        """Keep ``fields`` as the draft of ``form``/``record_id`` (replacing an older one)."""
        principal = self._vault.require_facilitator()
        state = RecordState()
        state.write(
            {
                "owner": principal.slot_id,
                "form": form,
                "record_id": record_id,
                "fields": dict(fields),
                "saved_at": self._vault.clock.now(),
            },
            _LOCAL_REPLICA,
            1,
            1,
        )
        with self._vault.transaction() as (db, keyring, _principal):
            repo = db.group.form_drafts
            for existing in self._mine(db, keyring, repo, principal.slot_id, form, record_id):
                repo.remove(db, existing.id)
            repo.store(db, keyring.group_key, str(uuid.uuid4()), state, 1)

    def load(self, form: str, record_id: str) -> FormDraft | None:
        """The draft of ``form``/``record_id`` this facilitator left, if any."""
        principal = self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            repo = db.group.form_drafts
            found = self._mine(db, keyring, repo, principal.slot_id, form, record_id)
        if not found:
            return None
        return _draft(form, record_id, found[-1].state)

    def latest(self, form: str) -> FormDraft | None:
        """This facilitator's newest draft of ``form``, whichever record it edits (a page
        that keeps one editor open at a time offers it back when it next opens)."""
        principal = self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            records, _damaged = db.group.form_drafts.load_all(db, keyring)
        mine = [
            r.state
            for r in records
            if r.state.get("owner") == principal.slot_id and r.state.get("form") == form
        ]
        if not mine:
            return None
        state = max(mine, key=lambda st: _number(st.get("saved_at")))
        return _draft(form, str(state.get("record_id") or ""), state)

    def discard(self, form: str, record_id: str) -> None:
        """Forget the draft (restored, discarded, or saved for real)."""
        principal = self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            repo = db.group.form_drafts
            for existing in self._mine(db, keyring, repo, principal.slot_id, form, record_id):
                repo.remove(db, existing.id)

    @staticmethod
    def _mine(
        db: UnitOfWork,
        keyring: KeyRing,
        repo: SealedRecords,
        owner: str,
        form: str,
        record_id: str,
    ) -> list[LoadedRecord]:
        records, _damaged = repo.load_all(db, keyring)  # a damaged draft is simply not offered
        return [
            r
            for r in records
            if r.state.get("owner") == owner
            and r.state.get("form") == form
            and r.state.get("record_id") == record_id
        ]


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _draft(form: str, record_id: str, state: RecordState) -> FormDraft:
    fields = state.get("fields")
    return FormDraft(
        form, record_id, fields if isinstance(fields, dict) else {}, _number(state.get("saved_at"))
    )
