"""What the Sync page says, built from the services' plain results."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from safespace_desktop.services.sync.importing import ImportPreview, RecordChange
from safespace_desktop.services.sync.service import ImportLogRow
from safespace_desktop.ui.wording.placeholders import fill

_TYPES = {
    "members": QT_TRANSLATE_NOOP("Sync", "Member"),
    "facilitators": QT_TRANSLATE_NOOP("Sync", "Facilitator"),
    "consents": QT_TRANSLATE_NOOP("Sync", "Consent record"),
    "consent_wordings": QT_TRANSLATE_NOOP("Sync", "Consent wording"),
    "checkin_pairs": QT_TRANSLATE_NOOP("Sync", "Check-in pair"),
    "roster_settings": QT_TRANSLATE_NOOP("Sync", "Roster setting"),
    "agreement_drafts": QT_TRANSLATE_NOOP("Sync", "Agreement draft"),
    "agreement_versions": QT_TRANSLATE_NOOP("Sync", "Agreement version"),
    "agreement_affirmations": QT_TRANSLATE_NOOP("Sync", "Agreement at a meeting"),
    "group_settings": QT_TRANSLATE_NOOP("Sync", "Group settings"),
    "group_prompts": QT_TRANSLATE_NOOP("Sync", "Group prompt"),
    "sync_devices": QT_TRANSLATE_NOOP("Sync", "Computer"),
}
_CHANGES = {
    "new": QT_TRANSLATE_NOOP("Sync", "new"),
    "changed": QT_TRANSLATE_NOOP("Sync", "changed"),
    "deleted": QT_TRANSLATE_NOOP("Sync", "deleted"),
    "resurrected": QT_TRANSLATE_NOOP("Sync", "kept: edited after it was deleted"),
    "conflict": QT_TRANSLATE_NOOP("Sync", "two versions to choose from"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def type_name(record_type: str) -> str:
    """A name a facilitator recognises; types added later read from their table name."""
    known = _TYPES.get(record_type)
    return _tr(str(known)) if known else record_type.replace("_", " ").capitalize()


def summary(preview: ImportPreview) -> str:
    if preview.own_bundle:
        return _tr("This file was made on this computer. There is nothing to import.")
    if preview.already_imported:
        return _tr("This file was imported before. Importing it again changes nothing.")
    if preview.nothing_to_do:
        return _tr("This computer already has everything in this file. Nothing would change.")
    conflicts = preview.total("conflicts")
    conflict_text = _tr("1 conflict") if conflicts == 1 else fill(_tr("%1 conflicts"), conflicts)
    text = fill(
        _tr("%1 new, %2 changed, %3"),
        preview.total("new"),
        preview.total("changed"),
        conflict_text,
    )
    extra = []
    if preview.total("deleted"):
        extra.append(fill(_tr("%1 deleted"), preview.total("deleted")))
    if preview.total("resurrected"):
        extra.append(fill(_tr("%1 kept after a delete"), preview.total("resurrected")))
    if extra:
        text += " · " + ", ".join(extra)
    if preview.needs_confirmation:
        text += "\n" + fill(
            _tr("Careful: this would hide %1 records. You will be asked to confirm."),
            preview.newly_hidden,
        )
    return text


PREVIEW_ROWS = 400
"""Rows the preview list shows; a join-sized import lists the rest as a count, so
filling the list never holds up the window."""


def change_rows(changes: list[RecordChange]) -> list[str]:
    """The preview list's rows (built on the worker thread, capped)."""
    rows = [change_row(c) for c in changes[:PREVIEW_ROWS]]
    if len(changes) > PREVIEW_ROWS:
        rows.append(fill(_tr("…and %1 more"), len(changes) - PREVIEW_ROWS))
    return rows


def change_row(change: RecordChange) -> str:
    label = change.label or _tr("(no name)")
    return fill("%1 · %2 — %3", type_name(change.type), label, _tr(str(_CHANGES[change.change])))


def log_row(row: ImportLogRow) -> str:
    s = row.summary
    text = fill(
        _tr("Import %1: %2 new, %3 changed, %4 deleted, %5 conflicts"),
        row.seq,
        s.get("new", 0),
        s.get("changed", 0),
        s.get("deleted", 0),
        s.get("conflicts", 0),
    )
    if s.get("sender"):
        text += " · " + fill(_tr("from %1"), s["sender"])
    if row.undone:
        text += " · " + _tr("undone")
    return text
