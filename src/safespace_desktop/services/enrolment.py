"""Enrolling a newcomer, as a sequence the UI drives one screen at a time (W2).

1. ``begin(draft)`` checks the name and returns an ``Enrolment``: the limits-of-
   confidentiality statement to show first, then one ``ConsentStep`` per purpose.
2. The UI calls ``acknowledge_statement()``, then ``choose(purpose, yes/no)`` for each
   step, and ``set_contact(...)`` if contact was agreed. These only change the plain
   ``Enrolment`` object; they refuse contact details without that consent.
3. ``complete(enrolment)`` saves the member, the consent records (with the wording
   versions shown) and the contact details in one transaction: all or nothing, so a
   newcomer who changes their mind halfway leaves no trace.
4. Optionally ``invite_journal(member_id)`` opens a journal slot and links it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date

from safespace_desktop.core.consent import (
    PURPOSE_FIELDS,
    PURPOSE_ORDER,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
    Wording,
    WordingKind,
)
from safespace_desktop.core.errors import ConsentRequired, NotPermitted, ValidationError
from safespace_desktop.core.model import Invitation, JournalAccess, Member, MemberDraft
from safespace_desktop.core.roster import ContactDetails, NameHint
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.consent import ConsentService, check_method
from safespace_desktop.services.members import (
    MembersService,
    contact_changes,
    new_member_changes,
    validate,
    validate_contact,
)
from safespace_desktop.services.vault import Vault


@dataclass(frozen=True)
class ConsentStep:
    """One consent question: the wording to show and the fields it would allow."""

    purpose: ConsentPurpose
    wording: Wording
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ConsentChoice:
    purpose: ConsentPurpose
    given: bool
    wording_version: int


@dataclass
class Enrolment:
    """The newcomer flow's state. Plain data; nothing is saved until ``complete``."""

    draft: MemberDraft
    statement: Wording
    steps: tuple[ConsentStep, ...]
    name_hint: NameHint | None = None
    statement_acknowledged: bool = False
    choices: dict[ConsentPurpose, ConsentChoice] = field(default_factory=dict)
    contact: ContactDetails = field(default_factory=ContactDetails)

    def acknowledge_statement(self) -> None:
        """The newcomer was shown (and read, or was read) the statement."""
        self.statement_acknowledged = True

    @property
    def next_step(self) -> ConsentStep | None:
        """The first consent question not answered yet (None when all are answered)."""
        return next((s for s in self.steps if s.purpose not in self.choices), None)

    def step(self, purpose: ConsentPurpose) -> ConsentStep:
        for candidate in self.steps:
            if candidate.purpose is purpose:
                return candidate
        raise ValidationError("purpose", "not_a_choice")

    def choose(self, purpose: ConsentPurpose, given: bool) -> None:
        """Record a yes or no. Saying no to contact clears any contact typed already."""
        if not self.statement_acknowledged:
            raise ValidationError("statement", "statement_not_shown")
        step = self.step(purpose)
        self.choices[purpose] = ConsentChoice(purpose, bool(given), step.wording.version)
        if purpose is ConsentPurpose.CONTACT_BETWEEN_MEETINGS and not given:
            self.contact = ContactDetails()

    def consented(self, purpose: ConsentPurpose) -> bool:
        choice = self.choices.get(purpose)
        return choice is not None and choice.given

    def set_contact(self, contact: ContactDetails) -> None:
        clean = validate_contact(contact)
        if not clean.is_empty and not self.consented(ConsentPurpose.CONTACT_BETWEEN_MEETINGS):
            field_name = next(
                n
                for n in ("phone", "email", "best_time", "message_ok")
                if getattr(clean, n) not in ("", None)
            )
            raise ConsentRequired(field_name, ConsentPurpose.CONTACT_BETWEEN_MEETINGS.value)
        self.contact = clean


ALREADY_CLAIMED = "journal_already_claimed"  # NotPermitted code


@dataclass(frozen=True)
class EnrolmentResult:
    member: Member
    consents: tuple[ConsentRecord, ...]


