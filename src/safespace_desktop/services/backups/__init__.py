"""Encrypted backups of each vault: automatic at the end of a facilitator's session
(at most once a day), on request, kept by a rotation, checked, and restored after a
preview. See ``service.py``; the file handling lives in ``storage.snapshots``."""

from safespace_desktop.services.backups.model import (
    AutomaticPlan,
    BackupFile,
    BackupKind,
    BackupPreview,
    Destination,
    PreparedRestore,
    VerifyReport,
    Where,
)
from safespace_desktop.services.backups.service import BackupService

__all__ = [
    "AutomaticPlan",
    "BackupFile",
    "BackupKind",
    "BackupPreview",
    "BackupService",
    "Destination",
    "PreparedRestore",
    "VerifyReport",
    "Where",
]
