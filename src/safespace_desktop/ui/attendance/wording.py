"""What the attendance and meeting-record panels say (context "Attendance")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.attendance import AttendanceLine, AttendanceSheet, AttendanceStatus
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.ui.members.table_model import tell_apart_text
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Attendance", text, disambiguation, n)


def line_name(line: AttendanceLine) -> str:
    """The name with what tells two people of the same name apart ("Alex (she/her)")."""
    if line.tell_apart:
        return fill(tr("%1 (%2)"), line.name, tell_apart_text(line.tell_apart))
    return line.name


def status_text(status: AttendanceStatus | None) -> str:
    if status is AttendanceStatus.PRESENT:
        return tr("Present")
    if status is AttendanceStatus.LATE:
        return tr("Came late")
    if status is AttendanceStatus.APOLOGIES:
        return tr("Sent apologies")
    return tr("Not marked")


def line_status(line: AttendanceLine) -> str:
    if not line.kept:
        return tr("Counted below, without a name")
    return status_text(line.status)


def totals(sheet: AttendanceSheet) -> str:
    came = sheet.came
    text = fill(
        tr("In the room: %1 (present %2, came late %3, newcomers %4). Sent apologies: %5."),
        came,
        sheet.total(AttendanceStatus.PRESENT),
        sheet.total(AttendanceStatus.LATE),
        sheet.counts.newcomers,
        sheet.total(AttendanceStatus.APOLOGIES),
    )
    if sheet.counts_conflicts:  # attendfix: two PCs entered different counts
        text += " " + tr(
            "Another computer entered different counts for this meeting. Both are kept "
            "until someone chooses one on the Conflicts page."
        )
    return text


def marked(line: AttendanceLine, status: AttendanceStatus | None) -> str:
    return fill(tr("%1: %2."), line_name(line), status_text(status))


def not_kept(line: AttendanceLine) -> str:
    return fill(
        tr(
            "%1 has not agreed to keep their attendance history, so their name is not "
            "kept. Please add them to the counts below instead."
        ),
        line_name(line),
    )


def counts_saved() -> str:
    return tr("The counts are saved.")


def sheet_title(meeting: Meeting | None) -> str:
    if meeting is None:
        return tr("Sign-in sheet")
    return fill(tr("Sign-in sheet: %1"), format_date(meeting.on))


def sent_to_printer() -> str:
    return tr("The sign-in sheet was sent to the printer.")


def record_saved() -> str:
    return tr("The notes of this meeting are saved.")


def notes_kept() -> str:
    return tr(
        "Your unsaved notes from before the app locked are back. Save them, or choose "
        "Reload to drop them."
    )
