"""The conflicts inbox reads only records flagged as holding siblings (issue 12 gap):
the flags follow every write, an import that brings a conflict flags it, resolving
clears it, and a vault from before the flags builds them once."""

from __future__ import annotations

import pytest

from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.conflicts import ConflictsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import SealedRecords
from safespace_desktop.storage.sync_store import conflict_flags
from safespace_desktop.storage.tables_sync import SyncConflictFlag
from tests.unit.conflict_helpers import make_conflict
from tests.unit.sync.helpers import Replica, new_id, put, send


def _flags(vault: Vault) -> dict[str, list[str]] | None:
    with vault.transaction() as (uow, _keys, _p):
        return conflict_flags(uow)


def test_only_flagged_records_are_read_and_resolving_clears_the_flag(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = MembersService(vault)
    ids = [members.add_member(MemberDraft(f"Person {i}")).id for i in range(5)]
    service = ConflictsService(vault)
    assert service.list_conflicts() == []  # builds the (empty) flags once
    assert _flags(vault) == {}
    make_conflict(vault, "members", ids[2], "note", "one", "two")
    assert _flags(vault) == {"members": [ids[2]]}

    real_load_all = SealedRecords.load_all

    def no_full_reads(self: SealedRecords, *args: object, **kwargs: object) -> object:
        if self.name == "sync_devices":  # the few devices name each version's computer
            return real_load_all(self, *args, **kwargs)  # type: ignore[arg-type]
        raise AssertionError(f"the inbox read every record of {self.name}")

    monkeypatch.setattr(SealedRecords, "load_all", no_full_reads)
    [conflict] = service.list_conflicts()
    assert conflict.record_id == ids[2]
    service.resolve("members", ids[2], "note", "one", expected_rev=conflict.rev)
    assert _flags(vault) == {}
    assert service.list_conflicts() == []


def test_a_vault_from_before_the_flags_builds_them_once(vault: Vault) -> None:
    member = MembersService(vault).add_member(MemberDraft("Alex")).id
    make_conflict(vault, "members", member, "note", "one", "two")
    with vault.transaction() as (uow, _keys, _p):
        uow.session.query(SyncConflictFlag).delete()  # as an older version left it
    assert _flags(vault) is None
    [conflict] = ConflictsService(vault).list_conflicts()
    assert conflict.record_id == member
    assert _flags(vault) == {"members": [member]}


def test_an_import_that_brings_a_conflict_flags_it(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    record = new_id()
    put(a, record, name="Robin", note="before")
    send(a, b)
    put(a, record, note="written on A")
    put(b, record, note="written on B")
    assert ConflictsService(b.vault).list_conflicts() == []
    send(a, b)
    assert _flags(b.vault) == {"members": [record]}
    [conflict] = ConflictsService(b.vault).list_conflicts()
    assert (conflict.record_id, conflict.field) == (record, "note")
