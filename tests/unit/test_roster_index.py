"""The roster's sealed index (issue 15): a session starts from it instead of opening
every member row, and it never serves a row whose stored bytes changed in any way."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safespace_desktop.core.model import JournalAccess, Member, MemberDraft
from safespace_desktop.core.roster import AccessNeed, ContactDetails, GroupRole, MemberStatus
from safespace_desktop.services import roster_index
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import SealedRecords
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.security_helpers import raw_row, raw_update


def _new_session(vault: Vault) -> None:
    vault.lock()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)


def _indexed(vault: Vault) -> roster_index.Indexed:
    with store.transaction(vault) as (db, keyring, _principal):
        return roster_index.read_index(db, keyring)


@pytest.fixture
def opened_rows(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every call that opens member rows, with the rows it asked for (None: all)."""
    calls: list[object] = []
    real = SealedRecords.open_documents

    def spy(self: SealedRecords, db: object, keyring: object, ids: object = None) -> object:
        if self.table.__tablename__ == "members":
            calls.append(None if ids is None else sorted(ids))  # type: ignore[call-overload]
        return real(self, db, keyring, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(SealedRecords, "open_documents", spy)
    return calls


def test_a_new_session_reads_the_roster_from_the_index_without_opening_rows(
    vault: Vault, opened_rows: list[object]
) -> None:
    service = MembersService(vault)
    ana, bo = service.add_members([MemberDraft("Ana", "she/her"), MemberDraft("Bo")])
    before = {m.id: m for m in service.list_members()}
    assert set(_indexed(vault)) == {ana.id, bo.id}
    _new_session(vault)
    opened_rows.clear()
    after = {m.id: m for m in MembersService(vault).list_members()}
    assert opened_rows == []  # nothing opened: the index was enough
    assert after == before


def test_a_row_changed_behind_the_index_is_opened_again(
    vault: Vault, opened_rows: list[object]
) -> None:
    service = MembersService(vault)
    ana, bo = service.add_members([MemberDraft("Ana"), MemberDraft("Bo")])
    older = raw_row(vault, "members", bo.id)
    service.update_member(bo.id, MemberDraft("Bob"))
    assert sorted(m.name for m in service.list_members()) == ["Ana", "Bob"]
    # The file changes under the app (another copy of it put back, a raw edit): Bo's
    # row is its older, still authentic version again. The index says "Bob".
    raw_update(vault, "members", bo.id, rev=older["rev"], payload_sealed=older["payload_sealed"])
    _new_session(vault)
    opened_rows.clear()
    names = sorted(m.name for m in MembersService(vault).list_members())
    assert names == ["Ana", "Bo"]
    assert opened_rows == [[bo.id]]  # only the changed row
    indexed = _indexed(vault)
    assert indexed[bo.id][1] is not None and indexed[bo.id][1].name == "Bo"
    assert ana.id in indexed


def test_a_tampered_row_is_reported_and_never_served_from_the_index(vault: Vault) -> None:
    service = MembersService(vault)
    ana, bo = service.add_members([MemberDraft("Ana"), MemberDraft("Bo")])
    service.list_members()
    _new_session(vault)
    # One bit of Bo's ciphertext flipped, far from its authentication tag.
    payload = raw_row(vault, "members", bo.id)["payload_sealed"]
    raw_update(
        vault,
        "members",
        bo.id,
        payload_sealed=payload[:30] + bytes([payload[30] ^ 1]) + payload[31:],
    )
    fresh = MembersService(vault)
    assert [m.name for m in fresh.list_members()] == ["Ana"]
    assert [d.id for d in fresh.damaged] == [bo.id]
    raw_update(vault, "members", bo.id, payload_sealed=payload)
    _new_session(vault)
    again = MembersService(vault)
    assert sorted(m.name for m in again.list_members()) == ["Ana", "Bo"]
    assert again.damaged == [] and ana.id in _indexed(vault)


def test_a_damaged_index_is_ignored_and_rebuilt(vault: Vault, opened_rows: list[object]) -> None:
    service = MembersService(vault)
    service.add_members([MemberDraft("Ana"), MemberDraft("Bo")])
    service.list_members()
    with vault.transaction() as (db, _keyring, _principal):
        db.session.connection().exec_driver_sql(
            "UPDATE roster_index SET payload_sealed = x'00ff00ff'"
        )
    _new_session(vault)
    opened_rows.clear()
    assert sorted(m.name for m in MembersService(vault).list_members()) == ["Ana", "Bo"]
    assert opened_rows == [None]  # every row opened once, then the index is whole again
    _new_session(vault)
    opened_rows.clear()
    assert len(MembersService(vault).list_members()) == 2 and opened_rows == []


def test_a_removed_row_leaves_the_index(vault: Vault) -> None:
    service = MembersService(vault)
    ana, bo = service.add_members([MemberDraft("Ana"), MemberDraft("Bo")])
    service.list_members()
    with vault.transaction() as (db, _keyring, _principal):
        db.session.connection().exec_driver_sql("DELETE FROM members WHERE id = ?", (bo.id,))
    assert [m.name for m in service.list_members()] == ["Ana"]
    assert set(_indexed(vault)) == {ana.id}


_TEXT = st.text(max_size=12)
_DAY = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1))


