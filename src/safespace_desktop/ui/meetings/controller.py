"""Decides what the Meetings page's list side does: the schedule, the next and past
meetings, extra meetings. The selected meeting is handed to the agenda controller."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.services.meetings import MeetingsOverview, MeetingsService
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.meetings.agenda_controller import AgendaController
from safespace_desktop.ui.meetings.dialogs import (
    MeetingDialog,
    MeetingValues,
    ScheduleDialog,
    answered,
)
from safespace_desktop.ui.meetings.view import MEETING_ID, MeetingsView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

SCHEDULE_CHANGES = ChangeSet.kinds(RecordKind.MEETING_SCHEDULE)


class MeetingsController(QObject):
    def __init__(self, context: SessionContext, view: MeetingsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = MeetingsService(context.vault)
        self.overview: MeetingsOverview | None = None
        self.by_id: dict[str, Meeting] = {}
        self.selected_id: str | None = None
        # Reads that wait until the list's first rows are in (issue 15): the agenda's
        # topics and templates, the topic box; the selected meeting's agenda first.
        self._after_first_rows: list[Callable[[], None]] | None = [self.agenda_lists]
        self.agenda = AgendaController(context, view, self)
        view.agenda_controller = self.agenda
        view.upcoming.currentItemChanged.connect(self._picked)
        view.past.currentItemChanged.connect(self._picked)
        view.schedule_button.clicked.connect(self.change_schedule)
        view.extra_button.clicked.connect(self.add_extra)
        context.changes.follow(
            view, [RecordKind.MEETING, RecordKind.MEETING_SCHEDULE], lambda _c: self.load()
        )
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self, select_id: str | None = None) -> None:
        if select_id is not None:
            self.selected_id = select_id
        service = self.service
        # The first read waits for the page's first paint: reading while the new page
        # is laid out and painted fights the GUI thread for the interpreter lock.
        self.context.ops.query(self.view, lambda _ctx: service.overview()).on_success(
            self._show
        ).on_failure(self._failed).with_busy(self.view.set_busy).after_first_paint(self.view).run()

    def after_first_rows(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the first rows are shown (now, if they already are)."""
        if self._after_first_rows is None:
            callback()
        else:
            self._after_first_rows.append(callback)

    def agenda_lists(self) -> None:
        self.agenda.load_lists()

    def _first_rows_done(self) -> None:
        waiting, self._after_first_rows = self._after_first_rows, None
        for callback in waiting or ():
            callback()

    def _failed(self, exc: BaseException) -> None:
        self.fail(exc)
        self._first_rows_done()

    def _show(self, overview: MeetingsOverview) -> None:
        self.overview = overview
        self.by_id = {m.id: m for m in (*overview.upcoming, *overview.past)}
        self.view.show_schedule(wording.schedule_text(overview.current))
        selected = self.by_id.get(self.selected_id or "")
        if selected is None and overview.upcoming and self.selected_id is None:
            selected = overview.upcoming[0]
            self.selected_id = selected.id
        self.view.show_meetings(
            [(m.id, wording.meeting_row(m)) for m in overview.upcoming],
            [(m.id, wording.meeting_row(m)) for m in overview.past],
            self.selected_id,
        )
        self._select(selected)
        self._first_rows_done()

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        sender = self.sender()
        other = self.view.past if sender is self.view.upcoming else self.view.upcoming
        if isinstance(other, QListWidget):
            blocker = other.blockSignals(True)
            other.setCurrentRow(-1)
            other.blockSignals(blocker)
        meeting = self.by_id.get(str(item.data(MEETING_ID)))
        if meeting is not None:
            self.selected_id = meeting.id
            self._select(meeting)

    def _select(self, meeting: Meeting | None) -> None:
        self.view.show_meeting_in_tabs(meeting)
        self.agenda.show(meeting)

    def stored(self, meeting: Meeting) -> None:
        """The agenda controller stored an occurrence or changed the meeting."""
        self.by_id[meeting.id] = meeting
        self.load(meeting.id)

    # ------------------------------------------------------------------ changing
    def change_schedule(self) -> None:
        today = self.overview.today if self.overview else None
        if today is None:
            return
        dialog = ScheduleDialog(self.overview.current if self.overview else None, today, self.view)
        values = answered(dialog, lambda shown: shown.values())
        if values is None:
            return
        service = self.service

        def saved(_result: object) -> None:
            self.view.say(wording.tr("The schedule is saved."))
            self.load()

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.set_schedule(
                values.cadence,
                weekday=values.weekday,
                week_of_month=values.week_of_month,
                start=values.start,
                minutes=values.minutes,
                place=values.place,
                from_date=values.from_date,
            ),
            SCHEDULE_CHANGES,
        ).on_success(saved).on_failure(self.fail).run()

    def add_extra(self) -> None:
        if self.overview is None:
            return
        current = self.overview.current
        dialog = MeetingDialog(
            wording.tr("Add an extra meeting"),
            wording.tr("&Add meeting"),
            MeetingValues(
                self.overview.today,
                current.start if current else "18:30",
                current.minutes if current else 90,
                current.place if current else "",
                "",
            ),
            self.view,
            object_name="extraMeetingDialog",
        )
        values = answered(dialog, lambda shown: shown.values())
        if values is None:
            return
        service = self.service

        def added(meeting: Meeting) -> None:
            self.view.say(wording.tr("The extra meeting is added."))
            self.load(meeting.id)

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.add_extra(
                values.on,
                start=values.start,
                minutes=values.minutes,
                place=values.place,
                title=values.title,
            ),
            lambda meeting: ChangeSet.of(RecordKind.MEETING, meeting.id),
        ).on_success(added).on_failure(self.fail).run()

    def fail(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
