"""Error wording for meetings (issue 9), merged into the tables of ``codes.py``
(context "Errors"). Kept free of imports from codes.py so either may load first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

Entry = tuple[str, tuple[str, ...]]


def _w(text: object, *params: str) -> Entry:
    return str(text), params


VALIDATION: dict[str, Entry] = {
    "not_a_time": _w(QT_TRANSLATE_NOOP("Errors", "Please enter a time of day, for example 18:30.")),
}
NOT_FOUND: dict[str, Entry] = {
    "meeting_gone": _w(QT_TRANSLATE_NOOP("Errors", "That meeting is no longer there.")),
    "segment_gone": _w(QT_TRANSLATE_NOOP("Errors", "That part of the agenda is no longer there.")),
    "topic_gone": _w(QT_TRANSLATE_NOOP("Errors", "That topic is no longer in the list.")),
}
NOT_PERMITTED: dict[str, Entry] = {
    "scheduled_meeting": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "Scheduled meetings are cancelled rather than removed, so members see why."
        )
    ),
    "topic_closed": _w(
        QT_TRANSLATE_NOOP("Errors", "That topic is already on an agenda or was set aside.")
    ),
}
