"""The coping-resources library (issue 11; domain.md F1–F5, workflow W3).

Facilitators add, edit, check and remove resources; members read the ones for
members. The audience picks the table and so the key: members and facilitators →
``resources_shared`` (commons key), facilitators only → ``resources_facilitators``
(group key). Changing the audience moves the record: a live row under the new key and
a tombstone under the old one, with the same id.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from safespace_desktop.core.errors import NotFound, StaleEdit
from safespace_desktop.core.resources.model import (
    Audience,
    Resource,
    ResourceDraft,
    ResourceSummary,
    clean_draft,
)
from safespace_desktop.core.resources.search import ResourceIndex
from safespace_desktop.core.roster import today_from
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.attachments import AttachmentScope, AttachmentsService
from safespace_desktop.services.resources import index as resource_index
from safespace_desktop.services.resources.records import to_resource, to_values
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import LoadedRecord, SealedRecords
from safespace_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class LibraryLoad:
    """Every resource this person may read, and how many rows failed to open."""

    resources: list[Resource]
    damaged: int


def _repo(db: UnitOfWork, audience: Audience) -> SealedRecords:
    if audience is Audience.MEMBERS:
        return db.group.resources_shared
    return db.group.resources_facilitators


def _key(keyring: KeyRing, audience: Audience) -> SecretKey:
    return keyring.commons_key if audience is Audience.MEMBERS else keyring.group_key


def attachment_scope(audience: Audience) -> AttachmentScope:
    """The attachment scope (and key) that matches a resource's audience."""
    return AttachmentScope.MEMBERS if audience is Audience.MEMBERS else AttachmentScope.FACILITATORS


def _audiences(facilitator: bool) -> tuple[Audience, ...]:
    return (Audience.MEMBERS, Audience.FACILITATORS) if facilitator else (Audience.MEMBERS,)


