"""StaleEdit kinds → sentences (context "Errors"): a save refused because the record
changed elsewhere first. Each names the record and says the typing is still there."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safespace_desktop.ui.wording.codes import Wording


def _w(text: object) -> Wording:
    return Wording(str(text))


STALE: dict[str, Wording] = {
    "record": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this while you were editing it, so your changes were not "
            "saved. What you typed is still here: copy anything you want to keep, then "
            "choose Reload to see their version and make your changes again.",
        )
    ),
    "member": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this person's details while you were editing them, so "
            "your changes were not saved. What you typed is still here: copy anything you "
            "want to keep, then choose Reload to see their version and make your changes "
            "again.",
        )
    ),
    "agreement_draft": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this draft while you were editing it, so your changes "
            "were not saved. What you typed is still here: copy anything you want to keep, "
            "then choose Reload to see their version and make your changes again.",
        )
    ),
    "journal_entry": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This entry was changed somewhere else while you were writing, so your changes "
            "were not saved. What you typed is still here: copy anything you want to keep, "
            "then choose Reload to see the saved entry and make your changes again.",
        )
    ),
    "group_settings": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed the group settings while you were editing them, so your "
            "changes were not saved. What you typed is still here: note anything you want "
            "to keep, then choose Reload to see the saved settings and make your changes "
            "again.",
        )
    ),
    "consent_wording": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else saved a new version of this text while you were editing it, so "
            "your changes were not saved. What you typed is still here: copy anything you "
            "want to keep, then choose Reload to see their version and make your changes "
            "again.",
        )
    ),
    "safety_plan": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Your safety plan was changed somewhere else while you were editing it, so your "
            "changes were not saved. What you typed is still here: copy anything you want "
            "to keep, then choose Reload to see the saved plan and make your changes again.",
        )
    ),
    "crisis_line": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this crisis line while you were editing it, so your "
            "changes were not saved. What you typed is still here: copy anything you want "
            "to keep, then choose Reload to see their version and make your changes again.",
        )
    ),
    # meetings (issue 9, meet)
    "meeting": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this meeting while you were editing it, so your changes "
            "were not saved. Choose Reload to see their version and make your change again.",
        )
    ),
    "agenda_segment": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this part of the agenda while you were editing it, so your "
            "changes were not saved. What you typed is still here: choose Reload to see "
            "their version and make your changes again.",
        )
    ),
    "meeting_template": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this template while you were editing it, so your changes "
            "were not saved. Choose Reload to see their version.",
        )
    ),
    "meeting_topic": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this topic first, so nothing was changed. Choose Reload "
            "to see the list as it is now.",
        )
    ),
}

# resources (issue 11)
STALE.update(
    {
        "resource": _w(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this resource while you were editing it, so your "
                "changes were not saved. What you typed is still here: copy anything you "
                "want to keep, then choose Reload to see their version and make your "
                "changes again.",
            )
        ),
        "suggestion": _w(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this suggestion first, so your change was not saved. "
                "Choose Reload to see it as it is now.",
            )
        ),
    }
)

# Attendance, the meeting record and follow-ups (issue 9, attend).
STALE.update(
    {
        "follow_up": _w(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this follow-up while you were editing it, so your "
                "changes were not saved. What you typed is still here: copy anything you "
                "want to keep, then choose Reload to see their version and make your "
                "changes again.",
            )
        ),
        "meeting_record": _w(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed the notes of this meeting while you were writing, so "
                "your changes were not saved. What you typed is still here: copy anything "
                "you want to keep, then choose Reload to see their version and make your "
                "changes again.",
            )
        ),
        "attendance_counts": _w(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed the counts of this meeting first, so yours were not "
                "saved. Choose Reload to see their numbers, then set them again.",
            )
        ),
    }
)

# carekit (issue 13): the co-facilitator rota. Its sentences live in care_codes.py and
# join these tables and those of codes.py here (codes.py is at its 600-line limit).
from safespace_desktop.ui.wording import codes as _codes  # noqa: E402
from safespace_desktop.ui.wording.care_codes import merge_into as _merge_care  # noqa: E402

_merge_care({"STALE": STALE, **vars(_codes)}, _codes.Wording)
