"""Key-encryption keys made *before* a transaction opens, and helpers that
open or copy keys. Argon2id is slow on purpose: it never runs inside a transaction or
while the vault lock is held, so a read on another thread never waits behind it."""

from __future__ import annotations

from dataclasses import dataclass

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.crypto import kdf, passphrase, recovery
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.crypto.keys import SecretKey, key_encryption_key


def _passphrase_kek(secret: str, salt: bytes, params: KdfParams) -> SecretKey:
    """Argon2id: slow on purpose. Never call it inside a transaction or holding the lock."""
    return key_encryption_key(kdf.derive(passphrase.encode(secret), salt, params))


@dataclass
class _PassphraseWrapKey:
    """A passphrase KEK derived before any transaction opens, with the fresh salt and
    the parameters that are stored next to every wrap it makes."""

    kek: SecretKey
    params: KdfParams
    salt: bytes

    @classmethod
    def derive(cls, secret: str, params: KdfParams) -> _PassphraseWrapKey:
        salt = kdf.new_salt()
        return cls(_passphrase_kek(secret, salt, params), params, salt)

    def wipe(self) -> None:
        self.kek.wipe()


@dataclass
class _RecoveryWrapKey:
    """A new recovery code and its KEK, made before any transaction opens."""

    code: str
    kek: SecretKey
    salt: bytes

    @classmethod
    def new(cls) -> _RecoveryWrapKey:
        code = recovery.new_code()
        salt = recovery.new_recovery_salt()
        kek = key_encryption_key(recovery.derive_recovery_kek(recovery.parse_code(code), salt))
        return cls(code, kek, salt)

    def wipe(self) -> None:
        self.kek.wipe()


def _copy(key: SecretKey) -> SecretKey:
    return SecretKey(key.material(), key.key_id)


class _SingleKey:
    def __init__(self, key: SecretKey) -> None:
        self._key = key

    def key(self, key_id: bytes) -> SecretKey:
        if key_id != self._key.key_id:
            raise NotPermitted("key_not_held")
        return self._key
