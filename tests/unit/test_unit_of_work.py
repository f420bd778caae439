"""The unit of work: one transaction with the unlocked person's keys, the write
clock and the repositories, collecting what it changed as a ``ChangeSet``."""

from __future__ import annotations

import uuid

import pytest

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.errors import VaultLocked
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault


def _state(uow_stamp: tuple[str, int, int], **values: str) -> RecordState:
    state = RecordState()
    state.write(values, *uow_stamp)
    return state


def test_a_read_changes_nothing(vault: Vault) -> None:
    MembersService(vault).add_member(MemberDraft("Ada"))
    with vault.unit_of_work() as uow:
        loaded, damaged = uow.group.members.load_all(uow, uow.keys)
        assert [r.state.get("name") for r in loaded] == ["Ada"] and damaged == []
    assert not uow.changes


def test_writes_are_collected_by_kind_and_id(vault: Vault) -> None:
    member_id, entry_id = str(uuid.uuid4()), str(uuid.uuid4())
    with vault.unit_of_work() as uow:
        stamp = uow.next_write()
        state = _state((stamp.replica, stamp.counter, stamp.hlc), name="Bo")
        uow.group.members.store(uow, uow.keys.group_key, member_id, state, stamp.counter)
        stamp = uow.next_write()
        entry = _state((stamp.replica, stamp.counter, stamp.hlc), title="Tuesday")
        uow.journal.entries.store(uow, uow.keys.journal_key, entry_id, entry, stamp.counter)
        line = uow.crisis_lines.add(name="Helpline", phone="0800 000 0000", hours="", note="")
    assert set(uow.changes) == {RecordKind.MEMBER, RecordKind.JOURNAL_ENTRY, RecordKind.CRISIS_LINE}
    assert uow.changes.ids(RecordKind.MEMBER) == {member_id}
    assert uow.changes.ids(RecordKind.JOURNAL_ENTRY) == {entry_id}
    assert uow.changes.ids(RecordKind.CRISIS_LINE) == {line.id}

    with vault.unit_of_work() as uow:
        assert uow.journal.entries.remove(uow, entry_id)
        assert not uow.journal.entries.remove(uow, entry_id)  # already gone: no change
    assert uow.changes.ids(RecordKind.JOURNAL_ENTRY) == {entry_id}


def test_account_changes_are_reported(vault: Vault) -> None:
    with vault.unit_of_work() as uow:
        slot = uow.accounts.add_slot("member", invite_hash=b"\x01" * 32)
    assert uow.changes.ids(RecordKind.ACCOUNT) == {slot.id}


def test_the_write_clock_moves_forward(vault: Vault) -> None:
    with vault.unit_of_work() as uow:
        first, second = uow.next_write(), uow.next_write()
    with vault.unit_of_work() as uow:
        third = uow.next_write()
    assert first.counter < second.counter < third.counter
    assert first.hlc < second.hlc < third.hlc
    assert first.replica == second.replica == third.replica


def test_keys_and_principal_need_someone_unlocked(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(VaultLocked), vault.unit_of_work():
        pass
    with vault.plain_transaction() as uow:
        assert uow.crisis_lines.count() == 0
        with pytest.raises(VaultLocked):
            _ = uow.keys
        with pytest.raises(VaultLocked):
            _ = uow.journal


def test_a_failed_unit_of_work_writes_nothing(vault: Vault) -> None:
    member_id = str(uuid.uuid4())
    with pytest.raises(RuntimeError), vault.unit_of_work() as uow:
        stamp = uow.next_write()
        state = _state((stamp.replica, stamp.counter, stamp.hlc), name="Cy")
        uow.group.members.store(uow, uow.keys.group_key, member_id, state, stamp.counter)
        raise RuntimeError("the disk is full")
    with vault.unit_of_work() as uow:
        assert uow.group.members.get(uow, uow.keys, member_id) is None
