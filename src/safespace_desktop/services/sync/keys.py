"""Which group key seals a bundle: the key of the header's epoch.

Key epochs arrive with the ``devices`` work (``KeyRing.group_key_for_epoch`` and
``KeyRing.current_epoch``); until then epoch 0 is the vault's one group key.
"""

from __future__ import annotations

from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.storage.keyring import KeyRing


def current_epoch(keys: KeyRing) -> int:
    epoch = getattr(keys, "current_epoch", 0)
    return int(epoch() if callable(epoch) else epoch)


def key_for_epoch(keys: KeyRing, epoch: int) -> SecretKey | None:
    lookup = getattr(keys, "group_key_for_epoch", None)
    if lookup is not None:
        try:
            found = lookup(epoch)
        except (KeyError, LookupError, ValueError):
            return None
        return found if isinstance(found, SecretKey) else None
    return keys.group_key if epoch == 0 else None


def scope_key(keys: KeyRing, scope: str) -> SecretKey:
    """The key new rows of a scope are sealed under on this PC."""
    return keys.commons_key if scope == "commons" else keys.group_key
