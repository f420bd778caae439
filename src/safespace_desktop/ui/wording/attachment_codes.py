"""Error wording for attachments (issue 11), merged into ``codes.VALIDATION`` and
``codes.NOT_FOUND`` (context "Errors", like every other code)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safespace_desktop.ui.wording.codes import Wording, _w

# Adding, showing and saving a copy of an attachment.
VALIDATION: dict[str, Wording] = {
    "attachment_missing": _w(
        QT_TRANSLATE_NOOP("Errors", "That file is no longer there. Please choose it again.")
    ),
    "attachment_unreadable": _w(
        QT_TRANSLATE_NOOP(
            "Errors", "That file can't be read. Please check it opens, then try again."
        )
    ),
    "attachment_too_large": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That file is about %2 MB, and attachments can be up to %1 MB. A smaller copy "
            "(for example a scan at a lower resolution, or the pages you need) will fit.",
        ),
        "limit",
        "size",
    ),
    "attachment_empty": _w(
        QT_TRANSLATE_NOOP("Errors", "That file is empty, so there is nothing to attach.")
    ),
    "attachment_type_not_allowed": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "SafeSpace can keep PDFs, pictures (PNG, JPEG, GIF, WebP) and plain text "
            "files. That file is another kind, so it was not added. Saving it as a PDF "
            "first usually works.",
        )
    ),
    "attachment_changed": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That file changed while it was being added, so it was not kept. "
            "Please try again once it has finished saving.",
        )
    ),
    "attachment_not_shown": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This kind of file can't be shown inside SafeSpace. You can save a copy instead.",
        )
    ),
    "attachment_too_long_to_show": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This text is over %1 MB, too long to show here comfortably. "
            "You can save a copy instead.",
        ),
        "limit",
    ),
    "copy_disk_full": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "There isn't enough space there for the copy. Nothing was saved; please free "
            "some space or choose another place.",
        )
    ),
    "copy_not_writable": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That place can't be written to (it may be read-only). Nothing was saved; "
            "please choose another place.",
        )
    ),
    "copy_failed": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The copy could not be saved there. Nothing was left behind; please try again "
            "or choose another place.",
        )
    ),
}

NOT_FOUND: dict[str, Wording] = {
    "attachment_gone": _w(QT_TRANSLATE_NOOP("Errors", "That attachment is no longer there.")),
    "attachment_not_here": _w(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This attachment's file has not reached this computer yet. It comes with the "
            "next sync that includes attachments.",
        )
    ),
}
