"""Wording of the coping-resources codes (issue 11), added to the tables in codes.py.

codes.py imports this module at its end, so the tables are complete whenever codes.py
has been imported.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safespace_desktop.ui.wording.codes import (
    NOT_FOUND,
    VALIDATION_BY_FIELD,
    VALIDATION_BY_RECORD,
    _w,
)

NOT_FOUND.update(
    {
        "resource_gone": _w(
            QT_TRANSLATE_NOOP("Errors", "That resource is no longer in the library.")
        ),
        "suggestion_gone": _w(QT_TRANSLATE_NOOP("Errors", "That suggestion was removed.")),
    }
)
VALIDATION_BY_FIELD.update(
    {
        ("text", "suggestion_box_not_ready"): _w(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Suggestions cannot be sent yet: a facilitator needs to open the resources "
                "library once first. Please try again after the next meeting.",
            )
        ),
        ("review_months", "out_of_range"): _w(
            QT_TRANSLATE_NOOP("Errors", "Please choose a review interval of %1 to %2 months."),
            "minimum",
            "maximum",
        ),
        ("tags", "too_many"): _w(
            QT_TRANSLATE_NOOP("Errors", "Please use at most %1 tags."), "limit"
        ),
        ("tags", "too_long"): _w(
            QT_TRANSLATE_NOOP("Errors", "Please keep each tag under %1 characters."), "limit"
        ),
        ("folder", "too_many_files"): _w(
            QT_TRANSLATE_NOOP("Errors", "The folder holds more than %1 Markdown files."), "limit"
        ),
        ("file", "markdown_too_large"): _w(
            QT_TRANSLATE_NOOP(
                "Errors", "This file is larger than %1 MB; a resource is much smaller."
            ),
            "limit_mb",
        ),
        ("file", "not_unicode_text"): _w(
            QT_TRANSLATE_NOOP(
                "Errors", "This file is not UTF-8 text. Save it as UTF-8 and try again."
            )
        ),
        ("file", "attachment_not_beside"): _w(
            QT_TRANSLATE_NOOP(
                "Errors", "The file “%1” is not in the same folder, so it was not attached."
            ),
            "name",
        ),
    }
)
VALIDATION_BY_RECORD.update(
    {
        ("resource", "title", "required"): _w(
            QT_TRANSLATE_NOOP("Errors", "Please give the resource a title.")
        ),
        ("suggestion", "text", "required"): _w(
            QT_TRANSLATE_NOOP("Errors", "Please write your suggestion first.")
        ),
    }
)
