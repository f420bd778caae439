"""The sign-in sheet (issue 9): first names or chosen names only, never surnames or
contact details, with blank rows for newcomers; an optional large print.

Laid out in a QTextDocument in memory and handed to ``ui.printing.print_document``;
the app writes nothing to disk (a PDF exists only where the person saves one).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from safespace_desktop.ui.widgets.headings import scaled_font
from safespace_desktop.ui.wording.placeholders import fill

NORMAL_SCALE = 1.2
LARGE_SCALE = 2.0
BLANK_ROWS = 6


def first_name(name: str) -> str:
    """The first word of the roster name ("Sam R." → "Sam"): the roster already keeps a
    first name or an alias, and a sheet left in a room shows no more than that."""
    words = name.split()
    return words[0] if words else ""


def sheet_names(names: list[tuple[str, str]]) -> list[str]:
    """(roster name, tell-apart hint) → what the sheet shows. Two people whose first
    names are the same keep the roster's hint (pronouns, joining month) or else a
    number ("Sam (2)"), never a surname."""
    firsts = [first_name(name) for name, _hint in names]
    shown = []
    seen: dict[str, int] = {}
    for (_name, hint), first in zip(names, firsts, strict=True):
        seen[first] = seen.get(first, 0) + 1
        if firsts.count(first) > 1:
            shown.append(fill(_tr("%1 (%2)"), first, hint or seen[first]))
        else:
            shown.append(first)
    return shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("Attendance", text)


def sign_in_document(
    title: str, names: list[str], base_font: QFont, *, large: bool, blank_rows: int = BLANK_ROWS
) -> QTextDocument:
    """A two-column table: Name | Signature or initials, then blank rows for newcomers."""
    document = QTextDocument()
    font = scaled_font(base_font, LARGE_SCALE if large else NORMAL_SCALE)
    document.setDefaultFont(font)
    cursor = QTextCursor(document)
    heading = QTextCharFormat()
    heading.setFont(scaled_font(font, 1.3, QFont.Weight.Bold))
    cursor.insertText(title, heading)
    cursor.insertBlock()
    plain = QTextCharFormat()
    plain.setFont(font)
    cursor.insertText(
        _tr("Please write your first name, or the name you use here. Newcomers welcome."), plain
    )
    cursor.insertBlock()
    table_format = QTextTableFormat()
    table_format.setCellPadding(8 if large else 5)
    table_format.setCellSpacing(0)
    table_format.setBorder(1)
    table_format.setHeaderRowCount(1)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    rows = 1 + len(names) + blank_rows
    table = cursor.insertTable(rows, 2, table_format)
    bold = QTextCharFormat()
    bold.setFont(scaled_font(font, 1.0, QFont.Weight.Bold))
    table.cellAt(0, 0).firstCursorPosition().insertText(_tr("Name"), bold)
    table.cellAt(0, 1).firstCursorPosition().insertText(_tr("Here today (tick)"), bold)
    for row, name in enumerate(names, start=1):
        table.cellAt(row, 0).firstCursorPosition().insertText(name, plain)
    for row in range(1 + len(names), rows):
        table.cellAt(row, 0).firstCursorPosition().insertText(" ", plain)
    return document
