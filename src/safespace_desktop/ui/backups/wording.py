"""What the Backups page says, in one place (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from safespace_desktop.services.backups import (
    BackupFile,
    BackupKind,
    BackupPreview,
    Destination,
    VerifyReport,
    Where,
)
from safespace_desktop.ui.wording.placeholders import fill

# Record kinds a preview counts (RecordKind values); kinds added later are "other records".
_RECORD_KINDS = {
    "member": QT_TRANSLATE_NOOP("Backups", "People on the roster"),
    "consent": QT_TRANSLATE_NOOP("Backups", "Consent records"),
    "consent_wording": QT_TRANSLATE_NOOP("Backups", "Consent wordings"),
    "checkin_pair": QT_TRANSLATE_NOOP("Backups", "Check-in pairs"),
    "roster_settings": QT_TRANSLATE_NOOP("Backups", "Roster settings"),
    "agreement": QT_TRANSLATE_NOOP("Backups", "Group agreement records"),
    "group_prompt": QT_TRANSLATE_NOOP("Backups", "Group prompts"),
    "group_settings": QT_TRANSLATE_NOOP("Backups", "Group settings"),
    "account": QT_TRANSLATE_NOOP("Backups", "Facilitator records"),
    "crisis_line": QT_TRANSLATE_NOOP("Backups", "Crisis lines"),
    "form_draft": QT_TRANSLATE_NOOP("Backups", "Unsaved form drafts"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def when(taken_at: float) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(taken_at))
    return QLocale().toString(moment, QLocale.FormatType.LongFormat)


def short_when(taken_at: float) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(taken_at))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def size(size_bytes: int) -> str:
    return QLocale().formattedDataSize(size_bytes)


def kind(backup_kind: BackupKind | None) -> str:
    if backup_kind is BackupKind.AUTOMATIC:
        return _tr("When a session ended")
    if backup_kind is BackupKind.BEFORE_RESTORE:
        return _tr("Kept before a restore")
    return _tr("Made by hand")


def where(place: Where) -> str:
    return _tr("Chosen folder") if place is Where.CHOSEN_FOLDER else _tr("This computer")


def row(backup: BackupFile) -> tuple[str, str, str, str, str]:
    return (
        str(backup.path),
        short_when(backup.taken_at),
        kind(backup.kind),
        size(backup.size),
        where(backup.where),
    )


def destination(place: Destination) -> str:
    if place.chosen is None:
        text = fill(_tr("Backups go to this computer's data folder:\n%1"), place.folder)
    elif place.chosen_available:
        text = fill(_tr("Backups go to the folder you chose:\n%1"), place.folder)
    else:
        text = fill(
            _tr(
                "The folder you chose is not there now (is the USB stick plugged in?):\n%1\n"
                "Until it is back, backups go to this computer's data folder."
            ),
            place.chosen,
        )
    if place.forgot_choice:
        text += "\n" + _tr(
            "A folder chosen earlier could not be read with your keys, so the data folder "
            "is used. You can choose the folder again."
        )
    return text


def backed_up(backup: BackupFile) -> str:
    return fill(
        _tr("Backed up: %1 (%2). It is encrypted like the vault."),
        short_when(backup.taken_at),
        size(backup.size),
    )


def folder_chosen(place: Destination) -> str:
    if place.chosen is None:
        return _tr("Backups will go to this computer's data folder.")
    return fill(_tr("Backups will go to %1 from now on."), place.folder)


def holdings(preview: BackupPreview) -> list[str]:
    """One line per kind of record, with counts only: no names before unlocking."""
    lines: list[str] = []
    other = 0
    for record_kind, count in sorted(preview.records.items()):
        label = _RECORD_KINDS.get(record_kind)
        if label is None:
            other += count
            continue
        lines.append(fill(_tr("%1: %2"), _tr(str(label)), count))
    if other:
        lines.append(fill(_tr("Other records: %1"), other))
    lines.append(
        fill(
            _tr(
                "Journal and safety-plan records: %1 (each opens only with its member's passphrase)"
            ),
            preview.journal_records,
        )
    )
    lines.append(
        fill(
            _tr("Accounts: %1 facilitators, %2 members"),
            preview.facilitators,
            preview.members_with_journals,
        )
    )
    return lines


def verified(report: VerifyReport) -> str:
    text = fill(
        _tr("This backup from %1 is whole: every page passed its check."),
        short_when(report.preview.taken_at),
    )
    if report.checked_with_keys:
        text += " " + fill(
            _tr(
                "All %1 group records opened with your keys. %2 journal records were counted "
                "but not opened: only each member can open their own."
            ),
            report.records_opened,
            report.journal_records_counted,
        )
        if report.records_not_held:
            text += " " + fill(
                _tr("%1 records use a key you no longer hold, so they were not opened."),
                report.records_not_held,
            )
    return text


def restore_title() -> str:
    return _tr("Restore a backup")


def restore_intro(preview: BackupPreview) -> str:
    text = fill(
        _tr(
            "This replaces the whole vault with the backup taken %1. Everything added or "
            "changed since then will be gone from the vault, for everyone. The vault as it "
            "is now is kept as a backup first, so you can go back."
        ),
        when(preview.taken_at),
    )
    if preview.needs_upgrade:
        text += "\n\n" + _tr(
            "The backup was made by an older version of SafeSpace; it is brought up to "
            "date when it opens."
        )
    return text


def restore_done() -> str:
    return _tr("The backup is ready. The vault closes now and opens again as it was then.")
