"""Check-in pairs as a table with named columns: the two members (alphabetical), since when."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.roster import CheckinPair
from safespace_desktop.ui.item_models.columns import Column, ColumnTableModel
from safespace_desktop.ui.item_models.columns import ObjectRole as ObjectRole
from safespace_desktop.ui.wording.dates import format_date

COL_FIRST = 0
COL_SECOND = 1
COL_SINCE = 2
COLUMN_COUNT = 3


def _since_text(pair: CheckinPair) -> str:
    return format_date(pair.since)


class PairTableModel(ColumnTableModel[CheckinPair]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(lambda: self.tr("Member"), lambda p: self._ordered_names(p)[0]),
                Column(lambda: self.tr("Checks in with"), lambda p: self._ordered_names(p)[1]),
                Column(lambda: self.tr("Since"), _since_text),
            ),
            parent,
        )
        self._names: dict[str, str] = {}

    def _ordered_names(self, pair: CheckinPair) -> tuple[str, str]:
        """The two names in alphabetical order, so a pair always reads the same way."""
        first, second = (
            self._names.get(member_id) or name
            for member_id, name in zip(pair.member_ids, pair.names, strict=True)
        )
        return (first, second) if first.casefold() <= second.casefold() else (second, first)

    def set_pairs(self, pairs: list[CheckinPair], names: dict[str, str]) -> None:
        self._names = dict(names)
        self.set_rows(
            sorted(pairs, key=lambda p: tuple(n.casefold() for n in self._ordered_names(p)))
        )

    def pair_at(self, row: int) -> CheckinPair | None:
        return self.row_at(row) if 0 <= row < self.rowCount() else None