class EnrolmentService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._consent = ConsentService(vault)
        self._members = MembersService(vault)

    def begin(self, draft: MemberDraft) -> Enrolment:
        """Check the name and load the texts to show. Saves nothing."""
        self._vault.require_facilitator()
        clean = validate(draft, today=store.today(self._vault))
        hint = self._members.name_hint(clean.name)
        with store.transaction(self._vault) as (db, keyring, _principal):
            statement = self._consent.current_in(
                db, keyring, WordingKind.CONFIDENTIALITY, store_default=True
            )
            steps = tuple(
                ConsentStep(
                    purpose,
                    self._consent.current_in(
                        db, keyring, WordingKind.of(purpose), store_default=True
                    ),
                    PURPOSE_FIELDS[purpose],
                )
                for purpose in PURPOSE_ORDER
            )
        return Enrolment(draft=clean, statement=statement, steps=steps, name_hint=hint)

    def complete(
        self,
        enrolment: Enrolment,
        *,
        method: ConsentMethod = ConsentMethod.IN_PERSON,
        given_on: date | None = None,
    ) -> EnrolmentResult:
        """Save everything in one transaction. Unanswered questions count as "no"."""
        self._vault.require_facilitator()
        check_method(method)
        if not enrolment.statement_acknowledged:
            raise ValidationError("statement", "statement_not_shown")
        today = store.today(self._vault)
        day = given_on or today
        clean = validate(enrolment.draft, today=today)
        contact = validate_contact(enrolment.contact)
        if not contact.is_empty and not enrolment.consented(
            ConsentPurpose.CONTACT_BETWEEN_MEETINGS
        ):
            enrolment.set_contact(contact)  # raises ConsentRequired with the field name
        records: list[ConsentRecord] = []
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            member_id = store.new_id()
            changes = new_member_changes(clean, today)
            changes["confidentiality_version"] = enrolment.statement.version
            changes["confidentiality_seen_on"] = day.isoformat()
            state = store.write_member(
                self._vault, db, keyring, r, member_id, RecordState(), changes
            )
            for choice in enrolment.choices.values():
                if choice.given:
                    records.append(
                        self._consent.give_in(
                            db,
                            keyring,
                            member_id,
                            choice.purpose,
                            method=method,
                            wording_version=choice.wording_version,
                            given_on=day,
                        )
                    )
            if not contact.is_empty:
                store.write_member(
                    self._vault, db, keyring, r, member_id, state, contact_changes(contact)
                )
            member = store.stored_member(
                db, r, member_id, state, frozenset(c.purpose for c in records)
            )
            member = self._members.hinted(db, keyring, r, [member])[0]
        return EnrolmentResult(member, tuple(records))

    def invite_journal(self, member_id: str) -> Invitation:
        """Open a journal slot for the member and remember it on their roster entry.

        Slow (derives a key): the UI runs it on its worker thread. If linking fails, the
        fresh invitation is withdrawn so no orphan slot is left behind.
        """
        self._vault.require_facilitator()
        member = self._members.get(member_id)  # NotFound before opening a slot, too
        if member.forgotten:
            raise NotPermitted("forgotten")
        if member.journal is JournalAccess.ACTIVE:
            raise NotPermitted(ALREADY_CLAIMED)
        invitation = self._vault.invite_member()
        try:
            self._members.link_journal_slot(member_id, invitation.slot_id)
        except Exception:
            with contextlib.suppress(Exception):
                self._vault.cancel_invitation(invitation.slot_id)
            raise
        if member.journal is JournalAccess.INVITED:
            # Only one code is ever open per person: the older one stops working.
            with contextlib.suppress(Exception):
                self._vault.cancel_invitation(member.journal_slot_id)
        return invitation

    def withdraw_invitation(self, member_id: str) -> Member:
        """Withdraw the member's unused journal invitation: its code stops working.

        A journal they already claimed is theirs and cannot be withdrawn here.
        """
        self._vault.require_facilitator()
        member = self._members.get(member_id)
        if member.journal is JournalAccess.ACTIVE:
            raise NotPermitted(ALREADY_CLAIMED)
        if member.journal_slot_id:
            self._vault.cancel_invitation(member.journal_slot_id)
        return self._members.link_journal_slot(member_id, "")

    def reissue_invitation(self, member_id: str) -> Invitation:
        """A new code for a member whose code was lost: the old one stops working.

        Slow (derives a key). The old invitation is withdrawn first, so at no time are
        two codes open for the same person.
        """
        self.withdraw_invitation(member_id)
        return self.invite_journal(member_id)
