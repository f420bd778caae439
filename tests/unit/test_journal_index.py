"""The journal's sealed index (issue 15): the journal opens through a few sealed blocks,
yet lists exactly what opening every entry would, and is never trusted blindly."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safespace_desktop.core.model import JournalEntryInput
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.journal_index import BLOCKS
from tests.unit.journal_helpers import add_member
from tests.unit.security_helpers import raw_rows, raw_update


def _slow_truth(vault: Vault) -> dict[str, tuple[str, str]]:
    """Every live entry, read the slow way: opening each row on its own."""
    with vault.transaction() as (db, keyring, _principal):
        opened, damaged = db.journal.entries.load_values(db, keyring)
    assert not damaged
    return {v.id: (str(v.values["entry"]), str(v.values.get("created"))) for v in opened}


def _listed(vault: Vault) -> dict[str, str]:
    return {e.id: e.body for e in JournalService(vault).list_entries()}


def _index_rows(vault: Vault) -> list[dict[str, object]]:
    return raw_rows(vault, "journal_index_blocks")


def test_entries_are_listed_from_the_index_after_adds_edits_and_deletes(vault: Vault) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    first = journal.add(JournalEntryInput("one"))
    second = journal.add(JournalEntryInput("two"))
    journal.add(JournalEntryInput("three"))
    journal.update(second.id, replace(second.to_input(), body="two, edited"))
    journal.delete(first.id)
    assert _index_rows(vault)  # blocks were written with the entries
    listed = _listed(vault)  # a fresh service: nothing in memory
    assert sorted(listed.values()) == ["three", "two, edited"]
    assert set(listed) == set(_slow_truth(vault))


def test_an_entry_written_behind_the_index_is_found_and_the_block_healed(vault: Vault) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    entry = journal.add(JournalEntryInput("indexed"))
    # Another writer (an import, an older version of the app) changes the entry without
    # touching the index: its revision no longer matches, so it is opened afresh.
    with vault.transaction() as (db, keyring, _principal):
        record = db.journal.entries.get(db, keyring, entry.id)
        assert record is not None
        replica, counter, hlc = vault.next_write(db)
        state = record.state
        new_value = list(state.get("entry"))
        new_value[new_value.index("body") + 1] = "changed elsewhere"
        state.write({"entry": new_value}, replica, counter, hlc)
        db.journal.entries.store(db, keyring.journal_key, entry.id, state, counter)
    assert _listed(vault) == {entry.id: "changed elsewhere"}
    revs_before = {r["id"]: r["rev"] for r in _index_rows(vault)}
    assert _listed(vault) == {entry.id: "changed elsewhere"}
    assert {r["id"]: r["rev"] for r in _index_rows(vault)} == revs_before  # healed once


def test_flipping_the_plaintext_deleted_flag_cannot_hide_an_entry(vault: Vault) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    entry = journal.add(JournalEntryInput("still here"))
    raw_update(vault, "journal_entries", entry.id, deleted=True)
    assert _listed(vault) == {entry.id: "still here"}


def test_a_damaged_or_missing_index_is_rebuilt_from_the_entries(vault: Vault) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    journal.add_many([JournalEntryInput(f"entry {n}") for n in range(40)])
    expected = _listed(vault)
    block = _index_rows(vault)[0]
    damaged = bytearray(block["payload_sealed"])  # type: ignore[arg-type]
    damaged[-5] ^= 0x01
    raw_update(vault, "journal_index_blocks", str(block["id"]), payload_sealed=bytes(damaged))
    assert _listed(vault) == expected
    with vault.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM journal_index_blocks")
    assert _listed(vault) == expected
    assert 0 < len(_index_rows(vault)) <= BLOCKS


def test_a_moved_index_block_is_not_read_as_someone_elses(vault: Vault) -> None:
    sam = add_member(vault, "sam")
    JournalService(vault).add(JournalEntryInput("sam's words"))
    add_member(vault, "kit")
    JournalService(vault).add(JournalEntryInput("kit's words"))
    for row in _index_rows(vault):
        if row["slot_id"] == sam.slot_id:
            raw_update(
                vault, "journal_index_blocks", str(row["id"]), slot_id=vault.principal.slot_id
            )  # type: ignore[union-attr]
    assert sorted(_listed(vault).values()) == ["kit's words"]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(["add", "edit", "delete", "reopen"]), max_size=25))
def test_the_index_always_lists_what_opening_every_entry_lists(
    vault: Vault, actions: list[str]
) -> None:
    if vault.principal is None or vault.principal.handle != "pat":
        add_member(vault, "pat")
    journal = JournalService(vault)
    for n, action in enumerate(actions):
        entries = journal.list_entries()
        if action == "add" or not entries:
            journal.add(JournalEntryInput(f"text {n}"))
        elif action == "edit":
            target = entries[n % len(entries)]
            journal.update(target.id, replace(target.to_input(), body=f"edited {n}"))
        elif action == "delete":
            journal.delete(entries[n % len(entries)].id)
        else:
            journal = JournalService(vault)
    truth = _slow_truth(vault)
    listed = _listed(vault)
    assert set(listed) == set(truth)
    for entry in JournalService(vault).list_entries():
        assert f"'{entry.body}'" in truth[entry.id][0]


def test_reading_a_journal_whose_index_is_current_writes_nothing(vault: Vault) -> None:
    add_member(vault, "sam")
    JournalService(vault).add_many([JournalEntryInput(f"entry {n}") for n in range(5)])
    before = {r["id"]: r["rev"] for r in _index_rows(vault)}
    assert len(before) <= 10  # a list and a search block per entry at most, no empty ones
    _listed(vault)
    JournalService(vault).search("entry")
    assert {r["id"]: r["rev"] for r in _index_rows(vault)} == before
