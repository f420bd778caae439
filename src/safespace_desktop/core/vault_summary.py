"""What the vault picker shows, in a module of its own.

The picker is the first window; importing ``core.model`` (every record type, the
roster and consent rules) for this one class cost about a tenth of the start-up
time. ``core.model`` re-exports it, so either import works.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultSummary:
    """What the vault picker may show before anyone unlocks: nothing sensitive."""

    vault_id: str
    label: str
    path: Path
    is_demo: bool = False
