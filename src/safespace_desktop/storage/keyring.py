"""The keys of the one unlocked person, wiped on lock (crypto.md claim 12).

A facilitator's keyring holds the group key of every epoch they were given
(DESIGN.md §3.1): rows keep opening under the key id they were sealed with, while new
rows are sealed with the current epoch's key (``group_key``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.crypto.keys import SecretKey


class EpochNotHeld(NotPermitted, LookupError):
    """This person was never given the group key of that epoch (``key_not_held``).

    Also a ``LookupError``, so a caller asking "do I hold it?" can treat it as absent."""

    def __init__(self) -> None:
        super().__init__("key_not_held")


@dataclass
class KeyRing:
    journal_key: SecretKey
    commons_key: SecretKey
    facilitator_key: SecretKey | None = None
    signing_key: SecretKey | None = None
    group_keys: dict[bytes, SecretKey] = field(default_factory=dict)
    current_group_key_id: bytes | None = None
    group_key_epochs: dict[int, bytes] = field(default_factory=dict)
    """Epoch number → group key id, for every epoch this vault knows (held or not)."""
    exchange_key: SecretKey | None = None
    """The facilitator's X25519 exchange key (receives new epochs; never seals content)."""

    def all_keys(self) -> list[SecretKey]:
        keys = [self.journal_key, self.commons_key, *self.group_keys.values()]
        keys += [
            k for k in (self.facilitator_key, self.signing_key, self.exchange_key) if k is not None
        ]
        return keys

    def key(self, key_id: bytes) -> SecretKey:
        for candidate in self.all_keys():
            if candidate.key_id == key_id and candidate not in self._key_encryption_keys():
                return candidate
        raise NotPermitted("key_not_held")

    def _key_encryption_keys(self) -> list[SecretKey]:
        return [k for k in (self.facilitator_key, self.exchange_key) if k is not None]

    @property
    def group_key(self) -> SecretKey:
        """The current epoch's group key: new group rows are sealed with it."""
        if self.current_group_key_id is None:
            raise NotPermitted()
        return self.group_keys[self.current_group_key_id]

    @property
    def current_epoch(self) -> int:
        """The epoch of ``group_key`` (0 for a vault never rotated)."""
        for epoch, key_id in self.group_key_epochs.items():
            if key_id == self.current_group_key_id:
                return epoch
        if self.current_group_key_id is None:
            raise NotPermitted()
        return 0

    def group_key_for_epoch(self, epoch: int) -> SecretKey:
        """The group key of ``epoch`` (a bundle names the epoch it was sealed under).

        ``EpochNotHeld`` (a ``NotPermitted("key_not_held")``) when this person was never given that epoch,
        for example a facilitator revoked before it was made."""
        key_id = self.group_key_epochs.get(epoch)
        if key_id is None and epoch == 0 and not self.group_key_epochs:
            key_id = self.current_group_key_id  # a keyring built without epoch rows
        key = self.group_keys.get(key_id) if key_id is not None else None
        if key is None:
            raise EpochNotHeld()
        return key

    def held_epochs(self) -> list[int]:
        return sorted(e for e, key_id in self.group_key_epochs.items() if key_id in self.group_keys)

    def wipe(self) -> None:
        for key in self.all_keys():
            key.wipe()
        self.group_keys.clear()
        self.facilitator_key = None
        self.signing_key = None
        self.exchange_key = None
