"""What the facilitator home says (context "Home")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.attendance import FollowUp
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Home", text, disambiguation, n)


def follow_up_row(item: FollowUp, today: date, name: str = "") -> str:
    """One line of the list: when it is due, what, and about whom (``name`` as the
    roster shows it, telling two people of the same name apart)."""
    if item.done:
        when = fill(tr("Done %1"), format_date(item.done_on)) if item.done_on else tr("Done")
    elif item.due_on is None:
        when = tr("No date")
    elif item.overdue(today):
        when = fill(tr("Overdue since %1"), format_date(item.due_on))
    elif item.due_on == today:
        when = tr("Due today")
    else:
        when = fill(tr("Due %1"), format_date(item.due_on))
    text = item.text.replace("\n", " ")
    if name or item.member_name:
        return fill(tr("%1 · %2 (%3)"), when, text, name or item.member_name)
    return fill(tr("%1 · %2"), when, text)


def summary(open_count: int, overdue: int) -> str:
    # Counts are written as "label: number" so no plural forms are needed.
    if open_count == 0:
        return tr("Nothing to follow up. Well done.")
    text = fill(tr("Open follow-ups: %1."), open_count)
    if overdue:
        text = fill(tr("%1 Overdue: %2."), text, overdue)
    return text


def next_meeting(meeting: Meeting | None) -> str:
    if meeting is None:
        return tr("No meeting is planned yet.")
    text = fill(tr("Next meeting: %1 at %2"), format_date(meeting.on), meeting.start)
    if meeting.place:
        text = fill(tr("%1, %2"), text, meeting.place)
    return text


def meeting_choice(meeting: Meeting) -> str:
    return fill(tr("Meeting of %1"), format_date(meeting.on))


def added() -> str:
    return tr("Follow-up added.")


def saved() -> str:
    return tr("Follow-up saved.")


def done(text: str) -> str:
    return fill(tr("Marked done: %1"), text)


def remove_title() -> str:
    return tr("Remove this follow-up?")


def remove_question(text: str) -> str:
    return fill(
        tr(
            "Remove “%1”? Use this only for a follow-up added by mistake; when it is dealt with, mark it done instead."
        ),
        text,
    )


def remove_button() -> str:
    return tr("&Remove it")


def removed() -> str:
    return tr("Follow-up removed.")


def typing_back() -> str:
    return tr(
        "Your unsaved typing from before SafeSpace locked is back in the form. "
        "Save or add it, or choose New to start again."
    )
