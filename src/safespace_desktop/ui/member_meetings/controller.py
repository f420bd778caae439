"""Decides what a member's Meetings page shows: the schedule, the next meetings and the
selected meeting's public agenda. Reads only; members change nothing here."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.meetings.model import Meeting, MemberMeeting
from safespace_desktop.core.meetings.recurrence import clock_minutes, clock_text
from safespace_desktop.services.meetings import AgendaService, MeetingsOverview, MeetingsService
from safespace_desktop.services.resources import ResourcesService
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.member_meetings.view import MemberMeetingsView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill


def segment_starts(found: MemberMeeting) -> list[int | None]:
    """Minutes after the meeting's start for each public segment. Agendas saved before
    starts were kept have none: then they are counted here only when no internal
    segment can lie between (positions without a gap), and otherwise left out."""
    segments = found.segments
    if all(s.starts_at is not None for s in segments):
        return [s.starts_at for s in segments]
    if [s.position for s in segments] != list(range(len(segments))):
        return [None] * len(segments)
    starts: list[int | None] = []
    offset = 0
    for segment in segments:
        starts.append(offset)
        offset += segment.minutes
    return starts


def agenda_lines(found: MemberMeeting, titles: dict[str, str] | None = None) -> list[str]:
    """The meeting, then each public segment; ``titles`` names the linked coping
    resources this member may read (others are left out)."""
    meeting = found.meeting
    lines = [wording.meeting_heading(meeting)]
    if meeting.cancelled:
        lines.append(fill(wording.tr("This meeting is cancelled: %1"), meeting.cancel_reason))
    if not found.segments:
        lines.append(wording.tr("The facilitators have not shared an agenda for it yet."))
    starts = segment_starts(found)
    for segment, starts_at in zip(found.segments, starts, strict=True):
        if starts_at is None:
            lines.append(
                fill(
                    wording.tr("%1 (%2 min) — %3"),
                    segment.title,
                    segment.minutes,
                    wording.kind_label(segment.kind),
                )
            )
        else:
            lines.append(
                fill(
                    wording.tr("%1  %2 (%3 min) — %4"),
                    clock_text(clock_minutes(meeting.start) + starts_at),
                    segment.title,
                    segment.minutes,
                    wording.kind_label(segment.kind),
                )
            )
        if segment.read_aloud:
            lines.append(segment.read_aloud)
        linked = [titles[i] for i in segment.resource_ids if titles and i in titles]
        if linked:
            lines.append(fill(wording.tr("Coping resources for this: %1"), ", ".join(linked)))
    return lines


def read_agenda(
    agenda: AgendaService, library: ResourcesService, meeting_id: str
) -> tuple[MemberMeeting, dict[str, str]]:
    """The public agenda and the titles of the members' resources it links to."""
    found = agenda.for_members(meeting_id)
    ids = [i for segment in found.segments for i in segment.resource_ids]
    titles = {s.id: s.title for s in library.summaries(ids)} if ids else {}
    return found, titles


class MemberMeetingsController(QObject):
    def __init__(self, context: SessionContext, view: MemberMeetingsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.meetings = MeetingsService(context.vault)
        self.agenda = AgendaService(context.vault)
        self.library = ResourcesService(context.vault)
        self.by_id: dict[str, Meeting] = {}
        view.meetings.currentRowChanged.connect(lambda _row: self.load_agenda())
        context.changes.follow(
            view,
            [RecordKind.MEETING, RecordKind.MEETING_SCHEDULE, RecordKind.AGENDA],
            lambda _c: self.load(),
        )
        self.load()

    def load(self) -> None:
        meetings = self.meetings
        self.context.ops.query(self.view, lambda _ctx: meetings.overview()).on_success(
            self._show
        ).on_failure(self.fail).run()

    def _show(self, overview: MeetingsOverview) -> None:
        selected = self.view.current_id()
        self.by_id = {m.id: m for m in overview.upcoming}
        ids = [m.id for m in overview.upcoming]
        self.view.show_schedule(wording.schedule_text(overview.current))
        self.view.show_meetings(
            [(m.id, wording.meeting_row(m)) for m in overview.upcoming],
            ids.index(selected) if selected in ids else 0,
        )
        self.load_agenda()

    def load_agenda(self) -> None:
        meeting = self.by_id.get(self.view.current_id() or "")
        if meeting is None:
            self.view.show_agenda([])
            return
        if not meeting.stored:
            self.view.show_agenda(agenda_lines(MemberMeeting(meeting)))
            return
        agenda, library, meeting_id = self.agenda, self.library, meeting.id
        self.context.ops.query(
            self.view, lambda _ctx: read_agenda(agenda, library, meeting_id)
        ).on_success(lambda read: self.view.show_agenda(agenda_lines(*read))).on_failure(
            self.fail
        ).run()

    def fail(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
