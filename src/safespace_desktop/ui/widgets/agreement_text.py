"""Read-only views of the group agreement: its wording and a readable difference.

Text goes into the documents through QTextCursor, never as HTML, because it is what
a facilitator typed. Changes are marked with words and symbols ("+ Added",
"− Removed"); bold and struck-through text only repeat what the words say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from safespace_desktop.core.agreement import DiffKind, DiffLine
from safespace_desktop.ui.widgets.headings import scaled_font

#: How much larger than the UI font the agreement is shown: it is read aloud from the screen.
READING_SCALE = 1.25


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementText", text)


def long_date(day: date | None) -> str:
    """``day`` written out in the person's language, e.g. "Friday, 15 January 2027"."""
    if day is None:
        return _tr("an unknown date")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def medium_date_format() -> str:
    """The locale's long date format without the weekday, e.g. "d MMMM yyyy"."""
    long_format = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"d{4}[,.]?\s*", "", long_format).strip(" ,") or long_format


def medium_date(day: date | None) -> str:
    """``day`` written out without the weekday, e.g. "15 January 2027"."""
    if day is None:
        return _tr("an unknown date")
    return QLocale().toString(QDate(day.year, day.month, day.day), medium_date_format())


def diff_marker(kind: DiffKind) -> str:
    if kind is DiffKind.ADDED:
        return _tr("+ Added:")
    if kind is DiffKind.REMOVED:
        return _tr("\u2212 Removed:")
    return ""


def diff_counts(lines: Sequence[DiffLine]) -> tuple[int, int]:
    """(lines added, lines removed)."""
    added = sum(1 for line in lines if line.kind is DiffKind.ADDED)
    removed = sum(1 for line in lines if line.kind is DiffKind.REMOVED)
    return added, removed


def _paragraph_format(space_after: float) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setBottomMargin(space_after)
    block.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return block


def fill_agreement(
    document: QTextDocument,
    title: str,
    lines: Sequence[str],
    font: QFont,
    *,
    subtitle_lines: Sequence[str] = (),
    closing_lines: Sequence[str] = (),
) -> None:
    """``document`` holds the agreement: a heading, optional small lines, one paragraph
    per guideline with space between them, then optional closing lines."""
    document.clear()
    document.setDefaultFont(font)
    em = QFontMetricsF(font).height()
    cursor = QTextCursor(document)

    heading = QTextCharFormat()
    heading.setFont(scaled_font(font, 1.35, QFont.Weight.Bold))
    cursor.setBlockFormat(_paragraph_format(em * 0.6))
    cursor.setCharFormat(heading)
    cursor.insertText(title)

    small = QTextCharFormat()
    small.setFont(scaled_font(font, 0.85))
    body = QTextCharFormat()
    body.setFont(font)
    for line in subtitle_lines:
        cursor.insertBlock(_paragraph_format(em * 0.3), small)
        cursor.insertText(line)
    gap_done = False
    for line in lines:
        fmt = _paragraph_format(em * 0.7)
        if not gap_done and subtitle_lines:
            fmt.setTopMargin(em * 0.8)
            gap_done = True
        cursor.insertBlock(fmt, body)
        cursor.insertText(line)
    for index, line in enumerate(closing_lines):
        fmt = _paragraph_format(em * 0.3)
        if index == 0:
            fmt.setTopMargin(em * 0.8)
        cursor.insertBlock(fmt, small)
        cursor.insertText(line)
    document.clearUndoRedoStacks()


def fill_diff(document: QTextDocument, lines: Sequence[DiffLine], font: QFont) -> None:
    """One paragraph per line. Added lines start "+ Added:" (bold); removed lines start
    "− Removed:" (struck through); unchanged lines are indented and plain."""
    document.clear()
    document.setDefaultFont(font)
    cursor = QTextCursor(document)
    em = QFontMetricsF(font).height()
    first = True
    for line in lines:
        block = _paragraph_format(em * 0.45)
        marker_format = QTextCharFormat()
        marker_format.setFont(scaled_font(font, 1.0, QFont.Weight.Bold))
        text_format = QTextCharFormat()
        text_format.setFont(font)
        if line.kind is DiffKind.ADDED:
            text_format.setFontWeight(QFont.Weight.DemiBold)
        elif line.kind is DiffKind.REMOVED:
            text_format.setFontStrikeOut(True)
        else:
            block.setLeftMargin(em * 1.5)
        if first:
            cursor.setBlockFormat(block)
            first = False
        else:
            cursor.insertBlock(block)
        marker = diff_marker(line.kind)
        if marker:
            cursor.insertText(marker + " ", marker_format)
        cursor.insertText(line.text, text_format)
    document.clearUndoRedoStacks()


class ReadOnlyText(QTextEdit):
    """A read-only, selectable text area sized by its font (keyboard users can scroll it)."""

    def __init__(
        self, accessible_name: str, *, min_lines: int = 8, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(accessible_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setTabChangesFocus(True)
        reading = scaled_font(self.font(), READING_SCALE)
        self.reading_font = reading
        em = self.fontMetrics().height()
        self.setMinimumHeight(round(em * READING_SCALE * min_lines))
        self.document().setDocumentMargin(em * 3 // 4)

    def show_agreement(
        self,
        title: str,
        lines: Sequence[str],
        *,
        subtitle_lines: Sequence[str] = (),
        closing_lines: Sequence[str] = (),
    ) -> None:
        fill_agreement(
            self.document(),
            title,
            lines,
            self.reading_font,
            subtitle_lines=subtitle_lines,
            closing_lines=closing_lines,
        )
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def show_diff(self, lines: Sequence[DiffLine]) -> None:
        fill_diff(self.document(), lines, self.reading_font)
        self.moveCursor(QTextCursor.MoveOperation.Start)


class GuidelineEditor(QTextEdit):
    """Plain-text editing of the agreement, one guideline per paragraph.

    Each paragraph has a little space after it, so a long guideline that wraps onto a
    second row still reads as one guideline. Pasted text arrives as plain text.
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setFont(scaled_font(self.font(), 1.15))
        em = self.fontMetrics().height()
        self._gap = em * 0.45
        self.document().setDocumentMargin(em // 2)
        self.setMinimumHeight(em * 10)

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setBottomMargin(self._gap)
        cursor.mergeBlockFormat(block)
        self.document().clearUndoRedoStacks()
        self.moveCursor(QTextCursor.MoveOperation.Start)
