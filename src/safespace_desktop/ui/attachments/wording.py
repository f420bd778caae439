"""What the attachments panel says, built from data (context "Attachments")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.attachments import MediaType
from safespace_desktop.services.attachments import Attachment
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("Attachments", text)


def kind_name(media_type: MediaType) -> str:
    names = {
        MediaType.PDF: _tr("PDF"),
        MediaType.PNG: _tr("PNG picture"),
        MediaType.JPEG: _tr("JPEG picture"),
        MediaType.GIF: _tr("GIF picture"),
        MediaType.WEBP: _tr("WebP picture"),
        MediaType.TEXT: _tr("Text"),
    }
    return names[media_type]


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return fill(_tr("%1 KB"), max(1, round(size / 1024)))
    return fill(_tr("%1 MB"), f"{size / (1024 * 1024):.1f}")


def row_text(attachment: Attachment) -> str:
    text = fill(
        _tr("%1 — %2, %3"),
        attachment.file_name,
        kind_name(attachment.media_type),
        size_text(attachment.size),
    )
    if not attachment.stored:
        text += " " + _tr("(not on this computer yet)")
    return text


def row_description(attachment: Attachment) -> str:
    if attachment.added_on is None:
        return row_text(attachment)
    return fill(_tr("%1. Added %2."), row_text(attachment), format_date(attachment.added_on))


def choose_title() -> str:
    return _tr("Choose a file to attach")


def file_filter() -> str:
    return _tr(
        "PDFs, pictures and text (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.md);;All files (*)"
    )


def adding(name: str) -> str:
    return fill(_tr("Adding “%1” to the vault…"), name)


def added(name: str) -> str:
    return fill(_tr("“%1” is attached, kept encrypted inside the vault."), name)


def saving(name: str) -> str:
    return fill(_tr("Saving a copy of “%1”…"), name)


def saved(name: str, folder: str) -> str:
    return fill(
        _tr("A readable copy of “%1” is in “%2”. Remember: that copy is not encrypted."),
        name,
        folder,
    )


def save_warning_title() -> str:
    return _tr("Save a readable copy?")


def save_warning(name: str) -> str:
    return fill(
        _tr(
            "Inside SafeSpace, “%1” is encrypted. The copy you save will not be: anyone "
            "who can open that file — on this computer, a shared folder or a USB stick — "
            "can read it.\n\nChoose a place only you control, and delete the copy when "
            "you no longer need it."
        ),
        name,
    )


def save_warning_button() -> str:
    return _tr("Choose where to save")


def save_title() -> str:
    return _tr("Save a readable copy as")


def remove_title() -> str:
    return _tr("Remove the attachment?")


def remove_question(name: str) -> str:
    return fill(_tr("Remove “%1” from this resource? This can't be undone here."), name)


def remove_button() -> str:
    return _tr("Remove")


def removed(name: str) -> str:
    return fill(_tr("“%1” was removed."), name)


def shown_caption(name: str) -> str:
    return fill(_tr("Showing “%1”"), name)


def not_shown(name: str) -> str:
    return fill(
        _tr("“%1” can't be shown inside SafeSpace. You can save a copy instead."),
        name,
    )


def not_here(name: str) -> str:
    return fill(
        _tr(
            "The file of “%1” has not reached this computer yet. It comes with the next "
            "sync that includes attachments."
        ),
        name,
    )


def damaged(name: str) -> str:
    return fill(
        _tr(
            "“%1” failed its safety check: its stored copy is damaged, so it was not shown "
            "or saved. Other attachments are not affected. If you have the file elsewhere, "
            "remove this one and add it again."
        ),
        name,
    )


def picture_unreadable(name: str) -> str:
    return fill(_tr("The picture “%1” could not be shown. You can save a copy instead."), name)
