"""One member's consent log as a table: purpose, wording version, dates, how given.

Also the translated names of consent purposes and methods, shared by the Members
page, the enrolment wizard and the consent dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from safespace_desktop.core.consent import (
    ConsentEnd,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
    WordingKind,
)
from safespace_desktop.ui.item_models.columns import Column, ColumnTableModel
from safespace_desktop.ui.item_models.columns import ObjectRole as ObjectRole
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill

COL_PURPOSE = 0  # the purpose, and the version of the wording shown
COL_GIVEN = 1  # the date, and how it was given
COL_ENDED = 2  # still given, or when and why it ended
COLUMN_COUNT = 3


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


def _given_text(record: ConsentRecord) -> str:
    return f"{format_date(record.given_on)}\n{method_name(record.method).lower()}"


class ConsentLogModel(ColumnTableModel[ConsentRecord]):
    """Read-only: the log is written by ``ConsentService`` only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(lambda: self.tr("Purpose"), self._purpose_text),
                Column(lambda: self.tr("Given"), _given_text),
                Column(lambda: self.tr("Now"), ended_text),
            ),
            parent,
        )

    def _purpose_text(self, record: ConsentRecord) -> str:
        version = fill(self.tr("wording version %1"), record.wording_version)
        return f"{purpose_name(record.purpose)}\n{version}"

    def set_records(self, records: list[ConsentRecord]) -> None:
        """Newest first, so the current state of each purpose is near the top."""
        self.set_rows(reversed(records))

    def records(self) -> list[ConsentRecord]:
        return self.rows()
