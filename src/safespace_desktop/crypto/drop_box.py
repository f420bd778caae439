"""A drop box: anyone with the box's public key can seal, only the group can open.

Members suggest resources to facilitators. A member session holds its journal key
and the commons key, never the group key, and members must not read each other's
suggestions, so neither key can seal them. Instead the facilitators publish an X25519
public key whose private half is derived from the group key (HKDF, per group key, so
every facilitator derives the same box and a member cannot). A member seals each
suggestion under a fresh random content key and wraps that key to the box with an
ephemeral X25519 agreement ("sealed box"): the member can write, but not read back
anything, their own or anyone else's. Only a group-key holder can unwrap.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safespace_desktop.crypto.keys import KEY_BYTES, KEY_ID_BYTES, SecretKey
from safespace_desktop.crypto.seal import OpenFailed

BOX_INFO = b"safespace/drop-box/x25519/v1"
WRAP_INFO = b"safespace/drop-box/wrap/v1"
WRAP_VERSION = 1
PUBLIC_BYTES = 32
NONCE_BYTES = 12


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def box_private_key(group_key: SecretKey, group_id: str) -> X25519PrivateKey:
    """The box's private key, derived one-way from the group key."""
    material = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=group_id.encode("utf-8") + b"\x00" + group_key.key_id,
        info=BOX_INFO,
    ).derive(group_key.material())
    return X25519PrivateKey.from_private_bytes(material)


def box_public_key(group_key: SecretKey, group_id: str) -> bytes:
    """The 32-byte public key facilitators publish (under the commons key)."""
    return _raw_public(box_private_key(group_key, group_id).public_key())


def _wrap_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=WRAP_INFO
    ).derive(shared)


def wrap_to_box(recipient: bytes, content_key: SecretKey, context: bytes) -> bytes:
    """``version | ephemeral public | nonce | AES-GCM(content key id + material)``.

    ``context`` (table and row id) is bound as associated data, so a wrap copied to
    another row fails to open.
    """
    if len(recipient) != PUBLIC_BYTES:
        raise ValueError("a drop-box public key is 32 bytes")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(NONCE_BYTES)
    header = bytes([WRAP_VERSION]) + ephemeral_public
    secret = content_key.key_id + content_key.material()
    sealed = AESGCM(_wrap_key(shared, ephemeral_public, recipient)).encrypt(
        nonce, secret, header + recipient + context
    )
    return header + nonce + sealed


def unwrap_from_box(private: X25519PrivateKey, wrapped: bytes, context: bytes) -> SecretKey:
    """The content key inside ``wrapped``; OpenFailed if it is not for this box or damaged."""
    if len(wrapped) < 1 + PUBLIC_BYTES + NONCE_BYTES + 16 or wrapped[0] != WRAP_VERSION:
        raise OpenFailed("not a drop-box wrap")
    ephemeral_public = wrapped[1 : 1 + PUBLIC_BYTES]
    nonce = wrapped[1 + PUBLIC_BYTES : 1 + PUBLIC_BYTES + NONCE_BYTES]
    recipient = _raw_public(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        secret = AESGCM(_wrap_key(shared, ephemeral_public, recipient)).decrypt(
            nonce,
            wrapped[1 + PUBLIC_BYTES + NONCE_BYTES :],
            wrapped[: 1 + PUBLIC_BYTES] + recipient + context,
        )
    except (InvalidTag, ValueError) as exc:
        raise OpenFailed("the drop-box wrap did not open") from exc
    if len(secret) != KEY_ID_BYTES + KEY_BYTES:
        raise OpenFailed("bad drop-box wrap")
    return SecretKey(secret[KEY_ID_BYTES:], secret[:KEY_ID_BYTES])
