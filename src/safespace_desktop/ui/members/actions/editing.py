"""Saving the member form, and the form's state as plain data (also kept as a draft).

``save_member`` runs on the worker thread: it adds or updates the entry, writes the
status (with its date) only when it changed and the contact details only when they
changed, refusing a bad email before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.roster import AccessNeed, ContactDetails, GroupRole, MemberStatus
from safespace_desktop.core.sync.record import JsonValue
from safespace_desktop.services.members import MembersService, validate_contact


@dataclass(frozen=True)
class FormState:
    """Everything the member form holds, to tell whether anything was edited."""

    draft: MemberDraft
    status: MemberStatus
    since: date
    contact: ContactDetails


def save_member(
    service: MembersService,
    member_id: str | None,
    draft: MemberDraft,
    *,
    contact: ContactDetails | None,
    status: tuple[MemberStatus, date] | None,
    expected_rev: int | None = None,
) -> Member:
    """Worker thread: add (``member_id`` None) or update one roster entry.

    ``expected_rev`` is the revision the form was loaded from: if the entry changed
    since, the first write raises StaleEdit before anything is written. Each later write
    of the same save states the revision the one before it left.
    """
    if contact is not None:
        validate_contact(contact)  # refuse a bad email before anything is written
    if member_id is None:
        if status is not None:
            draft = replace(draft, status=status[0])
        member = service.add_member(draft)
    else:
        member = service.update_member(member_id, draft, expected_rev=expected_rev)
        if status is not None and (
            status[0] is not member.status or status[1] != member.status_since
        ):
            member = service.set_status(
                member_id, status[0], since=status[1], expected_rev=member.rev
            )
    if contact is not None and contact != member.contact:
        member = service.set_contact(member.id, contact, expected_rev=member.rev)
    return member


# What the member form shows and saves, contact details aside (the page puts erased
# contact details into the form itself).
_FORM_FIELDS = (
    "name",
    "pronouns",
    "note",
    "role",
    "joined_on",
    "access_needs",
    "access_note",
    "status",
    "status_since",
)


def same_in_form(loaded: Member, stored: Member) -> bool:
    """True when the form would show ``stored`` as it shows ``loaded`` (contact aside):
    a change elsewhere in the entry that a save from the form cannot overwrite."""
    return all(getattr(loaded, name) == getattr(stored, name) for name in _FORM_FIELDS)


# ---------------------------------------------------------------------------- drafts
def state_to_fields(state: FormState) -> dict[str, JsonValue]:
    draft, contact = state.draft, state.contact
    return {
        "name": draft.name,
        "pronouns": draft.pronouns,
        "note": draft.note,
        "role": (draft.role or GroupRole.MEMBER).value,
        "joined_on": draft.joined_on.isoformat() if draft.joined_on else None,
        "access_needs": sorted(n.value for n in draft.access_needs or ()),
        "access_note": draft.access_note or "",
        "status": state.status.value,
        "status_since": state.since.isoformat(),
        "phone": contact.phone,
        "email": contact.email,
        "best_time": contact.best_time,
        "message_ok": contact.message_ok,
    }


def _text(fields: Mapping[str, JsonValue], name: str) -> str:
    value = fields.get(name)
    return value if isinstance(value, str) else ""


def _day(fields: Mapping[str, JsonValue], name: str, default: date) -> date:
    try:
        return date.fromisoformat(_text(fields, name))
    except ValueError:
        return default


def state_from_fields(fields: Mapping[str, JsonValue], today: date) -> FormState:
    """A kept draft back as form state; anything unreadable falls back to a default."""
    needs = fields.get("access_needs")
    known = AccessNeed._value2member_map_
    message_ok = fields.get("message_ok")
    try:
        role = GroupRole(_text(fields, "role"))
    except ValueError:
        role = GroupRole.MEMBER
    try:
        status = MemberStatus(_text(fields, "status"))
    except ValueError:
        status = MemberStatus.ACTIVE
    return FormState(
        MemberDraft(
            name=_text(fields, "name"),
            pronouns=_text(fields, "pronouns"),
            note=_text(fields, "note"),
            role=role,
            joined_on=_day(fields, "joined_on", today),
            access_needs=frozenset(
                AccessNeed(v)
                for v in (needs if isinstance(needs, list) else ())
                if isinstance(v, str) and v in known
            ),
            access_note=_text(fields, "access_note"),
        ),
        status,
        _day(fields, "status_since", today),
        ContactDetails(
            phone=_text(fields, "phone"),
            email=_text(fields, "email"),
            best_time=_text(fields, "best_time"),
            message_ok=message_ok if isinstance(message_ok, bool) else None,
        ),
    )
