"""The bulk write path (storage/bulk_writes.py, issue 15): records a ``BulkUnitOfWork``
holds and inserts together are the records ``store`` writes one by one: the same
plaintext columns, revisions, states and write counters, authenticated on open, and
the same sync export."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.datagen import FACILITATOR, SIZES, BulkVault, populate

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import IntegrityError
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.sync.exporting import stream_all_records
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.bulk_writes import BulkUnitOfWork, holding
from safespace_desktop.storage.records import DamagedRecord
from safespace_desktop.storage.sync_store import bundle_families

START = 1_800_000_000.0


def _new_vault(path: Path) -> None:
    vault, _account = Vault.create(
        path,
        label="Bulk",
        group_name="Bulk Circle",
        handle=FACILITATOR[0],
        passphrase_text=FACILITATOR[1],
        params=FAST_TEST_PROFILE,
        clock=ManualClock(START),
    )
    vault.close()


def _open(path: Path) -> Vault:
    vault = Vault.open_existing(path, clock=ManualClock(START))
    vault.unlock(*FACILITATOR)
    return vault


@pytest.fixture
def same_uuids(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``uuid.uuid4`` from a counter that a test restarts for each vault."""
    state = {"n": 0}

    def fake() -> uuid.UUID:
        state["n"] += 1
        return uuid.UUID(int=state["n"], version=4)

    monkeypatch.setattr(uuid, "uuid4", fake)

    def restart() -> None:
        state["n"] = 1_000_000

    yield restart


def _plain_rows(path: Path, *, skip: tuple[str, ...] = ()) -> dict[str, set[tuple[Any, ...]]]:
    """Every sealed table's rows without the sealed payload (and ``skip`` columns)."""
    db = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if "payload_sealed" in [c[1] for c in db.execute(f'PRAGMA table_info("{name}")')]
        ]
        out: dict[str, set[tuple[Any, ...]]] = {}
        for table in tables:
            names = [
                c[1]
                for c in db.execute(f'PRAGMA table_info("{table}")')
                if c[1] != "payload_sealed" and not (table.startswith("journal") and c[1] in skip)
            ]
            query = f'SELECT {", ".join(names)} FROM "{table}"'  # noqa: S608 - our schema
            out[table] = {tuple(zip(names, row, strict=True)) for row in db.execute(query)}
        return out
    finally:
        db.close()


def _opened_group_records(vault: Vault) -> dict[str, dict[str, Any]]:
    opened: dict[str, dict[str, Any]] = {}
    with vault.transaction() as (db, keyring, _principal):
        for family in bundle_families(db.group_id):
            for item in family.repository.open_documents(db, keyring):
                assert not isinstance(item, DamagedRecord), item
                opened[f"{family.record_type.name}/{item.id}"] = {
                    "rev": item.rev,
                    "state": item.state,
                    "extra": item.extra,
                }
    return opened


def _export(vault: Vault) -> list[Any]:
    with vault.transaction() as (db, keyring, _principal):
        return list(stream_all_records(db, keyring))


@pytest.mark.slow
def test_a_vault_built_in_bulk_is_the_vault_built_one_record_at_a_time(
    tmp_path: Path, same_uuids: Any
) -> None:
    first = tmp_path / "one-by-one.ssvault"
    _new_vault(first)
    second = tmp_path / "bulk.ssvault"
    shutil.copyfile(first, second)
    built: dict[Path, tuple[dict[str, Any], list[Any], list[Any]]] = {}
    for path, bulk in ((first, False), (second, True)):
        same_uuids()
        vault = _open(path)
        try:
            populate(vault, SIZES["tiny"], seed=5, bulk=bulk)
            entries = JournalService(vault).list_entries(limit=1_000)
            vault.unlock(*FACILITATOR)
            built[path] = (_opened_group_records(vault), _export(vault), entries)
        finally:
            vault.close()
    one_by_one, in_bulk = built[first], built[second]
    # Every group record opens (authenticated) to the same revision, state and columns.
    assert len(one_by_one[0]) > 400
    assert one_by_one[0] == in_bulk[0]
    # The sync export (what another computer merges) is the same, record for record.
    assert one_by_one[1] == in_bulk[1]
    # The journal (sealed under each member's own new key) lists the same entries.
    assert len(one_by_one[2]) > 40
    assert one_by_one[2] == in_bulk[2]
    # Every plaintext column of every sealed row is the same (the journal's key ids
    # differ: each claim made its own journal key).
    assert _plain_rows(first, skip=("key_id",)) == _plain_rows(second, skip=("key_id",))


