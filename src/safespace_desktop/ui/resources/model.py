"""The resources list as an item model: one reset per keystroke, no widget per row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from safespace_desktop.core.resources.model import Resource
from safespace_desktop.ui.resources import wording

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ResourceListModel(QAbstractListModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Resource] = []
        self._today = date.today()

    def set_rows(self, rows: list[Resource], today: date) -> None:
        self.beginResetModel()
        self._rows = rows
        self._today = today
        self.endResetModel()

    def rows(self) -> list[Resource]:
        return self._rows

    def row_of(self, resource_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == resource_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        resource = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return wording.row_text(resource, self._today)
        if role == ID_ROLE:
            return resource.id
        return None
