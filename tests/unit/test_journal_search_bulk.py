"""The first search folds every entry's text in one pass (services/journal_cache.py);
it must find exactly what folding each entry on its own finds, accents and all."""

from __future__ import annotations

import random

from safespace_desktop.core import journal as rules
from safespace_desktop.core.model import JournalEntryInput
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault
from tests.unit.journal_helpers import add_member

PIECES = ("Straße", "STRASSE", "ﬁne", "fine", "Été", "café", "cafe\u0301", "İstanbul", "ǅ", "calm")


def test_bulk_folded_search_finds_what_each_entry_alone_finds(vault: Vault) -> None:
    add_member(vault, "casey")
    rng = random.Random(5)
    journal = JournalService(vault)
    inputs = [
        JournalEntryInput(
            body=" ".join(rng.choice(PIECES) for _ in range(6)),
            title=rng.choice(PIECES),
            tags=(rng.choice(("Work", "ÉTÉ", "")),) if i % 3 else (),
            feelings=("calm",) if i % 4 == 0 else (),
        )
        for i in range(150)
    ]
    journal.add_many(inputs)
    every = JournalService(vault).list_entries()
    assert len(every) == 150
    for query in ("strasse", "FINE", "été", "café", "istanbul", "calm straße", "work", "ǆ"):
        words = rules.query_words(query)
        expected = {e.id for e in every if all(w in rules.haystack(e) for w in words)}
        again = JournalService(vault)  # a new service starts from the stored values
        assert {e.id for e in again.search(query)} == expected, query


def test_a_text_holding_the_separator_is_still_found(vault: Vault) -> None:
    add_member(vault, "casey")
    journal = JournalService(vault)
    journal.add_many([JournalEntryInput(f"plain entry {i}") for i in range(80)])
    odd = journal.add(JournalEntryInput("nul\x00byte Zanzibar"))
    found = JournalService(vault).search("zanzibar")
    assert [e.id for e in found] == [odd.id]
    assert len(JournalService(vault).search("entry")) == 80
