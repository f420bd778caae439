"""What the conflicts page says, built from the conflicts the service lists."""

from __future__ import annotations

import contextlib
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from safespace_desktop.services.conflicts import Conflict, ConflictVersion
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill

_CONTEXT = "Conflicts"

# Record types by table name. A type another feature adds later and that is missing
# here is still listed, as "A record".
_TYPE_LABELS: dict[str, object] = {
    "members": QT_TRANSLATE_NOOP("Conflicts", "Member"),
    "facilitators": QT_TRANSLATE_NOOP("Conflicts", "Facilitator"),
    "consent_log": QT_TRANSLATE_NOOP("Conflicts", "Consent record"),
    "consent_wordings": QT_TRANSLATE_NOOP("Conflicts", "Consent wording"),
    "checkin_pairs": QT_TRANSLATE_NOOP("Conflicts", "Check-in pair"),
    "roster_settings": QT_TRANSLATE_NOOP("Conflicts", "Roster settings"),
    "agreement_drafts": QT_TRANSLATE_NOOP("Conflicts", "Group agreement draft"),
    "agreement_versions": QT_TRANSLATE_NOOP("Conflicts", "Group agreement"),
    "agreement_affirmations": QT_TRANSLATE_NOOP("Conflicts", "Agreement affirmation"),
    "group_settings": QT_TRANSLATE_NOOP("Conflicts", "Group settings"),
    "group_prompts": QT_TRANSLATE_NOOP("Conflicts", "Reflection prompt"),
    "meetings": QT_TRANSLATE_NOOP("Conflicts", "Meeting"),
    "agenda_segments": QT_TRANSLATE_NOOP("Conflicts", "Agenda item"),
    "resources": QT_TRANSLATE_NOOP("Conflicts", "Coping resource"),
    "meeting_records": QT_TRANSLATE_NOOP("Conflicts", "Notes after the meeting"),
    "follow_ups": QT_TRANSLATE_NOOP("Conflicts", "Follow-up"),
    "consents": QT_TRANSLATE_NOOP("Conflicts", "Consent record"),
    "resources_shared": QT_TRANSLATE_NOOP("Conflicts", "Coping resource"),
    "resources_facilitators": QT_TRANSLATE_NOOP("Conflicts", "Coping resource"),
    "agenda_private": QT_TRANSLATE_NOOP("Conflicts", "Agenda item"),
    "meeting_schedules": QT_TRANSLATE_NOOP("Conflicts", "Meeting schedule"),
    "meeting_templates": QT_TRANSLATE_NOOP("Conflicts", "Agenda template"),
    "meeting_topics": QT_TRANSLATE_NOOP("Conflicts", "Topic for a meeting"),
    "attendance_counts": QT_TRANSLATE_NOOP("Conflicts", "Head counts of a meeting"),
    "meeting_outcomes": QT_TRANSLATE_NOOP("Conflicts", "How the meeting went"),
    "rota_entries": QT_TRANSLATE_NOOP("Conflicts", "Rota for a meeting"),
}

_FIELD_LABELS: dict[str, object] = {
    "note": QT_TRANSLATE_NOOP("Conflicts", "Note"),
    "access_note": QT_TRANSLATE_NOOP("Conflicts", "Access note"),
    "name": QT_TRANSLATE_NOOP("Conflicts", "Name"),
    "pronouns": QT_TRANSLATE_NOOP("Conflicts", "Pronouns"),
    "text": QT_TRANSLATE_NOOP("Conflicts", "Text"),
    "title": QT_TRANSLATE_NOOP("Conflicts", "Title"),
    "body": QT_TRANSLATE_NOOP("Conflicts", "Text"),
    "group_name": QT_TRANSLATE_NOOP("Conflicts", "Group name"),
    "status": QT_TRANSLATE_NOOP("Conflicts", "Status"),
    "archived": QT_TRANSLATE_NOOP("Conflicts", "Archived"),
    "kept_text": QT_TRANSLATE_NOOP("Conflicts", "Kept text"),
    "present": QT_TRANSLATE_NOOP("Conflicts", "Present"),
    "late": QT_TRANSLATE_NOOP("Conflicts", "Came late"),
    "apologies": QT_TRANSLATE_NOOP("Conflicts", "Sent apologies"),
    "newcomers": QT_TRANSLATE_NOOP("Conflicts", "Newcomers"),
    "themes": QT_TRANSLATE_NOOP("Conflicts", "Themes"),
    "next_meeting": QT_TRANSLATE_NOOP("Conflicts", "Next meeting"),
    "volunteers": QT_TRANSLATE_NOOP("Conflicts", "Volunteers"),
    "final_notes": QT_TRANSLATE_NOOP("Conflicts", "Final notes"),
    "read_aloud": QT_TRANSLATE_NOOP("Conflicts", "Read aloud"),
    "description": QT_TRANSLATE_NOOP("Conflicts", "Description"),
    "lead": QT_TRANSLATE_NOOP("Conflicts", "Leads"),
    "support": QT_TRANSLATE_NOOP("Conflicts", "Supports"),
    "cover": QT_TRANSLATE_NOOP("Conflicts", "Cover"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def type_label(table: str) -> str:
    label = _TYPE_LABELS.get(table)
    return _tr(str(label)) if label else _tr("A record")


def field_label(field: str) -> str:
    label = _FIELD_LABELS.get(field)
    return _tr(str(label)) if label else field.replace("_", " ").capitalize()


def row_text(conflict: Conflict) -> str:
    """ "Member "Alex": Note — 2 versions" """
    return fill(
        _tr("%1: %2 — %3 versions"),
        _what(conflict),
        field_label(conflict.field),
        len(conflict.versions),
    )


def edited_at(moment: datetime) -> str:
    """When, in the person's locale and time zone."""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def author(version: ConflictVersion) -> str:
    if version.author:
        return version.author
    if version.this_computer:
        return _tr("this computer")
    return fill(_tr("another computer (%1)"), version.replica[:8])


def version_heading(version: ConflictVersion, index: int, total: int) -> str:
    return fill(
        _tr("Version %1 of %2: changed on %3, edited at %4"),
        index + 1,
        total,
        author(version),
        edited_at(version.edited_at),
    )


def value_text(value: object) -> str:
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if value is None:
        return _tr("(empty)")
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


def _what(conflict: Conflict) -> str:
    what = type_label(conflict.table)
    label = conflict.record_label
    with contextlib.suppress(ValueError):  # a meeting's day (head counts, the rota)
        label = format_date(date.fromisoformat(label))
    if label:
        what = fill(_tr("%1 “%2”"), what, label)
    return what


def resolved(conflict: Conflict) -> str:
    return fill(
        _tr("Saved your choice for %1 (%2). Other computers show it after their next sync."),
        _what(conflict),
        field_label(conflict.field),
    )


def detail_heading(conflict: Conflict) -> str:
    return fill(_tr("%1: %2"), _what(conflict), field_label(conflict.field))


def none_left() -> str:
    return _tr(
        "No conflicts. When two facilitators change the same thing on different computers "
        "between syncs, both versions wait here for you to choose."
    )


def count(total: int) -> str:
    if total == 1:
        return _tr("1 conflict waits for you.")
    return fill(_tr("%1 conflicts wait for you."), total)
