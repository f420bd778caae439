"""Error wording for the care kit (carekit, issue 13): the co-facilitator rota. Merged
into the tables of ``codes.py`` and ``stale.py`` (context "Errors")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

Entry = tuple[str, tuple[str, ...]]


def _w(text: object, *params: str) -> Entry:
    return str(text), params


VALIDATION: dict[str, Entry] = {
    "rota_choice": _w(
        QT_TRANSLATE_NOOP("Errors", "Please check who leads, supports, is away and covers.")
    ),
}
VALIDATION_BY_RECORD: dict[tuple[str, str, str], Entry] = {
    ("rota", "lead", "rota_choice"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please choose a lead who is still a facilitator.")
    ),
    ("rota", "support", "rota_choice"): _w(
        QT_TRANSLATE_NOOP(
            "Errors", "Please choose someone else to support: the lead cannot also support."
        )
    ),
    ("rota", "cover", "rota_choice"): _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Please choose cover from the facilitators who are not away: the lead cannot "
            "cover for themselves.",
        )
    ),
    ("rota", "away", "rota_choice"): _w(
        QT_TRANSLATE_NOOP("Errors", "Only current facilitators can be marked away.")
    ),
}

STALE: dict[str, Entry] = {
    "rota": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed the rota for this meeting first, so your change was not "
            "saved. Your choices are still here: choose Reload to see theirs.",
        )
    ),
}


def merge_into(tables: dict[str, Any], make: Callable[..., Any]) -> None:
    """Add these entries to the ``codes.py`` / ``stale.py`` tables of the same names."""
    merged: tuple[tuple[str, dict[Any, Entry]], ...] = (
        ("VALIDATION", VALIDATION),
        ("VALIDATION_BY_RECORD", VALIDATION_BY_RECORD),
        ("STALE", STALE),
    )
    for name, entries in merged:
        for code, entry in entries.items():
            tables[name].setdefault(code, make(*entry))
