"""Small dialogs of the Meetings page: the schedule, an extra meeting, moving and
cancelling a meeting, naming a saved template. They collect values; the controller
calls the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.meetings.model import (
    LAST_WEEK,
    MAX_MEETING_MINUTES,
    PLACE_MAX,
    REASON_MAX,
    TITLE_MAX,
    Cadence,
    SchedulePeriod,
)
from safespace_desktop.core.meetings.recurrence import parse_clock
from safespace_desktop.ui.meetings.wording import (
    cadence_label,
    tr,
    week_of_month_label,
    weekday_name,
)
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.wording.dates import from_qdate, to_qdate

D = TypeVar("D", bound=QDialog)
T = TypeVar("T")


@dataclass(frozen=True)
class ScheduleValues:
    cadence: Cadence
    weekday: int
    week_of_month: int
    start: str
    minutes: int
    place: str
    from_date: date


@dataclass(frozen=True)
class MeetingValues:
    on: date
    start: str
    minutes: int
    place: str
    title: str


def _time_edit(name: str, value: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    hours, minutes = parse_clock(value) or (18, 30)
    edit.setTime(QTime(hours, minutes))
    edit.setAccessibleName(name)
    return edit


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def _minutes_box(name: str, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, MAX_MEETING_MINUTES)
    box.setSuffix(tr(" min"))
    box.setValue(value)
    box.setAccessibleName(name)
    return box


def _line(name: str, value: str, limit: int) -> QLineEdit:
    edit = QLineEdit(value)
    edit.setMaxLength(limit)
    edit.setAccessibleName(name)
    return edit


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("dialogOkButton")
    ok.setAccessibleName(ok_text.replace("&", ""))
    ok.setDefault(True)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _form(dialog: QDialog, intro: str, rows: list[tuple[str, QWidget]]) -> QVBoxLayout:
    layout = QVBoxLayout(dialog)
    if intro:
        layout.addWidget(paragraph_label(intro))
    form = QFormLayout()
    for caption, widget in rows:
        label = QLabel(caption)
        label.setBuddy(widget)
        form.addRow(label, widget)
    layout.addLayout(form)
    return layout


class ScheduleDialog(QDialog):
    """How often the group meets, from which date. Earlier meetings stay as they were."""

    def __init__(self, current: SchedulePeriod | None, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setWindowTitle(tr("Change the schedule"))
        self.cadence = QComboBox()
        self.cadence.setAccessibleName(tr("How often"))
        for cadence in Cadence:
            self.cadence.addItem(cadence_label(cadence), cadence.value)
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(tr("Day of the week"))
        for day in range(7):
            self.weekday.addItem(weekday_name(day), day)
        self.week_of_month = QComboBox()
        self.week_of_month.setAccessibleName(tr("Which week of the month"))
        for nth in (1, 2, 3, 4, LAST_WEEK):
            self.week_of_month.addItem(week_of_month_label(nth), nth)
        self.start = _time_edit(tr("Start time"), current.start if current else "18:30")
        self.minutes = _minutes_box(tr("Usual length"), current.minutes if current else 90)
        self.place = _line(tr("Place"), current.place if current else "", PLACE_MAX)
        self.from_date = _date_edit(tr("From"), today)
        if current is not None:
            self.cadence.setCurrentIndex(list(Cadence).index(current.cadence))
            self.weekday.setCurrentIndex(current.weekday)
            self.week_of_month.setCurrentIndex(self.week_of_month.findData(current.week_of_month))
        rows: list[tuple[str, QWidget]] = [
            (tr("&How often:"), self.cadence),
            (tr("&Day:"), self.weekday),
            (tr("&Week of the month (monthly):"), self.week_of_month),
            (tr("&Start time:"), self.start),
            (tr("Usual &length:"), self.minutes),
            (tr("&Place:"), self.place),
            (tr("&From (or the date, once only):"), self.from_date),
        ]
        layout = _form(
            self,
            tr(
                "Meetings before the date you choose stay as they were. Planned agendas "
                "of later meetings are kept too."
            ),
            rows,
        )
        layout.addWidget(_buttons(self, tr("&Save schedule")))
        chain_tab_order([w for _c, w in rows])

    def values(self) -> ScheduleValues:
        return ScheduleValues(
            cadence=Cadence(self.cadence.currentData()),
            weekday=int(self.weekday.currentData()),
            week_of_month=int(self.week_of_month.currentData()),
            start=self.start.time().toString("HH:mm"),
            minutes=self.minutes.value(),
            place=self.place.text(),
            from_date=from_qdate(self.from_date.date()),
        )


class MeetingDialog(QDialog):
    """An extra meeting, or moving one (date, time, length, place)."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        values: MeetingValues,
        parent: QWidget | None,
        *,
        object_name: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.on = _date_edit(tr("Date"), values.on)
        self.start = _time_edit(tr("Start time"), values.start)
        self.minutes = _minutes_box(tr("Length"), values.minutes)
        self.place = _line(tr("Place"), values.place, PLACE_MAX)
        self.title_edit = _line(tr("Title (optional)"), values.title, TITLE_MAX)
        rows: list[tuple[str, QWidget]] = [
            (tr("&Date:"), self.on),
            (tr("&Start time:"), self.start),
            (tr("&Length:"), self.minutes),
            (tr("&Place:"), self.place),
            (tr("&Title (optional):"), self.title_edit),
        ]
        _form(self, "", rows).addWidget(_buttons(self, ok_text))
        chain_tab_order([w for _c, w in rows])

    def values(self) -> MeetingValues:
        return MeetingValues(
            on=from_qdate(self.on.date()),
            start=self.start.time().toString("HH:mm"),
            minutes=self.minutes.value(),
            place=self.place.text(),
            title=self.title_edit.text(),
        )


class TextDialog(QDialog):
    """One line of text: a cancel reason members will see, or a template's name."""

    def __init__(
        self,
        title: str,
        intro: str,
        caption: str,
        ok_text: str,
        parent: QWidget | None,
        *,
        object_name: str,
        limit: int = REASON_MAX,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.edit = _line(caption.replace("&", "").rstrip(":"), "", limit)
        self.edit.setObjectName("dialogTextEdit")
        _form(self, intro, [(caption, self.edit)]).addWidget(_buttons(self, ok_text))

    def text(self) -> str:
        return self.edit.text()


def answered(dialog: D, read: Callable[[D], T]) -> T | None:
    """Show ``dialog`` modally; what ``read`` takes from it once accepted, else None.
    The dialog is deleted either way."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return read(dialog)
    finally:
        dialog.deleteLater()
