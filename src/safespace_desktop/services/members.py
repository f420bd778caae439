"""Roster use cases for facilitators: add, edit, archive, restore, search.

Every field a facilitator types is sealed under the group key; the list is
decrypted once per load and searched in memory (a roster is small: DESIGN.md §6).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from safespace_desktop.core.errors import NotFound, ValidationError
from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import DamagedRecord, LoadedRecord, Scope, SealedRecords
from safespace_desktop.storage.tables import MemberRecord

NAME_MAX = 80
PRONOUNS_MAX = 40
NOTE_MAX = 4000


def validate(draft: MemberDraft) -> MemberDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("name", "Please enter an alias or first name.")
    if len(name) > NAME_MAX:
        raise ValidationError("name", f"Please keep the name under {NAME_MAX} characters.")
    pronouns = " ".join(draft.pronouns.split())
    if len(pronouns) > PRONOUNS_MAX:
        raise ValidationError("pronouns", f"Please keep pronouns under {PRONOUNS_MAX} characters.")
    note = draft.note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("note", f"Please keep the note under {NOTE_MAX} characters.")
    return MemberDraft(name=name, pronouns=pronouns, note=note)


def _to_member(record: LoadedRecord) -> Member:
    state = record.state
    return Member(
        id=record.id,
        name=str(state.get("name", "")),
        pronouns=str(state.get("pronouns", "")),
        note=str(state.get("note", "")),
        archived=bool(state.get("archived", False)),
        has_journal_account=bool(state.get("journal_slot_id")),
        edited_hlc=state.last_edited_hlc(),
    )


def matches(member: Member, query: str) -> bool:
    """Case-insensitive match on name, pronouns and note."""
    needle = query.casefold().strip()
    if not needle:
        return True
    return any(needle in text.casefold() for text in (member.name, member.pronouns, member.note))


class MembersService:
    """Roster operations; only an unlocked facilitator may call them."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.damaged: list[DamagedRecord] = []

    def _repo(self) -> SealedRecords:
        return SealedRecords(MemberRecord, Scope.group(self._vault.group_id))

    def list_members(self, *, include_archived: bool = True) -> list[Member]:
        self._vault.require_facilitator()
        repo = self._repo()
        with self._vault.transaction() as (db, keyring, _principal):
            loaded, self.damaged = repo.load_all(db, keyring)
        members = [_to_member(r) for r in loaded]
        if not include_archived:
            members = [m for m in members if not m.archived]
        return sorted(members, key=lambda m: (m.archived, m.name.casefold(), m.id))

    def search(self, query: str, *, include_archived: bool = True) -> list[Member]:
        return [
            m for m in self.list_members(include_archived=include_archived) if matches(m, query)
        ]

    def get(self, member_id: str) -> Member:
        self._vault.require_facilitator()
        repo = self._repo()
        with self._vault.transaction() as (db, keyring, _principal):
            record = repo.get(db, keyring, member_id)
        if record is None or record.state.deleted:
            raise NotFound("That member is no longer on the roster.")
        return _to_member(record)

    def _write(self, member_id: str, changes: Mapping[str, object], *, must_exist: bool) -> Member:
        self._vault.require_facilitator()
        repo = self._repo()
        with self._vault.transaction() as (db, keyring, _principal):
            existing = repo.get(db, keyring, member_id)
            if must_exist and (existing is None or existing.state.deleted):
                raise NotFound("That member is no longer on the roster.")
            state = existing.state if existing else RecordState()
            replica, counter, hlc = self._vault.next_write(db)
            state.write(changes, replica, counter, hlc)
            repo.store(db, keyring.group_key, member_id, state, counter)
            stored = repo.get(db, keyring, member_id)
        assert stored is not None
        return _to_member(stored)

    def add_member(self, draft: MemberDraft) -> Member:
        clean = validate(draft)
        changes = {
            "name": clean.name,
            "pronouns": clean.pronouns,
            "note": clean.note,
            "archived": False,
        }
        return self._write(str(uuid.uuid4()), changes, must_exist=False)

    def update_member(self, member_id: str, draft: MemberDraft) -> Member:
        clean = validate(draft)
        current = self.get(member_id)
        changes = {
            name: value
            for name, value in (
                ("name", clean.name),
                ("pronouns", clean.pronouns),
                ("note", clean.note),
            )
            if getattr(current, name) != value
        }
        if not changes:
            return current
        return self._write(member_id, changes, must_exist=True)

    def archive(self, member_id: str) -> Member:
        return self._write(member_id, {"archived": True}, must_exist=True)

    def restore(self, member_id: str) -> Member:
        return self._write(member_id, {"archived": False}, must_exist=True)

    def link_journal_slot(self, member_id: str, slot_id: str) -> Member:
        """Remember which journal slot was opened for this member (used to shred it later)."""
        return self._write(member_id, {"journal_slot_id": slot_id}, must_exist=True)
