"""Check-in pairs ("We Care"): only consenting members are ever offered or paired (W5)."""

from __future__ import annotations

import pytest

from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.errors import NotFound, NotPermitted, ValidationError
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import MemberStatus
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.services.vault import Vault
from tests.conftest import MEMBER_PASS

PAIRING = ConsentPurpose.CHECKIN_PAIRING


@pytest.fixture
def roster(vault: Vault) -> dict[str, str]:
    members, consent = MembersService(vault), ConsentService(vault)
    ids = {
        name: members.add_member(MemberDraft(name)).id for name in ("Ana", "Bo", "Cy", "Di", "Ed")
    }
    for name in ("Ana", "Bo", "Cy", "Di"):
        consent.give(ids[name], PAIRING)
    consent.give(ids["Ed"], ConsentPurpose.CONTACT_BETWEEN_MEETINGS)  # a different purpose
    members.set_status(ids["Di"], MemberStatus.PAUSED)
    return ids


def test_only_consenting_active_members_are_offered(vault: Vault, roster: dict[str, str]) -> None:
    eligible = PairingService(vault).eligible_for_pairing()
    assert [m.name for m in eligible] == ["Ana", "Bo", "Cy"]
    assert all(PAIRING in m.consents for m in eligible)


def test_pairing_a_member_who_did_not_consent_is_refused(
    vault: Vault, roster: dict[str, str]
) -> None:
    pairing = PairingService(vault)
    with pytest.raises(ValidationError) as caught:
        pairing.pair(roster["Ana"], roster["Ed"])
    assert caught.value.field == "member_b"
    with pytest.raises(ValidationError) as caught:
        pairing.pair(roster["Ed"], roster["Ana"])
    assert caught.value.field == "member_a"
    with pytest.raises(ValidationError):
        pairing.pair(roster["Ana"], roster["Di"])  # paused
    with pytest.raises(ValidationError):
        pairing.pair(roster["Ana"], roster["Ana"])
    with pytest.raises(NotFound):
        pairing.pair(roster["Ana"], "00000000-0000-4000-8000-000000000000")
    assert pairing.pairs() == []


def test_pair_list_and_unpair(vault: Vault, roster: dict[str, str]) -> None:
    pairing = PairingService(vault)
    pair = pairing.pair(roster["Bo"], roster["Ana"])
    assert sorted(pair.names) == ["Ana", "Bo"]
    assert pairing.pair(roster["Ana"], roster["Bo"]) == pair  # same two: same pair
    other = pairing.pair(roster["Ana"], roster["Cy"])
    assert {p.id for p in pairing.pairs()} == {pair.id, other.id}
    assert [p.id for p in pairing.pairs_for(roster["Bo"])] == [pair.id]
    pairing.unpair(pair.id)
    assert [p.id for p in pairing.pairs()] == [other.id]
    with pytest.raises(NotFound):
        pairing.unpair(pair.id)
    again = pairing.pair(roster["Ana"], roster["Bo"])  # they can be paired again later
    assert again.id == pair.id and len(pairing.pairs()) == 2


def test_withdrawing_consent_dissolves_their_pairs(vault: Vault, roster: dict[str, str]) -> None:
    pairing = PairingService(vault)
    pairing.pair(roster["Ana"], roster["Bo"])
    keep = pairing.pair(roster["Bo"], roster["Cy"])
    pairing.pair(roster["Ana"], roster["Cy"])
    ConsentService(vault).withdraw(roster["Ana"], PAIRING)
    assert [p.id for p in pairing.pairs()] == [keep.id]
    assert [m.name for m in pairing.eligible_for_pairing()] == ["Bo", "Cy"]
    with pytest.raises(ValidationError):
        pairing.pair(roster["Ana"], roster["Bo"])


def test_leaving_or_being_forgotten_dissolves_pairs(vault: Vault, roster: dict[str, str]) -> None:
    pairing = PairingService(vault)
    pairing.pair(roster["Ana"], roster["Bo"])
    pairing.pair(roster["Bo"], roster["Cy"])
    MembersService(vault).archive(roster["Ana"])
    assert [sorted(p.names) for p in pairing.pairs()] == [["Bo", "Cy"]]
    result = ForgetService(vault).forget(roster["Cy"])
    assert result.pairs_dissolved == 1
    assert pairing.pairs() == []
    assert [m.name for m in pairing.eligible_for_pairing()] == ["Bo"]


def test_members_cannot_see_or_make_pairs(vault: Vault, roster: dict[str, str]) -> None:
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "ana", MEMBER_PASS, exact_handle=True)
    pairing = PairingService(vault)
    for attempt in (
        pairing.eligible_for_pairing,
        pairing.pairs,
        lambda: pairing.pair(roster["Ana"], roster["Bo"]),
    ):
        with pytest.raises(NotPermitted):
            attempt()
