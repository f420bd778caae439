"""Handles and invitation codes: how people are found without storing names."""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
import uuid
from collections.abc import Callable

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.text import check_text
from safespace_desktop.crypto import recovery

HANDLE_MAX = 64
# A claimed member handle is what the person chose plus "-" and a random tag of digits
# (see ``VaultAccounts._claim_tagged_handle``); the tag widens only if a name's tags ever
# run short.
HANDLE_TAG_DIGITS = (4, 6, 8)
MEMBER_HANDLE_MAX = HANDLE_MAX - 1 - HANDLE_TAG_DIGITS[-1]


INVITE_CHARS = 10


Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


def clean_handle(handle: str) -> str:
    cleaned = unicodedata.normalize("NFKC", check_text("handle", handle)).strip()
    if not cleaned:
        raise ValidationError("handle", "required")
    if len(cleaned) > HANDLE_MAX:
        raise ValidationError("handle", "too_long", limit=HANDLE_MAX)
    return cleaned


def new_handle_tag(digits: int) -> str:
    return str(secrets.randbelow(10**digits)).zfill(digits)


def _hash_secret(salt: bytes, purpose: bytes, text: str) -> bytes:
    folded = unicodedata.normalize("NFKC", text.strip().casefold())
    return hashlib.sha256(salt + purpose + folded.encode("utf-8")).digest()


def _new_invitation_code() -> str:
    value = int.from_bytes(uuid.uuid4().bytes[:7], "big") >> 6  # 50 random bits
    chars = "".join(recovery.ALPHABET[(value >> s) & 31] for s in range(45, -1, -5))
    return f"{chars[:5]}-{chars[5:]}"


def _normalise_invitation(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "".join({"O": "0", "I": "1", "L": "1"}.get(ch, ch) for ch in cleaned)
