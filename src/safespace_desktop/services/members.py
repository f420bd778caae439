"""Roster use cases for facilitators: add, edit, status, contact, search.

Every field a facilitator types is sealed under the group key; the list is
decrypted once per load and searched in memory (a roster is small: DESIGN.md §6).

Names: two people may really have the same name, and nobody should be renamed "Alex
(2)" by the software. So the roster never refuses a name. Instead, the kindest thing
that still keeps people apart: ``name_hint`` tells the facilitator while they type
that someone already has this name (with a suggestion such as an initial), and every
entry whose name is shared with another carries a ``disambiguation`` hint built from
what tells them apart (pronouns, joining month, and if need be a number), which the
roster, pickers and exports show next to the name. Forgotten entries ("Former member
#n") never clash.

Status: "archive" on the Members page means the person left (status LEFT, with the
date); "restore" makes them active again. Paused people stay on the roster.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar, cast

from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.errors import (
    ValidationError,
)
from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.roster import (
    ACCESS_NOTE_MAX,
    BEST_TIME_MAX,
    NAME_MAX,
    NOTE_MAX,
    PRONOUNS_MAX,
    AccessNeed,
    ContactDetails,
    GroupRole,
    MemberStatus,
    NameHint,
    TellApart,
    clean_text,
    email_problem,
    name_key,
    phone_problem,
    similar_names,
    suggest_distinct_name,
)
from safespace_desktop.core.sync.record import JsonValue, RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.services import keyless_reads, roster_index
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.keyring import KeyRing, SessionMemo
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.fingerprints import row_digests, row_stamps
from safespace_desktop.storage.records import DamagedRecord, LoadedRecord
from safespace_desktop.storage.unit_of_work import ChangeToken, UnitOfWork

__all__ = [
    "NAME_MAX",
    "NOTE_MAX",
    "PRONOUNS_MAX",
    "MembersService",
    "matches",
    "validate",
    "validate_contact",
    "disambiguate",
    "RosterCache",
]


_T = TypeVar("_T")
_Changes = dict[str, JsonValue]
_ChangeBuilder = Callable[[Member], _Changes]


def validate(draft: MemberDraft, *, today: date | None = None) -> MemberDraft:
    """The draft with whitespace tidied, or ValidationError naming the field."""
    name = clean_text(check_text("name", draft.name))
    if not name:
        raise ValidationError("name", "required", record="member")
    if len(name) > NAME_MAX:
        raise ValidationError("name", "too_long", limit=NAME_MAX)
    pronouns = clean_text(check_text("pronouns", draft.pronouns))
    if len(pronouns) > PRONOUNS_MAX:
        raise ValidationError("pronouns", "too_long", limit=PRONOUNS_MAX)
    note = check_text("note", draft.note).strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("note", "too_long", limit=NOTE_MAX)
    if draft.role is not None and not isinstance(draft.role, GroupRole):
        raise ValidationError("role", "not_a_choice")
    if draft.status is not None and not isinstance(draft.status, MemberStatus):
        raise ValidationError("status", "not_a_choice")
    if draft.joined_on is not None and today is not None and draft.joined_on > today:
        raise ValidationError("joined_on", "in_future")
    needs = draft.access_needs
    if needs is not None and not all(isinstance(n, AccessNeed) for n in needs):
        raise ValidationError("access_needs", "not_a_choice")
    access_note = None
    if draft.access_note is not None:
        access_note = check_text("access_note", draft.access_note).strip()
    if access_note is not None and len(access_note) > ACCESS_NOTE_MAX:
        raise ValidationError("access_note", "too_long", limit=ACCESS_NOTE_MAX)
    return MemberDraft(
        name=name,
        pronouns=pronouns,
        note=note,
        role=draft.role,
        status=draft.status,
        joined_on=draft.joined_on,
        access_needs=None if needs is None else frozenset(needs),
        access_note=access_note,
    )


def validate_contact(contact: ContactDetails) -> ContactDetails:
    phone = clean_text(check_text("phone", contact.phone))
    email = check_text("email", contact.email).strip()
    best_time = clean_text(check_text("best_time", contact.best_time))
    for field, problem in (("phone", phone_problem(phone)), ("email", email_problem(email))):
        if problem:
            raise ValidationError(field, problem.code, **problem.params)
    if len(best_time) > BEST_TIME_MAX:
        raise ValidationError("best_time", "too_long", limit=BEST_TIME_MAX)
    if contact.message_ok is not None and not isinstance(contact.message_ok, bool):
        raise ValidationError("message_ok", "not_a_choice")
    return ContactDetails(phone, email, best_time, contact.message_ok)


def contact_changes(contact: ContactDetails) -> dict[str, JsonValue]:
    return {
        "phone": contact.phone,
        "email": contact.email,
        "best_time": contact.best_time,
        "message_ok": contact.message_ok,
    }


def matches(member: Member, query: str) -> bool:
    """Case-insensitive match on name, pronouns and note."""
    needle = query.casefold().strip()
    if not needle:
        return True
    return any(needle in text.casefold() for text in (member.name, member.pronouns, member.note))


def _sorted(members: list[Member]) -> list[Member]:
    return sorted(members, key=lambda m: (m.archived, m.name.casefold(), m.id))


def _tell_apart(member: Member) -> TellApart:
    joined = member.joined_on
    return TellApart(member.pronouns, None if joined is None else joined.replace(day=1))


def disambiguate(members: list[Member], *, only: set[str] | None = None) -> list[Member]:
    """Give every entry whose name is shared a hint that tells it apart.

    The hint is built from pronouns and joining month; when that still leaves two the
    same, a position number (by joining date, then when the entry was made) is added. Forgotten entries are skipped.
    ``only`` limits which ids get a hint (the others are returned unchanged).
    """
    groups: dict[str, list[Member]] = {}
    for member in members:
        if not member.forgotten:
            groups.setdefault(name_key(member.name), []).append(member)
    hints: dict[str, TellApart] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        ordered = sorted(group, key=lambda m: (m.joined_on or date.min, m.created_hlc, m.id))
        found = {m.id: _tell_apart(m) for m in ordered}
        counts: dict[TellApart, int] = {}
        for hint in found.values():
            counts[hint] = counts.get(hint, 0) + 1
        for position, member in enumerate(ordered, start=1):
            hint = found[member.id]
            if not hint or counts[hint] > 1:
                hint = replace(hint, number=position)
            hints[member.id] = hint
    return [
        replace(m, disambiguation=hints[m.id])
        if m.id in hints and (only is None or m.id in only)
        else m
        for m in members
    ]


class RosterCache:
    """Decrypted roster entries, reused while a row's stored bytes are unchanged.

    Every call re-reads each row's stored columns and sealed payload (one Core query,
    no ORM objects) and opens again only rows that differ from what was opened before,
    so a save on a roster of 1,000 people does not decrypt all 1,000 again. The
    fingerprint is a digest of every stored column, so a tampered row is never served
    from the cache: it is opened, fails, and is reported as damaged. A session starts
    from the roster's sealed index (``services.roster_index``, issue 15), written back
    whenever a row had to be opened, so unlocking does not open every row; and while
    nothing at all was written (``UnitOfWork.change_token``) no row is compared again.
    ``revision`` goes up whenever what ``members`` returns changes, and values worked out from the entries
    (the Members page's hinted, sorted list) are kept per revision (``derived``). The
    cache belongs to one session and is dropped as soon as a different one is unlocked.
    """

    def __init__(self) -> None:
        self._owner: object = None
        self._entries: roster_index.Indexed = {}
        # ``UnitOfWork.change_token`` when the rows last matched, and what was found then.
        self._verified: tuple[ChangeToken, list[Member], list[DamagedRecord]] | None
        self._verified = None
        self._derived: dict[str, tuple[object, object]] = {}
        self.revision = 0

    def members(
        self, vault: Vault, db: UnitOfWork, keyring: KeyRing, r: store.Repos
    ) -> tuple[list[Member], list[DamagedRecord]]:
        """Every roster entry not deleted (without consents or hints), and damaged rows."""
        principal = vault.principal
        if principal is not self._owner:
            self._entries, self._derived, self._owner = {}, {}, principal
            self._verified = None
            self.revision += 1
        token = db.change_token()
        if self._verified is not None and self._verified[0] == token:
            return list(self._verified[1]), list(self._verified[2])  # nothing written since
        entries = self._entries or roster_index.read_index(db, keyring)
        stamps = keyless_reads.take(vault, db, keyless_reads.MEMBERS)
        if stamps is None:
            stamps = row_digests(db, r.members)
        stale = [i for i, stamp in stamps.items() if (entries.get(i) or ("",))[0] != stamp]
        opened: dict[str, Member | None] = {}
        damaged: list[DamagedRecord] = []
        if stale:
            wanted = None if len(stale) == len(stamps) else stale
            for item in r.members.open_documents(db, keyring, wanted):
                if isinstance(item, DamagedRecord):
                    damaged.append(item)
                    continue
                record = LoadedRecord(
                    item.id, item.rev, RecordState.from_json(item.state), item.extra
                )
                opened[item.id] = None if record.state.deleted else store.to_member(record)
        fresh: roster_index.Indexed = {}
        found: list[Member] = []
        for row_id, stamp in stamps.items():
            if row_id in opened:
                member = opened[row_id]
            else:
                hit = entries.get(row_id)
                if hit is None or hit[0] != stamp:
                    continue  # damaged: reported above, tried again next time
                member = hit[1]
            fresh[row_id] = (stamp, member)
            if member is not None:
                found.append(member)
        self._verified = None
        if opened or len(fresh) != len(entries):
            self.revision += 1
            roster_index.write_index(vault, db, keyring, fresh)
        else:
            self._verified = (token, list(found), list(damaged))
        self._entries = fresh
        return found, damaged

    def derived(self, name: str, key: object, build: Callable[[], _T]) -> _T:
        """``build()``, kept under ``name`` until ``key`` (which must include
        ``revision`` when the value depends on the entries) changes."""
        kept = self._derived.get(name)
        if kept is not None and kept[0] == key:
            return cast(_T, kept[1])
        value = build()
        self._derived[name] = (key, value)
        return value


# id(keyring) → the session's roster cache: every page and service object of one unlocked
# session shares the decrypted entries (issue 15: Home, Members, Check-in pairs and the
# follow-ups' names each read all 1,000 at M). It lives only as long as the session's
# keys (dropped when they are, at lock), never after.
_SESSION_ROSTERS: SessionMemo[RosterCache] = SessionMemo()


def session_roster(keyring: KeyRing) -> RosterCache:
    """The roster cache of the session that holds ``keyring``."""
    cache = _SESSION_ROSTERS.of(keyring)
    return cache if cache is not None else _SESSION_ROSTERS.keep(keyring, RosterCache())


def new_member_changes(clean: MemberDraft, today: date) -> dict[str, JsonValue]:
    status = clean.status or MemberStatus.ACTIVE
    joined = clean.joined_on or today
    return {
        "name": clean.name,
        "pronouns": clean.pronouns,
        "note": clean.note,
        "archived": status is MemberStatus.LEFT,
        "status": status.value,
        "status_since": (joined if status is MemberStatus.ACTIVE else today).isoformat(),
        "joined_on": joined.isoformat(),
        "role": (clean.role or GroupRole.MEMBER).value,
        "access_needs": sorted(n.value for n in clean.access_needs or ()),
        "access_note": clean.access_note or "",
    }


def _roster_listing(
    members: list[Member],
    consents: dict[str, frozenset[ConsentPurpose]],
    claims: dict[str, bool] | None,
) -> list[Member]:
    """Everyone with their consents, journal access, former numbers and name hints,
    sorted as the roster shows them. The values are frozen and shared by every read
    until something changes."""
    members = [replace(m, consents=consents[m.id]) if m.id in consents else m for m in members]
    if claims is not None:
        members = store.with_claimed_journal_access(members, claims)
    members = store.with_unique_former_numbers(members)  # sync (issue 12)
    return _sorted(disambiguate(members))


class MembersService:
    """Roster operations; only an unlocked facilitator may call them."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.damaged: list[DamagedRecord] = []

    def hinted(
        self, db: UnitOfWork, keyring: KeyRing, r: store.Repos, members: list[Member]
    ) -> list[Member]:
        """``members`` with their disambiguation hints against the whole roster."""
        wanted = {m.id for m in members}
        everyone_list, _damaged = session_roster(keyring).members(self._vault, db, keyring, r)
        everyone = {m.id: m for m in everyone_list}
        everyone.update({m.id: m for m in members})
        hinted = {m.id: m for m in disambiguate(list(everyone.values()), only=wanted)}
        return [replace(m, disambiguation=hinted[m.id].disambiguation) for m in members]

    # -- reading ---------------------------------------------------------------------
    def list_members(
        self, *, include_archived: bool = True, include_forgotten: bool = True
    ) -> list[Member]:
        """Everyone on the roster, including people who left ("archived") and former
        members who asked to be forgotten (shown as "Former member #n")."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            roster = session_roster(keyring)
            members, self.damaged = roster.members(self._vault, db, keyring, r)
            consents_stamp = row_stamps(db, r.consents)
            claims = db.accounts.slot_claims() if any(m.journal_slot_id for m in members) else None

            def build() -> list[Member]:
                consents = roster.derived(
                    "active consents",
                    consents_stamp,
                    lambda: store.all_active_purposes(db, keyring, r),
                )
                return _roster_listing(members, consents, claims)

            # Nothing changed since the last read (the page opened again, another page
            # read the roster): the same hinted, sorted list, without any work (issue 15).
            everyone = roster.derived("listing", (roster.revision, consents_stamp, claims), build)
        if include_archived and include_forgotten:
            return list(everyone)
        return [
            m
            for m in everyone
            if (include_archived or not m.archived) and (include_forgotten or not m.forgotten)
        ]

    def search(self, query: str, *, include_archived: bool = True) -> list[Member]:
        return [
            m for m in self.list_members(include_archived=include_archived) if matches(m, query)
        ]

    def get(self, member_id: str) -> Member:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            return self._get_in(db, keyring, store.repos(db), member_id)

    def _get_in(self, db: UnitOfWork, keyring: KeyRing, r: store.Repos, member_id: str) -> Member:
        record = store.load_member(db, keyring, r, member_id)
        member = store.to_member(record, store.active_purposes(db, keyring, r, member_id))
        member = store.with_journal_access(db, [member])[0]
        if member.forgotten:  # sync (issue 12): the number as every PC shows it
            everyone, _damaged = session_roster(keyring).members(self._vault, db, keyring, r)
            others = [m for m in everyone if m.id != member.id]
            member = store.with_unique_former_numbers([*others, member])[-1]
        return self.hinted(db, keyring, r, [member])[0]

    def name_hint(self, name: str, *, exclude_id: str | None = None) -> NameHint | None:
        """What to tell the facilitator about ``name`` while they type it (None: all clear).

        Never blocks saving: two people may have the same name.
        """
        cleaned = clean_text(name)
        if not cleaned:
            return None
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            everyone, _damaged = session_roster(keyring).members(
                self._vault, db, keyring, store.repos(db)
            )
        others = [m.name for m in everyone if m.id != exclude_id and not m.forgotten]
        taken = {name_key(o) for o in others}
        similar = tuple(similar_names(cleaned, others))
        suggestion = suggest_distinct_name(cleaned, taken)
        if name_key(cleaned) in taken:
            return NameHint(True, similar, suggestion, cleaned)
        if similar:
            return NameHint(False, similar, suggestion, cleaned)
        return None

    # -- writing ---------------------------------------------------------------------
    def add_member(self, draft: MemberDraft) -> Member:
        return self.add_members([draft])[0]

    def add_members(self, drafts: Sequence[MemberDraft]) -> list[Member]:
        """Add several people in one transaction (all or nothing), e.g. from a list."""
        self._vault.require_facilitator()
        today = store.today(self._vault)
        cleaned = [validate(d, today=today) for d in drafts]
        added: list[Member] = []
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            for clean in cleaned:
                member_id = str(uuid.uuid4())
                state = store.write_member(
                    self._vault,
                    db,
                    keyring,
                    r,
                    member_id,
                    RecordState(),
                    new_member_changes(clean, today),
                )
                added.append(store.stored_member(db, r, member_id, state))
            return self.hinted(db, keyring, r, added)

    def _update(
        self, member_id: str, build: _ChangeBuilder, expected_rev: int | None = None
    ) -> Member:
        """Apply ``build``'s changes in one transaction; with ``expected_rev``, first
        refuse (StaleEdit, nothing written) if the entry changed since it was read."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = store.load_editable_member(db, keyring, r, member_id)
            store.check_revision(record, expected_rev, "member")
            current = store.to_member(record)
            changes = build(current)
            if changes:
                store.write_member(self._vault, db, keyring, r, member_id, record.state, changes)
                if changes.get("status") == MemberStatus.LEFT.value:
                    store.dissolve_pairs(
                        self._vault, db, keyring, r, member_id, store.today(self._vault), "left"
                    )
            return self._get_in(db, keyring, r, member_id)

    def update_member(
        self, member_id: str, draft: MemberDraft, *, expected_rev: int | None = None
    ) -> Member:
        """Save the form's fields. ``expected_rev`` is the ``Member.rev`` the form was
        loaded from: if the entry changed since, StaleEdit and nothing is written."""
        today = store.today(self._vault)
        clean = validate(draft, today=today)

        def build(current: Member) -> _Changes:
            changes: _Changes = {}
            for name in ("name", "pronouns", "note"):
                if getattr(current, name) != getattr(clean, name):
                    changes[name] = getattr(clean, name)
            if clean.role is not None and clean.role is not current.role:
                changes["role"] = clean.role.value
            if clean.joined_on is not None and clean.joined_on != current.joined_on:
                changes["joined_on"] = clean.joined_on.isoformat()
            if clean.access_needs is not None and clean.access_needs != current.access_needs:
                changes["access_needs"] = sorted(n.value for n in clean.access_needs)
            if clean.access_note is not None and clean.access_note != current.access_note:
                changes["access_note"] = clean.access_note
            if clean.status is not None and clean.status is not current.status:
                changes.update(_status_changes(clean.status, today))
            return changes

        return self._update(member_id, build, expected_rev)

    def set_status(
        self,
        member_id: str,
        status: MemberStatus,
        *,
        since: date | None = None,
        expected_rev: int | None = None,
    ) -> Member:
        """Active, paused or left, from ``since`` (default today). Leaving ends any
        check-in pairs; nothing else is erased (use "forget me" for that)."""
        today = store.today(self._vault)
        if not isinstance(status, MemberStatus):
            raise ValidationError("status", "not_a_choice")
        if since is not None and since > today:
            raise ValidationError("status_since", "in_future")
        day = since or today

        def build(current: Member) -> _Changes:
            if status is current.status and (since is None or since == current.status_since):
                return {}
            return _status_changes(status, day)

        return self._update(member_id, build, expected_rev)

    def archive(self, member_id: str) -> Member:
        """The person left the group (status LEFT, today). Nothing is deleted."""
        return self.set_status(member_id, MemberStatus.LEFT)

    def restore(self, member_id: str) -> Member:
        return self.set_status(member_id, MemberStatus.ACTIVE)

    def link_journal_slot(self, member_id: str, slot_id: str) -> Member:
        """Remember which journal slot was opened for this member (used to shred it later)."""

        def build(_current: Member) -> _Changes:
            return {"journal_slot_id": slot_id}

        return self._update(member_id, build)

    def set_contact(
        self, member_id: str, contact: ContactDetails, *, expected_rev: int | None = None
    ) -> Member:
        """Save contact details. Refused with ``ConsentRequired`` (a ValidationError on
        the first filled field) unless contact between meetings is consented to.
        An empty ``ContactDetails`` clears them and needs no consent."""
        clean = validate_contact(contact)

        def build(current: Member) -> _Changes:
            if clean == current.contact:
                return {}
            return contact_changes(clean)

        member = self._update(member_id, build, expected_rev)
        if clean.is_empty:
            self._vault.checkpoint()  # the erased details must not linger in the WAL
        return member

    def has_consent(self, member_id: str, purpose: ConsentPurpose) -> bool:
        return purpose in self.get(member_id).consents


def _status_changes(status: MemberStatus, day: date) -> _Changes:
    return {
        "status": status.value,
        "status_since": day.isoformat(),
        "archived": status is MemberStatus.LEFT,
    }
