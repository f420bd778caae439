"""The Meetings page's first rows come first (issue 15): the list and the selected
meeting's agenda are read before anything else, and the Attendance, Notes and Feedback
tabs are built (and read) when they are first opened, showing the selected meeting as
they did when they were built with the page."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from safespace_desktop.core.meetings.model import Cadence
from safespace_desktop.services.meetings import AgendaService, MeetingsService, TopicsService
from safespace_desktop.services.meetings.templates import MeetingTemplatesService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.attendance.record_view import MeetingRecordView
from safespace_desktop.ui.attendance.view import AttendanceView
from safespace_desktop.ui.feedback.view import FeedbackView
from tests.gui.test_meetings_page import MakeContext, open_page, session  # noqa: F401

pytestmark = pytest.mark.gui


def test_the_list_and_the_agenda_are_read_before_topics_and_templates(
    qtbot,
    vault: Vault,
    session: MakeContext,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    MeetingsService(vault).set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    first = MeetingsService(vault).ensure(MeetingsService(vault).overview().upcoming[0])
    TopicsService(vault).add("Sleep and stress")
    reads: list[str] = []
    lock = threading.Lock()

    def recorded(name: str, read: object) -> object:
        def wrapper(*args: object, **kwargs: object) -> object:
            with lock:
                reads.append(name)
            return read(*args, **kwargs)  # type: ignore[operator]

        return wrapper

    for owner, name in (
        (MeetingsService, "overview"),
        (AgendaService, "detail"),
        (TopicsService, "topics"),
        (MeetingTemplatesService, "templates"),
    ):
        monkeypatch.setattr(owner, name, recorded(name, getattr(owner, name)))
    page = open_page(qtbot, session)
    qtbot.waitUntil(lambda: page.agenda.topics.count() == 1)
    qtbot.waitUntil(lambda: "templates" in reads)
    assert reads[:2] == ["overview", "detail"]
    assert page.upcoming.currentRow() == 0
    assert page.agenda_controller is not None
    assert page.agenda_controller.meeting is not None  # type: ignore[attr-defined]
    assert page.agenda_controller.meeting.id == first.id  # type: ignore[attr-defined]


def test_the_other_tabs_are_built_when_opened_and_show_the_selected_meeting(
    qtbot,
    vault: Vault,
    session: MakeContext,  # noqa: F811
) -> None:
    MeetingsService(vault).set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    page = open_page(qtbot, session)
    assert page.findChild(AttendanceView) is None
    assert page.findChild(MeetingRecordView) is None
    assert page.findChild(FeedbackView) is None
    assert MeetingsService(vault).meetings() == []  # selecting stores nothing

    # Down to the second meeting, then the Attendance tab: it opens that meeting.
    page.upcoming.setFocus()
    page.upcoming.setCurrentRow(1)
    second = page.controller.selected_id  # type: ignore[attr-defined]
    assert second == page.controller.overview.upcoming[1].id  # type: ignore[attr-defined]
    page.detail_tabs.setCurrentWidget(page.findChild(QWidget, "attendanceTab"))
    attendance = page.findChild(AttendanceView)
    assert attendance is not None and attendance.isVisibleTo(page)
    qtbot.waitUntil(lambda: len(MeetingsService(vault).meetings()) == 1, timeout=5000)
    [stored] = MeetingsService(vault).meetings()
    assert stored.id == second  # the occurrence shown is the one selected
    qtbot.waitUntil(lambda: attendance.controller.meeting_id == second, timeout=5000)  # type: ignore[attr-defined]

    # The Feedback tab, built now, is about the same meeting.
    page.detail_tabs.setCurrentWidget(page.findChild(QWidget, "feedbackTab"))
    feedback = page.findChild(FeedbackView)
    assert feedback is not None
    qtbot.waitUntil(lambda: feedback.controller.meeting_id == second, timeout=5000)  # type: ignore[attr-defined]
    qtbot.waitUntil(feedback.kiosk_button.isEnabled, timeout=5000)

    # Choosing another meeting reaches the built tabs as before.
    page.detail_tabs.setCurrentWidget(page.findChild(QWidget, "attendanceTab"))
    page.upcoming.setCurrentRow(0)
    first = page.controller.overview.upcoming[0].id  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: attendance.controller.meeting_id == first, timeout=5000)  # type: ignore[attr-defined]
    assert page.findChild(MeetingRecordView) is None  # never opened, never built
