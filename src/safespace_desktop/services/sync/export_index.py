"""What an incremental export already knows about a row, so it need not open it.

An incremental bundle carries the records holding a write the peer has not seen
(``cc`` not covered by the peer's knowledge). Deciding that used to open every record
(10,000 AES-GCM opens for a one-edit sync). Here each row the export has opened is
remembered by a digest of its sealed payload together with its ``cc``; a row whose
payload digest is unchanged has the same ``cc`` (every write reseals it with a fresh
nonce), so its coverage can be decided for any peer without the key. Only rows that
changed, are new, or are not covered are opened.

The memory is per vault and per process: the first export after the app starts still
opens every row. It holds ids, payload digests and version vectors (no typed text)
and is never written to disk.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from typing import Any

Vector = tuple[tuple[str, int], ...]
_MAX_VAULTS = 4

_lock = threading.Lock()
_by_vault: OrderedDict[str, dict[str, dict[str, tuple[bytes, Vector]]]] = OrderedDict()


class ExportIndex:
    """The remembered ``(digest, cc)`` of one vault's rows, per record type."""

    def __init__(self, types: dict[str, dict[str, tuple[bytes, Vector]]]) -> None:
        self._types = types

    def covered(self, type_name: str, row_id: str, digest: bytes, base: dict[str, int]) -> bool:
        """True when the row is unchanged since it was remembered and ``base`` covers
        every write it holds; False when it must be opened to decide."""
        known = self._types.get(type_name, {}).get(row_id)
        if known is None or known[0] != digest:
            return False
        return all(counter <= base.get(replica, 0) for replica, counter in known[1])

    def remember(self, type_name: str, row_id: str, digest: bytes, cc: dict[str, Any]) -> None:
        """Keep a row's ``cc`` as opened from the payload with ``digest``; a malformed
        ``cc`` is not kept (the row is then always opened)."""
        try:
            vector = tuple((sys.intern(str(r)), int(c)) for r, c in cc.items())
        except (AttributeError, TypeError, ValueError):
            return
        with _lock:
            self._types.setdefault(type_name, {})[row_id] = (digest, vector)


def index_for(vault_id: str) -> ExportIndex:
    with _lock:
        types = _by_vault.pop(vault_id, None)
        if types is None:
            types = {}
        _by_vault[vault_id] = types
        while len(_by_vault) > _MAX_VAULTS:
            _by_vault.popitem(last=False)
    return ExportIndex(types)


def forget(vault_id: str | None = None) -> None:
    """Drop what is remembered for one vault (or every vault)."""
    with _lock:
        if vault_id is None:
            _by_vault.clear()
        else:
            _by_vault.pop(vault_id, None)
