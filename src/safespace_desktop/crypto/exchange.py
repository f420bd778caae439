"""Exchange keys: giving a new group key epoch to a facilitator whose keys we do not hold.

Every facilitator has an X25519 *exchange key* (crypto.md §4.2). Its private half is
wrapped under that facilitator's FK like their other keys; its public half is in their
facilitator record, which every facilitator can read. When a revocation creates group
key epoch e+1, the acting facilitator cannot wrap GK_{e+1} under a co-facilitator's FK
(only that person's passphrase opens it), so it *grants* the key to their exchange key:

    ephemeral X25519 pair (esk, epk)
    shared = X25519(esk, recipient_public)
    KEK    = HKDF-SHA256(shared, salt = epk ‖ recipient_public ‖ 0 ‖ group id ‖ 0 ‖ epoch,
                         info = "safespace/gk-grant/v1")
    grant  = AES-256-GCM(KEK, GK_{e+1}) with the wrap's plaintext columns as AD

This is HPKE's base mode (RFC 9180, DHKEM(X25519) + HKDF + AES-GCM) spelled out with
the primitives of ``cryptography``. Binding the group id and epoch into the KEK means a
grant cannot be replayed for another group or relabelled as another epoch. Only the
holder of the exchange private key (that is, of the FK, that is, of the passphrase or
recovery code) can open the grant; the person being revoked never receives one.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from safespace_desktop.crypto.keys import KEY_BYTES, KEY_ID_BYTES, SecretKey

GRANT_INFO = b"safespace/gk-grant/v1"


def exchange_key_id(public: bytes) -> bytes:
    """A stable 16-byte id for an exchange key, derived from its public half."""
    return hashlib.sha256(b"safespace/exchange-key-id/v1" + public).digest()[:KEY_ID_BYTES]


def new_exchange_key() -> SecretKey:
    """A fresh X25519 private key held as a wipeable ``SecretKey`` (id from its public half)."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return SecretKey(raw, exchange_key_id(public_of(raw)))


def public_of(private_raw: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(private_raw)
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _grant_kek(
    shared: bytes, ephemeral: bytes, recipient: bytes, group_id: str, epoch: int
) -> SecretKey:
    # The info stays one constant (tests scan every HKDF info); what makes each grant's
    # KEK unique — both public keys, the group and the epoch — goes into the salt.
    context = b"\x00".join((group_id.encode("ascii"), str(epoch).encode("ascii")))
    material = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=ephemeral + recipient + b"\x00" + context,
        info=GRANT_INFO,
    ).derive(shared)
    return SecretKey(material, exchange_key_id(recipient))


def sender_kek(recipient_public: bytes, group_id: str, epoch: int) -> tuple[SecretKey, bytes]:
    """The KEK that seals a grant to ``recipient_public``, and the ephemeral public key
    to store beside the grant (the recipient needs it to derive the same KEK)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    return _grant_kek(shared, ephemeral_public, recipient_public, group_id, epoch), ephemeral_public


def recipient_kek(
    exchange_key: SecretKey, ephemeral_public: bytes, group_id: str, epoch: int
) -> SecretKey:
    """The KEK the recipient derives with their exchange private key."""
    private = X25519PrivateKey.from_private_bytes(exchange_key.material())
    recipient_public = public_of(exchange_key.material())
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    return _grant_kek(shared, ephemeral_public, recipient_public, group_id, epoch)


# ------------------------------------------------------------------ grants that travel
# For a facilitator on another PC, the grant rides with sync bundles (outside the
# epoch's own encryption, since the recipient does not hold that epoch yet). It names
# the recipient only by their exchange key id, a random-looking value.

GRANT_AD_LABEL = "safespace-gk-grant"


def _travel_ad(group_id: str, epoch: int, to: bytes, key_id: bytes) -> list[str | bytes | int]:
    return [GRANT_AD_LABEL, group_id, epoch, to, key_id]


def seal_travel_grant(
    recipient_public: bytes, group_id: str, epoch: int, group_key: SecretKey
) -> dict[str, str | int]:
    """A self-contained grant of ``group_key`` (epoch ``epoch``) for one exchange key."""
    from safespace_desktop.crypto.seal import seal

    kek, ephemeral = sender_kek(recipient_public, group_id, epoch)
    try:
        sealed = seal(
            kek, group_key.material(), _travel_ad(group_id, epoch, kek.key_id, group_key.key_id)
        )
    finally:
        kek.wipe()
    return {
        "to": exchange_key_id(recipient_public).hex(),
        "epoch": epoch,
        "key_id": group_key.key_id.hex(),
        "epk": ephemeral.hex(),
        "sealed": sealed.hex(),
    }


def open_travel_grant(
    exchange_key: SecretKey, grant: dict[str, str | int], group_id: str
) -> SecretKey:
    """Open a grant addressed to ``exchange_key``; ``ValueError`` if it is not ours or
    does not authenticate (wrong group, relabelled epoch or key id, damage)."""
    from safespace_desktop.crypto.seal import OpenFailed, open_sealed

    try:
        to = bytes.fromhex(str(grant["to"]))
        epoch = int(grant["epoch"])
        key_id = bytes.fromhex(str(grant["key_id"]))
        ephemeral = bytes.fromhex(str(grant["epk"]))
        sealed = bytes.fromhex(str(grant["sealed"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise ValueError("malformed grant") from exc
    if to != exchange_key.key_id or len(ephemeral) != 32 or len(key_id) != KEY_ID_BYTES:
        raise ValueError("grant is not for this exchange key")
    kek = recipient_kek(exchange_key, ephemeral, group_id, epoch)
    try:
        material = open_sealed(kek, sealed, _travel_ad(group_id, epoch, to, key_id))
    except OpenFailed as exc:
        raise ValueError("grant does not authenticate") from exc
    finally:
        kek.wipe()
    return SecretKey(material, key_id)
