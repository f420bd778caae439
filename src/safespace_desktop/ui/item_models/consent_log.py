"""One member's consent log as a table: purpose, wording version, dates, how given.

Also the translated names of consent purposes and methods, shared by the Members
page, the enrolment wizard and the consent dialogs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from safespace_desktop.core.consent import (
    ConsentEnd,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
    WordingKind,
)
from safespace_desktop.ui.formatting import fill, format_date

COL_PURPOSE = 0  # the purpose, and the version of the wording shown
COL_GIVEN = 1  # the date, and how it was given
COL_ENDED = 2  # still given, or when and why it ended
COLUMN_COUNT = 3

ObjectRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("Consent", text)


def purpose_name(purpose: ConsentPurpose) -> str:
    return {
        ConsentPurpose.CONTACT_BETWEEN_MEETINGS: _t("Contact between meetings"),
        ConsentPurpose.KEEP_ATTENDANCE_HISTORY: _t("Keep attendance history"),
        ConsentPurpose.CHECKIN_PAIRING: _t("Check-in pairs"),
    }[purpose]


def wording_kind_name(kind: WordingKind) -> str:
    if kind is WordingKind.CONFIDENTIALITY:
        return _t("What stays in the room (confidentiality)")
    return purpose_name(ConsentPurpose(kind.value))


def method_name(method: ConsentMethod) -> str:
    if method is ConsentMethod.ON_PAPER:
        return _t("On paper")
    return _t("In person")


def erased_by_withdrawal(purpose: ConsentPurpose) -> str:
    """What withdrawing ``purpose`` erases, in words for the warning."""
    if purpose is ConsentPurpose.CONTACT_BETWEEN_MEETINGS:
        return _t(
            "Their phone number, email address, best time to reach them and whether a "
            "message may be left will be erased straight away."
        )
    if purpose is ConsentPurpose.CHECKIN_PAIRING:
        return _t("Any check-in pair they are in will end straight away.")
    return _t(
        "From now on their attendance is only counted, without their name. Nothing else is erased."
    )


def ended_text(record: ConsentRecord) -> str:
    """ "Still given", or when and why it ended."""
    if record.withdrawn_on is None:
        return _t("Still given")
    day = format_date(record.withdrawn_on)
    if record.ended is ConsentEnd.RENEWED:
        return fill(_t("Replaced by a newer wording on %1"), day)
    if record.ended is ConsentEnd.FORGOTTEN:
        return fill(_t("Withdrawn on %1 (asked to be forgotten)"), day)
    return fill(_t("Withdrawn on %1"), day)


class ConsentLogModel(QAbstractTableModel):
    """Read-only: the log is written by ``ConsentService`` only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ConsentRecord] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

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
            COL_PURPOSE: self.tr("Purpose"),
            COL_GIVEN: self.tr("Given"),
            COL_ENDED: self.tr("Now"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == ObjectRole:
            return record
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == COL_PURPOSE:
            version = fill(self.tr("wording version %1"), record.wording_version)
            return f"{purpose_name(record.purpose)}\n{version}"
        if column == COL_GIVEN:
            return f"{format_date(record.given_on)}\n{method_name(record.method).lower()}"
        if column == COL_ENDED:
            return ended_text(record)
        return None

    def set_records(self, records: list[ConsentRecord]) -> None:
        """Newest first, so the current state of each purpose is near the top."""
        self.beginResetModel()
        self._records = list(reversed(records))
        self.endResetModel()

    def records(self) -> list[ConsentRecord]:
        return list(self._records)