class ResourcesService:
    """Read as anyone unlocked (members see members' resources); change as a facilitator."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def today(self) -> date:
        return today_from(self._vault.clock.now())

    # ------------------------------------------------------------------ reading
    def load_library(self) -> LibraryLoad:
        """Every readable resource (the page's load; run it off the GUI thread)."""
        with self._vault.transaction() as (db, keyring, principal):
            return self._load(db, keyring, principal.is_facilitator)

    def load_index(self) -> tuple[ResourceIndex, int]:
        """The pages' search index over ``load_library`` and how many rows could not be
        opened; built again only when a resource changed (kept for the session)."""
        with self._vault.transaction() as (db, keyring, principal):
            loaded = self._load(db, keyring, principal.is_facilitator)
            built_from = resource_index.version(keyring, _audiences(principal.is_facilitator))
            index = resource_index.search_index(keyring, built_from, loaded.resources)
        return index, loaded.damaged

    def _load(self, db: UnitOfWork, keyring: KeyRing, facilitator: bool) -> LibraryLoad:
        found: dict[str, tuple[int, Resource]] = {}
        damaged = 0
        for audience in _audiences(facilitator):
            # The sealed list-and-search index, caught up with the rows (index.py).
            listed, broken = resource_index.live_resources(self._vault, db, keyring, audience)
            damaged += broken
            for edited, resource in listed:
                # A concurrent audience move can leave one id live in both tables:
                # show the most recently edited copy.
                if resource.id not in found or found[resource.id][0] < edited:
                    found[resource.id] = (edited, resource)
        return LibraryLoad([pair[1] for pair in found.values()], damaged)

    def get(self, resource_id: str) -> Resource:
        with self._vault.transaction() as (db, keyring, principal):
            current = self._current(db, keyring, principal.is_facilitator, resource_id)
        if current is None:
            raise NotFound("resource_gone")
        return current[1]

    def summaries(self, ids: Iterable[str]) -> list[ResourceSummary]:
        """Titles of linked resources for agenda segments, in the order given; ids this
        person may not read (or that were removed) are left out."""
        wanted = list(dict.fromkeys(ids))
        with self._vault.transaction() as (db, keyring, principal):
            found: list[ResourceSummary] = []
            for resource_id in wanted:
                current = self._current(db, keyring, principal.is_facilitator, resource_id)
                if current is None:
                    continue
                r = current[1]
                found.append(ResourceSummary(r.id, r.title, r.kind, r.audience, r.content_note))
        return found

    def due_for_review(self, today: date | None = None) -> list[Resource]:
        """Resources whose check is due, oldest check (or never checked) first."""
        day = today or self.today()
        due = [r for r in self.load_library().resources if r.due_for_review(day)]
        return sorted(due, key=lambda r: (r.last_checked or date.min, r.title.casefold()))

    # ------------------------------------------------------------------ changes
    def add(self, draft: ResourceDraft, *, is_example: bool = False) -> Resource:
        self._vault.require_facilitator()
        clean = clean_draft(draft)
        resource_id = str(uuid.uuid4())
        with self._vault.transaction() as (db, keyring, _principal):
            state = RecordState()
            replica, counter, hlc = self._vault.next_write(db)
            values = {**to_values(clean), "is_example": is_example}
            values["created_on"] = self.today().isoformat()
            state.write(values, replica, counter, hlc)
            _repo(db, clean.audience).store(
                db, _key(keyring, clean.audience), resource_id, state, counter
            )
            self._reindex(db, keyring, resource_id, clean.audience)
        return to_resource(resource_id, counter, state, clean.audience)

    def update(
        self, resource_id: str, draft: ResourceDraft, *, expected_rev: int | None = None
    ) -> Resource:
        """Save an edit. ``expected_rev`` is the ``Resource.rev`` the editor loaded: if the
        resource changed since, StaleEdit and nothing is written. A changed phone number
        or address must be checked again; an edited example is no longer an example."""
        self._vault.require_facilitator()
        clean = clean_draft(draft)
        with self._vault.transaction() as (db, keyring, _principal):
            current = self._current(db, keyring, True, resource_id)
            if current is None:
                raise NotFound("resource_gone")
            record, before = current
            if expected_rev is not None and record.rev != expected_rev:
                raise StaleEdit("resource", expected=expected_rev, found=record.rev)
            if (
                clean.service.phone != before.service.phone
                or clean.service.address != before.service.address
            ) and clean.last_checked == before.last_checked:
                clean = replace(clean, last_checked=None)
            values = {**to_values(clean), "is_example": False}
            state = record.state
            if clean.audience is not before.audience:
                self._tombstone(db, keyring, before.audience, record)
            replica, counter, hlc = self._vault.next_write(db)
            state.write(values, replica, counter, hlc)
            _repo(db, clean.audience).store(
                db, _key(keyring, clean.audience), resource_id, state, counter
            )
            self._reindex(db, keyring, resource_id, clean.audience, before.audience)
        if clean.audience is not before.audience:
            self._move_attachments(resource_id, before.audience, clean.audience)
        return to_resource(resource_id, counter, state, clean.audience)

    def _move_attachments(self, resource_id: str, source: Audience, target: Audience) -> None:
        """Files follow their resource to the other key. Runs after the resource moved:
        until it finishes, the files stay readable only to the old audience."""
        attachments = AttachmentsService(self._vault)
        old, new = attachment_scope(source), attachment_scope(target)
        for attachment in attachments.list_for(resource_id, old):
            attachments.move(attachment.id, old, new)

    def mark_checked(self, resource_id: str, day: date | None = None) -> Resource:
        """Record that a facilitator checked this resource's details on ``day``."""
        self._vault.require_facilitator()
        checked_on = day or self.today()
        with self._vault.transaction() as (db, keyring, _principal):
            current = self._current(db, keyring, True, resource_id)
            if current is None:
                raise NotFound("resource_gone")
            record, before = current
            replica, counter, hlc = self._vault.next_write(db)
            record.state.write({"last_checked": checked_on.isoformat()}, replica, counter, hlc)
            _repo(db, before.audience).store(
                db, _key(keyring, before.audience), resource_id, record.state, counter
            )
            self._reindex(db, keyring, resource_id, before.audience)
        return to_resource(resource_id, counter, record.state, before.audience)

    def delete(self, resource_id: str, *, expected_rev: int | None = None) -> None:
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            current = self._current(db, keyring, True, resource_id)
            if current is None:
                raise NotFound("resource_gone")
            record, before = current
            if expected_rev is not None and record.rev != expected_rev:
                raise StaleEdit("resource", expected=expected_rev, found=record.rev)
            self._tombstone(db, keyring, before.audience, record)
            self._reindex(db, keyring, resource_id, before.audience)
        AttachmentsService(self._vault).remove_all_for(
            resource_id, attachment_scope(before.audience)
        )
        self._vault.checkpoint()

    # ------------------------------------------------------------------ internals
    def _reindex(
        self, db: UnitOfWork, keyring: KeyRing, resource_id: str, *audiences: Audience
    ) -> None:
        """Rewrite the index block of the resource this unit of work just stored
        (index.py), so the next open has nothing to catch up."""
        for audience in dict.fromkeys(audiences):
            resource_index.note_stored(self._vault, db, keyring, audience, [resource_id])

    def _tombstone(
        self, db: UnitOfWork, keyring: KeyRing, audience: Audience, record: LoadedRecord
    ) -> None:
        tombstone = RecordState(cc=dict(record.state.cc))
        replica, counter, hlc = self._vault.next_write(db)
        tombstone.write({"_deleted": True}, replica, counter, hlc)
        _repo(db, audience).store(db, _key(keyring, audience), record.id, tombstone, counter)

    @staticmethod
    def _current(
        db: UnitOfWork, keyring: KeyRing, facilitator: bool, resource_id: str
    ) -> tuple[LoadedRecord, Resource] | None:
        best: tuple[LoadedRecord, Resource] | None = None
        for audience in _audiences(facilitator):
            record = _repo(db, audience).get(db, keyring, resource_id)
            if record is None or record.state.deleted:
                continue
            if best is None or record.state.last_edited_hlc() > best[0].state.last_edited_hlc():
                best = (record, to_resource(record.id, record.rev, record.state, audience))
        return best
