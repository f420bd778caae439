"""Stored key wraps: a key sealed under a key-encryption key, with its KDF metadata.

Every plaintext column of the wrap is part of the associated data, so editing the
stored KDF parameters, the target or the owner slot makes the wrap fail to open.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from safespace_desktop.core.errors import CorruptKeyMaterial
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.crypto.seal import AdField, OpenFailed, open_sealed, seal
from safespace_desktop.storage.tables import KeyWrap

WRAPPER_PASSPHRASE = "passphrase"  # noqa: S105 (a label, not a secret)
WRAPPER_RECOVERY = "recovery"
WRAPPER_FACILITATOR_KEY = "facilitator_key"
WRAPPER_INVITATION = "invitation"

TARGET_FACILITATOR_KEY = "facilitator_key"
TARGET_JOURNAL_KEY = "journal_key"
TARGET_GROUP_KEY = "group_key"
TARGET_COMMONS_KEY = "commons_key"
TARGET_SIGNING_KEY = "signing_key"


@dataclass(frozen=True)
class WrapInfo:
    """Plain view of a wrap row (no secret material)."""

    id: str
    slot_id: str
    wrapper: str
    target: str
    target_key_id: bytes
    params: KdfParams | None
    salt: bytes | None


def _ad(row: KeyWrap) -> Sequence[AdField]:
    return [
        "key_wraps",
        row.id,
        row.slot_id,
        row.wrapper,
        row.wrapper_key_id,
        row.target,
        row.target_key_id,
        row.kdf_memory_kib,
        row.kdf_iterations,
        row.kdf_lanes,
        row.kdf_version,
        row.salt,
    ]


def info(row: KeyWrap) -> WrapInfo:
    params = None
    if row.kdf_memory_kib is not None:
        params = KdfParams(
            int(row.kdf_memory_kib),
            int(row.kdf_iterations or 0),
            int(row.kdf_lanes or 0),
            int(row.kdf_version or 0),
        )
    return WrapInfo(
        row.id, row.slot_id, row.wrapper, row.target, row.target_key_id, params, row.salt
    )


def add_wrap(
    session: Session,
    *,
    slot_id: str,
    wrapper: str,
    kek: SecretKey,
    target: str,
    key: SecretKey,
    params: KdfParams | None = None,
    salt: bytes | None = None,
) -> None:
    row = KeyWrap(
        id=str(uuid.uuid4()),
        slot_id=slot_id,
        wrapper=wrapper,
        wrapper_key_id=kek.key_id,
        target=target,
        target_key_id=key.key_id,
        kdf_memory_kib=params.memory_kib if params else None,
        kdf_iterations=params.iterations if params else None,
        kdf_lanes=params.lanes if params else None,
        kdf_version=params.version if params else None,
        salt=salt,
    )
    row.key_sealed = seal(kek, key.material(), _ad(row))
    session.add(row)
    session.flush()


def kek_matches(row: KeyWrap, kek: SecretKey) -> bool:
    return row.wrapper_key_id == kek.key_id


def unwrap(row: KeyWrap, kek: SecretKey) -> SecretKey:
    """Open a wrap whose KEK id matches; failure then means damaged key material."""
    try:
        material = open_sealed(kek, row.key_sealed, _ad(row))
    except OpenFailed as exc:
        raise CorruptKeyMaterial("key") from exc
    return SecretKey(material, row.target_key_id)


def unwrap_all(rows: Sequence[KeyWrap], kek: SecretKey) -> dict[str, SecretKey]:
    """Open every wrap under ``kek``; on any failure, wipe the keys already opened."""
    roots: dict[str, SecretKey] = {}
    try:
        for row in rows:
            roots[row.target] = unwrap(row, kek)
    except BaseException:
        for key in roots.values():
            key.wipe()
        raise
    return roots


def wraps_for(session: Session, slot_id: str, wrapper: str | None = None) -> list[KeyWrap]:
    query = select(KeyWrap).where(KeyWrap.slot_id == slot_id)
    if wrapper is not None:
        query = query.where(KeyWrap.wrapper == wrapper)
    return list(session.scalars(query.order_by(KeyWrap.target, KeyWrap.id)))


def delete_wraps(session: Session, slot_id: str, wrapper: str) -> None:
    session.execute(delete(KeyWrap).where(KeyWrap.slot_id == slot_id, KeyWrap.wrapper == wrapper))
