"""W2 "Enrol a newcomer", at the service level, the way the UI drives it."""

from __future__ import annotations

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.consent import (
    ConsentMethod,
    ConsentPurpose,
    WordingKind,
)
from safespace_desktop.core.errors import ConsentRequired, NotPermitted, ValidationError
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import ContactDetails, today_from
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.enrolment import EnrolmentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import MEMBER_PASS

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS
ATTENDANCE = ConsentPurpose.KEEP_ATTENDANCE_HISTORY
PAIRING = ConsentPurpose.CHECKIN_PAIRING


@pytest.fixture
def enrolment(vault: Vault) -> EnrolmentService:
    return EnrolmentService(vault)


def test_w2_enrol_a_newcomer(vault: Vault, enrolment: EnrolmentService, clock: ManualClock) -> None:
    consent = ConsentService(vault)
    consent.edit_consent_wording(CONTACT, "May we contact you between meetings? (our words)")

    flow = enrolment.begin(MemberDraft("Sam R."))
    # Shown first: the limits of confidentiality.
    assert flow.statement.kind is WordingKind.CONFIDENTIALITY
    assert "serious and immediate danger" in flow.statement.text
    # Then the consent choices, one by one, each separate.
    assert [s.purpose for s in flow.steps] == [CONTACT, ATTENDANCE, PAIRING]
    assert flow.step(CONTACT).fields == ("phone", "email", "best_time", "message_ok")
    assert flow.step(CONTACT).wording.version == 2
    with pytest.raises(ValidationError) as caught:
        flow.choose(CONTACT, True)  # statement not shown yet
    assert caught.value.field == "statement"
    flow.acknowledge_statement()

    assert flow.next_step is not None and flow.next_step.purpose is CONTACT
    # No contact field can be saved unless its box is ticked.
    with pytest.raises(ConsentRequired) as refused:
        flow.set_contact(ContactDetails(phone="0123 456"))
    assert refused.value.field == "phone"
    flow.choose(CONTACT, True)
    flow.set_contact(
        ContactDetails(phone="0123 456", best_time="weekday evenings", message_ok=False)
    )
    assert flow.next_step is not None and flow.next_step.purpose is ATTENDANCE
    flow.choose(ATTENDANCE, True)
    flow.choose(PAIRING, False)
    assert flow.next_step is None
    assert MembersService(vault).list_members() == []  # nothing saved yet

    result = enrolment.complete(flow, method=ConsentMethod.IN_PERSON)
    sam = result.member
    assert sam.name == "Sam R."
    assert sam.consents == {CONTACT, ATTENDANCE}
    assert sam.contact == ContactDetails("0123 456", "", "weekday evenings", False)
    today = today_from(clock.now())
    log = ConsentService(vault).log(sam.id)
    assert {(c.purpose, c.wording_version, c.given_on, c.method) for c in log} == {
        (CONTACT, 2, today, ConsentMethod.IN_PERSON),
        (ATTENDANCE, 1, today, ConsentMethod.IN_PERSON),
    }
    assert MembersService(vault).get(sam.id) == sam

    # Optional journal account: an invitation linked to the roster entry.
    invitation = enrolment.invite_journal(sam.id)
    assert MembersService(vault).get(sam.id).has_journal_account
    vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)
    assert vault.principal is not None and vault.principal.slot_id == invitation.slot_id


def test_saying_no_to_contact_clears_what_was_typed(enrolment: EnrolmentService) -> None:
    flow = enrolment.begin(MemberDraft("Ana"))
    flow.acknowledge_statement()
    flow.choose(CONTACT, True)
    flow.set_contact(ContactDetails(email="ana@example.org"))
    flow.choose(CONTACT, False)
    assert flow.contact == ContactDetails()
    result = enrolment.complete(flow)
    assert result.member.contact == ContactDetails() and result.consents == ()


def test_contact_smuggled_past_the_flow_is_still_refused(
    vault: Vault, enrolment: EnrolmentService
) -> None:
    flow = enrolment.begin(MemberDraft("Ana"))
    flow.acknowledge_statement()
    flow.contact = ContactDetails(phone="0123 456")  # bypassing set_contact
    with pytest.raises(ConsentRequired):
        enrolment.complete(flow)
    assert MembersService(vault).list_members() == []


def test_completing_needs_the_statement_and_saves_nothing_on_error(
    vault: Vault, enrolment: EnrolmentService
) -> None:
    flow = enrolment.begin(MemberDraft("Ana"))
    with pytest.raises(ValidationError) as caught:
        enrolment.complete(flow)
    assert caught.value.field == "statement"
    with pytest.raises(ValidationError):
        enrolment.begin(MemberDraft(""))
    assert MembersService(vault).list_members() == []


def test_begin_warns_about_a_name_already_on_the_roster(
    vault: Vault, enrolment: EnrolmentService
) -> None:
    MembersService(vault).add_member(MemberDraft("Alex"))
    flow = enrolment.begin(MemberDraft("alex"))
    assert flow.name_hint is not None and flow.name_hint.exact
    flow.acknowledge_statement()
    second = enrolment.complete(flow).member
    assert second.disambiguation  # both Alexes can be told apart


def test_no_journal_invitation_for_a_forgotten_member(
    vault: Vault, enrolment: EnrolmentService
) -> None:
    flow = enrolment.begin(MemberDraft("Ana"))
    flow.acknowledge_statement()
    ana = enrolment.complete(flow).member
    ForgetService(vault).forget(ana.id)
    with pytest.raises(NotPermitted):
        enrolment.invite_journal(ana.id)
