"""The journal's bulk open (issue 15, journalx): rows in the usual form are opened by a
quicker loop (``SlotRecords._usual_opener``), and the Markdown export opens entries in
one pass. Neither may ever return what the general way would refuse: a tampered entry
is reported as damaged and left out of the export, never silently exported."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from safespace_desktop.core import journal as rules
from safespace_desktop.core.errors import IntegrityError, UnsupportedFormatVersion
from safespace_desktop.core.model import JournalEntryInput
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.journal_records import SlotRecords
from safespace_desktop.storage.records import _KeyCache
from tests.unit.journal_helpers import add_member, today
from tests.unit.security_helpers import flip_bit, raw_rows, raw_update


def _journal(vault: Vault, count: int) -> list[str]:
    """``count`` entries a day apart, each with a body that names it; their ids."""
    add_member(vault, "sam")
    day = today(vault)
    saved = JournalService(vault).add_many(
        [
            JournalEntryInput(
                f"body of entry {n} ",
                title=f"entry {n}",
                entry_date=day - timedelta(days=n),
                mood=1 + n % 5,
                tags=("walk",) if n % 2 else (),
            )
            for n in range(count)
        ]
    )
    return [entry.id for entry in saved]


def _row(vault: Vault, entry_id: str) -> dict[str, Any]:
    return next(r for r in raw_rows(vault, "journal_entries") if r["id"] == entry_id)


def test_a_tampered_entry_is_reported_and_left_out_of_the_export(vault: Vault) -> None:
    ids = _journal(vault, 30)
    payload = bytes(_row(vault, ids[3])["payload_sealed"])
    raw_update(vault, "journal_entries", ids[3], payload_sealed=flip_bit(payload, 8 * 40))
    raw_update(vault, "journal_entries", ids[7], rev=int(_row(vault, ids[7])["rev"]) + 1)
    raw_update(vault, "journal_entries", ids[9], format_version=1)
    raw_update(vault, "journal_entries", ids[11], deleted=True)  # sealed live: still read
    for list_first in (False, True):
        journal = JournalService(vault)
        if list_first:
            journal.list_entries(limit=5)
        text = journal.export_readable()
        assert text.count("\n## ") == 27
        for n in (3, 7, 9):
            assert f"body of entry {n} " not in text
        assert "body of entry 11 " in text
        assert {ids[3], ids[7], ids[9]} <= {d.id for d in journal.damaged}


def test_a_range_exports_the_same_with_or_without_the_list_loaded(vault: Vault) -> None:
    ids = _journal(vault, 40)
    raw_update(vault, "journal_entries", ids[5], rev=99)  # damaged, inside the range
    day = today(vault)
    first, last = day - timedelta(days=12), day - timedelta(days=2)
    cold = JournalService(vault).export_readable(first, last)
    warm_service = JournalService(vault)
    warm_service.list_entries(limit=3)
    assert warm_service.export_readable(first, last) == cold
    with vault.transaction() as (db, keyring, _principal):
        opened, _damaged = db.journal.entries.load_values(db, keyring)
    expected = [
        entry
        for entry in JournalService(vault).list_entries()
        if first <= entry.entry_date <= last and entry.id != ids[5]
    ]
    assert len(opened) == 39 and len(expected) == 10  # entry 5 does not open
    assert cold == rules.render_markdown(expected, first, last)
    assert "body of entry 5 " not in cold and "body of entry 6 " in cold
    assert (
        JournalService(vault).export_readable(date(1990, 1, 1), date(1990, 1, 2)).count("\n## ")
        == 0
    )


def _general(repo: SlotRecords, keys: Any, raw: tuple[Any, ...]) -> dict[str, Any] | None:
    try:
        document = repo.open_document(keys, repo._row(raw))  # noqa: SLF001
    except (IntegrityError, UnsupportedFormatVersion):
        return None
    state = document.get("s")
    return state if isinstance(state, dict) else None


def _raw(vault: Vault, table: str) -> list[tuple[Any, ...]]:
    with vault.transaction() as (db, _keyring, _principal):
        repo = db.journal.entries if table == "journal_entries" else db.journal.index.blocks
        return list(repo._selected_rows(db, None))  # noqa: SLF001


@pytest.mark.parametrize("table", ["journal_entries", "journal_index_blocks"])
def test_the_quick_opener_returns_exactly_what_the_general_way_opens(
    vault: Vault, table: str
) -> None:
    _journal(vault, 12)
    rows = _raw(vault, table)
    assert rows
    with vault.transaction() as (db, keyring, _principal):
        repo = db.journal.entries if table == "journal_entries" else db.journal.index.blocks
        opener = repo._usual_opener(_KeyCache(keyring))  # noqa: SLF001
        names = repo._row_type._fields  # noqa: SLF001
        for raw in rows:
            # Every row this version writes takes the quick way, with the same state.
            assert opener(raw) is not None
            assert opener(raw) == _general(repo, keyring, raw)
            changes: list[tuple[str, Any]] = [
                ("rev", raw[names.index("rev")] + 1),
                ("deleted", 1 - raw[names.index("deleted")]),
                ("format_version", 1),
                ("id", "00000000-0000-4000-8000-000000000000"),
                ("key_id", bytes(16)),
                ("slot_id", "00000000-0000-4000-8000-000000000001"),
            ]
            payload = raw[names.index("payload_sealed")]
            changes += [("payload_sealed", flip_bit(payload, bit)) for bit in (0, 20, 200, -1)]
            changes.append(("payload_sealed", payload[:-1]))
            for column, value in changes:
                changed = list(raw)
                changed[names.index(column)] = value
                # A changed row never opens the quick way; the general way refuses it too.
                assert opener(tuple(changed)) is None, column
                assert _general(repo, keyring, tuple(changed)) is None, column
