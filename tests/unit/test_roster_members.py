"""The roster model (issue 3): roles, status with dates, access needs, names."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import NotPermitted, ValidationError
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import (
    AccessNeed,
    ContactDetails,
    GroupRole,
    MemberStatus,
    TellApart,
    add_months,
    name_key,
    today_from,
    whole_months_between,
)
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.tables import MemberRecord
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.security_helpers import raw_row, raw_update


@pytest.fixture
def members(vault: Vault) -> MembersService:
    return MembersService(vault)


def today(clock: ManualClock) -> date:
    return today_from(clock.now())


def test_a_new_entry_has_kind_defaults(members: MembersService, clock: ManualClock) -> None:
    sam = members.add_member(MemberDraft("Sam R."))
    assert sam.role is GroupRole.MEMBER
    assert sam.status is MemberStatus.ACTIVE
    assert sam.joined_on == sam.status_since == today(clock)
    assert sam.access_needs == frozenset() and sam.access_note == ""
    assert sam.contact == ContactDetails()
    assert sam.consents == frozenset()
    assert not sam.archived and not sam.forgotten and sam.left_on is None


def test_role_access_needs_and_note_round_trip(members: MembersService, clock: ManualClock) -> None:
    joined = today(clock) - timedelta(days=40)
    kit = members.add_member(
        MemberDraft(
            "Kit",
            "they/them",
            "prefers to sit near the door",
            role=GroupRole.CO_FACILITATOR,
            joined_on=joined,
            access_needs=frozenset({AccessNeed.LARGE_PRINT, AccessNeed.HEARING_LOOP}),
            access_note="  handouts in 18 pt  ",
        )
    )
    again = members.get(kit.id)
    assert again == kit
    assert again.role is GroupRole.CO_FACILITATOR
    assert again.joined_on == joined
    assert again.access_needs == {AccessNeed.LARGE_PRINT, AccessNeed.HEARING_LOOP}
    assert again.access_note == "handouts in 18 pt"
    assert again.facilitator_note == "prefers to sit near the door"


def test_an_old_style_draft_never_wipes_the_newer_fields(members: MembersService) -> None:
    """The Members page still saves MemberDraft(name, pronouns, note) only."""
    kit = members.add_member(
        MemberDraft(
            "Kit",
            role=GroupRole.FACILITATOR,
            access_needs=frozenset({AccessNeed.QUIET_SPACE}),
            access_note="needs a quiet corner",
        )
    )
    members.archive(kit.id)
    edited = members.update_member(kit.id, MemberDraft("Kit B.", "they/them", "new note"))
    assert (edited.name, edited.pronouns, edited.note) == ("Kit B.", "they/them", "new note")
    assert edited.role is GroupRole.FACILITATOR
    assert edited.access_needs == {AccessNeed.QUIET_SPACE}
    assert edited.access_note == "needs a quiet corner"
    assert edited.status is MemberStatus.LEFT and edited.archived


def test_archive_means_left_with_a_date_and_restore_means_active(
    members: MembersService, clock: ManualClock
) -> None:
    bea = members.add_member(MemberDraft("Bea"))
    clock.advance(3 * 86400)
    left = members.archive(bea.id)
    assert left.archived and left.status is MemberStatus.LEFT
    assert left.left_on == left.status_since == today(clock)
    assert left.joined_on == bea.joined_on
    clock.advance(86400)
    back = members.restore(bea.id)
    assert not back.archived and back.status is MemberStatus.ACTIVE
    assert back.status_since == today(clock) and back.left_on is None
    assert [m.id for m in members.list_members(include_archived=False)] == [bea.id]


def test_paused_with_a_chosen_date_and_no_future_dates(
    members: MembersService, clock: ManualClock
) -> None:
    jo = members.add_member(MemberDraft("Jo"))
    since = today(clock) - timedelta(days=10)
    paused = members.set_status(jo.id, MemberStatus.PAUSED, since=since)
    assert paused.status is MemberStatus.PAUSED and paused.status_since == since
    assert not paused.archived  # paused people stay on the roster
    with pytest.raises(ValidationError) as caught:
        members.set_status(jo.id, MemberStatus.LEFT, since=today(clock) + timedelta(days=1))
    assert caught.value.field == "status_since"
    with pytest.raises(ValidationError) as caught:
        members.add_member(MemberDraft("Future", joined_on=today(clock) + timedelta(days=1)))
    assert caught.value.field == "joined_on"
    via_draft = members.update_member(jo.id, MemberDraft("Jo", status=MemberStatus.ACTIVE))
    assert via_draft.status is MemberStatus.ACTIVE and via_draft.status_since == today(clock)


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (MemberDraft(""), "name"),
        (MemberDraft("   "), "name"),
        (MemberDraft("x" * 81), "name"),
        (MemberDraft("A", pronouns="p" * 41), "pronouns"),
        (MemberDraft("A", note="n" * 4001), "note"),
        (MemberDraft("A", access_note="a" * 501), "access_note"),
        (MemberDraft("A", access_needs=frozenset({"wheelchair"})), "access_needs"),  # type: ignore[arg-type]
        (MemberDraft("A", role="boss"), "role"),  # type: ignore[arg-type]
    ],
)
def test_validation_names_the_field(
    members: MembersService, draft: MemberDraft, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        members.add_member(draft)
    assert caught.value.field == field
    assert members.list_members() == []


def test_two_people_with_the_same_name_are_told_apart(
    members: MembersService, clock: ManualClock
) -> None:
    first = members.add_member(MemberDraft("Alex", "they/them"))
    assert not first.disambiguation
    hint = members.name_hint("  Alex ")
    assert hint is not None and hint.exact
    assert hint.name == "Alex" and hint.suggestion == "Alex (2)"
    assert members.name_hint("ALEX") is not None

    clock.advance(40 * 86400)
    second = members.add_member(MemberDraft("ALEX", "he/him"))  # never refused
    listed = {m.id: m for m in members.list_members()}
    january, february = (
        TellApart("they/them", date(2027, 1, 1)),
        TellApart("he/him", date(2027, 2, 1)),
    )
    assert listed[first.id].disambiguation == january
    assert listed[second.id].disambiguation == february
    assert second.disambiguation == february
    assert members.get(first.id).disambiguation == january

    # Nothing else tells them apart: a number by joining order does.
    third = members.add_member(MemberDraft("Alex.", "he/him"))
    fourth = members.add_member(MemberDraft("alex", "he/him"))
    listed = {m.id: m for m in members.list_members()}
    assert listed[third.id].disambiguation.number == 3
    assert listed[fourth.id].disambiguation.number == 4
    assert len({m.disambiguation for m in listed.values()}) == 4

    similar = members.name_hint("Alex Quinn")
    assert similar is not None and not similar.exact and "Alex" in similar.similar
    assert members.name_hint("Bea") is None
    assert members.name_hint("Alex", exclude_id=first.id) is not None  # others remain


def test_a_forgotten_entry_never_clashes_and_cannot_be_edited(
    vault: Vault, members: MembersService
) -> None:
    sam = members.add_member(MemberDraft("Sam"))
    ForgetService(vault).forget(sam.id)
    assert members.name_hint("Sam") is None
    new_sam = members.add_member(MemberDraft("Sam"))
    assert not new_sam.disambiguation
    for change in (
        lambda: members.update_member(sam.id, MemberDraft("Sam again")),
        lambda: members.archive(sam.id),
        lambda: members.restore(sam.id),
        lambda: members.set_status(sam.id, MemberStatus.PAUSED),
        lambda: members.link_journal_slot(sam.id, str(uuid.uuid4())),
        lambda: members.set_contact(sam.id, ContactDetails()),
    ):
        with pytest.raises(NotPermitted):
            change()


def test_entries_saved_before_status_existed_still_read_right(
    vault: Vault, members: MembersService, clock: ManualClock
) -> None:
    """Vaults from the first release stored only name, pronouns, note and archived."""
    repo = SealedRecords(MemberRecord, Scope.group(vault.group_id))
    record_id = str(uuid.uuid4())
    with vault.transaction() as (db, keyring, _principal):
        state = RecordState()
        replica, counter, hlc = vault.next_write(db)
        state.write(
            {"name": "Old", "pronouns": "", "note": "", "archived": True}, replica, counter, hlc
        )
        repo.store(db, keyring.group_key, record_id, state, counter)
    old = members.get(record_id)
    assert old.status is MemberStatus.LEFT and old.archived
    assert old.left_on == old.joined_on == today(clock)  # from the write's clock
    assert old.role is GroupRole.MEMBER


def test_search_and_filters(vault: Vault, members: MembersService) -> None:
    a = members.add_member(MemberDraft("Alex", "they/them", "Works at the bakery"))
    b = members.add_member(MemberDraft("Bea", "she/her", ""))
    members.archive(b.id)
    assert [m.id for m in members.search("BAKERY")] == [a.id]
    assert [m.id for m in members.search("she/her")] == [b.id]
    assert members.search("she/her", include_archived=False) == []
    gone = members.add_member(MemberDraft("Cy"))
    ForgetService(vault).forget(gone.id)
    assert [m.name for m in members.search("former member")] == ["Former member #1"]
    assert gone.id not in {m.id for m in members.list_members(include_forgotten=False)}


def test_a_thousand_members_generate_list_and_search(members: MembersService) -> None:
    drafts = [
        MemberDraft(
            f"Person {i:04d}",
            "they/them" if i % 3 == 0 else "",
            f"note {i}" + (" tomatoes" if i % 100 == 7 else ""),
            role=GroupRole.CO_FACILITATOR if i % 250 == 0 else None,
            access_needs=frozenset({AccessNeed.HEARING_LOOP}) if i % 10 == 0 else None,
        )
        for i in range(1000)
    ]
    added = members.add_members(drafts)
    assert len(added) == 1000
    for member_id in [m.id for m in added[:50:7]]:
        members.archive(member_id)
    listed = members.list_members()
    assert len(listed) == 1000
    assert len({m.id for m in listed}) == 1000
    active = members.list_members(include_archived=False)
    assert len(active) == 1000 - len(added[:50:7])
    assert [m.name for m in active[:3]] == ["Person 0001", "Person 0002", "Person 0003"]
    tomatoes = members.search("tomatoes")
    assert sorted(m.name for m in tomatoes) == [f"Person {i:04d}" for i in range(7, 1000, 100)]
    assert tomatoes[-1].name == "Person 0007" and tomatoes[-1].archived  # archived sort last
    assert len(members.search("THEY/THEM")) == len(range(0, 1000, 3))
    assert members.search("Person 0999")[0].note == "note 999"
    assert sum(1 for m in listed if m.role is GroupRole.CO_FACILITATOR) == 4
    assert sum(1 for m in listed if AccessNeed.HEARING_LOOP in m.access_needs) == 100
    assert not any(m.disambiguation for m in listed)


def test_adding_many_is_all_or_nothing(members: MembersService) -> None:
    with pytest.raises(ValidationError):
        members.add_members([MemberDraft("Fine"), MemberDraft("")])
    assert members.list_members() == []


def test_a_vault_made_before_these_tables_gets_them_when_opened(
    vault: Vault, vault_path: Path, clock: ManualClock
) -> None:
    MembersService(vault).add_member(MemberDraft("Ana"))
    with vault.engine.begin() as connection:
        for table in ("consents", "checkin_pairs", "agreement_versions", "journal_entries"):
            connection.execute(text(f"DROP TABLE {table}"))
    vault.close()
    again = Vault.open_existing(vault_path, clock=clock)
    try:
        again.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        assert [m.name for m in MembersService(again).list_members()] == ["Ana"]
        assert ConsentService(again).log(MembersService(again).list_members()[0].id) == []
    finally:
        again.close()


def test_date_helpers() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 3, 15), -12) == date(2026, 3, 15)
    assert whole_months_between(date(2026, 1, 31), date(2027, 1, 30)) == 11
    assert whole_months_between(date(2026, 1, 31), date(2027, 1, 31)) == 12
    assert whole_months_between(date(2027, 2, 1), date(2027, 1, 1)) == 0
    assert name_key(" Alex  B. ") == name_key("alex b") == "alex b"


def test_the_roster_cache_never_serves_changed_or_tampered_rows(vault: Vault) -> None:
    members = MembersService(vault)
    ana = members.add_member(MemberDraft("Ana"))
    bo = members.add_member(MemberDraft("Bo"))
    assert {m.name for m in members.list_members()} == {"Ana", "Bo"}  # cache filled
    MembersService(vault).update_member(ana.id, MemberDraft("Ana B."))  # another instance
    assert {m.name for m in members.list_members()} == {"Ana B.", "Bo"}

    rev = raw_row(vault, "members", bo.id)["rev"]
    raw_update(vault, "members", bo.id, rev=rev + 1)  # same ciphertext, relabelled row
    assert [m.name for m in members.list_members()] == ["Ana B."]
    assert [d.id for d in members.damaged] == [bo.id]
    raw_update(vault, "members", bo.id, rev=rev)
    assert len(members.list_members()) == 2 and members.damaged == []

    vault.lock()
    fresh = MembersService(vault)
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert len(fresh.list_members()) == 2
    assert len(members.list_members()) == 2  # a new session starts with an empty cache