@settings(max_examples=60, deadline=None)
@given(
    name=_TEXT,
    pronouns=_TEXT,
    note=_TEXT,
    role=st.sampled_from(GroupRole),
    status=st.sampled_from(MemberStatus),
    days=st.tuples(_DAY, _DAY),
    needs=st.frozensets(st.sampled_from(AccessNeed)),
    contact=st.builds(ContactDetails, _TEXT, _TEXT, _TEXT, st.none() | st.booleans()),
    former=st.none() | st.integers(1, 10_000),
    numbers=st.tuples(*(st.integers(0, 2**62) for _ in range(3))),
    journal=st.sampled_from(JournalAccess),
    slot=st.sampled_from(("", "2f1c0e6e-0000-4000-8000-000000000001")),
)
def test_member_values_read_back_as_the_same_entry(
    name: str,
    pronouns: str,
    note: str,
    role: GroupRole,
    status: MemberStatus,
    days: tuple[date | None, date | None],
    needs: frozenset[AccessNeed],
    contact: ContactDetails,
    former: int | None,
    numbers: tuple[int, int, int],
    journal: JournalAccess,
    slot: str,
) -> None:
    member = Member(
        id="m1",
        name=name,
        pronouns=pronouns,
        note=note,
        archived=status is MemberStatus.LEFT,
        has_journal_account=bool(slot),
        edited_hlc=numbers[0],
        role=role,
        status=status,
        joined_on=days[0],
        status_since=days[1],
        access_needs=needs,
        access_note=note[::-1],
        contact=contact,
        former_number=former,
        created_hlc=numbers[1],
        journal=journal,
        journal_slot_id=slot,
        rev=numbers[2],
    )
    values = roster_index.member_values(member)
    assert roster_index.member_from_values("m1", values) == member
    assert roster_index.member_from_values("m1", values) != replace(member, rev=numbers[2] + 1)


def test_no_copy_of_a_forgotten_member_outlives_the_forget(vault: Vault) -> None:
    """The index keeps copies of names and notes: any write to a member row drops it in
    the same transaction (here "forget me"), and the next read writes it again."""
    from safespace_desktop.services.forget import ForgetService

    service = MembersService(vault)
    alex, bo = service.add_members([MemberDraft("Alex Quinn", note="likes tea"), MemberDraft("Bo")])
    service.list_members()
    assert _indexed(vault)[alex.id][1] is not None
    ForgetService(vault).forget(alex.id)
    with vault.transaction() as (db, _keyring, _principal):
        rows = db.session.connection().exec_driver_sql("SELECT count(*) FROM roster_index")
        assert rows.scalar_one() == 0
    listed = {m.id: m for m in MembersService(vault).list_members()}
    assert listed[alex.id].forgotten and listed[alex.id].note == ""
    copies = _indexed(vault)
    assert copies[alex.id][1] == replace(
        listed[alex.id], consents=frozenset(), disambiguation=copies[alex.id][1].disambiguation
    )  # type: ignore[union-attr]
    assert all(m is None or "Alex Quinn" not in m.name for _d, m in copies.values())
    assert bo.id in copies


def test_writing_the_index_is_no_change_of_anyone_s(vault: Vault) -> None:
    """The indexes catch up without a write stamp: no replica counter moves, so a sync
    import read by the pages right after it can still be undone."""
    MembersService(vault).add_members([MemberDraft("Ana"), MemberDraft("Bo")])
    with store.transaction(vault) as (db, _keyring, _principal):
        before = db.write_counter()
    MembersService(vault).list_members()  # writes the index
    with store.transaction(vault) as (db, _keyring, _principal):
        assert db.write_counter() == before
    assert _indexed(vault)
