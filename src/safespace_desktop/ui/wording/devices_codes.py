"""Devices (issue 12) error sentences: revocation, key files, the conflicts inbox.

Merged into ``codes.py``'s tables (kept apart so ``codes.py`` stays under 600 lines);
entries are ``(text, *params)`` tuples that ``codes.py`` turns into ``Wording``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP


def _w(text: object, *params: str) -> tuple[str, ...]:
    return (str(text), *params)


NOT_PERMITTED = {
    "facilitator_revoked": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This facilitator account was removed from the group, so it can no longer "
            "open the group's records on this computer.",
        )
    ),
    "cannot_revoke_self": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "You can't remove yourself. Ask another facilitator to do it from their account.",
        )
    ),
    "cannot_revoke_this_device": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is the computer you are using. Remove it from another facilitator's "
            "computer instead.",
        )
    ),
}
BUNDLE = {
    "key_file_damaged": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This key file is damaged or is not a SafeSpace key file. Nothing was changed.",
        )
    ),
    "key_file_untrusted": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This key file was not signed by a facilitator of this group, so it was not "
            "used. Nothing was changed.",
        )
    ),
}
NOT_FOUND = {
    "conflict": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "That conflict has already been resolved (perhaps on another computer)."
        )
    ),
    "no_key_for_you": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This key file holds no new key for you. Ask the facilitator who made it to "
            "save a new one after your computer's last sync reached them.",
        )
    ),
}


def merge_into(tables: dict[str, Any], make: Callable[..., Any]) -> None:
    """Add these entries to the ``codes.py`` tables of the same names."""
    for name, entries in (
        ("BUNDLE", BUNDLE),
        ("NOT_FOUND", NOT_FOUND),
        ("NOT_PERMITTED", NOT_PERMITTED),
    ):
        for code, entry in entries.items():
            tables[name].setdefault(code, make(*entry))
