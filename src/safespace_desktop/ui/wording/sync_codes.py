"""Sync (issue 12) error and progress sentences, merged into ``codes.py``'s tables.

Kept apart so ``codes.py`` stays under 600 lines; entries are ``(text, *params)``
tuples that ``codes.py`` turns into ``Wording``. Nothing here imports ``codes.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP


def _w(text: object, *params: str) -> tuple[str, ...]:
    return (str(text), *params)


BUNDLE = {
    "sync_not_a_bundle": _w(
        QT_TRANSLATE_NOOP("Errors", "This is not a SafeSpace sync file. Nothing was changed.")
    ),
    "sync_not_a_join_kit": _w(
        QT_TRANSLATE_NOOP("Errors", "This is not a SafeSpace join kit. Nothing was changed.")
    ),
    "sync_truncated": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This sync file is incomplete. Perhaps the stick was removed while it was being "
            "copied. Nothing was changed; please copy it again.",
        )
    ),
    "sync_damaged": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "This sync file is damaged, so nothing was changed. Please export it again."
        )
    ),
    "sync_malformed": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "Part of this sync file cannot be read, so nothing was changed."
        )
    ),
    "sync_unsigned": _w(
        QT_TRANSLATE_NOOP("Errors", "This sync file is not signed, so nothing was changed.")
    ),
    "sync_bad_signature": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This sync file's signature does not match the computer that made it. "
            "Nothing was changed.",
        )
    ),
    "sync_other_group": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "This sync file belongs to a different group. Nothing was changed."
        )
    ),
    "sync_unknown_key_epoch": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This sync file is locked with a group key this computer does not have (the "
            "key may have been changed after a device was removed). Nothing was changed.",
        )
    ),
    "sync_unknown_device": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This sync file comes from a computer that has not joined this group. "
            "Nothing was changed.",
        )
    ),
    "sync_revoked_device": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This sync file comes from “%1”, which was removed from the group. "
            "Nothing was changed.",
        ),
        "name",
    ),
    "sync_copy_of_this_pc": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This sync file claims to come from this computer, but this computer did not "
            "make it. It may come from a copy of this vault. Nothing was changed.",
        )
    ),
    "sync_newer_format": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This file was made by a newer version of SafeSpace. Please update, then try "
            "again. Nothing was changed.",
        )
    ),
    "sync_needs_newer_app": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This sync file needs a newer version of SafeSpace (data version %1). Please "
            "update, then try again. Nothing was changed.",
        ),
        "version",
    ),
    "sync_too_large": _w(
        QT_TRANSLATE_NOOP("Errors", "This file is far too large to be a sync file.")
    ),
    "sync_future_clock": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The computer that made this file seems to have its clock set more than a day "
            "ahead. Nothing was changed. Please check the date on that computer.",
        )
    ),
    "sync_mass_delete": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This import would hide %1 records. Nothing was changed. Please look at the "
            "preview and confirm if that is what you expect.",
        ),
        "hidden",
    ),
    "sync_already_imported": _w(
        QT_TRANSLATE_NOOP("Errors", "This sync file was already imported. Nothing changed.")
    ),
    "sync_disk_full": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The stick or disk is full. Nothing was saved there; please free some space "
            "and try again.",
        )
    ),
    "sync_read_only": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The stick or folder cannot be written to (is it locked or read-only?). "
            "Nothing was saved there.",
        )
    ),
    "sync_media_gone": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The stick or file is no longer there. Was it removed? Nothing was changed.",
        )
    ),
    "sync_write_failed": _w(
        QT_TRANSLATE_NOOP("Errors", "The file could not be written. Nothing was left on the stick.")
    ),
    "sync_verify_failed": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file did not read back correctly, so it was removed. Please try again, "
            "perhaps with another stick.",
        )
    ),
}

NOT_FOUND = {
    "sync_nothing_to_undo": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no import to undo, or changes were made after it, so it can no "
            "longer be undone.",
        )
    ),
}

NOT_PERMITTED = {
    "device_already_enrolled": _w(
        QT_TRANSLATE_NOOP("Errors", "This computer is already enrolled with another key.")
    ),
}

VALIDATION = {
    "sync_folder_holds_vault": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Please choose a folder that does not hold the vault itself: a sync program "
            "copying the live vault could damage it.",
        )
    ),
}

PROGRESS = {
    "sync_collecting": _w(QT_TRANSLATE_NOOP("Errors", "Collecting the records…")),
    "sync_writing": _w(QT_TRANSLATE_NOOP("Errors", "Writing the file and reading it back…")),
    "sync_safe_to_remove": _w(QT_TRANSLATE_NOOP("Errors", "Done. It is safe to remove the stick.")),
}


def merge_into(tables: dict[str, Any], make: Callable[..., Any]) -> None:
    """Add these entries to the ``codes.py`` tables of the same names."""
    for name, entries in (
        ("BUNDLE", BUNDLE),
        ("NOT_FOUND", NOT_FOUND),
        ("NOT_PERMITTED", NOT_PERMITTED),
        ("VALIDATION", VALIDATION),
        ("PROGRESS", PROGRESS),
    ):
        for code, entry in entries.items():
            tables[name].setdefault(code, make(*entry))
