"""The join-kit file: a full bundle plus the group's keys, under a passphrase.

Layout (integers big-endian)::

    prefix  = b"SSJOINKIT" | version u8 | argon2 memory_kib u32 | iterations u32
              | lanes u32 | argon2 version u32 | salt length u8 | salt
    secrets = length u32 | seal(KEK, JSON secrets, AD = ["safespace-join-kit/secrets", prefix])
    bundle  = an ordinary sync bundle (crypto/bundle.py), to the end of the file

``KEK = Argon2id(passphrase, salt, params)``; the parameters are untrusted and checked
against the floor and ceiling before any derivation. A wrong passphrase gives a KEK
whose id differs from the one the sealed secrets name (``WrongPassphrase``).
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any

from safespace_desktop.core.errors import BundleRejected, WrongPassphrase
from safespace_desktop.crypto import kdf, passphrase
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.crypto.keys import SecretKey, key_encryption_key
from safespace_desktop.crypto.seal import OpenFailed, envelope_key_id, open_sealed, seal

MAGIC = b"SSJOINKIT"
VERSION = 1
_PARAMS = struct.Struct(">BIIIIB")
_AD = "safespace-join-kit/secrets"
MAX_SECRETS = 1024 * 1024


@dataclass(frozen=True)
class KitHeader:
    params: KdfParams
    salt: bytes
    prefix: bytes
    sealed_secrets: bytes
    bundle: bytes


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> SecretKey:
    """Argon2id: slow on purpose; never inside a transaction."""
    return key_encryption_key(kdf.derive(passphrase.encode(secret), salt, params))


def _prefix(params: KdfParams, salt: bytes) -> bytes:
    packed = _PARAMS.pack(
        VERSION, params.memory_kib, params.iterations, params.lanes, params.version, len(salt)
    )
    return MAGIC + packed + salt


def write_kit(
    kek: SecretKey, params: KdfParams, salt: bytes, secrets: dict[str, Any], bundle: bytes
) -> bytes:
    prefix = _prefix(params, salt)
    plaintext = json.dumps(secrets, sort_keys=True, separators=(",", ":")).encode("utf-8")
    sealed = seal(kek, plaintext, [_AD, prefix])
    return prefix + struct.pack(">I", len(sealed)) + sealed + bundle


def read_header(data: bytes) -> KitHeader:
    if not data.startswith(MAGIC):
        raise BundleRejected("sync_not_a_join_kit")
    offset = len(MAGIC)
    if len(data) < offset + _PARAMS.size:
        raise BundleRejected("sync_truncated")
    version, memory, iterations, lanes, argon, salt_len = _PARAMS.unpack_from(data, offset)
    if version != VERSION:
        raise BundleRejected("sync_newer_format", version=version)
    offset += _PARAMS.size
    salt = data[offset : offset + salt_len]
    offset += salt_len
    prefix = data[:offset]
    if len(data) < offset + 4 or len(salt) != salt_len:
        raise BundleRejected("sync_truncated")
    (length,) = struct.unpack_from(">I", data, offset)
    offset += 4
    if length > MAX_SECRETS or len(data) < offset + length:
        raise BundleRejected("sync_truncated")
    sealed = data[offset : offset + length]
    params = KdfParams(memory, iterations, lanes, argon)
    kdf.check_params(params, salt)  # before anything is derived
    return KitHeader(params, salt, prefix, sealed, data[offset + length :])


def open_secrets(header: KitHeader, kek: SecretKey) -> dict[str, Any]:
    try:
        if envelope_key_id(header.sealed_secrets) != kek.key_id:
            raise WrongPassphrase()
        plaintext = open_sealed(kek, header.sealed_secrets, [_AD, header.prefix])
        secrets = json.loads(plaintext)
    except OpenFailed:
        raise BundleRejected("sync_damaged") from None
    except ValueError:
        raise BundleRejected("sync_damaged") from None
    if not isinstance(secrets, dict):
        raise BundleRejected("sync_damaged")
    return secrets
