"""Record ids that only key holders can compute (issue 9, attendance).

A record id derived with a plain ``uuid5`` from ids that are stored in the clear (a
meeting id, a member id, a consent id) would let anyone holding the file recompute it
and learn, without any key, which person a row is about. These ids are HMAC-SHA256
under a subkey derived (HKDF) from a group key instead: every facilitator's PC
computes the same id for the same parts (so concurrent writes merge), and nobody
without the key can link a row to a person.

Which group key: the **founding epoch's** (epoch 0), not the current one. An id is an
identity, and identity must not change when a revocation rotates the epoch
(crypto.md §4.7): keyed by the current epoch, the same person at the same meeting got
a second row after a rotation, and two PCs on different epochs disagreed about which
row was which. Every facilitator holds epoch 0 (the join kit carries every epoch the
maker holds, ``add_facilitator`` passes them all on, and a key file grants the later
ones), so every PC derives the same ids. The callers choose the key
(``services.attendance_rows.identity_key``).

What this gives up, stated plainly: a facilitator revoked later still holds epoch 0,
so with a copy of a *later* vault file they could recompute the id of a row written
after they left and learn that a member they already knew was marked at a meeting
(never the status, which stays sealed under the new epoch). That is linkage of people
they already knew, not decryption; it is the same class as crypto.md's stated
limitation ("the leaver keeps whatever they already saw"), and the alternative (ids
that change with every epoch) loses one person's history into two rows.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safespace_desktop.crypto.keys import SecretKey

ATTENDANCE_ROW_ID_INFO = b"safespace/attendance-row-id/v1"


def attendance_row_ids(key: SecretKey) -> Callable[..., str]:
    """A function of the id parts, with the subkey derived once (withdrawing a consent
    computes thousands of candidate ids in one pass)."""
    subkey = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=ATTENDANCE_ROW_ID_INFO
    ).derive(key.material())

    def row_id(*parts: str) -> str:
        digest = hmac.new(subkey, "\0".join(parts).encode("utf-8"), hashlib.sha256).digest()
        return str(uuid.UUID(bytes=digest[:16], version=4))

    return row_id


def attendance_row_uuid(key: SecretKey, *parts: str) -> str:
    """A UUID-shaped id: HMAC-SHA256(HKDF(group key, info=ATTENDANCE_ROW_ID_INFO), parts
    joined by NUL). (A constant ``info``, so tests can check every HKDF use apart.)"""
    return attendance_row_ids(key)(*parts)
