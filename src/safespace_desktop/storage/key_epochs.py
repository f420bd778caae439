"""Group key epochs and exchange-key grants in storage (DESIGN.md §3.1; crypto.md §4.7).

- ``group_key_epochs`` maps each epoch number to the id of its group key. The newest
  epoch is current; ``vault_meta.group_key_id`` always names its key, so the code that
  seals new rows keeps reading one column.
- A *grant* is a ``key_wraps`` row for a facilitator whose FK the acting session does
  not hold: the group key of a new epoch sealed to that facilitator's X25519 exchange
  key (``crypto.exchange``). ``salt`` holds the sender's ephemeral public key. The
  recipient opens it at their next unlock and re-wraps the key under their own FK.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from safespace_desktop.core.errors import CorruptKeyMaterial
from safespace_desktop.crypto import exchange
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.tables import GroupKeyEpoch, KeyWrap, VaultMeta

WRAPPER_EXCHANGE_GRANT = "exchange_grant"
TARGET_EXCHANGE_KEY = "exchange_key"


def epochs(session: Session) -> dict[int, bytes]:
    """Every epoch this vault knows, with its group key id."""
    rows = session.execute(select(GroupKeyEpoch.epoch, GroupKeyEpoch.key_id))
    return {int(epoch): bytes(key_id) for epoch, key_id in rows}


def current_epoch(session: Session) -> int:
    newest = session.scalar(select(func.max(GroupKeyEpoch.epoch)))
    return 0 if newest is None else int(newest)


def record_epoch(session: Session, epoch: int, key_id: bytes) -> None:
    """Remember ``key_id`` as the key of ``epoch`` (idempotent for the same pair)."""
    known = session.get(GroupKeyEpoch, epoch)
    if known is not None:
        if bytes(known.key_id) != key_id:
            raise CorruptKeyMaterial("group key epoch")
        return
    session.add(GroupKeyEpoch(epoch=epoch, key_id=key_id))
    session.flush()


def make_current(session: Session, epoch: int, key_id: bytes) -> None:
    """Record ``epoch`` and seal new rows with its key from now on."""
    known = epochs(session)
    if known and epoch <= max(known) and known.get(epoch) != key_id:
        raise ValueError("a new epoch must be newer than the current one")
    record_epoch(session, epoch, key_id)
    meta = session.scalars(select(VaultMeta).order_by(VaultMeta.id)).first()
    if meta is None:
        raise CorruptKeyMaterial("vault")
    meta.group_key_id = key_id
    session.flush()


def add_grant(
    session: Session,
    *,
    slot_id: str,
    recipient_public: bytes,
    group_id: str,
    epoch: int,
    group_key: SecretKey,
) -> None:
    """Seal ``group_key`` (of ``epoch``) to the slot owner's exchange key."""
    kek, ephemeral = exchange.sender_kek(recipient_public, group_id, epoch)
    try:
        wraps.add_wrap(
            session,
            slot_id=slot_id,
            wrapper=WRAPPER_EXCHANGE_GRANT,
            kek=kek,
            target=wraps.TARGET_GROUP_KEY,
            key=group_key,
            salt=ephemeral,
        )
    finally:
        kek.wipe()


def grants_for(session: Session, slot_id: str) -> list[KeyWrap]:
    return wraps.wraps_for(session, slot_id, WRAPPER_EXCHANGE_GRANT)


def open_grant(row: KeyWrap, exchange_key: SecretKey, group_id: str, epoch: int) -> SecretKey:
    """Open one grant with the recipient's exchange private key."""
    if row.wrapper_key_id != exchange_key.key_id or row.salt is None:
        raise CorruptKeyMaterial("group key grant")
    kek = exchange.recipient_kek(exchange_key, bytes(row.salt), group_id, epoch)
    try:
        return wraps.unwrap(row, kek)
    finally:
        kek.wipe()


def delete_wrap(session: Session, wrap_id: str) -> None:
    session.execute(delete(KeyWrap).where(KeyWrap.id == wrap_id))


def delete_slot_group_keys(session: Session, slot_id: str) -> int:
    """Remove every wrap that gives ``slot_id`` group-wide keys (group, commons, signing,
    exchange key, grants). Its passphrase wraps (FK, journal key) stay: a revoked
    facilitator on this PC keeps only their own journal."""
    result = session.execute(
        delete(KeyWrap).where(
            KeyWrap.slot_id == slot_id,
            KeyWrap.wrapper.in_((wraps.WRAPPER_FACILITATOR_KEY, WRAPPER_EXCHANGE_GRANT)),
        )
    )
    session.flush()
    return int(getattr(result, "rowcount", 0) or 0)
