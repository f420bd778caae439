"""The journal index's two parts (issue 15): the list part read at unlock and the search
part (each block's words joined into one string) read on the first search. Search
through them finds exactly what folding every entry on its own finds, an entry the
index is behind on is found with its new words, a damaged, missing, replayed or
older-format block is rebuilt from the entries, and no word reaches a file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safespace_desktop.core import journal as rules
from safespace_desktop.core.model import JournalEntry, JournalEntryInput
from safespace_desktop.core.sync.record import Dot, FieldValue, RecordState
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.journal_index import BLOCKS, FORMAT, JournalIndex
from tests.unit.journal_helpers import add_member
from tests.unit.security_helpers import (
    find_markers,
    new_marker,
    raw_row,
    raw_rows,
    raw_update,
    vault_files,
)

# Pieces that fold in interesting ways (ß, ligatures, combining accents, dotted I,
# titlecase digraphs), whitespace of several kinds, punctuation and a NUL.
PIECES = (
    "Straße",
    "STRASSE",
    "ﬁne",
    "Été",
    "cafe\u0301",
    "café",
    "İstanbul",
    "ǅemal",
    "calm",
    "Calm.",
    "walk",
    "tea,",
    "nul\x00byte",
    "a",
)
GAPS = (" ", "\n", "\t", "\u00a0", "\u2003", "  ")


def _texts() -> st.SearchStrategy[str]:
    parts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=6)
    return parts.map(lambda pairs: "".join(p + g for p, g in pairs).strip())


def _inputs() -> st.SearchStrategy[JournalEntryInput]:
    label = st.sampled_from(("Work", "ÉTÉ", "calm", "Straße"))
    return st.builds(
        lambda body, title, tags, feelings: JournalEntryInput(
            body=body or "x", title=title, tags=tuple(tags), feelings=tuple(feelings)
        ),
        _texts(),
        _texts(),
        st.lists(label, max_size=2, unique=True),
        st.lists(st.sampled_from(("calm", "hopeful", "İyi")), max_size=2, unique=True),
    )


def _queries() -> st.SearchStrategy[str]:
    word = st.sampled_from(PIECES).flatmap(
        lambda piece: st.tuples(st.integers(0, len(piece)), st.integers(0, len(piece))).map(
            lambda ab: piece[min(ab) : max(ab)] or piece
        )
    )
    return st.lists(word, min_size=1, max_size=3).map(" ".join)


def _brute_force(entries: list[JournalEntry], query: str) -> set[str]:
    words = rules.query_words(query)
    return {e.id for e in entries if all(w in rules.haystack(e) for w in words)}


def _ensure_member(vault: Vault, handle: str) -> None:
    if vault.principal is None or vault.principal.handle != handle:
        add_member(vault, handle)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_inputs(), min_size=1, max_size=8), st.lists(_queries(), min_size=1, max_size=4))
def test_the_search_part_finds_exactly_what_folding_each_entry_finds(
    vault: Vault, inputs: list[JournalEntryInput], queries: list[str]
) -> None:
    _ensure_member(vault, "robin")
    writer = JournalService(vault)
    writer.add_many(inputs)
    every = JournalService(vault).list_entries()
    for query in queries:
        expected = _brute_force(every, query)
        assert {e.id for e in JournalService(vault).search(query)} == expected, query
        assert {e.id for e in writer.search(query)} == expected, query  # in-session copy
        assert JournalService(vault).count(rules.with_text(None, query)) == len(expected)
    # An edit in this session: the block's old words are never used for it again.
    edited = every[0]
    writer.update(edited.id, replace(edited.to_input(), body="zebra crossing"))
    assert edited.id in {e.id for e in writer.search("zebra")}
    fresh = JournalService(vault)
    assert edited.id in {e.id for e in fresh.search("ZEBRA cross")}
    every = fresh.list_entries()
    for query in queries:
        assert {e.id for e in fresh.search(query)} == _brute_force(every, query), query


def _write_behind_the_index(vault: Vault, entry_id: str, body: str) -> None:
    """What another PC, an import or an older version of the app does: change the
    entry without touching the index."""
    with vault.transaction() as (db, keyring, _principal):
        record = db.journal.entries.get(db, keyring, entry_id)
        assert record is not None
        replica, counter, hlc = vault.next_write(db)
        state = record.state
        value = list(state.get("entry"))
        value[value.index("body") + 1] = body
        state.write({"entry": value}, replica, counter, hlc)
        db.journal.entries.store(db, keyring.journal_key, entry_id, state, counter)


def _block_revs(vault: Vault) -> dict[str, int]:
    return {str(r["id"]): int(r["rev"]) for r in raw_rows(vault, "journal_index_blocks")}


def test_an_entry_edited_behind_the_index_is_found_by_its_new_words(vault: Vault) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    journal.add_many([JournalEntryInput(f"plain words {n}") for n in range(30)])
    target = journal.add(JournalEntryInput("the old harbour"))
    assert [e.id for e in JournalService(vault).search("harbour")] == [target.id]
    _write_behind_the_index(vault, target.id, "a new lighthouse")
    fresh = JournalService(vault)
    assert fresh.search("harbour") == []
    assert [e.body for e in fresh.search("lighthouse")] == ["a new lighthouse"]
    healed = _block_revs(vault)
    again = JournalService(vault)
    assert [e.id for e in again.search("lighthouse")] == [target.id]
    assert _block_revs(vault) == healed  # healed once, then read as it is


def test_a_replayed_older_search_block_does_not_hide_new_words(vault: Vault) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    target = journal.add(JournalEntryInput("morning tea"))
    journal.search("tea")
    block_id = JournalIndex(target_slot(vault)).search_block_id(JournalIndex.block_of(target.id))
    old = raw_row(vault, "journal_index_blocks", block_id)
    journal.update(target.id, JournalEntryInput("evening cocoa"))
    # An attacker (or a restored file) puts the older block back, bytes and revision.
    raw_update(
        vault,
        "journal_index_blocks",
        block_id,
        rev=old["rev"],
        payload_sealed=old["payload_sealed"],
    )
    fresh = JournalService(vault)
    assert fresh.search("tea") == []
    assert [e.id for e in fresh.search("cocoa")] == [target.id]


def target_slot(vault: Vault) -> str:
    assert vault.principal is not None
    return vault.principal.slot_id


def test_a_damaged_or_missing_search_block_falls_back_to_the_entries(vault: Vault) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    journal.add_many([JournalEntryInput(f"entry {n} about walks") for n in range(60)])
    every = JournalService(vault).list_entries()
    expected = _brute_force(every, "walks")
    assert len(expected) == 60
    index = JournalIndex(target_slot(vault))
    search_ids = {index.search_block_id(n) for n in range(BLOCKS)}
    rows = [r for r in raw_rows(vault, "journal_index_blocks") if r["id"] in search_ids]
    assert rows
    damaged = bytearray(rows[0]["payload_sealed"])
    damaged[-3] ^= 0x01
    raw_update(vault, "journal_index_blocks", str(rows[0]["id"]), payload_sealed=bytes(damaged))
    assert {e.id for e in JournalService(vault).search("walks")} == expected
    with vault.engine.begin() as connection:
        for row in rows:
            connection.exec_driver_sql(
                "DELETE FROM journal_index_blocks WHERE id = ?", (row["id"],)
            )
    assert {e.id for e in JournalService(vault).search("walks")} == expected
    assert {e.id for e in JournalService(vault).search("entry 7")} == _brute_force(every, "entry 7")


# --------------------------------------------------------------------------- format 1
def _write_format_1_index(vault: Vault) -> None:
    """The index as the code before the two parts wrote it (block format 1): 128
    blocks under the list blocks' ids, each holding its entries' full stored values
    as ``{"live": [[id, rev, hlc, values]], "gone": [[id, rev]]}``."""
    slot = target_slot(vault)
    index = JournalIndex(slot)
    revisions = {str(r["id"]): int(r["rev"]) for r in raw_rows(vault, "journal_entries")}
    with vault.transaction() as (db, keyring, _principal):
        opened, damaged = db.journal.entries.load_values(db, keyring, include_deleted=True)
        assert not damaged
        blocks: dict[int, dict[str, list[Any]]] = {}
        for value in opened:
            block = blocks.setdefault(index.block_of(value.id), {"live": [], "gone": []})
            if value.deleted:
                block["gone"].append([value.id, revisions[value.id]])
            else:
                item = [value.id, revisions[value.id], value.last_hlc, value.values]
                block["live"].append(item)
        db.session.connection().exec_driver_sql("DELETE FROM journal_index_blocks")
        for number, rows in blocks.items():
            state = RecordState(
                cc={"journal-index": 1},
                fields={"rows": [FieldValue(rows, Dot("journal-index", 1), 0)]},
            )
            index.blocks.store(db, keyring.journal_key, index.block_id(number), state, 1)


def _list_block_formats(vault: Vault) -> set[Any]:
    index = JournalIndex(target_slot(vault))
    with vault.transaction() as (db, keyring, _principal):
        documents, damaged = index.blocks.load_documents(db, keyring)
    assert not damaged
    return {
        state["f"]["rows"][0][0].get("v")
        for block_id, state in documents
        if block_id in {index.block_id(n) for n in range(BLOCKS)}
    }


def test_an_index_written_in_format_1_is_rebuilt_from_the_entries(vault: Vault) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    journal.add_many(
        [JournalEntryInput(f"line {n} of river notes", title=f"T{n}") for n in range(40)]
    )
    gone = journal.add(JournalEntryInput("to be deleted"))
    journal.delete(gone.id)
    expected = [(e.id, e.body, e.title) for e in JournalService(vault).list_entries()]
    _write_format_1_index(vault)
    assert _list_block_formats(vault) == {None}  # format 1 carries no version
    fresh = JournalService(vault)
    assert [(e.id, e.body, e.title) for e in fresh.list_entries()] == expected
    assert {e.id for e in fresh.search("river T3")} == {
        i for i, _b, t in expected if "t3" in t.lower()
    }
    assert _list_block_formats(vault) == {FORMAT}
    settled = _block_revs(vault)
    again = JournalService(vault)
    assert [(e.id, e.body, e.title) for e in again.list_entries()] == expected
    assert len(again.search("river")) == 40
    assert _block_revs(vault) == settled


# --------------------------------------------------------------------------- leaks
def test_no_word_of_an_entry_reaches_the_database_or_its_wal(
    vault: Vault, vault_path: Path
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    markers = [new_marker() for _ in range(5)]
    journal.add_many(
        [
            JournalEntryInput(
                body=f"body {markers[0]} and more",
                title=f"title {markers[1]}",
                tags=(f"t{markers[2]}",),
                feelings=(f"f{markers[3]}",),
            ),
            *(JournalEntryInput(f"filler {n} {markers[4]}") for n in range(20)),
        ]
    )
    fresh = JournalService(vault)
    assert fresh.search(markers[0])  # the search part was written and read
    assert fresh.search(markers[4])
    files = list(vault_files(vault_path.parent))
    assert any(p.name.endswith("-wal") for p in files), "expected a live WAL to scan"
    assert find_markers(files, markers) == {}
    # Sanity: the same scan finds a word that is written in the clear on purpose.
    label_row = json.dumps(raw_rows(vault, "journal_index_blocks")[0]["slot_id"])
    assert find_markers(files, [label_row.strip('"')[:8]]) != {}


def test_healing_a_block_keeps_its_tombstones_so_the_next_open_writes_nothing(
    vault: Vault,
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    entries = journal.add_many([JournalEntryInput(f"note {n}") for n in range(400)])
    for entry in entries[::3]:
        journal.delete(entry.id)
    for entry in entries[1:60:3]:  # behind the index, in many blocks at once
        _write_behind_the_index(vault, entry.id, "changed elsewhere")
    listed = {e.id: e.body for e in JournalService(vault).list_entries()}
    assert len(listed) == 400 - len(entries[::3])
    assert sum(body == "changed elsewhere" for body in listed.values()) == 20
    healed = _block_revs(vault)
    assert {e.id: e.body for e in JournalService(vault).list_entries()} == listed
    assert _block_revs(vault) == healed
