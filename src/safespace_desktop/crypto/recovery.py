"""Recovery codes: 128 random bits in Crockford base32 with a check character (DESIGN.md §3.1).

Codes are high-entropy, so the key-encryption key comes from HKDF, not Argon2id.
"""

from __future__ import annotations

import os
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safespace_desktop.core.errors import MalformedRecoveryCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
CODE_BITS = 128
DATA_CHARS = 26  # 130 bits, the top two always zero
GROUP = 4
RECOVERY_INFO = b"safespace/recovery-kek/v1"
_ALIASES = {"O": "0", "I": "1", "L": "1"}


def _check_char(value: int) -> str:
    return CHECK_ALPHABET[value % 37]


def new_code() -> str:
    """A fresh, display-formatted recovery code such as ``0ABC-DEFG-…-K``."""
    return format_code(secrets.randbits(CODE_BITS))


def format_code(value: int) -> str:
    chars = []
    for shift in range((DATA_CHARS - 1) * 5, -1, -5):
        chars.append(ALPHABET[(value >> shift) & 31])
    body = "".join(chars) + _check_char(value)
    return "-".join(body[i : i + GROUP] for i in range(0, len(body), GROUP))


def parse_code(text: str) -> int:
    """Turn typed text back into the 128-bit value, forgiving case, spaces and dashes."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = "".join(_ALIASES.get(ch, ch) for ch in cleaned)
    if len(cleaned) != DATA_CHARS + 1:
        raise MalformedRecoveryCode("wrong_length", expected=DATA_CHARS + 1, length=len(cleaned))
    value = 0
    for ch in cleaned[:DATA_CHARS]:
        index = ALPHABET.find(ch)
        if index < 0:
            raise MalformedRecoveryCode("unknown_character")
        value = (value << 5) | index
    if value >> CODE_BITS or _check_char(value) != cleaned[-1]:
        raise MalformedRecoveryCode("typo")
    return value


def normalise_code(text: str) -> str:
    """Canonical display form of a typed code (raises on malformed input)."""
    return format_code(parse_code(text))


def code_groups(code: str) -> list[str]:
    return code.split("-")


def derive_recovery_kek(code_value: int, salt: bytes) -> bytearray:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=RECOVERY_INFO)
    return bytearray(hkdf.derive(code_value.to_bytes(CODE_BITS // 8, "big")))


def new_recovery_salt() -> bytes:
    return os.urandom(16)
