"""Which meeting a panel shows, when it sits in the Meetings page's detail tabs.

The Meetings page calls ``show_meeting(meeting)`` on each detail tab when the selection
changes (``ui/meetings/view.py``). A scheduled occurrence nobody has touched yet has
no record (``Meeting.stored`` is False); attendance and notes refer to stored meetings
only, so the occurrence is stored (``MeetingsService.ensure``) when the panel is
actually shown for it, not merely selected while another tab is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe


class MeetingChoice(QObject):
    """Opens the chosen meeting in a panel: ``open_meeting(meeting_id)`` ("" for none)."""

    def __init__(
        self,
        context: SessionContext,
        view: QWidget,
        open_meeting: Callable[[str], None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.open_meeting = open_meeting
        self.say = say
        self.pending: Meeting | None = None

    def choose(self, meeting: Meeting | None) -> None:
        self.pending = meeting
        self.view.setEnabled(meeting is not None)
        if meeting is None:
            self.open_meeting("")
        elif self.view.isVisible():
            self.open_pending()

    def open_pending(self) -> None:
        meeting, self.pending = self.pending, None
        if meeting is None:
            return
        if meeting.stored:
            self.open_meeting(meeting.id)
            return
        service = MeetingsService(self.context.vault)
        self.context.ops.collection(
            self.view,
            lambda _ctx: service.ensure(meeting),
            ChangeSet.of(RecordKind.MEETING, meeting.id),
        ).on_success(lambda stored: self.open_meeting(stored.id)).on_failure(
            lambda exc: self.say(describe(exc))
        ).run()
