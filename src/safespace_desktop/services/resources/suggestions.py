"""Members suggest a resource or a correction; facilitators read them (issue 11).

Keys (see crypto/drop_box.py): a member session holds only its journal key and the
commons key. Facilitators publish the drop box's X25519 public key in the commons
``resource_library`` record; its private half is derived from the group key. A
member's suggestion is sealed to that box: facilitators can open it, the member who
wrote it cannot read it back, and other members cannot read it at all. The drop is
stamped by a fixed writer at time 0, so it carries no replica id or time; it holds a
name only if the member typed one.

When a facilitator lists suggestions, each drop is collected: re-sealed as an
ordinary group-key ``resource_suggestions`` record (which travels to co-facilitators)
with the day it was collected, and the drop becomes a group-key tombstone.

A member holding the commons key could replace the published public key with one of
their own; each facilitator session republishes the box key whenever it differs, and
a drop sealed to a wrong key is reported as unreadable, never guessed at.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from safespace_desktop.core.errors import IntegrityError, NotFound, StaleEdit, ValidationError
from safespace_desktop.core.resources.model import Suggestion, SuggestionDraft, clean_suggestion
from safespace_desktop.core.roster import today_from
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.drop_box import box_private_key, box_public_key
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.resource_drops import BoxKeys, DropBoxRecords
from safespace_desktop.storage.unit_of_work import UnitOfWork


def library_record_id(group_id: str) -> str:
    """The fixed id of the group's ``resource_library`` record."""
    return str(uuid.uuid5(uuid.UUID(group_id), "resource_library"))


def _published_key(db: UnitOfWork, keyring: KeyRing) -> bytes | None:
    record = db.group.resource_library.get(db, keyring, library_record_id(db.group_id))
    if record is None or record.state.deleted:
        return None
    value = record.state.get("drop_box_public_key")
    try:
        return bytes.fromhex(value) if isinstance(value, str) else None
    except ValueError:
        return None


class SuggestionsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ members (anyone)
    def can_suggest(self) -> bool:
        """True once a facilitator has opened the library and published the box key."""
        with self._vault.transaction() as (db, keyring, _principal):
            return _published_key(db, keyring) is not None

    def suggest(self, draft: SuggestionDraft) -> None:
        """Drop a suggestion for the facilitators. Nothing about it can be read back."""
        clean = clean_suggestion(draft)
        with self._vault.transaction() as (db, keyring, principal):
            if principal.is_facilitator:
                self._publish(db, keyring)
            recipient = _published_key(db, keyring)
            if recipient is None:
                raise ValidationError("text", "suggestion_box_not_ready")
            values: dict[str, Any] = {
                "text": clean.text,
                "title": clean.title,
                "resource_id": clean.resource_id,
                "from_name": clean.from_name,
            }
            DropBoxRecords(db.group_id).drop(db, recipient, str(uuid.uuid4()), values)

    # ------------------------------------------------------------------ facilitators
    def publish_box(self) -> bool:
        """Publish (or repair) the box's public key; True if it was written now."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            return self._publish(db, keyring)

    def inbox(self) -> list[Suggestion]:
        """Collect new drops, then every suggestion: unhandled first, newest first."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            self._publish(db, keyring)
            self._collect(db, keyring)
            loaded, _damaged = db.group.resource_suggestions.load_all(db, keyring)
        found = [self._to_suggestion(r.id, r.rev, r.state) for r in loaded]
        return sorted(
            found,
            key=lambda s: (s.handled, -(s.received_on.toordinal() if s.received_on else 0), s.id),
        )

    def set_handled(
        self, suggestion_id: str, handled: bool, *, expected_rev: int | None = None
    ) -> None:
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            repo = db.group.resource_suggestions
            record = repo.get(db, keyring, suggestion_id)
            if record is None or record.state.deleted:
                raise NotFound("suggestion_gone")
            if expected_rev is not None and record.rev != expected_rev:
                raise StaleEdit("suggestion", expected=expected_rev, found=record.rev)
            replica, counter, hlc = self._vault.next_write(db)
            record.state.write({"handled": handled}, replica, counter, hlc)
            repo.store(db, keyring.group_key, suggestion_id, record.state, counter)

    def delete(self, suggestion_id: str) -> None:
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            repo = db.group.resource_suggestions
            record = repo.get(db, keyring, suggestion_id)
            if record is None or record.state.deleted:
                raise NotFound("suggestion_gone")
            tombstone = RecordState(cc=dict(record.state.cc))
            replica, counter, hlc = self._vault.next_write(db)
            tombstone.write({"_deleted": True}, replica, counter, hlc)
            repo.store(db, keyring.group_key, suggestion_id, tombstone, counter)
        self._vault.checkpoint()

    # ------------------------------------------------------------------ internals
    def _publish(self, db: UnitOfWork, keyring: KeyRing) -> bool:
        wanted = box_public_key(keyring.group_key, db.group_id).hex()
        repo = db.group.resource_library
        record_id = library_record_id(db.group_id)
        record = repo.get(db, keyring, record_id)
        if record is not None and record.state.get("drop_box_public_key") == wanted:
            return False
        state = record.state if record is not None else RecordState()
        replica, counter, hlc = self._vault.next_write(db)
        state.write({"drop_box_public_key": wanted}, replica, counter, hlc)
        repo.store(db, keyring.commons_key, record_id, state, counter)
        return True

    def _collect(self, db: UnitOfWork, keyring: KeyRing) -> int:
        drops = DropBoxRecords(db.group_id)
        ids = drops.live_ids(db)
        if not ids:
            return 0
        privates = [box_private_key(key, db.group_id) for key in keyring.group_keys.values()]
        box_keys = BoxKeys(keyring, privates)
        today = today_from(self._vault.clock.now()).isoformat()
        collected = 0
        for drop_id in ids:
            try:
                record = drops.get(db, box_keys, drop_id)
            except IntegrityError:
                continue  # sealed to a box key we do not hold, or damaged: kept as it is
            if record is None or record.state.deleted:
                continue
            values = {
                name: record.state.get(name, "")
                for name in ("text", "title", "resource_id", "from_name")
            }
            state = RecordState()
            replica, counter, hlc = self._vault.next_write(db)
            state.write({**values, "received_on": today, "handled": False}, replica, counter, hlc)
            db.group.resource_suggestions.store(
                db, keyring.group_key, str(uuid.uuid4()), state, counter
            )
            tombstone = RecordState(cc=dict(record.state.cc))
            replica, counter, hlc = self._vault.next_write(db)
            tombstone.write({"_deleted": True}, replica, counter, hlc)
            drops.store(db, keyring.group_key, drop_id, tombstone, counter, wrapped_key_sealed=b"")
            collected += 1
        return collected

    @staticmethod
    def _to_suggestion(record_id: str, rev: int, state: RecordState) -> Suggestion:
        received = state.get("received_on")
        try:
            day = date.fromisoformat(received) if isinstance(received, str) else None
        except ValueError:
            day = None
        return Suggestion(
            id=record_id,
            text=str(state.get("text", "") or ""),
            title=str(state.get("title", "") or ""),
            resource_id=str(state.get("resource_id", "") or ""),
            from_name=str(state.get("from_name", "") or ""),
            received_on=day,
            handled=bool(state.get("handled", False)),
            rev=rev,
        )
