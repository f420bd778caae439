"""What the meetings pages say, built from data through tr() (context "Meetings")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from safespace_desktop.core.meetings.agenda import Timing
from safespace_desktop.core.meetings.model import (
    LAST_WEEK,
    Cadence,
    Meeting,
    SchedulePeriod,
    SegmentKind,
)
from safespace_desktop.core.meetings.recurrence import clock_minutes, clock_text
from safespace_desktop.ui.wording.dates import to_qdate
from safespace_desktop.ui.wording.placeholders import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("Meetings", text)


def kind_label(kind: SegmentKind) -> str:
    return {
        SegmentKind.WELCOME: tr("Welcome"),
        SegmentKind.READING: tr("Reading aloud"),
        SegmentKind.AGREEMENT: tr("Group agreement"),
        SegmentKind.CHECK_IN: tr("Check-in round"),
        SegmentKind.AGENDA_SETTING: tr("Agenda setting"),
        SegmentKind.DISCUSSION: tr("Discussion"),
        SegmentKind.BREAK: tr("Break"),
        SegmentKind.CHECK_OUT: tr("Check-out round"),
        SegmentKind.CLOSING: tr("Closing"),
    }[kind]


def cadence_label(cadence: Cadence) -> str:
    return {
        Cadence.WEEKLY: tr("Every week"),
        Cadence.FORTNIGHTLY: tr("Every other week"),
        Cadence.MONTHLY: tr("Once a month"),
        Cadence.ONE_OFF: tr("Once only"),
    }[cadence]


def weekday_name(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def week_of_month_label(nth: int) -> str:
    return {
        1: tr("first"),
        2: tr("second"),
        3: tr("third"),
        4: tr("fourth"),
        LAST_WEEK: tr("last"),
    }[nth]


def day_text(day: date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def short_day(day: date) -> str:
    return QLocale().toString(to_qdate(day), "ddd d MMM yyyy")


def end_time(meeting: Meeting) -> str:
    return clock_text(clock_minutes(meeting.start) + meeting.minutes)


def schedule_text(period: SchedulePeriod | None) -> str:
    if period is None:
        return tr("No regular meetings are set up yet. Choose Change schedule to add them.")
    place = fill(tr(", at %1"), period.place) if period.place else ""
    if period.cadence is Cadence.ONE_OFF:
        when = fill(tr("Once, on %1"), day_text(period.starts_on))
    elif period.cadence is Cadence.MONTHLY:
        when = fill(
            tr("The %1 %2 of every month"),
            week_of_month_label(period.week_of_month),
            weekday_name(period.weekday),
        )
    elif period.cadence is Cadence.FORTNIGHTLY:
        when = fill(tr("Every other %1"), weekday_name(period.weekday))
    else:
        when = fill(tr("Every %1"), weekday_name(period.weekday))
    return fill(tr("%1, %2 for %3 minutes%4."), when, period.start, period.minutes, place)


def meeting_row(meeting: Meeting) -> str:
    parts = [fill(tr("%1, %2–%3"), short_day(meeting.on), meeting.start, end_time(meeting))]
    if meeting.title:
        parts.append(meeting.title)
    if meeting.place:
        parts.append(meeting.place)
    if meeting.extra:
        parts.append(tr("extra meeting"))
    if meeting.moved and meeting.occurs_on is not None:
        parts.append(fill(tr("moved from %1"), short_day(meeting.occurs_on)))
    if meeting.cancelled:
        parts.append(fill(tr("CANCELLED: %1"), meeting.cancel_reason))
    return " · ".join(parts)


def meeting_heading(meeting: Meeting) -> str:
    text = fill(tr("%1, %2 to %3"), day_text(meeting.on), meeting.start, end_time(meeting))
    if meeting.place:
        text = fill(tr("%1 — %2"), text, meeting.place)
    return text


def status_text(meeting: Meeting) -> str:
    if meeting.cancelled:
        return fill(tr("Cancelled. Members see the reason: %1"), meeting.cancel_reason)
    if not meeting.stored:
        return tr("Nothing is planned for this meeting yet.")
    return ""


def total_text(timing: Timing) -> str:
    """The running total against the meeting's length, calmly worded."""
    if timing.overrun:
        return fill(
            tr("Planned: %1 of %2 minutes. That is %3 minutes more than the meeting has."),
            timing.total,
            timing.length,
            timing.overrun,
        )
    if timing.spare:
        return fill(
            tr("Planned: %1 of %2 minutes (%3 minutes to spare)."),
            timing.total,
            timing.length,
            timing.spare,
        )
    return fill(
        tr("Planned: %1 of %2 minutes. The times fit exactly."), timing.total, timing.length
    )


def segment_row(start: str, title: str, minutes: int, public: bool, over: bool) -> str:
    text = fill(tr("%1  %2 (%3 min)"), start, title, minutes)
    if not public:
        text = fill(tr("%1 · facilitators only"), text)
    if over:
        text = fill(tr("%1 · runs past the end"), text)
    return text


def agreement_row(text: str, version: int | None) -> str:
    """A group-agreement segment names the adopted version it will show."""
    if version is None:
        return fill(tr("%1 · no agreement adopted yet"), text)
    return fill(tr("%1 · shows agreement version %2"), text, version)
