"""Feedback (issue 13) error sentences, added to the tables in ``codes.py`` (context
"Errors"). ``codes.py`` is at the 600-line limit and imports this module at its end, so
the tables are complete whenever ``codes`` is loaded (not at start-up)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safespace_desktop.ui.wording.codes import (
    NOT_PERMITTED,
    VALIDATION,
    VALIDATION_BY_FIELD,
    _w,
)

VALIDATION.update(
    {
        "choose_rating": _w(
            QT_TRANSLATE_NOOP("Errors", "Please choose how the meeting was for you, from 1 to 5.")
        ),
        "empty_evaluation": _w(
            QT_TRANSLATE_NOOP(
                "Errors", "Please answer at least one question, or write what you would change."
            )
        ),
    }
)
VALIDATION_BY_FIELD.update(
    {
        ("topic", "suggestion_box_not_ready"): _w(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Topic suggestions open once a facilitator has signed in on this computer. "
                "Please try again after the next meeting.",
            )
        ),
    }
)
NOT_PERMITTED.update(
    {
        "kiosk_mode": _w(QT_TRANSLATE_NOOP("Errors", "This form belongs to a different kiosk.")),
        "kiosk_needs_facilitator": _w(
            QT_TRANSLATE_NOOP("Errors", "Only a facilitator can close the feedback screen.")
        ),
    }
)
