"""Sealed records: AES-256-GCM with bound associated data and padding (DESIGN.md §3.2).

Envelope: ``version(1) | alg(1) | key_id(16) | nonce(12) | ciphertext+tag``.
The associated data is an injective, length-prefixed encoding of the context the
caller trusts (table, scope, row id, key id, revision, other plaintext columns),
so a blob copied anywhere else fails to open.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag

from safespace_desktop.core.errors import UnsupportedFormatVersion
from safespace_desktop.crypto.keys import KEY_ID_BYTES, SecretKey

ENVELOPE_VERSION = 1
ALG_AES256_GCM = 1
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_BYTES = 2 + KEY_ID_BYTES + NONCE_BYTES
OVERHEAD = HEADER_BYTES + TAG_BYTES
AD_TAG = b"safespace-seal"

# Padding buckets: small documents round up to these sizes, larger ones to the next
# multiple of 1 KiB up to 4 KiB, then to the next power of two.
SMALL_BUCKETS = (64, 128, 256, 512, 1024, 2048, 4096)

AdField = str | bytes | int | bool | None


class OpenFailed(Exception):
    """Internal signal that authentication failed; repositories turn it into IntegrityError."""


def encode_ad(fields: Sequence[AdField]) -> bytes:
    """Injective encoding: a type byte and a 4-byte length before every field."""
    return AD_HEADER + encode_ad_fields(fields)


AD_HEADER = AD_TAG + struct.pack(">B", ENVELOPE_VERSION)
_EMPTY = b"n" + struct.pack(">I", 0)
_LENGTH = struct.Struct(">I")


def encode_ad_fields(fields: Sequence[AdField]) -> bytes:
    """The fields' part of ``encode_ad``, so ``encode_ad(a + b)`` equals
    ``encode_ad(a) + encode_ad_fields(b)`` (bulk readers reuse a row-independent prefix)."""
    out = bytearray()
    for value in fields:
        if value is None:
            out += _EMPTY
            continue
        if isinstance(value, bool):
            tag, raw = b"b", (b"\x01" if value else b"\x00")
        elif isinstance(value, int):
            tag, raw = b"i", str(value).encode("ascii")
        elif isinstance(value, str):
            tag, raw = b"s", value.encode("utf-8")
        else:
            tag, raw = b"y", bytes(value)
        out += tag
        out += _LENGTH.pack(len(raw))
        out += raw
    return bytes(out)


def encode_ad_field(value: AdField) -> bytes:
    """``encode_ad_fields([value])``, with strings and bytes (nearly every field of a
    record's associated data) encoded without the type dispatch."""
    kind = type(value)
    if kind is str:
        raw = value.encode("utf-8")  # type: ignore[union-attr]
        return b"s" + _LENGTH.pack(len(raw)) + raw
    if kind is bytes:
        return b"y" + _LENGTH.pack(len(value)) + value  # type: ignore[arg-type, operator]
    if kind is bool:
        return _TRUE if value else _FALSE
    if kind is int:
        raw = str(value).encode("ascii")
        return b"i" + _LENGTH.pack(len(raw)) + raw
    return encode_ad_fields((value,))


_TRUE = b"b" + struct.pack(">I", 1) + b"\x01"
_FALSE = b"b" + struct.pack(">I", 1) + b"\x00"


class Sealer:
    """``seal_with_ad`` under one key, for many records in a row (bulk writes)."""

    __slots__ = ("_aead", "_header")

    def __init__(self, key: SecretKey) -> None:
        self._aead = key.aead()
        self._header = struct.pack(">BB", ENVELOPE_VERSION, ALG_AES256_GCM) + key.key_id

    def seal(self, plaintext: bytes, ad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        header = self._header
        return header + nonce + self._aead.encrypt(nonce, pad(plaintext), header + ad)


def padded_size(length: int) -> int:
    """The bucket a plaintext of ``length`` bytes (plus the 0x80 marker) is padded to."""
    needed = length + 1
    for bucket in SMALL_BUCKETS:
        if needed <= bucket:
            return bucket
    size = SMALL_BUCKETS[-1]
    while size < needed:
        size *= 2
    return size


def pad(plaintext: bytes, *, minimum: int = 0) -> bytes:
    target = max(padded_size(len(plaintext)), minimum)
    return plaintext + b"\x80" + b"\x00" * (target - len(plaintext) - 1)


def unpad(padded: bytes) -> bytes:
    end = padded.rstrip(b"\x00")
    if not end or end[-1] != 0x80:
        raise OpenFailed("bad padding")
    return end[:-1]


def seal(
    key: SecretKey, plaintext: bytes, ad_fields: Sequence[AdField], *, minimum: int = 0
) -> bytes:
    """Pad and encrypt ``plaintext`` under ``key`` bound to ``ad_fields``."""
    return seal_with_ad(key, plaintext, encode_ad(ad_fields), minimum=minimum)


def seal_with_ad(key: SecretKey, plaintext: bytes, ad: bytes, *, minimum: int = 0) -> bytes:
    """``seal`` with the associated data already encoded (``encode_ad``)."""
    header = struct.pack(">BB", ENVELOPE_VERSION, ALG_AES256_GCM) + key.key_id
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = key.aead().encrypt(nonce, pad(plaintext, minimum=minimum), header + ad)
    return header + nonce + ciphertext


def envelope_key_id(blob: bytes) -> bytes:
    """The key id an envelope names; checks length and version first, like ``open_sealed``."""
    if len(blob) < OVERHEAD:
        raise OpenFailed("too short")
    if blob[0] != ENVELOPE_VERSION:
        raise UnsupportedFormatVersion(blob[0], "sealed record")
    return blob[2 : 2 + KEY_ID_BYTES]


def open_sealed(key: SecretKey, blob: bytes, ad_fields: Sequence[AdField]) -> bytes:
    """Authenticate and decrypt; raises UnsupportedFormatVersion or OpenFailed."""
    return open_with_ad(key, blob, encode_ad(ad_fields))


def open_with_ad(key: SecretKey, blob: bytes, ad: bytes) -> bytes:
    """``open_sealed`` with the associated data already encoded (``encode_ad``)."""
    if len(blob) < OVERHEAD:
        raise OpenFailed("too short")
    version, alg = blob[0], blob[1]
    if version != ENVELOPE_VERSION:
        raise UnsupportedFormatVersion(version, "sealed record")
    if alg != ALG_AES256_GCM:
        raise OpenFailed("unknown algorithm")
    header = blob[: 2 + KEY_ID_BYTES]
    if header[2:] != key.key_id:
        raise OpenFailed("wrong key id")
    nonce = blob[2 + KEY_ID_BYTES : HEADER_BYTES]
    try:
        padded = key.aead().decrypt(nonce, blob[HEADER_BYTES:], header + ad)
    except InvalidTag as exc:
        raise OpenFailed("authentication failed") from exc
    return unpad(padded)
