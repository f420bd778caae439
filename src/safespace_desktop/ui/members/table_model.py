"""The roster as a Qt table model, plus the search/archived filter and sort proxy.

The model holds plain ``core.model.Member`` values (never ORM objects). Edits go
through ``MembersService``; the page then hands the returned ``Member`` back here
with ``replace_member`` (``dataChanged``) or ``add_member`` (``beginInsertRows``),
so the view keeps its selection and scroll position.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from safespace_desktop.core.model import JournalAccess, Member
from safespace_desktop.core.roster import MemberStatus, TellApart
from safespace_desktop.services.members import matches
from safespace_desktop.ui.item_models.columns import Column, ColumnTableModel
from safespace_desktop.ui.item_models.columns import IdRole as IdRole  # the member's id
from safespace_desktop.ui.item_models.columns import ObjectRole as ObjectRole  # the Member
from safespace_desktop.ui.item_models.columns import SortRole as SortRole  # key for a column
from safespace_desktop.ui.wording.placeholders import fill

# ---------------------------------------------------------------------------- columns
COL_NAME = 0
COL_PRONOUNS = 1
COL_STATUS = 2
COL_JOURNAL = 3
COLUMN_COUNT = 4

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


def tell_apart_text(hint: TellApart) -> str:
    """What tells two people of the same name apart, in words ("he/him, joined Jan 2027")."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("MemberTableModel", text)

    parts = [hint.pronouns] if hint.pronouns else []
    if hint.joined_month is not None:
        month = QLocale().toString(
            QDate(hint.joined_month.year, hint.joined_month.month, 1), "MMM yyyy"
        )
        parts.append(fill(tr("joined %1"), month))
    if hint.number is not None:
        parts.append(fill(tr("no. %1"), hint.number))
    return tr(", ").join(parts)


def display_name(member: Member) -> str:
    """The name, with the hint that tells two people of the same name apart."""
    if member.disambiguation:
        template = QCoreApplication.translate("MemberTableModel", "%1 (%2)")
        return fill(template, member.name, tell_apart_text(member.disambiguation))
    return member.name


def journal_text(member: Member) -> str:
    """Not invited, Invited (a code is open) or Has a journal (they used the code)."""
    if member.journal is JournalAccess.ACTIVE:
        return QCoreApplication.translate("MemberTableModel", "Has a journal")
    if member.journal is JournalAccess.INVITED:
        return QCoreApplication.translate("MemberTableModel", "Invited")
    return QCoreApplication.translate("MemberTableModel", "Not invited")


def _sort_by_name(member: Member) -> str:
    return display_name(member).casefold()


def _sort_by_pronouns(member: Member) -> str:
    return member.pronouns.casefold()


def _sort_by_status(member: Member) -> str:
    return {MemberStatus.ACTIVE: "0", MemberStatus.PAUSED: "1"}.get(member.status, "2")


def _sort_by_journal(member: Member) -> str:
    order = {JournalAccess.NONE: "0", JournalAccess.INVITED: "1", JournalAccess.ACTIVE: "2"}
    return order[member.journal]


def _member_id(member: Member) -> str:
    return member.id


class MemberTableModel(ColumnTableModel[Member]):
    """One row per roster entry, in the order the service returned them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(lambda: self.tr("Name"), display_name, _sort_by_name),
                Column(lambda: self.tr("Pronouns"), lambda m: m.pronouns, _sort_by_pronouns),
                Column(lambda: self.tr("Status"), status_text, _sort_by_status),
                Column(lambda: self.tr("Journal"), journal_text, _sort_by_journal),
            ),
            parent,
            key=_member_id,
        )

    def extra_data(self, item: Member, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and item.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _sort_key(member: Member, column: int) -> str:
        by_column = {
            COL_PRONOUNS: _sort_by_pronouns,
            COL_STATUS: _sort_by_status,
            COL_JOURNAL: _sort_by_journal,
        }
        return by_column.get(column, _sort_by_name)(member)

    # -- public API for the page --------------------------------------------------
    def set_members(self, members: list[Member]) -> None:
        """Replace everything (a reload)."""
        self.set_rows(members)

    def replace_member(self, member: Member) -> None:
        """Update one row in place; adds it if it is not there yet."""
        self.replace_row(member)

    def add_member(self, member: Member) -> None:
        self.add_row(member)

    def member_at(self, row: int) -> Member:
        return self.row_at(row)

    def members(self) -> list[Member]:
        return self.rows()


class MemberFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type over name, pronouns and note; hides archived unless asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._show_archived = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sorting = False
        self._source: MemberTableModel | None = None
        self.setDynamicSortFilter(True)  # filtering follows edits; sorting is ours

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

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        # Called from C++ for every row on each reload: no Qt calls back, no work for an
        # empty search (issue 15).
        model = self._source
        if model is None or source_row < 0:
            return False
        try:
            member = model.member_at(source_row)
        except IndexError:
            return False
        if member.archived and not self._show_archived:
            return False
        return not self._query.strip() or matches(member, self._query)

    # -- sorting ----------------------------------------------------------------
    # The proxy itself stays unsorted: the table model keeps its rows in order with one
    # Python sort (``sort_rows``), which is hundreds of times cheaper than a ``lessThan``
    # called from C++ for every comparison of a 1,000-person roster.
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self._source = model if isinstance(model, MemberTableModel) else None
        super().setSourceModel(model)
        if isinstance(model, MemberTableModel):
            model.modelReset.connect(self._resort)
            model.rowsInserted.connect(self._resort)
            model.dataChanged.connect(self._resort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._resort()

    def _order(self) -> Callable[[Member], tuple[str, str, str]] | None:
        """The shown order's sort key (None: unsorted). Name with its hint
        (case-insensitive), then id, break ties, so two people called Alex keep a stable
        order whatever column is sorted."""
        column = getattr(self, "_sort_column", -1)
        if column < 0:
            return None
        return lambda m: (
            MemberTableModel._sort_key(m, column),
            display_name(m).casefold(),
            m.id,
        )

    def _resort(self, *_args: object) -> None:
        model = self._source
        order = self._order()
        if model is None or order is None or self._sorting:
            return
        self._sorting = True
        try:
            model.sort_rows(order, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        finally:
            self._sorting = False

    def replace_all(self, members: list[Member]) -> None:
        """A reload: the source model gets the roster already in the shown order, so the
        reset is the only pass over the rows (sorting after it would re-map and filter
        all of them a second time)."""
        model = self._source
        if model is None:
            return
        order = self._order()
        if order is not None:
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            members = sorted(members, key=order, reverse=descending)
        self._sorting = True  # the reset needs no resort
        try:
            model.set_members(members)
        finally:
            self._sorting = False

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
