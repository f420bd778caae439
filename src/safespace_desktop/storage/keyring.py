"""The keys of the one unlocked person, wiped on lock (crypto.md claim 12)."""

from __future__ import annotations

from dataclasses import dataclass, field

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.crypto.keys import SecretKey


@dataclass
class KeyRing:
    journal_key: SecretKey
    commons_key: SecretKey
    facilitator_key: SecretKey | None = None
    signing_key: SecretKey | None = None
    group_keys: dict[bytes, SecretKey] = field(default_factory=dict)
    current_group_key_id: bytes | None = None

    def all_keys(self) -> list[SecretKey]:
        keys = [self.journal_key, self.commons_key, *self.group_keys.values()]
        keys += [k for k in (self.facilitator_key, self.signing_key) if k is not None]
        return keys

    def key(self, key_id: bytes) -> SecretKey:
        for candidate in self.all_keys():
            if candidate.key_id == key_id and candidate is not self.facilitator_key:
                return candidate
        raise NotPermitted("key_not_held")

    @property
    def group_key(self) -> SecretKey:
        if self.current_group_key_id is None:
            raise NotPermitted()
        return self.group_keys[self.current_group_key_id]

    def wipe(self) -> None:
        for key in self.all_keys():
            key.wipe()
        self.group_keys.clear()
        self.facilitator_key = None
        self.signing_key = None