def test_held_records_are_read_back_and_inserted_before_any_other_read(tmp_path: Path) -> None:
    path = tmp_path / "v.ssvault"
    _new_vault(path)
    vault = _open(path)
    try:
        existing = MembersService(vault).add_members([MemberDraft(name="Ash")])[0]
        with vault.transaction() as (db, keyring, _principal), holding(db) as bulk:
            repo = bulk.group.members
            state = RecordState()
            replica, counter, hlc = vault.next_write(bulk)
            state.write({"name": "Birch"}, replica, counter, hlc)
            repo.store(bulk, keyring.group_key, "held-1", state, counter)
            # Held: read back from what is held, not yet in the table.
            again = repo.get(bulk, keyring, "held-1")
            assert again is not None and again.state.get("name") == "Birch"
            assert repo.stored_rev(bulk, "held-1") == counter
            assert db.group.members.stored_rev(db, "held-1") is None
            # An existing id is read from the table.
            assert repo.stored_rev(bulk, existing.id) is not None
            # Any other read goes through the session: the held row is inserted first.
            loaded, damaged = repo.load_all(bulk, keyring)
            assert not damaged
            assert {r.id for r in loaded} == {existing.id, "held-1"}
            assert db.group.members.stored_rev(db, "held-1") == counter
            assert "held-1" in (db.changes.ids(repo.kind) or ())  # on the outer unit of work
            # An update of an existing row is written by the ordinary store.
            old = repo.get(bulk, keyring, existing.id)
            assert old is not None
            replica, counter, hlc = vault.next_write(bulk)
            old.state.write({"name": "Ash Grey"}, replica, counter, hlc)
            repo.store(bulk, keyring.group_key, existing.id, old.state, counter)
        names = {m.name for m in MembersService(vault).list_members()}
        assert names == {"Ash Grey", "Birch"}
    finally:
        vault.close()


def test_nothing_held_is_written_when_the_unit_of_work_fails(tmp_path: Path) -> None:
    path = tmp_path / "v.ssvault"
    _new_vault(path)
    vault = _open(path)
    try:
        bulk_vault = BulkVault(vault)
        with pytest.raises(RuntimeError), bulk_vault.transaction() as (db, keyring, _principal):
            assert isinstance(db, BulkUnitOfWork)
            state = RecordState()
            replica, counter, hlc = vault.next_write(db)
            state.write({"name": "Cedar"}, replica, counter, hlc)
            db.group.members.store(db, keyring.group_key, "held-2", state, counter)
            raise RuntimeError("stop")
        assert MembersService(vault).list_members() == []
    finally:
        vault.close()


def test_a_held_record_is_sealed_under_its_own_associated_data(tmp_path: Path) -> None:
    """A held row moved to another id fails to open, as a stored one does."""
    path = tmp_path / "v.ssvault"
    _new_vault(path)
    vault = _open(path)
    try:
        MembersService(BulkVault(vault)).add_members(
            [MemberDraft(name="Ash"), MemberDraft(name="Rowan")]
        )
    finally:
        vault.close()
    db = sqlite3.connect(path)
    (first, second) = [r[0] for r in db.execute("SELECT id FROM members ORDER BY id")]
    db.execute("UPDATE members SET id = 'moved' WHERE id = ?", (first,))
    db.commit()
    db.close()
    vault = _open(path)
    try:
        with vault.transaction() as (uow, keyring, _principal):
            assert uow.group.members.get(uow, keyring, second) is not None
            with pytest.raises(IntegrityError):
                uow.group.members.get(uow, keyring, "moved")
    finally:
        vault.close()
