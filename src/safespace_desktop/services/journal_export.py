"""What the journal's exports and imports read: the entries of a readable (Markdown)
export, opened in one pass (issue 15), and the local id of an imported record.

The entries' dates are sealed, so an export of most of the journal opens every entry
of the slot in one read (``SlotRecords.load_values``: each row authenticated, a
flipped ``deleted`` flag cannot hide an entry). When the session's list is loaded it
knows every date, and a narrow range opens only its own entries. Either way the
entries opened are NOT added to the session's copy (``JournalCache``): an export does
not leave the whole journal decrypted in memory for the rest of the session.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from safespace_desktop.core import journal as rules
from safespace_desktop.core.errors import IntegrityError
from safespace_desktop.core.model import JournalEntry, JournalFilter
from safespace_desktop.services.journal_cache import JournalCache
from safespace_desktop.services.journal_codec import entry_from_values
from safespace_desktop.storage.journal_records import SlotRecords
from safespace_desktop.storage.records import DamagedRecord, KeyLookup

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork


def entries_to_export(
    db: UnitOfWork,
    keys: KeyLookup,
    cache: JournalCache | None,
    date_from: date | None,
    date_to: date | None,
) -> tuple[list[JournalEntry], list[DamagedRecord]]:
    """The live, well-formed entries dated in the range (in no particular order), and
    the rows that failed to open or are not well-formed entries (reported, left out)."""
    flt = JournalFilter(date_from=date_from, date_to=date_to)
    only: list[str] | None = None  # every entry of the slot, in one pass
    if cache is not None:
        chosen = cache.matching_ids(flt)
        only = chosen if len(chosen) <= len(cache) // 2 else None
    opened, damaged = db.journal.entries.load_values(db, keys, only=only, flag_proof=True)
    entries: list[JournalEntry] = []
    for item in opened:
        try:
            entries.append(entry_from_values(item.id, item.values, item.last_hlc))
        except (ValueError, TypeError, KeyError):
            error = IntegrityError("journal_entries", item.id)
            damaged.append(DamagedRecord("journal_entries", item.id, error))
    if flt != JournalFilter():
        accept = rules.compile_filter(flt)
        entries = [entry for entry in entries if accept(entry, "")]
    return entries, damaged


def local_id(db: UnitOfWork, repo: SlotRecords, original: str) -> str:
    """The id an imported record gets here: its original id, unless another person's
    row already uses it."""
    if not repo.id_used_by_someone_else(db, original):
        return original
    return str(uuid.uuid5(uuid.UUID(repo.slot_id), f"safespace/imported/{original}"))
