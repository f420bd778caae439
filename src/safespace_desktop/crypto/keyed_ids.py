"""Record ids that only key holders can compute (issue 9, attendance).

A record id derived with a plain ``uuid5`` from ids that are stored in the clear (a
meeting id, a member id, a consent id) would let anyone holding the file recompute it
and learn, without any key, which person a row is about. These ids are HMAC-SHA256
under a subkey derived (HKDF) from the scope key instead: every facilitator's PC
computes the same id for the same parts (so concurrent writes merge), and nobody
without the key can link a row to a person.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safespace_desktop.crypto.keys import SecretKey

ATTENDANCE_ROW_ID_INFO = b"safespace/attendance-row-id/v1"


def attendance_row_uuid(key: SecretKey, *parts: str) -> str:
    """A UUID-shaped id: HMAC-SHA256(HKDF(group key, info=ATTENDANCE_ROW_ID_INFO), parts
    joined by NUL). (A constant ``info``, so tests can check every HKDF use apart.)"""
    subkey = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=ATTENDANCE_ROW_ID_INFO
    ).derive(key.material())
    digest = hmac.new(subkey, "\0".join(parts).encode("utf-8"), hashlib.sha256).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))
