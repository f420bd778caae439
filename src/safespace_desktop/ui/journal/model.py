"""The journal's entry list as a Qt list model (newest first, as the service returns them).

Each row reads as three short lines: the day (and "Starred" in words), the title or
the first line of the entry, and the mood in words with its number. Nothing is told
by colour or by a symbol alone: the star carries the word "Starred", and every row
has a full sentence for screen readers (``Qt.AccessibleTextRole``).

The model holds plain ``core.model.JournalEntry`` values. The controller asks the
service (in a query operation, off the GUI thread) for the entries that match the
search and filters and hands them over with ``set_entries``; with tens of thousands of rows the view should use uniform item
sizes (every row has exactly three lines for that reason).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from safespace_desktop.core.model import JournalEntry
from safespace_desktop.ui.item_models.columns import read_only_flags
from safespace_desktop.ui.journal.wording import headline, long_date, mood_text, short_date, tr
from safespace_desktop.ui.wording.placeholders import fill

IdRole = Qt.ItemDataRole.UserRole + 1  # the entry's id (str)
EntryRole = Qt.ItemDataRole.UserRole + 2  # the core.model.JournalEntry itself
DateRole = Qt.ItemDataRole.UserRole + 3  # the entry date (datetime.date)
MoodRole = Qt.ItemDataRole.UserRole + 4  # the mood 1-5, or None
StarredRole = Qt.ItemDataRole.UserRole + 5  # bool
HeadlineRole = Qt.ItemDataRole.UserRole + 6  # title or first line (str)

STAR = "\N{BLACK STAR}"

_Index = QModelIndex | QPersistentModelIndex


class JournalListModel(QAbstractListModel):
    """One row per entry, in the order given (the service gives newest first).

    A long journal arrives a page at a time: ``set_entries`` takes the first page and
    how many entries match in all; when the list is scrolled to its end Qt asks for
    more (``fetchMore``) and the model says so with ``more_wanted(offset)``. The
    controller reads the next page off the GUI thread and hands it to ``add_entries``.
    """

    more_wanted = Signal(int)  # how many rows the model already has

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []
        self._rows: dict[str, int] | None = None
        self._matched = 0
        self._asking = False

    # -- contents ---------------------------------------------------------------------------
    def set_entries(self, entries: list[JournalEntry], matched: int | None = None) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = None
        self._matched = len(self._entries) if matched is None else matched
        self._asking = False
        self.endResetModel()

    def add_entries(self, entries: list[JournalEntry]) -> None:
        """The next page (entries already shown are skipped)."""
        self._asking = False
        shown = {entry.id for entry in self._entries}
        new = [entry for entry in entries if entry.id not in shown]
        if not new:
            self._matched = len(self._entries)  # nothing more came: stop asking
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._entries.extend(new)
        self._rows = None
        self.endInsertRows()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and not self._asking and len(self._entries) < self._matched

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 (Qt signature)
        if self.canFetchMore(parent):
            self._asking = True
            self.more_wanted.emit(len(self._entries))

    def clear(self) -> None:
        self.set_entries([])

    def entry_at(self, row: int) -> JournalEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int:
        """The row showing ``entry_id``, or -1."""
        if self._rows is None:
            self._rows = {entry.id: row for row, entry in enumerate(self._entries)}
        return self._rows.get(entry_id, -1)

    def entries(self) -> list[JournalEntry]:
        return list(self._entries)

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._sentence(entry)
        if role == IdRole:
            return entry.id
        if role == EntryRole:
            return entry
        if role == DateRole:
            return entry.entry_date
        if role == MoodRole:
            return entry.mood
        if role == StarredRole:
            return entry.starred
        if role == HeadlineRole:
            return headline(entry)
        return None

    # -- wording ----------------------------------------------------------------------------
    @staticmethod
    def _display(entry: JournalEntry) -> str:
        day = short_date(entry.entry_date)
        if entry.starred:
            day = fill(tr("%1   %2 Starred"), day, STAR)
        details = mood_text(entry.mood)
        if entry.tags:
            details = fill(tr("%1 · %2"), details, ", ".join(f"#{t}" for t in entry.tags))
        return "\n".join((day, headline(entry), details))

    @staticmethod
    def _sentence(entry: JournalEntry) -> str:
        parts = [long_date(entry.entry_date)]
        if entry.starred:
            parts.append(tr("starred"))
        parts.append(headline(entry))
        parts.append(mood_text(entry.mood))
        if entry.tags:
            parts.append(fill(tr("tags: %1"), ", ".join(entry.tags)))
        return ". ".join(parts)


class JournalEntryDelegate(QStyledItemDelegate):
    """Paints a row as three lines: the day, the headline in bold, then mood and tags.

    Colours come from the palette (the day and details use the placeholder-text role,
    or the highlighted-text role on a selected row); nothing depends on colour alone.
    """

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str, str]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        parts = [*text.split("\n"), "", "", ""]
        return parts[0], parts[1], parts[2]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        pad = metrics.height() // 3
        return QSize(metrics.averageCharWidth() * 30, metrics.lineSpacing() * 3 + pad * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        day, title, details = self._lines(index)
        rect: QRect = opt.rect
        font: QFont = opt.font
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        if not opt.state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        main = palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        quiet = main if selected else palette.color(group, QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(font)
        pad = metrics.height() // 3
        inner = rect.adjusted(pad * 2, pad, -pad * 2, -pad)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)

        painter.save()
        line = metrics.lineSpacing()
        for row, (text, face, colour) in enumerate(
            ((day, font, quiet), (title, bold, main), (details, font, quiet))
        ):
            painter.setFont(face)
            painter.setPen(colour)
            elided = QFontMetrics(face).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            line_rect = QRect(inner.left(), inner.top() + row * line, inner.width(), line)
            painter.drawText(
                line_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
            )
        painter.restore()
