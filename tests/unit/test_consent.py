"""Consent purposes, records, withdrawal and versioned wording (issue 3, W2)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.consent import (
    DEFAULT_WORDINGS,
    ConsentEnd,
    ConsentMethod,
    ConsentPurpose,
    WordingKind,
)
from safespace_desktop.core.errors import ConsentRequired, NotFound, NotPermitted, ValidationError
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import ContactDetails, today_from
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.roster_helpers import (
    checkpointed_files,
    decrypted_text,
    old_blob_fragments,
    sealed_blobs,
)
from tests.unit.security_helpers import find_markers, new_marker, raw_rows

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS


@pytest.fixture
def members(vault: Vault) -> MembersService:
    return MembersService(vault)


@pytest.fixture
def consent(vault: Vault) -> ConsentService:
    return ConsentService(vault)


@pytest.mark.parametrize(
    "contact",
    [
        ContactDetails(phone="0123 456 789"),
        ContactDetails(email="sam@example.org"),
        ContactDetails(best_time="evenings"),
        ContactDetails(message_ok=False),
        ContactDetails(phone="0123 456 789", email="sam@example.org", message_ok=True),
    ],
)
def test_contact_fields_cannot_be_stored_without_consent(
    vault: Vault, members: MembersService, consent: ConsentService, contact: ContactDetails
) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    with pytest.raises(ConsentRequired) as caught:
        members.set_contact(sam.id, contact)
    assert caught.value.purpose == CONTACT.value
    assert caught.value.field in {"phone", "email", "best_time", "message_ok"}
    assert isinstance(caught.value, ValidationError)
    assert members.get(sam.id).contact == ContactDetails()

    # Other purposes do not open the contact fields.
    consent.give(sam.id, ConsentPurpose.CHECKIN_PAIRING)
    consent.give(sam.id, ConsentPurpose.KEEP_ATTENDANCE_HISTORY)
    with pytest.raises(ConsentRequired):
        members.set_contact(sam.id, contact)

    consent.give(sam.id, CONTACT)
    saved = members.set_contact(sam.id, contact)
    assert saved.contact == contact
    assert CONTACT in saved.consents


def test_an_empty_contact_needs_no_consent(members: MembersService) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    assert members.set_contact(sam.id, ContactDetails()).contact == ContactDetails()


@pytest.mark.parametrize(
    ("contact", "field"),
    [
        (ContactDetails(email="sam at example"), "email"),
        (ContactDetails(email="sam@localhost"), "email"),
        (ContactDetails(phone="call me"), "phone"),
        (ContactDetails(phone="1" * 41), "phone"),
        (ContactDetails(best_time="x" * 121), "best_time"),
    ],
)
def test_malformed_contact_is_refused_by_field(
    members: MembersService, consent: ConsentService, contact: ContactDetails, field: str
) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    consent.give(sam.id, CONTACT)
    with pytest.raises(ValidationError) as caught:
        members.set_contact(sam.id, contact)
    assert caught.value.field == field


def test_a_consent_record_keeps_date_method_and_wording_version(
    members: MembersService, consent: ConsentService, clock: ManualClock
) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    day = today_from(clock.now()) - timedelta(days=2)
    record = consent.give(sam.id, CONTACT, method=ConsentMethod.ON_PAPER, given_on=day)
    assert (record.purpose, record.wording_version, record.given_on) == (CONTACT, 1, day)
    assert record.method is ConsentMethod.ON_PAPER and record.active
    assert record.member_id == sam.id
    assert consent.log(sam.id) == [record]
    # Giving the same consent again changes nothing.
    assert consent.give(sam.id, CONTACT) == record
    assert consent.has_consent(sam.id, CONTACT)
    with pytest.raises(ValidationError) as caught:
        consent.give(sam.id, CONTACT, given_on=today_from(clock.now()) + timedelta(days=1))
    assert caught.value.field == "given_on"
    with pytest.raises(ValidationError) as caught:
        consent.give(sam.id, CONTACT, wording_version=7)
    assert caught.value.field == "wording_version"


def test_withdrawing_erases_the_contact_details_everywhere_on_disk(
    vault: Vault,
    vault_path: Path,
    members: MembersService,
    consent: ConsentService,
    clock: ManualClock,
) -> None:
    phone_marker, email_marker, time_marker = new_marker(), new_marker(), new_marker()
    sam = members.add_member(MemberDraft("Sam R."))
    other = members.add_member(MemberDraft("Bea"))
    consent.give(sam.id, CONTACT)
    consent.give(other.id, CONTACT)
    members.set_contact(other.id, ContactDetails(phone="0777 000 111"))
    members.set_contact(
        sam.id,
        ContactDetails(
            phone="0123 456",
            email=f"{email_marker}@example.org",
            best_time=f"after {time_marker}",
            message_ok=True,
        ),
    )
    members.update_member(sam.id, MemberDraft("Sam R.", note=f"note ok {phone_marker}"))
    data_dir = vault_path.parent
    files = checkpointed_files(vault, data_dir)
    holding = sealed_blobs(vault, "members", [sam.id])
    assert old_blob_fragments(data_dir, holding) != {}  # control: the scan can see them
    assert email_marker in decrypted_text(vault)

    clock.advance(86400)
    ended = consent.withdraw(sam.id, CONTACT)
    assert ended.withdrawn_on == today_from(clock.now()) and ended.ended is ConsentEnd.WITHDRAWN
    after = members.get(sam.id)
    assert after.contact == ContactDetails()
    assert CONTACT not in after.consents
    assert after.note == f"note ok {phone_marker}"  # not covered by the purpose: kept
    assert members.get(other.id).contact.phone == "0777 000 111"  # someone else's: kept
    with pytest.raises(ConsentRequired):
        members.set_contact(sam.id, ContactDetails(phone="0123 456"))

    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert find_markers(files, [email_marker, time_marker]) == {}
    assert old_blob_fragments(data_dir, holding) == {}
    text = decrypted_text(vault)
    assert email_marker not in text and time_marker not in text
    assert phone_marker in text  # sanity: the decrypted scan reads real data
    vault.lock()
    vault.close()
    assert old_blob_fragments(data_dir, holding) == {}


def test_withdrawing_without_consent_is_reported(
    members: MembersService, consent: ConsentService
) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    with pytest.raises(NotFound):
        consent.withdraw(sam.id, CONTACT)


def test_the_log_shows_every_record_and_renewal_keeps_the_data(
    members: MembersService, consent: ConsentService, clock: ManualClock
) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    first = consent.give(sam.id, CONTACT)
    members.set_contact(sam.id, ContactDetails(phone="0123 456"))
    consent.edit_consent_wording(CONTACT, "A clearer text about contact between meetings.")
    clock.advance(86400)
    renewed = consent.give(sam.id, CONTACT)  # shown the new wording, agreed again
    assert renewed.wording_version == 2 and renewed.id != first.id
    log = consent.log(sam.id)
    assert [(c.wording_version, c.ended) for c in log] == [(1, ConsentEnd.RENEWED), (2, None)]
    assert members.get(sam.id).contact.phone == "0123 456"  # renewal erases nothing
    clock.advance(86400)
    consent.withdraw(sam.id, CONTACT)
    consent.give(sam.id, CONTACT, method=ConsentMethod.ON_PAPER)
    log = consent.log(sam.id)
    assert [c.ended for c in log] == [ConsentEnd.RENEWED, ConsentEnd.WITHDRAWN, None]
    assert members.get(sam.id).contact == ContactDetails()  # withdrawal did erase


def test_wording_is_versioned_and_records_keep_theirs(
    members: MembersService, consent: ConsentService
) -> None:
    default_title, default_text = DEFAULT_WORDINGS[WordingKind.CONTACT_BETWEEN_MEETINGS]
    current = consent.consent_wording(CONTACT)
    assert (current.version, current.title, current.text) == (1, default_title, default_text)
    assert current.stored
    sam = members.add_member(MemberDraft("Sam R."))
    given = consent.give(sam.id, CONTACT)
    assert given.wording_id == current.id

    v2 = consent.edit_consent_wording(
        CONTACT, "  New words.\n\nSecond paragraph.  ", title="Contact"
    )
    assert (v2.version, v2.title, v2.text) == (2, "Contact", "New words.\n\nSecond paragraph.")
    assert consent.edit_consent_wording(CONTACT, "New words.\n\nSecond paragraph.") == v2
    assert [w.version for w in consent.wording_history(WordingKind.CONTACT_BETWEEN_MEETINGS)] == [
        1,
        2,
    ]
    assert consent.wording_version(WordingKind.CONTACT_BETWEEN_MEETINGS, 1).text == default_text
    assert consent.log(sam.id)[0].wording_version == 1
    with pytest.raises(ValidationError) as caught:
        consent.edit_consent_wording(CONTACT, "   ")
    assert caught.value.field == "text"
    with pytest.raises(NotFound):
        consent.wording_version(WordingKind.CONTACT_BETWEEN_MEETINGS, 9)


def test_the_confidentiality_statement_is_plain_editable_and_versioned(
    consent: ConsentService,
) -> None:
    statement = consent.confidentiality_statement()
    assert statement.version == 1
    assert "stays in this group" in statement.text
    assert "serious and immediate danger" in statement.text  # the rare exception
    edited = consent.edit_confidentiality_statement(statement.text + "\nWe meet on Tuesdays.")
    assert edited.version == 2 and edited.title == statement.title
    assert consent.confidentiality_statement() == edited
    history = consent.wording_history(WordingKind.CONFIDENTIALITY)
    assert [w.text for w in history] == [statement.text, edited.text]


def test_every_default_text_is_plain_and_short() -> None:
    for kind, (title, text) in DEFAULT_WORDINGS.items():
        assert title and text, kind
        words = text.split()
        assert len(words) < 200, kind
        # Plain language: short sentences on average.
        sentences = [s for s in text.replace("?", ".").split(".") if s.strip()]
        assert len(words) / len(sentences) < 30, kind


def test_a_member_can_read_the_wording_but_not_change_consent(vault: Vault) -> None:
    consent = ConsentService(vault)
    edited = consent.edit_confidentiality_statement("Our own statement.")
    sam = MembersService(vault).add_member(MemberDraft("Sam R."))
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)
    member_view = ConsentService(vault)
    assert member_view.confidentiality_statement() == edited
    assert (
        member_view.consent_wording(CONTACT).text
        == DEFAULT_WORDINGS[WordingKind.CONTACT_BETWEEN_MEETINGS][1]
    )
    assert not member_view.consent_wording(ConsentPurpose.CHECKIN_PAIRING).stored
    for attempt in (
        lambda: member_view.edit_confidentiality_statement("Mine now."),
        lambda: member_view.give(sam.id, CONTACT),
        lambda: member_view.withdraw(sam.id, CONTACT),
        lambda: member_view.log(sam.id),
    ):
        with pytest.raises(NotPermitted):
            attempt()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)


def test_a_forgotten_member_cannot_be_given_consent(
    vault: Vault, members: MembersService, consent: ConsentService
) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    ForgetService(vault).forget(sam.id)
    with pytest.raises(NotPermitted):
        consent.give(sam.id, CONTACT)


def test_consent_rows_hold_no_plaintext_but_the_member_link(
    vault: Vault, members: MembersService, consent: ConsentService
) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    consent.give(sam.id, CONTACT, method=ConsentMethod.ON_PAPER)
    (row,) = raw_rows(vault, "consents")
    assert set(row) == {
        "id",
        "format_version",
        "key_id",
        "rev",
        "deleted",
        "payload_sealed",
        "member_id",
    }
    assert row["member_id"] == sam.id
    assert b"on_paper" not in row["payload_sealed"] and b"contact" not in row["payload_sealed"]
