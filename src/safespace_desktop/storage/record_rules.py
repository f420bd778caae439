"""The vocabulary of the record registry (storage/registry.py): whose key seals a
record, how each field merges, how a record type travels, and the fixed system fields.
Kept apart so the registry itself is only the list of record types."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.sync.record import DELETE_SEEN_FIELD, DELETED_FIELD, REDACTED_FIELD
from safespace_desktop.storage import tables as t


class ScopeKind(StrEnum):
    """Whose key seals a record: the group key, the commons key or one person's
    journal key. ``PLAINTEXT`` marks the few tables that are public by design."""

    GROUP = "group"
    COMMONS = "commons"
    JOURNAL = "journal"
    PLAINTEXT = "plaintext"


class Merge(StrEnum):
    """How concurrent edits of one field from two replicas come together."""

    KEEP_BOTH = "keep_both"
    """Free text: both versions stay (siblings) until a person resolves them."""
    LATEST_WINS = "latest_wins"
    """A deterministic winner (greatest HLC, then replica id); the loser is reported."""
    SET_ONCE = "set_once"
    """Written when the record is made and never edited (versions, dates of record)."""
    # attendfix (issue 9): people folded into a meeting's counts on consent withdrawal
    COUNTER = "counter"
    """A per-replica grow-only counter (a map replica → counts): each replica raises
    only its own entry, siblings merge by the greatest value per replica and the total
    is the sum. Concurrent increments all count; never a conflict for a person."""


class Channel(StrEnum):
    """How a record type travels between PCs."""

    GROUP_BUNDLE = "group_bundle"
    """In facilitator sync bundles (sealed under keys every facilitator holds)."""
    PERSONAL_FILE = "personal_file"
    """Only in the owner's personal journal file: never in a facilitator bundle."""
    NOT_SYNCED = "not_synced"
    """Not yet: the row has no version vector to merge with (see ``reason``)."""


# Fields every sealed record may carry, with their fixed rules (DESIGN.md §4): a delete
# is a tombstone that an edit the deleter had not seen beats; "forget me" is a sticky
# redaction that beats everything.
SYSTEM_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        DELETED_FIELD: "tombstone: syncs like data; an unseen concurrent edit beats it",
        REDACTED_FIELD: "sticky redaction ('forget me'): beats every other write",
        # sync (issue 12): what a delete had seen, so an unseen concurrent edit beats it
        DELETE_SEEN_FIELD: "the deleter's causal context, written with every delete",
    }
)


@dataclass(frozen=True)
class RecordType:
    table: type[t.Base]
    scope: ScopeKind
    kind: RecordKind
    channel: Channel
    fields: Mapping[str, Merge]
    reason: str = ""
    blob_fields: tuple[str, ...] = ()
    """Fields holding attachment blob ids (content-addressed by a keyed hash): a sync
    bundle may carry those blobs, and leaves them out of routine incrementals."""
    derived: bool = False
    """A local index the app rebuilds from other rows on each PC (issue 15): nobody's
    record, so counts of what a vault or backup holds leave it out."""

    @property
    def name(self) -> str:
        return str(self.table.__tablename__)

    @property
    def sealed(self) -> bool:
        return self.scope is not ScopeKind.PLAINTEXT
