"""A small base for read-only table models described column by column.

Each model lists its columns once (title, how a row reads in that column, and
optionally a sort key, tooltip and accessible text) and the base answers Qt's
``rowCount``/``columnCount``/``headerData``/``data``/``flags``. Rows are plain
values (never ORM objects). Titles are callables so they are translated when the
header is drawn, in the subclass's own translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")

# ---------------------------------------------------------------------------- roles
IdRole = Qt.ItemDataRole.UserRole + 1  # the row's key (str), for models that have one
SortRole = Qt.ItemDataRole.UserRole + 2  # the column's sort key, where it has one
ObjectRole = Qt.ItemDataRole.UserRole + 3  # the row value itself

Index = QModelIndex | QPersistentModelIndex


def read_only_flags(index: Index) -> Qt.ItemFlag:
    """Selectable, not editable, no children: what every read-only model here shows."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: its header and how a row reads in it."""

    title: Callable[[], str]
    display: Callable[[T], str]
    sort_key: Callable[[T], str] | None = None
    tooltip: Callable[[T], str] | None = None
    accessible: Callable[[T], str] | None = None


class ColumnTableModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` shown through a tuple of ``Column`` definitions.

    Give ``key`` to look rows up by id (``row_of``, ``replace_row``, ``add_row``
    and ``IdRole``).
    """

    def __init__(
        self,
        columns: tuple[Column[T], ...],
        parent: QObject | None = None,
        *,
        key: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._key = key
        self._items: list[T] = []
        self._row_of_key: dict[str, int] = {}

    # -- Qt interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return self._columns[section].title()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ObjectRole:
            return item
        if role == IdRole and self._key is not None:
            return self._key(item)
        column = self._column(index.column())
        if column is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return column.display(item)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return (column.accessible or column.display)(item)
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
                return column.tooltip(item)
            if role == SortRole and column.sort_key is not None:
                return column.sort_key(item)
        return self.extra_data(item, index.column(), role)

    def extra_data(self, item: T, column: int, role: int) -> Any:
        """Any other role (a font, say); nothing by default."""
        return None

    def _column(self, column: int) -> Column[T] | None:
        return self._columns[column] if 0 <= column < len(self._columns) else None

    # -- rows ---------------------------------------------------------------------
    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace everything (a reload)."""
        self.beginResetModel()
        self._items = list(rows)
        self._reindex()
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._items)

    def row_at(self, row: int) -> T:
        return self._items[row]

    def row_of(self, key: str) -> int | None:
        return self._row_of_key.get(key)

    def replace_row(self, item: T) -> None:
        """Update one row in place (``dataChanged``); adds it if it is not there yet."""
        row = self._row_of_key.get(self._require_key()(item))
        if row is None:
            self.add_row(item)
            return
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def add_row(self, item: T) -> None:
        """Append one row (``rowsInserted``); replaces it if it is already there."""
        item_key = self._require_key()(item)
        if item_key in self._row_of_key:
            self.replace_row(item)
            return
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self._row_of_key[item_key] = row
        self.endInsertRows()

    def sort_rows(self, key: Callable[[T], Any], *, reverse: bool = False) -> None:
        """Reorder the rows by ``key`` in one Python sort (``layoutChanged``), keeping
        selections and other persistent indexes on the same items.

        Large tables sort here rather than in a proxy's ``lessThan``: that is called from
        C++ for every comparison, and thousands of Python calls freeze the window.
        """
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._items[i.row()], i.column()) for i in persistent if i.isValid()]
        self._items.sort(key=key, reverse=reverse)
        self._reindex()
        position = {id(item): row for row, item in enumerate(self._items)}
        self.changePersistentIndexList(
            [i for i in persistent if i.isValid()],
            [self.index(position[id(item)], column) for item, column in held],
        )
        self.layoutChanged.emit()

    def _require_key(self) -> Callable[[T], str]:
        if self._key is None:
            raise TypeError(f"{type(self).__name__} has no row key")
        return self._key

    def _reindex(self) -> None:
        key = self._key
        self._row_of_key = {} if key is None else {key(i): r for r, i in enumerate(self._items)}
