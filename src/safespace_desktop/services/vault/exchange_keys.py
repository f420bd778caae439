"""A facilitator's group keys across epochs: their exchange key, the grants of new
epochs waiting for them, and the epoch table in their keyring (DESIGN.md §3.1).

Everything here runs inside a unit of work and does no key derivation (X25519 and
HKDF are microseconds), so it may run while the vault lock is held.
"""

from __future__ import annotations

from safespace_desktop.core.errors import CorruptKeyMaterial
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto import exchange
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage import key_epochs
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.unit_of_work import UnitOfWork

EXCHANGE_KEY_FIELD = "exchange_key"


def wrap_exchange_key(db: UnitOfWork, slot_id: str, facilitator_key: SecretKey) -> SecretKey:
    """Make a facilitator's exchange key and wrap its private half under their FK."""
    exchange_key = exchange.new_exchange_key()
    db.accounts.add_wrap(
        slot_id=slot_id,
        wrapper=wraps.WRAPPER_FACILITATOR_KEY,
        kek=facilitator_key,
        target=key_epochs.TARGET_EXCHANGE_KEY,
        key=exchange_key,
    )
    return exchange_key


def exchange_public_hex(exchange_key: SecretKey) -> str:
    return exchange.public_of(exchange_key.material()).hex()


def pick_up_grants(
    db: UnitOfWork,
    slot_id: str,
    facilitator_key: SecretKey,
    exchange_key: SecretKey | None,
    group_keys: dict[bytes, SecretKey],
    *,
    writable: bool,
) -> None:
    """Open every epoch granted to this slot's exchange key into ``group_keys``.

    On a writable vault each opened grant becomes an ordinary FK wrap and the grant
    row is removed, so the next unlock needs no exchange key at all."""
    rows = key_epochs.grants_for(db.session, slot_id)
    if not rows:
        return
    if exchange_key is None:
        raise CorruptKeyMaterial("exchange key")
    epoch_of = {key_id: epoch for epoch, key_id in key_epochs.epochs(db.session).items()}
    group_id = db.group_id
    for row in rows:
        epoch = epoch_of.get(bytes(row.target_key_id))
        if epoch is None:
            raise CorruptKeyMaterial("group key epoch")
        key = key_epochs.open_grant(row, exchange_key, group_id, epoch)
        group_keys.setdefault(key.key_id, key)
        if writable:
            if not _holds_fk_wrap(db, slot_id, key.key_id):
                db.accounts.add_wrap(
                    slot_id=slot_id,
                    wrapper=wraps.WRAPPER_FACILITATOR_KEY,
                    kek=facilitator_key,
                    target=wraps.TARGET_GROUP_KEY,
                    key=key,
                )
            key_epochs.delete_wrap(db.session, row.id)


def _holds_fk_wrap(db: UnitOfWork, slot_id: str, key_id: bytes) -> bool:
    return any(
        r.target_key_id == key_id and r.target == wraps.TARGET_GROUP_KEY
        for r in db.accounts.wraps(slot_id, wraps.WRAPPER_FACILITATOR_KEY)
    )


def ensure_exchange_key(db: UnitOfWork, slot_id: str, keyring: KeyRing) -> bool:
    """Give a facilitator from before epochs existed an exchange key (at unlock), and
    publish its public half in their facilitator record. Returns True if one was made."""
    if keyring.exchange_key is not None or keyring.facilitator_key is None:
        return False
    records, _damaged = db.group.facilitators.load_where(db, keyring, slot_id=slot_id)
    exchange_key = wrap_exchange_key(db, slot_id, keyring.facilitator_key)
    keyring.exchange_key = exchange_key
    for record in records:
        publish_exchange_key(db, keyring, record.id, record.state, exchange_key, slot_id)
    return True


def publish_exchange_key(
    db: UnitOfWork,
    keyring: KeyRing,
    record_id: str,
    state: RecordState,
    exchange_key: SecretKey,
    slot_id: str | None,
) -> None:
    stamp = db.next_write()
    public = exchange_public_hex(exchange_key)
    state.write({EXCHANGE_KEY_FIELD: public}, stamp.replica, stamp.counter, stamp.hlc)
    db.group.facilitators.store(
        db, keyring.group_key, record_id, state, stamp.counter, slot_id=slot_id
    )
