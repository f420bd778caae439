"""Key material held in wipeable buffers (crypto.md claim 12).

A ``SecretKey`` owns a ``bytearray`` and, lazily, the AES-GCM object built from it.
``wipe()`` zeroes the buffer and drops the AEAD object so the session's keys die
with the session. AESGCM keeps an internal copy we cannot zero; dropping every
reference is the best Python allows.
"""

from __future__ import annotations

import os
import uuid

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
KEY_ID_BYTES = 16


class SecretKey:
    """A 256-bit symmetric key with a stable 16-byte id."""

    __slots__ = ("__weakref__", "_aead", "_buffer", "key_id")

    def __init__(self, material: bytes | bytearray, key_id: bytes) -> None:
        if len(material) != KEY_BYTES:
            raise ValueError("keys are 32 bytes")
        if len(key_id) != KEY_ID_BYTES:
            raise ValueError("key ids are 16 bytes")
        self._buffer = bytearray(material)
        self.key_id = bytes(key_id)
        self._aead: AESGCM | None = None

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(os.urandom(KEY_BYTES), uuid.uuid4().bytes)

    @property
    def wiped(self) -> bool:
        return not any(self._buffer)

    def aead(self) -> AESGCM:
        if self.wiped:
            raise RuntimeError("key has been wiped")
        if self._aead is None:
            self._aead = AESGCM(bytes(self._buffer))
        return self._aead

    def material(self) -> bytes:
        """The raw key, for wrapping under another key. Avoid keeping the result."""
        if self.wiped:
            raise RuntimeError("key has been wiped")
        return bytes(self._buffer)

    def buffer(self) -> bytearray:
        """The live buffer itself (tests check it is zero after lock)."""
        return self._buffer

    def wipe(self) -> None:
        for i in range(len(self._buffer)):
            self._buffer[i] = 0
        self._aead = None

    def __repr__(self) -> str:  # never show material
        return f"SecretKey(id={self.key_id.hex()[:8]}…)"


def wipe_buffer(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def key_encryption_key(material: bytearray) -> SecretKey:
    """Wrap derived KEK material; its id is derived from it, one-way.

    The id lets the vault tell a wrong passphrase (ids differ) from damaged key
    material (ids match but the wrap fails to open) — the ambiguity KeePassXC users
    suffer from. Checking it costs an attacker the same Argon2id run as trying the wrap.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key_id = HKDF(
        algorithm=hashes.SHA256(), length=KEY_ID_BYTES, salt=None, info=b"safespace/kek-id/v1"
    ).derive(bytes(material))
    kek = SecretKey(material, key_id)
    wipe_buffer(material)
    return kek
