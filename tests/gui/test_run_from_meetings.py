"""Starting the meeting console from a meeting's agenda (issue 10 on top of issue 9)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safespace_desktop.core.meetings.model import Cadence, SegmentDraft, SegmentKind
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.run.console_view import RunConsoleView
from safespace_desktop.ui.run.controller import RunController
from tests.gui.test_meetings_page import MakeContext, open_page, session  # noqa: F401
from tests.unit.security_helpers import find_markers, new_marker, vault_files

pytestmark = pytest.mark.gui


def test_run_this_meeting_opens_the_console_with_its_agenda_and_people(
    qtbot: QtBot,
    vault: Vault,
    session: MakeContext,  # noqa: F811
) -> None:
    for name in ("Dana", "Eli"):
        MembersService(vault).add_member(MemberDraft(name, "", ""))
    day = today_from(vault.clock.now()) + timedelta(days=1)
    meeting = MeetingsService(vault).add_extra(day, start="18:30", minutes=60)
    agenda = AgendaService(vault)
    agenda.add_segment(meeting.id, SegmentDraft("Welcome", 5, SegmentKind.WELCOME))
    agenda.add_segment(
        meeting.id, SegmentDraft("Our secret rota", 5, SegmentKind.DISCUSSION, public=False)
    )
    agenda.add_segment(meeting.id, SegmentDraft("Check-in", 20, SegmentKind.CHECK_IN))
    page = open_page(qtbot, session)
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 3)
    controller = page.agenda_controller
    qtbot.mouseClick(page.agenda.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.running_console is not None, timeout=5000)
    console = controller.running_console
    assert isinstance(console, RunConsoleView) and console.isVisible()
    run = console.controller
    assert isinstance(run, RunController)
    assert [console.agenda.item(i).text().split(" · ")[0] for i in range(3)] == [
        "Welcome",
        "Our secret rota",
        "Check-in",
    ]
    assert [p.alias for p in run.plan.people] == ["Dana", "Eli"]
    run.toggle_timer()
    run.toggle_room_screen()
    run.next_segment()  # the internal part: the room screen shows nothing of it
    assert "secret" not in run.room.visible_text().lower()
    run.next_segment()
    run.next_turn()
    assert "Now: Dana" in run.room.visible_text()
    run._confirm_end = lambda: True  # closing mid-meeting asks to end it first
    console.close()


def test_a_lock_mid_meeting_keeps_only_ids_numbers_and_sealed_notes_and_the_meeting_carries_on(
    qtbot: QtBot, harness, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from safespace_desktop.ui.run import keeper
    from safespace_desktop.ui.screens.lock_screen import LockScreen
    from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
    from tests.gui.test_shell_session import type_unlock, unlock

    workspace = unlock(qtbot, harness)
    vault = harness.controller.vault
    MembersService(vault).add_member(MemberDraft("Dana", "", ""))
    day = today_from(vault.clock.now()) + timedelta(days=1)
    meeting = MeetingsService(vault).add_extra(day, start="18:30", minutes=60)
    AgendaService(vault).add_segment(meeting.id, SegmentDraft("Welcome", 5, SegmentKind.WELCOME))
    AgendaService(vault).add_segment(meeting.id, SegmentDraft("Check-in", 20, SegmentKind.CHECK_IN))
    page = workspace.show_page("meetings")
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 2, timeout=5000)
    qtbot.mouseClick(page.agenda.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.agenda_controller.running_console is not None, timeout=5000)
    run = page.agenda_controller.running_console.controller
    run.toggle_timer()
    run.next_segment()
    run.next_turn()  # Dana has the floor in the check-in round
    console = page.agenda_controller.running_console
    marker = new_marker()
    qtbot.keyClicks(console.notes, f"Sleep came up a lot {marker}")
    slot_id = harness.controller.context.principal.slot_id

    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    kept = keeper.KEEPER.peek(slot_id)
    assert kept is not None and kept.index == 1
    assert "Dana" not in repr(kept) and "Check-in" not in repr(kept)
    # the notes were kept as a sealed draft: nothing of them is readable on disk
    qtbot.waitUntil(lambda: not harness.runner.busy, timeout=5000)
    files = list(vault_files(harness.paths.data_dir))
    assert files and find_markers(files, [marker]) == {}

    asked: list[bool] = []
    monkeypatch.setattr(keeper, "_ask", lambda _parent: asked.append(True) or True)
    screen = harness.window.screen_widget
    assert isinstance(screen, LockScreen)
    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: asked == [True], timeout=5000)
    workspace = harness.window.screen_widget
    page = workspace.page("meetings")
    qtbot.waitUntil(lambda: page.agenda_controller.running_console is not None, timeout=5000)
    resumed = page.agenda_controller.running_console.controller
    assert resumed.run.index == 1 and resumed.run.round is not None
    assert resumed.plan.alias(resumed.run.round.current) == "Dana"
    assert keeper.KEEPER.peek(slot_id) is None
    notes = page.agenda_controller.running_console.notes
    qtbot.waitUntil(lambda: notes.toPlainText() == f"Sleep came up a lot {marker}", timeout=5000)
    resumed._confirm_end = lambda: True
    page.agenda_controller.running_console.close()


def test_w4_close_saves_attendance_ratings_without_names_and_invites_a_debrief(
    qtbot: QtBot,
    vault: Vault,
    session: MakeContext,  # noqa: F811
) -> None:
    from safespace_desktop.core.attendance import AttendanceStatus
    from safespace_desktop.services.attendance import AttendanceService
    from safespace_desktop.services.journal import JournalService
    from safespace_desktop.services.meeting_outcome import MeetingOutcomeService
    from safespace_desktop.services.meeting_record import MeetingRecordService
    from tests.unit.attendance_helpers import add_member

    dana = add_member(vault, "Dana", keep_attendance=True)
    add_member(vault, "Eli", keep_attendance=False)
    day = today_from(vault.clock.now()) + timedelta(days=1)
    meeting = MeetingsService(vault).add_extra(day, start="18:30", minutes=60)
    for draft in (
        SegmentDraft("Check-in", 20, SegmentKind.CHECK_IN),
        SegmentDraft("Check-out", 10, SegmentKind.CHECK_OUT),
    ):
        AgendaService(vault).add_segment(meeting.id, draft)
    MeetingsService(vault).set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    MeetingRecordService(vault).save(
        meeting.id, themes="", next_meeting="", volunteers="Tea and biscuits", final_notes=""
    )
    page = open_page(qtbot, session)
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 2)
    page.agenda.run_button.setFocus()  # keyboard only, from "Run this meeting…" on
    qtbot.keyClick(page.agenda.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.agenda_controller.running_console is not None, timeout=5000)
    console = page.agenda_controller.running_console
    run = console.controller
    run._confirm_end = lambda: True  # the "End the meeting?" box is answered "yes"
    console.activateWindow()
    console.setFocus()
    qtbot.waitUntil(console.hasFocus)

    def key(which: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClick(QApplication.focusWidget() or console, which, modifiers)

    key(Qt.Key.Key_Space)  # the meeting starts with the check-in round
    for _ in range(3):
        key(Qt.Key.Key_Return)  # Dana, Eli, then the round is done
    key(Qt.Key.Key_F9)  # safety pause, and back
    key(Qt.Key.Key_F9)
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the check-out
    for rating in (Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_3):
        key(rating)
    qtbot.keyClicks(console.notes, "Sleep came up a lot")
    console.setFocus()
    key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: console.middle.currentWidget() is console.closing, timeout=5000)
    text = console.closing.summary.text()
    assert (
        "People who came: 2 (late: 0, new: 2)" in text
        and "Average rating: 4.0 of 5, from 3 people" in text
    )
    assert "Next meeting:" in text and "Call for volunteers: Tea and biscuits" in text
    assert console.closing.debrief_button.isVisible()  # a safety pause was used

    sheet = AttendanceService(vault).sheet(meeting.id)
    assert AttendanceService(vault).history(dana) == [(meeting.id, AttendanceStatus.PRESENT)]
    assert sheet.counts.present == 1  # Eli: counted, never named
    assert "Sleep came up a lot" in MeetingRecordService(vault).get(meeting.id).themes
    outcome = MeetingOutcomeService(vault).outcome(meeting.id)
    assert outcome.held and outcome.safety_pauses == 1 and outcome.ratings_count == 3
    # what is stored: bare ratings, sorted (not in the order people gave them), no ids
    from safespace_desktop.storage.records import Scope, SealedRecords
    from safespace_desktop.storage.tables import MeetingOutcomeRecord

    with vault.transaction() as (db, keyring, _principal):
        (record,), damaged = SealedRecords(
            MeetingOutcomeRecord, Scope.group(vault.group_id)
        ).load_all(db, keyring)
    assert damaged == [] and tuple(record.state.get("ratings")) == (3, 4, 5)
    stored = repr(record.state.to_json())
    assert dana not in stored and "Dana" not in stored

    before = len(JournalService(vault).list_entries())
    console.closing.debrief_button.setFocus()
    qtbot.keyClick(console.closing.debrief_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(JournalService(vault).list_entries()) == before + 1, timeout=5000)
    assert "What was hard" in JournalService(vault).list_entries()[0].body
    console.close()


def test_ratings_are_hidden_below_three(vault: Vault) -> None:
    from safespace_desktop.core.run.meeting import MeetingSummary
    from safespace_desktop.core.run.plan import RunPlan
    from safespace_desktop.services.meeting_outcome import MeetingOutcomeService

    day = today_from(vault.clock.now())
    meeting = MeetingsService(vault).add_extra(day, start="18:30", minutes=60)
    summary = MeetingSummary((), 0, 0, 0, 0, 2, None, None, 0)
    plan = RunPlan(meeting.id, "t", 60, (), ())
    outcome = MeetingOutcomeService(vault).finish(plan, summary, {}, [5, 1], "")
    assert outcome.ratings_count == 2 and outcome.rating_average is None


@pytest.mark.parametrize("key", [Qt.Key.Key_L, Qt.Key.Key_F12])
def test_ctrl_l_and_f12_lock_mid_meeting_and_take_the_room_screen_down(
    qtbot: QtBot, harness, key: Qt.Key, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+L and F12 lock at once even while a meeting holds the idle lock, and the room
    screen goes with everything else (nothing stays up on the second monitor)."""
    import shiboken6

    from safespace_desktop.ui.run import keeper
    from tests.gui.test_shell_session import unlock

    workspace = unlock(qtbot, harness)
    vault = harness.controller.vault
    MembersService(vault).add_member(MemberDraft("Dana", "", ""))
    day = today_from(vault.clock.now()) + timedelta(days=1)
    meeting = MeetingsService(vault).add_extra(day, start="18:30", minutes=60)
    AgendaService(vault).add_segment(meeting.id, SegmentDraft("Check-in", 20, SegmentKind.CHECK_IN))
    page = workspace.show_page("meetings")
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 1, timeout=5000)
    qtbot.mouseClick(page.agenda.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.agenda_controller.running_console is not None, timeout=5000)
    console = page.agenda_controller.running_console
    run = console.controller
    run.toggle_timer()
    run.toggle_room_screen()
    room = run.room
    assert room.isVisible() and "Check-in" in room.visible_text()
    assert harness.controller.inactivity.timeout_ms >= 60 * 60 * 1000  # the meeting holds it
    slot_id = harness.controller.context.principal.slot_id

    modifiers = (
        Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_L
        else Qt.KeyboardModifier.NoModifier
    )
    qtbot.keyClick(harness.window, key, modifiers)
    assert harness.controller.context is None  # locked at once
    assert not room.isVisible() and not console.isVisible()  # at once, not later
    assert not harness.controller.inactivity.active  # nothing restarted the idle timer
    qtbot.waitUntil(lambda: not shiboken6.isValid(console), timeout=5000)
    assert keeper.KEEPER.peek(slot_id) is not None  # kept to offer resuming after unlock
    keeper.KEEPER.take(slot_id)  # not carried into the next test
