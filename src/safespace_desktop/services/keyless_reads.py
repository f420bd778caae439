"""Reads that need no key, made while the key is derived at unlock (issue 15).

The local indexes (the follow-ups', the meetings', the roster's) check that they still
match their rows by each row's plaintext columns and the sealed payload's tag or
digest: no key is needed for that. Unlocking spends about a tenth of a second deriving
the account's key outside Python's interpreter lock, so those reads are made then, on
a second thread (``Vault.unlock(while_deriving=...)``), and the first page after
unlocking takes them instead of reading every row again.

What is kept is only what the vault file shows anyone (ids, revisions, tags, digests),
and it is used only while ``UnitOfWork.change_token`` says nothing at all was written
since it was read; each is handed out once.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable

from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.fingerprints import row_digests, row_fingerprints
from safespace_desktop.storage.meetings import meeting_fingerprints
from safespace_desktop.storage.unit_of_work import ChangeToken, UnitOfWork

log = logging.getLogger(__name__)

FOLLOW_UPS = "follow_ups"
MEETINGS = "meetings"
MEMBERS = "members"


_KEPT: weakref.WeakKeyDictionary[Vault, tuple[ChangeToken, dict[str, dict[str, str]]]] = (
    weakref.WeakKeyDictionary()
)
_GUARD = threading.Lock()


def read_while_deriving(vault: Vault) -> Callable[[], None]:
    """The reads to pass as ``Vault.unlock(while_deriving=...)``."""

    def read() -> None:
        try:
            with vault.plain_transaction() as db:
                token = db.change_token()
                found = {
                    FOLLOW_UPS: row_fingerprints(db, db.group.follow_ups),
                    MEETINGS: meeting_fingerprints(db),
                    MEMBERS: row_digests(db, db.group.members),
                }
        except Exception as exc:  # only a head start: the pages read for themselves
            log.warning("Reading ahead at unlock failed: %s", type(exc).__name__)
            return
        with _GUARD:
            _KEPT[vault] = (token, found)

    return read


def take(vault: Vault, db: UnitOfWork, name: str) -> dict[str, str] | None:
    """What was read ahead for ``name`` if nothing was written since (None: read it)."""
    with _GUARD:
        kept = _KEPT.get(vault)
        if kept is None:
            return None
        token, found = kept
        value = found.pop(name, None)
        if not found:
            del _KEPT[vault]
    if value is None or token != db.change_token():
        return None
    return value
