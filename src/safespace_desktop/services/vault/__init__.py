"""The encrypted vault: create, unlock, lock, accounts and recovery (DESIGN.md §3).

One vault is one SQLite file holding one group. ``Vault`` is assembled from small
parts, each building on the one before:

- ``store``: the file, the one lock, transactions, metadata, lock and close;
- ``throttle``: failed-attempt counters and the back-off;
- ``accounts``: facilitators, invitations and claims, keyrings from root keys;
- ``unlocking``: unlock, recovery codes, passphrase changes;
- ``settings``: the group's name and auto-lock times;
- ``opening``: creating a vault and opening (and upgrading) an existing one.

Key derivation is slow on purpose and runs before any transaction opens (``keys``),
so the UI calls these methods from its worker thread and a read on another thread
never waits behind it.
"""

from safespace_desktop.services.vault.handles import (
    HANDLE_MAX,
    INVITE_CHARS,
    MEMBER_HANDLE_MAX,
    Progress,
    _quiet,
    clean_handle,
)
from safespace_desktop.services.vault.opening import Vault
from safespace_desktop.services.vault.throttle import (
    THROTTLE_CAP_SECONDS,
    THROTTLE_FREE_ATTEMPTS,
    throttle_delay,
)

__all__ = [
    "HANDLE_MAX",
    "INVITE_CHARS",
    "MEMBER_HANDLE_MAX",
    "THROTTLE_CAP_SECONDS",
    "THROTTLE_FREE_ATTEMPTS",
    "Progress",
    "Vault",
    "_quiet",
    "clean_handle",
    "throttle_delay",
]
