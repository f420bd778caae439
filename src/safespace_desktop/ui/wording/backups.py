"""BackupRefused codes → sentences (context "Errors"): why a backup could not be
taken, checked or restored. Each says that nothing was changed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safespace_desktop.ui.wording.codes import Wording


def _w(text: object, *params: str) -> Wording:
    return Wording(str(text), params)


BACKUP: dict[str, Wording] = {
    "not_a_backup": _w(
        QT_TRANSLATE_NOOP("Errors", "This file is not a SafeSpace backup. Nothing was changed.")
    ),
    "damaged": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup is damaged, so it can't be used. Nothing was changed. "
            "Please choose another backup (an older one is often fine).",
        )
    ),
    "records_damaged": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 records in this backup did not pass their check, so it can't be trusted "
            "for a restore. Nothing was changed. Please choose another backup.",
        ),
        "count",
    ),
    "unreadable": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup could not be read. If it is on a USB stick, check that the stick "
            "is plugged in, then try again. Nothing was changed.",
        )
    ),
    "newer_version": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup was made by a newer version of SafeSpace. Please update SafeSpace "
            "on this computer first. Nothing was changed.",
        )
    ),
    "other_group": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup belongs to a different vault, so it can't replace this one. "
            "Nothing was changed.",
        )
    ),
    "cannot_write": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup could not be written there (is the disk full, or the stick "
            "write-protected?). Nothing was changed.",
        )
    ),
    "vault_in_use": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "SafeSpace is open with this data folder. Please close it first, then try "
            "again. Nothing was changed.",
        )
    ),
    "vault_missing": _w(
        QT_TRANSLATE_NOOP("Errors", "The vault file could not be found. Nothing was changed.")
    ),
}
