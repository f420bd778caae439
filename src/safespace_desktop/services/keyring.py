"""The unlocked person's keys. The class lives in ``storage.keyring`` (a unit of work
carries it); this name stays so existing imports keep working.

``SessionMemo`` is the one way a service keeps something decoded for an unlocked
session (the meetings, follow-ups and resources indexes, the roster): per keyring
object, and gone when that keyring is released at lock, never later."""

from __future__ import annotations

import weakref
from typing import TypeVar

from safespace_desktop.storage.keyring import KeyRing

__all__ = ["KeyRing", "SessionMemo"]

V = TypeVar("V")


class SessionMemo(dict[int, V]):
    """id(keyring) → what that session decoded. An entry is removed when its keyring is
    collected (the vault locked), so a later session never sees an earlier one's."""

    def of(self, keyring: KeyRing) -> V | None:
        return self.get(id(keyring))

    def keep(self, keyring: KeyRing, value: V) -> V:
        key = id(keyring)
        if key not in self:
            weakref.finalize(keyring, self.pop, key, None)
        self[key] = value
        return value

    def forget(self, keyring: KeyRing) -> None:
        self.pop(id(keyring), None)
