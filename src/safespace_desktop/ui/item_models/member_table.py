"""The roster as a Qt table model, plus the search/archived filter and sort proxy.

The model holds plain ``core.model.Member`` values (never ORM objects). Edits go
through ``MembersService``; the page then hands the returned ``Member`` back here
with ``replace_member`` (``dataChanged``) or ``add_member`` (``beginInsertRows``),
so the view keeps its selection and scroll position.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import MemberStatus
from safespace_desktop.services.members import matches
from safespace_desktop.ui.formatting import fill

# ---------------------------------------------------------------------------- columns
COL_NAME = 0
COL_PRONOUNS = 1
COL_STATUS = 2
COL_JOURNAL = 3
COLUMN_COUNT = 4

# ---------------------------------------------------------------------------- roles
IdRole = Qt.ItemDataRole.UserRole + 1  # the member's id (str)
SortRole = Qt.ItemDataRole.UserRole + 2  # a case-folded key for the column
ObjectRole = Qt.ItemDataRole.UserRole + 3  # the core.model.Member itself

_Index = QModelIndex | QPersistentModelIndex


def status_word(status: MemberStatus) -> str:
    """Active, Paused or Left, translated."""
    if status is MemberStatus.PAUSED:
        return QCoreApplication.translate("MemberTableModel", "Paused")
    if status is MemberStatus.LEFT:
        return QCoreApplication.translate("MemberTableModel", "Left")
    return QCoreApplication.translate("MemberTableModel", "Active")


def status_text(member: Member) -> str:
    """Status in words, so it never depends on colour."""
    return status_word(member.status)


def display_name(member: Member) -> str:
    """The name, with the hint that tells two people of the same name apart."""
    if member.disambiguation:
        template = QCoreApplication.translate("MemberTableModel", "%1 (%2)")
        return fill(template, member.name, member.disambiguation)
    return member.name


def journal_text(member: Member) -> str:
    return (
        QCoreApplication.translate("MemberTableModel", "Invited")
        if member.has_journal_account
        else QCoreApplication.translate("MemberTableModel", "Not invited")
    )


class MemberTableModel(QAbstractTableModel):
    """One row per roster entry, in the order the service returned them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._rows: dict[str, int] = {}

    # -- Qt interface -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NAME: self.tr("Name"),
            COL_PRONOUNS: self.tr("Pronouns"),
            COL_STATUS: self.tr("Status"),
            COL_JOURNAL: self.tr("Journal"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(member, column)
        if role == IdRole:
            return member.id
        if role == ObjectRole:
            return member
        if role == SortRole:
            return self._sort_key(member, column)
        if role == Qt.ItemDataRole.FontRole and member.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    # -- helpers ------------------------------------------------------------------
    @staticmethod
    def _text(member: Member, column: int) -> str | None:
        if column == COL_NAME:
            return display_name(member)
        if column == COL_PRONOUNS:
            return member.pronouns
        if column == COL_STATUS:
            return status_text(member)
        if column == COL_JOURNAL:
            return journal_text(member)
        return None

    @staticmethod
    def _sort_key(member: Member, column: int) -> str:
        if column == COL_PRONOUNS:
            return member.pronouns.casefold()
        if column == COL_STATUS:
            return {MemberStatus.ACTIVE: "0", MemberStatus.PAUSED: "1"}.get(member.status, "2")
        if column == COL_JOURNAL:
            return "1" if member.has_journal_account else "0"
        return display_name(member).casefold()

    # -- public API for the page --------------------------------------------------
    def set_members(self, members: list[Member]) -> None:
        """Replace everything (a reload)."""
        self.beginResetModel()
        self._members = list(members)
        self._rows = {m.id: row for row, m in enumerate(self._members)}
        self.endResetModel()

    def replace_member(self, member: Member) -> None:
        """Update one row in place; adds it if it is not there yet."""
        row = self._rows.get(member.id)
        if row is None:
            self.add_member(member)
            return
        self._members[row] = member
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def add_member(self, member: Member) -> None:
        if member.id in self._rows:
            self.replace_member(member)
            return
        row = len(self._members)
        self.beginInsertRows(QModelIndex(), row, row)
        self._members.append(member)
        self._rows[member.id] = row
        self.endInsertRows()

    def member_at(self, row: int) -> Member:
        return self._members[row]

    def row_of(self, member_id: str) -> int | None:
        return self._rows.get(member_id)

    def members(self) -> list[Member]:
        return list(self._members)


class MemberFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type over name, pronouns and note; hides archived unless asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._show_archived = False
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    @property
    def query(self) -> str:
        return self._query

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_query(self, query: str) -> None:
        if query == self._query:
            return
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        if show == self._show_archived:
            return
        self.beginFilterChange()
        self._show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _member(self, source_row: int) -> Member | None:
        model = self.sourceModel()
        if not isinstance(model, MemberTableModel) or not 0 <= source_row < model.rowCount():
            return None
        return model.member_at(source_row)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        member = self._member(source_row)
        if member is None:
            return False
        if member.archived and not self._show_archived:
            return False
        return matches(member, self._query)

    def lessThan(self, source_left: _Index, source_right: _Index) -> bool:
        left = self._member(source_left.row())
        right = self._member(source_right.row())
        if left is None or right is None:
            return super().lessThan(source_left, source_right)
        column = source_left.column()
        # Name with its hint (case-insensitive), then id, break ties, so two people
        # called Alex keep a stable order whatever column is sorted.
        tail_left = (display_name(left).casefold(), left.id)
        tail_right = (display_name(right).casefold(), right.id)
        key_left = MemberTableModel._sort_key(left, column)
        key_right = MemberTableModel._sort_key(right, column)
        return (key_left, *tail_left) < (key_right, *tail_right)

    def member_at(self, proxy_row: int) -> Member | None:
        index = self.index(proxy_row, COL_NAME)
        if not index.isValid():
            return None
        value = index.data(ObjectRole)
        return value if isinstance(value, Member) else None

    def proxy_row_of(self, member_id: str) -> int | None:
        model = self.sourceModel()
        if not isinstance(model, MemberTableModel):
            return None
        source_row = model.row_of(member_id)
        if source_row is None:
            return None
        mapped = self.mapFromSource(model.index(source_row, COL_NAME))
        return mapped.row() if mapped.isValid() else None
