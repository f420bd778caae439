"""The resource-suggestion drop box (issue 11): rows a member can write and only a
group-key holder can read (crypto/drop_box.py explains the keys).

A live drop's payload is sealed in the usual record envelope, under a fresh content
key; ``wrapped_key_sealed`` holds that key wrapped to the box's public key, and is
itself bound into the payload's associated data. Once a facilitator has collected a
drop it becomes an ordinary group-key tombstone with an empty wrap.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from safespace_desktop.core.errors import IntegrityError
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.drop_box import box_private_key, unwrap_from_box, wrap_to_box
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.crypto.seal import OpenFailed
from safespace_desktop.storage import tables as t
from safespace_desktop.storage.records import KeyLookup, Scope, SealedRecords
from safespace_desktop.storage.tables import SealedRecordMixin

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork

# Drops are stamped by this fixed writer with counter 1 and time 0, so a drop carries
# neither the PC's replica id nor when it was written.
DROP_WRITER = "drop-box"


@dataclass
class BoxKeys:
    """The unlocked person's keys plus the drop box's private keys (one per group key)."""

    keys: KeyLookup
    privates: Sequence[X25519PrivateKey]

    def key(self, key_id: bytes) -> SecretKey:
        return self.keys.key(key_id)


class _OneKey:
    def __init__(self, key: SecretKey) -> None:
        self._key = key

    def key(self, key_id: bytes) -> SecretKey:
        if key_id != self._key.key_id:
            raise OpenFailed("another key")
        return self._key


def _context(table_name: str, record_id: str) -> bytes:
    return f"{table_name}\x00{record_id}".encode()


class DropBoxRecords(SealedRecords):
    """``resource_suggestion_drops`` under the group's scope (or another drop table with
    a ``wrapped_key_sealed`` column: feedback, issue 13, uses ``feedback_drops``)."""

    def __init__(
        self,
        group_id: str,
        table: type[SealedRecordMixin] = t.ResourceSuggestionDropRecord,
        *,
        derive_box: bool = False,
    ) -> None:
        super().__init__(table, Scope.group(group_id))
        self._group_id = group_id
        # Feedback drops (issue 13) stay drops for good, so any group-key holder's keys
        # open them (backups' checks, the registry): the box keys come from the ring.
        self._derive_box = derive_box
        self._derived: tuple[tuple[object, ...], list[X25519PrivateKey]] = ((), [])

    def _privates(self, keys: KeyLookup) -> Sequence[X25519PrivateKey]:
        if isinstance(keys, BoxKeys):
            return keys.privates
        group_keys = getattr(keys, "group_keys", None) if self._derive_box else None
        if not isinstance(group_keys, Mapping):
            return ()
        wanted = tuple(group_keys)  # key ids: derived once per repository, not per row
        if self._derived[0] != wanted:
            privates = [box_private_key(key, self._group_id) for key in group_keys.values()]
            self._derived = (wanted, privates)
        return self._derived[1]

    def drop(
        self, db: UnitOfWork, recipient: bytes, record_id: str, values: dict[str, Any]
    ) -> None:
        """Seal ``values`` so that only the box can open them."""
        content_key = SecretKey.generate()
        try:
            state = RecordState()
            state.write(values, DROP_WRITER, 1, 0)
            wrapped = wrap_to_box(recipient, content_key, _context(self.name, record_id))
            self.store(db, content_key, record_id, state, 1, wrapped_key_sealed=wrapped)
        finally:
            content_key.wipe()

    def open_document(self, keys: KeyLookup, row: SealedRecordMixin) -> dict[str, Any]:
        wrapped = bytes(getattr(row, "wrapped_key_sealed", b"") or b"")
        if not wrapped:
            return super().open_document(keys, row)  # a collected drop: group-key tombstone
        for private in self._privates(keys):
            try:
                content_key = unwrap_from_box(private, wrapped, _context(self.name, row.id))
            except OpenFailed:
                continue
            try:
                return super().open_document(_OneKey(content_key), row)
            finally:
                content_key.wipe()
        raise IntegrityError(self.name, row.id)

    def live_ids(self, db: UnitOfWork) -> list[str]:
        """Drops not yet collected (unopened: the wrap column is non-empty)."""
        return [row.id for row in self.rows(db) if getattr(row, "wrapped_key_sealed", b"")]
