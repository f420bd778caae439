"""A person's own favourite resources (issue 11), sealed under their journal key.

One row per person in ``resource_favourites``: a list of resource ids. Facilitators
never hold a member's journal key, so they cannot see whose favourites are whose, or
that anyone has any. It travels only in the person's own journal file.
"""

from __future__ import annotations

import uuid

from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services.vault import Vault

FAVOURITES_MAX = 500


class FavouritesService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def ids(self) -> list[str]:
        """The ids this person marked, in the order they marked them."""
        with self._vault.transaction() as (db, keyring, _principal):
            loaded, _damaged = db.journal.resource_favourites.load_all(db, keyring)
        for record in loaded:
            value = record.state.get("resource_ids", [])
            if isinstance(value, list | tuple):
                return [str(v) for v in value if isinstance(v, str)]
        return []

    def set_favourite(self, resource_id: str, favourite: bool) -> list[str]:
        with self._vault.transaction() as (db, keyring, principal):
            repo = db.journal.resource_favourites
            loaded, _damaged = repo.load_all(db, keyring)
            record = loaded[0] if loaded else None
            state = record.state if record is not None else RecordState()
            record_id = record.id if record is not None else str(uuid.uuid4())
            raw = state.get("resource_ids", [])
            current = [str(v) for v in raw] if isinstance(raw, list | tuple) else []
            if favourite and resource_id not in current:
                current = [*current, resource_id][-FAVOURITES_MAX:]
            elif not favourite:
                current = [v for v in current if v != resource_id]
            replica, counter, hlc = self._vault.next_write(db)
            state.write({"resource_ids": current}, replica, counter, hlc)
            repo.store(db, keyring.journal_key, record_id, state, counter)
        return current
