"""The roster's listing is worked out once per change (issue 15: Members at M).

A warm read hands out the same frozen entries without recomputing the name hints or
copying anyone; any change (an edit, a consent, leaving, "forget me", a tampered row)
shows on the very next read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.roster import MemberStatus, TellApart
from safespace_desktop.services import members as members_module
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.unit.security_helpers import raw_row, raw_update


@pytest.fixture
def hint_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the listing worked out the name hints (one entry per run)."""
    runs: list[int] = []
    real: Callable[..., list[Member]] = members_module.disambiguate

    def counting(members: list[Member], **kwargs: Any) -> list[Member]:
        runs.append(len(members))
        return real(members, **kwargs)

    monkeypatch.setattr(members_module, "disambiguate", counting)
    return runs


def by_name(members: list[Member]) -> dict[str, list[Member]]:
    found: dict[str, list[Member]] = {}
    for member in members:
        found.setdefault(member.name, []).append(member)
    return found


def test_a_warm_read_hands_out_the_same_entries(vault: Vault, hint_runs: list[int]) -> None:
    members = MembersService(vault)
    members.add_members([MemberDraft("Alex"), MemberDraft("Alex"), MemberDraft("Bo")])
    hint_runs.clear()
    first = members.list_members()
    again = MembersService(vault).list_members()  # another page's service, same session
    assert hint_runs == [3]  # worked out once, on the first read
    assert again == first and all(a is b for a, b in zip(first, again, strict=True))
    assert all(m.disambiguation for m in first if m.name == "Alex")
    again.clear()  # a caller's list is its own
    assert members.list_members() == first
    assert [m.name for m in members.list_members(include_archived=False)] == [
        "Alex",
        "Alex",
        "Bo",
    ]
    assert hint_runs == [3]


def test_every_change_shows_on_the_next_read(vault: Vault, hint_runs: list[int]) -> None:
    members = MembersService(vault)
    alex, other_alex, bo = members.add_members(
        [MemberDraft("Alex"), MemberDraft("Alex"), MemberDraft("Bo")]
    )
    members.list_members()

    members.update_member(other_alex.id, MemberDraft("Alexandra"), expected_rev=other_alex.rev)
    shown = by_name(members.list_members())
    assert shown["Alex"][0].disambiguation == TellApart()  # nobody else is called Alex now
    assert shown["Alexandra"][0].id == other_alex.id

    contact = ConsentPurpose.CONTACT_BETWEEN_MEETINGS
    ConsentService(vault).give(bo.id, contact)
    assert by_name(members.list_members())["Bo"][0].consents == {contact}
    ConsentService(vault).withdraw(bo.id, contact)
    assert by_name(members.list_members())["Bo"][0].consents == frozenset()

    members.set_status(bo.id, MemberStatus.LEFT)
    assert by_name(members.list_members())["Bo"][0].archived
    assert "Bo" not in by_name(members.list_members(include_archived=False))

    members.update_member(other_alex.id, MemberDraft("Alex"))
    assert all(m.disambiguation for m in by_name(members.list_members())["Alex"])
    result = ForgetService(vault).forget(other_alex.id)
    shown = by_name(members.list_members())
    assert shown["Alex"][0].id == alex.id and shown["Alex"][0].disambiguation == TellApart()
    assert shown[result.former_name][0].forgotten
    assert result.former_name not in by_name(members.list_members(include_forgotten=False))

    runs = len(hint_runs)
    members.list_members()
    assert len(hint_runs) == runs  # and nothing again while nothing changes


def test_a_row_changed_behind_the_cache_is_read_again(vault: Vault) -> None:
    members = MembersService(vault)
    ana, bo = members.add_members([MemberDraft("Ana"), MemberDraft("Bo")])
    members.list_members()
    stored = raw_row(vault, "members", ana.id)
    # Bo's row now holds Ana's sealed bytes: it must fail to open, not show a stale Bo.
    raw_update(vault, "members", bo.id, payload_sealed=stored["payload_sealed"])
    assert [m.name for m in members.list_members()] == ["Ana"]
    assert [d.id for d in members.damaged] == [bo.id]
