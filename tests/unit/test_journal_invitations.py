"""Where a member's journal stands on the roster, and withdrawing or re-issuing a code."""

from __future__ import annotations

import pytest

from safespace_desktop.core.errors import InvitationInvalid, NotPermitted
from safespace_desktop.core.model import JournalAccess, MemberDraft
from safespace_desktop.services.enrolment import EnrolmentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS


def test_the_roster_knows_when_an_invitation_was_used(vault: Vault) -> None:
    members = MembersService(vault)
    sam = members.add_member(MemberDraft("Sam"))
    assert members.get(sam.id).journal is JournalAccess.NONE
    invitation = EnrolmentService(vault).invite_journal(sam.id)
    assert members.get(sam.id).journal is JournalAccess.INVITED
    assert [m.journal for m in members.list_members()] == [JournalAccess.INVITED]

    vault.claim_invitation(invitation.code, "sam", MEMBER_PASS)
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    again = MembersService(vault)
    assert again.get(sam.id).journal is JournalAccess.ACTIVE
    assert [m.journal for m in again.list_members()] == [JournalAccess.ACTIVE]
    # A journal someone claimed is theirs: it cannot be withdrawn or re-issued.
    with pytest.raises(NotPermitted):
        EnrolmentService(vault).withdraw_invitation(sam.id)
    with pytest.raises(NotPermitted):
        EnrolmentService(vault).reissue_invitation(sam.id)
    assert again.get(sam.id).journal is JournalAccess.ACTIVE


def test_a_withdrawn_code_stops_working(vault: Vault) -> None:
    members = MembersService(vault)
    enrolment = EnrolmentService(vault)
    kit = members.add_member(MemberDraft("Kit"))
    invitation = enrolment.invite_journal(kit.id)
    withdrawn = enrolment.withdraw_invitation(kit.id)
    assert withdrawn.journal is JournalAccess.NONE and not withdrawn.has_journal_account
    with pytest.raises(InvitationInvalid):
        vault.claim_invitation(invitation.code, "kit", MEMBER_PASS)


def test_a_reissued_code_replaces_the_old_one(vault: Vault) -> None:
    members = MembersService(vault)
    enrolment = EnrolmentService(vault)
    kit = members.add_member(MemberDraft("Kit"))
    first = enrolment.invite_journal(kit.id)
    second = enrolment.reissue_invitation(kit.id)
    assert second.code != first.code
    stored = members.get(kit.id)
    assert stored.journal is JournalAccess.INVITED
    assert stored.journal_slot_id == second.slot_id
    with pytest.raises(InvitationInvalid):
        vault.claim_invitation(first.code, "kit", MEMBER_PASS)
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    account = vault.claim_invitation(second.code, "kit", MEMBER_PASS)
    assert account.principal.slot_id == second.slot_id
