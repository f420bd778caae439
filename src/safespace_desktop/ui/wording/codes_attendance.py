"""Error wording for attendance, the meeting record and follow-ups (issue 9, attend),
merged into the tables of ``codes.py`` (context "Errors")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# (source sentence, parameter names); codes.py wraps each in its ``Wording``. Kept
# free of imports from codes.py so either module may be imported first.
Entry = tuple[str, tuple[str, ...]]


def _w(text: object, *params: str) -> Entry:
    return str(text), params


VALIDATION_BY_FIELD: dict[tuple[str, str], Entry] = {
    ("status", "not_consented"): _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This person has not agreed to keep their attendance history, so they can "
            "only be counted, without their name.",
        )
    ),
    ("meeting_id", "required"): _w(QT_TRANSLATE_NOOP("Errors", "Please choose a meeting.")),
}
VALIDATION_BY_RECORD: dict[tuple[str, str, str], Entry] = {
    ("follow_up", "text", "required"): _w(
        QT_TRANSLATE_NOOP("Errors", "Please write what needs following up.")
    ),
}
NOT_FOUND: dict[str, Entry] = {
    "follow_up_gone": _w(QT_TRANSLATE_NOOP("Errors", "That follow-up was removed somewhere else.")),
}
