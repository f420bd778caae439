"""What the backups service hands the UI and the command line: plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class BackupKind(StrEnum):
    AUTOMATIC = "auto"
    """Taken when a facilitator's session ended, at most once a day."""
    MANUAL = "manual"
    """"Back up now", or ``safespace-admin backup``."""
    BEFORE_RESTORE = "before-restore"
    """The vault as it was just before a restore replaced it."""


class Where(StrEnum):
    DATA_FOLDER = "data_folder"
    CHOSEN_FOLDER = "chosen_folder"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: float
    """Seconds since the epoch (from the file's name, which the app writes)."""
    kind: BackupKind
    size: int
    where: Where = Where.DATA_FOLDER


@dataclass(frozen=True)
class Destination:
    """Where new backups go."""

    folder: Path
    """The folder automatic and manual backups are written to now."""
    chosen: Path | None
    """The folder the facilitator chose (a USB stick), if any."""
    chosen_available: bool
    """False when the chosen folder is missing (the stick is not plugged in): backups
    then go to the data folder until it is back."""
    forgot_choice: bool = False
    """A remembered choice could not be opened with this session's keys."""


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, readable before anyone unlocks: no names, only counts."""

    path: Path
    taken_at: float
    kind: BackupKind | None
    size: int
    schema_version: int
    needs_upgrade: bool
    """Made by an older version: it is brought up to date when restored and opened."""
    records: dict[str, int] = field(default_factory=dict)
    """Records per kind (``RecordKind`` values), deleted ones left out."""
    journal_records: int = 0
    facilitators: int = 0
    members_with_journals: int = 0
    vault_id: str = ""
    """The vault's random id (plaintext by design): a backup restores only over its own vault."""


@dataclass(frozen=True)
class VerifyReport:
    preview: BackupPreview
    checked_with_keys: bool
    """True when every group and commons record was opened with this session's keys."""
    records_opened: int = 0
    records_not_held: int = 0
    """Sealed under a key this session does not hold (for example a key retired since)."""
    journal_records_counted: int = 0
    """Counted, never opened: only each member's own key opens them."""


@dataclass(frozen=True)
class AutomaticPlan:
    """Decided while the facilitator is still unlocked; carried out after the lock,
    with no key at all."""

    vault_path: Path
    vault_id: str
    folder: Path
    fallback: Path


@dataclass(frozen=True)
class PreparedRestore:
    """A verified copy of the backup beside the vault file, ready to take its place."""

    vault_path: Path
    vault_id: str
    prepared: Path
    backup: BackupFile
