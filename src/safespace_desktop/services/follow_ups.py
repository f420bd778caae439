"""Follow-ups for facilitators (issue 9; domain G5, W5): "J. stepped out: call tomorrow".

Each has a text, an optional due date, a done flag and optional links to a member and
a meeting, all sealed under the group key. The facilitator home lists the open ones,
overdue first, until they are marked done. Edits carry ``expected_rev`` and a save
from an older revision is refused with ``StaleEdit("follow_up")``.

"Forget me" erases the follow-ups linked to the person (``erase_for_member``): their
text is about that person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safespace_desktop.core.attendance import FOLLOW_UP_TEXT_MAX, FollowUp, follow_up_order
from safespace_desktop.core.errors import (
    NotFound,
    ValidationError,
)
from safespace_desktop.core.roster import parse_date
from safespace_desktop.core.sync.record import DELETED_FIELD, RecordState, redact
from safespace_desktop.core.text import check_text
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.attendance import check_meeting_id, require_meeting
from safespace_desktop.services.follow_up_index import open_follow_ups
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.members import disambiguate, session_roster
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class FollowUpDraft:
    """What the follow-up form holds."""

    text: str
    due_on: date | None = None
    member_id: str = ""
    meeting_id: str = ""


def clean_follow_up_text(text: str) -> str:
    check_text("text", text)
    body = "\n".join(line.rstrip() for line in str(text).strip().splitlines())
    if not body:
        raise ValidationError("text", "required", record="follow_up")
    if len(body) > FOLLOW_UP_TEXT_MAX:
        raise ValidationError("text", "too_long", limit=FOLLOW_UP_TEXT_MAX)
    return body


def to_follow_up(record: LoadedRecord, names: dict[str, str]) -> FollowUp:
    state = record.state
    member_id = str(state.get("member_id") or "")
    return FollowUp(
        id=record.id,
        text=str(state.get("text", "")),
        due_on=parse_date(state.get("due_on")),
        done=bool(state.get("done", False)),
        done_on=parse_date(state.get("done_on")),
        member_id=member_id,
        member_name=names.get(member_id, ""),
        meeting_id=str(state.get("meeting_id") or ""),
        created_on=parse_date(state.get("created_on")),
        rev=record.rev,
    )


def erase_for_member(
    vault: Vault, db: UnitOfWork, keyring: KeyRing, r: store.Repos, member_id: str
) -> int:
    """Redact every follow-up linked to ``member_id`` ("forget me"). Returns how many."""
    loaded, _damaged = r.follow_ups.load_all(db, keyring, include_deleted=True)
    erased = 0
    for record in loaded:
        if record.state.redacted or record.state.get("member_id") != member_id:
            continue
        replica, counter, hlc = vault.next_write(db)
        redacted = redact(record.state, {}, replica, counter, hlc)
        r.follow_ups.store(db, keyring.group_key, record.id, redacted, counter)
        erased += 1
    return erased


class FollowUpsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _names(self, db: UnitOfWork, keyring: KeyRing, r: store.Repos) -> dict[str, str]:
        # The session's roster cache: Home reads the roster too, so it is opened once.
        roster, _damaged = session_roster(keyring).members(self._vault, db, keyring, r)
        members = disambiguate(roster)
        names = {}
        for member in members:
            if member.forgotten:
                continue
            hint = member.disambiguation
            names[member.id] = f"{member.name} ({hint.pronouns})" if hint.pronouns else member.name
        return names

    def _check_links(
        self, db: UnitOfWork, keyring: KeyRing, r: store.Repos, draft: FollowUpDraft
    ) -> tuple[str, str]:
        member_id = draft.member_id.strip()
        if member_id:
            store.load_editable_member(db, keyring, r, member_id)
        meeting_id = check_meeting_id(draft.meeting_id) if draft.meeting_id.strip() else ""
        if meeting_id:
            require_meeting(db, keyring, r, meeting_id)
        return member_id, meeting_id

    def list(self, *, include_done: bool = False, with_names: bool = True) -> list[FollowUp]:
        """Open follow-ups, overdue first then by due date; done ones last if asked.

        ``with_names=False`` leaves ``member_name`` empty and skips the roster (its
        first decode in a session is the larger part of Home's first read)."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            names = self._names(db, keyring, r) if with_names else {}
            if include_done:
                loaded, _damaged = r.follow_ups.load_all(db, keyring)
            else:
                loaded = open_follow_ups(self._vault, db, keyring)
        items = [to_follow_up(rec, names) for rec in loaded if not rec.state.redacted]
        if not include_done:
            items = [item for item in items if not item.done]
        return follow_up_order(items, store.today(self._vault))

    def get(self, follow_up_id: str) -> FollowUp:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = self._load(db, keyring, r, follow_up_id)
            return to_follow_up(record, self._names(db, keyring, r))

    def _load(
        self, db: UnitOfWork, keyring: KeyRing, r: store.Repos, follow_up_id: str
    ) -> LoadedRecord:
        record = r.follow_ups.get(db, keyring, follow_up_id)
        if record is None or record.state.deleted or record.state.redacted:
            raise NotFound("follow_up_gone")
        return record

    def add(self, draft: FollowUpDraft) -> FollowUp:
        self._vault.require_facilitator()
        text = clean_follow_up_text(draft.text)
        today = store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            member_id, meeting_id = self._check_links(db, keyring, r, draft)
            record_id = store.new_id()
            store.write(
                self._vault,
                db,
                r.follow_ups,
                keyring.group_key,
                record_id,
                RecordState(),
                {
                    "text": text,
                    "due_on": store.encode_date(draft.due_on),
                    "done": False,
                    "done_on": None,
                    "member_id": member_id or None,
                    "meeting_id": meeting_id or None,
                    "created_on": today.isoformat(),
                },
            )
            record = self._load(db, keyring, r, record_id)
            return to_follow_up(record, self._names(db, keyring, r))

    def update(
        self, follow_up_id: str, draft: FollowUpDraft, *, expected_rev: int | None = None
    ) -> FollowUp:
        """Save an edit. A save started before someone else's change is refused
        (StaleEdit) and nothing is written."""
        self._vault.require_facilitator()
        text = clean_follow_up_text(draft.text)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = self._load(db, keyring, r, follow_up_id)
            store.check_revision(record, expected_rev, "follow_up")
            member_id, meeting_id = self._check_links(db, keyring, r, draft)
            store.write(
                self._vault,
                db,
                r.follow_ups,
                keyring.group_key,
                follow_up_id,
                record.state,
                {
                    "text": text,
                    "due_on": store.encode_date(draft.due_on),
                    "member_id": member_id or None,
                    "meeting_id": meeting_id or None,
                },
            )
            return to_follow_up(
                self._load(db, keyring, r, follow_up_id), self._names(db, keyring, r)
            )

    def set_done(
        self, follow_up_id: str, done: bool = True, *, expected_rev: int | None = None
    ) -> FollowUp:
        """Mark done (or open again). Marking it as it already is changes nothing."""
        self._vault.require_facilitator()
        today = store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = self._load(db, keyring, r, follow_up_id)
            store.check_revision(record, expected_rev, "follow_up")
            if bool(record.state.get("done", False)) != done:
                store.write(
                    self._vault,
                    db,
                    r.follow_ups,
                    keyring.group_key,
                    follow_up_id,
                    record.state,
                    {"done": done, "done_on": today.isoformat() if done else None},
                )
                record = self._load(db, keyring, r, follow_up_id)
            return to_follow_up(record, self._names(db, keyring, r))

    def delete(self, follow_up_id: str, *, expected_rev: int | None = None) -> None:
        """Remove a follow-up made by mistake: its text is blanked in the tombstone."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = self._load(db, keyring, r, follow_up_id)
            store.check_revision(record, expected_rev, "follow_up")
            store.write(
                self._vault,
                db,
                r.follow_ups,
                keyring.group_key,
                follow_up_id,
                record.state,
                {DELETED_FIELD: True, "text": "", "member_id": None},
            )
        self._vault.checkpoint()
