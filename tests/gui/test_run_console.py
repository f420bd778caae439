"""W4 "Run the meeting", keyboard only, on the console and the room screen (issue 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from safespace_desktop.core.run.meeting import Attendance, MeetingSummary, RoundKind, RunSegment
from safespace_desktop.core.run.plan import RunPerson, RunPlan
from safespace_desktop.core.run.timing import ManualMonotonic
from safespace_desktop.ui.run import run_console
from safespace_desktop.ui.run.console_view import RunConsoleView
from safespace_desktop.ui.run.controller import RunController

INTERNAL = "INTERNAL-SEGMENT-MARKER"
PLAN = RunPlan(
    meeting_id="m1",
    title="Tuesday 9 December",
    meeting_minutes=90,
    segments=(
        RunSegment("s1", "Welcome", 5, read_aloud="Welcome, everyone. Phones on silent."),
        RunSegment("s2", "Our group agreement", 5, agreement=True),
        RunSegment("s3", "Check-in", 20, round_kind=RoundKind.CHECK_IN),
        RunSegment("s4", INTERNAL, 2, public=False),
        RunSegment("s5", "Discussion", 45, open_floor=True),
        RunSegment("s6", "Check-out", 13, round_kind=RoundKind.CHECK_OUT),
    ),
    people=(
        RunPerson("a", "Alex M."),
        RunPerson("b", "Alex T."),
        RunPerson("c", "Cal", newcomer=True),
        RunPerson("d", "Dee"),
        RunPerson("late", "Lou", expected=False),
    ),
    agreement_text="We listen without judging. What is said here stays here.",
)


@pytest.fixture
def console(qtbot: QtBot) -> tuple[RunConsoleView, RunController, ManualMonotonic]:
    clock = ManualMonotonic()
    view = run_console(PLAN, "Riverside Circle", now=clock, confirm_end=lambda: True)
    qtbot.addWidget(view)
    view.show()
    view.setFocus()
    controller = view.controller
    assert isinstance(controller, RunController)
    qtbot.addWidget(controller.room)
    return view, controller, clock


def press(
    qtbot: QtBot, view: RunConsoleView, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget() or view
    qtbot.keyClick(target, key, modifiers)


def choose_person(qtbot: QtBot, view: RunConsoleView, alias: str) -> None:
    people = view.attendance.people
    people.setFocus()
    qtbot.keyClick(people, Qt.Key.Key_Home)
    for _ in range(people.count()):
        current = people.currentItem()
        if current is not None and current.text().startswith(alias):
            return
        qtbot.keyClick(people, Qt.Key.Key_Down)
    raise AssertionError(f"{alias} is not in the list")


def test_w4_keyboard_only(qtbot: QtBot, console) -> None:  # type: ignore[no-untyped-def]
    view, controller, clock = console
    room = controller.room
    finished: list[tuple[MeetingSummary, dict[str, Attendance], str]] = []
    controller.finished.connect(lambda *args: finished.append(args))

    press(qtbot, view, Qt.Key.Key_Space)  # the meeting starts; welcome timer runs
    press(qtbot, view, Qt.Key.Key_F5)  # room screen on (one monitor here: a window)
    assert room.isVisible()
    assert "Welcome, everyone" in room.visible_text()
    clock.advance(60)
    controller.refresh()
    assert "4:00 left" in view.segment_time.text()

    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # agreement
    assert "What is said here stays here" in room.visible_text()
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # check-in
    press(qtbot, view, Qt.Key.Key_Return)  # Alex M.
    assert "Now: Alex M." in room.visible_text() and "Next: Alex T." in room.visible_text()
    press(qtbot, view, Qt.Key.Key_Return)  # Alex T.
    press(qtbot, view, Qt.Key.Key_P)  # Alex T. passes
    choose_person(qtbot, view, "Dee")
    press(qtbot, view, Qt.Key.Key_A)  # Dee is not here today
    press(qtbot, view, Qt.Key.Key_Return)  # Cal
    press(qtbot, view, Qt.Key.Key_B)  # "come back to me"
    choose_person(qtbot, view, "Lou")
    press(qtbot, view, Qt.Key.Key_L)  # Lou arrives late: end of the round
    press(qtbot, view, Qt.Key.Key_Return)  # Cal again
    press(qtbot, view, Qt.Key.Key_Return)  # Lou
    press(qtbot, view, Qt.Key.Key_Return)  # round finished
    run = controller.run
    assert [t.person_id for t in run.round_turns] == ["a", "b", "c", "late"]
    assert run.round_turns[1].outcome.value == "passed"
    assert set(run.attendance) == {"a", "b", "c", "late"}
    assert "passed" in " ".join(
        view.round_panel.done.item(i).text() for i in range(view.round_panel.done.count())
    )

    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # internal
    assert INTERNAL not in room.visible_text()
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # discussion
    for alias in ("Alex M.", "Cal"):
        choose_person(qtbot, view, alias)
        press(qtbot, view, Qt.Key.Key_H)
    press(qtbot, view, Qt.Key.Key_Return)
    assert run.floor.current == "a"
    clock.advance(120)
    choose_person(qtbot, view, "Alex M.")
    press(qtbot, view, Qt.Key.Key_H)  # Alex M. again, after Cal who has not spoken
    press(qtbot, view, Qt.Key.Key_Return)
    assert run.floor.current == "c"

    press(qtbot, view, Qt.Key.Key_F9)  # safety pause
    assert view.safety_card.isVisible()
    assert "pause" in room.visible_text().lower() and "Cal" not in room.visible_text()
    clock.advance(300)
    press(qtbot, view, Qt.Key.Key_F9)
    assert not view.safety_card.isVisible()

    clock.advance(75 * 60)
    controller.refresh()
    assert view.cue.text()  # a calm cue (ten minutes left / over time), never a dialog

    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # check-out
    for key in (Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_3):
        press(qtbot, view, key)
    qtbot.keyClicks(view.notes, "Sleep and routines came up; volunteers for tea next time")
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(finished) == 1
    summary, attendance, notes = finished[0]
    assert summary.attendance_count == 4 and summary.late_count == 1
    assert summary.newcomer_count == 1 and summary.passes == 1
    assert summary.safety_pauses == 1
    assert summary.rating_average == pytest.approx(4.0)
    assert summary.talk_totals is None and run.floor.stats() == []
    assert attendance["late"] is Attendance.LATE
    assert "volunteers" in notes
    assert "Thank you for coming" in room.visible_text()
    # no part's clock is left on the console once the meeting has ended
    assert view.segment_title.text() == "The meeting has ended"
    assert view.segment_time.text() == "" and view.meeting_time.text() == ""


def test_the_room_screen_survives_its_monitor_being_unplugged(qtbot: QtBot, console) -> None:  # type: ignore[no-untyped-def]
    view, controller, _clock = console
    press(qtbot, view, Qt.Key.Key_Space)
    controller.placer.show()
    room = controller.room
    assert room.isVisible()
    controller.placer.screen_removed(room.screen())  # its screen goes away
    assert room.isVisible() and not room.isFullScreen()


def test_every_key_in_the_key_map_is_a_real_shortcut(console) -> None:  # type: ignore[no-untyped-def]
    view, _controller, _clock = console
    keys = [action.shortcut().toString() for action in view.actions_by_name.values()]
    assert len(keys) == len(set(keys)) and all(keys)
    assert "F1" not in keys  # F1 stays the crisis lines


def test_a_running_meeting_on_screen_holds_the_idle_lock_and_ctrl_l_still_locks(
    qtbot: QtBot, harness
) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.test_shell_session import unlock

    unlock(qtbot, harness)
    controller = harness.controller
    assert controller.context is not None
    normal = controller.inactivity.timeout_ms
    clock = ManualMonotonic()
    view = run_console(PLAN, "Riverside Circle", now=clock, confirm_end=lambda: True)
    qtbot.addWidget(view)
    run = view.controller
    assert isinstance(run, RunController)
    qtbot.addWidget(run.room)
    run.idle_hold.connect(controller.context.signals.idle_lock_hold)
    view.show()
    run.toggle_timer()  # the meeting starts (Space; the keys are driven in the W4 test)
    assert controller.inactivity.timeout_ms >= 90 * 60 * 1000
    view.hide()  # the facilitator looks at another page: the usual idle lock again
    assert controller.inactivity.timeout_ms == normal
    view.show()
    assert controller.inactivity.timeout_ms >= 90 * 60 * 1000
    run.end_meeting()  # Ctrl+E: back to normal
    assert controller.inactivity.timeout_ms == normal
    view.hide()
    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.context is None


def test_closing_the_console_mid_meeting_asks_to_end_it_first(qtbot: QtBot) -> None:
    answers = [False, True]
    view = run_console(PLAN, "Riverside Circle", now=ManualMonotonic(), confirm_end=answers.pop)
    qtbot.addWidget(view)
    controller = view.controller
    assert isinstance(controller, RunController)
    qtbot.addWidget(controller.room)
    view.show()
    controller.toggle_timer()
    ended: list[object] = []
    controller.finished.connect(lambda *args: ended.append(args))
    view.close()  # "End the meeting?" → yes (answers are taken from the end)
    assert ended and not view.isVisible()
    view.show()
    assert view.close()  # nothing running now: closes without asking
    assert answers == [False]


def test_talk_time_totals_are_kept_only_when_the_group_chose_to(qtbot: QtBot) -> None:
    from dataclasses import replace

    for keep in (False, True):
        clock = ManualMonotonic()
        plan = replace(PLAN, keep_talk_totals=keep)
        view = run_console(plan, "Riverside Circle", now=clock, confirm_end=lambda: True)
        qtbot.addWidget(view)
        controller = view.controller
        assert isinstance(controller, RunController)
        qtbot.addWidget(controller.room)
        ended: list[MeetingSummary] = []
        controller.finished.connect(lambda summary, *_rest, out=ended: out.append(summary))
        controller.toggle_timer()
        for _ in range(4):
            controller.next_segment()  # to the discussion
        controller.run.floor.raise_hand("a")
        controller.next_turn()
        clock.advance(90)
        controller.end_meeting()
        totals = ended[0].talk_totals
        assert (totals is not None) is keep
        if keep:
            assert totals == (1, pytest.approx(90))
        assert controller.run.floor.stats() == []  # the per-person figures are gone either way


def test_the_turn_length_can_be_changed_during_a_round(qtbot: QtBot, console) -> None:  # type: ignore[no-untyped-def]
    view, controller, clock = console
    assert view.turn_minutes.value() == 2  # the default soft timer
    controller.toggle_timer()
    controller.next_segment()
    controller.next_segment()  # the check-in round
    controller.next_turn()
    view.turn_minutes.setValue(3)
    clock.advance(150)
    assert controller.run.round is not None and controller.run.round.timer is not None
    assert controller.run.round.timer.overrun() == 0  # 2:30 of 3 minutes: not over yet
    clock.advance(60)
    assert controller.run.round.timer.overrun() > 0


def test_on_one_monitor_the_room_screen_is_full_screen_and_leaves_the_keys_to_the_console(
    qtbot: QtBot, console
) -> None:  # type: ignore[no-untyped-def]
    view, controller, _clock = console
    controller.placer.show()
    room = controller.room
    assert room.isFullScreen()
    assert room.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert room.focusPolicy() == Qt.FocusPolicy.NoFocus


NOTE_MARKER = "NOTE-4F2A-FACILITATOR-ONLY"
TYPED_MARKER = "TYPED-9C1D-CONSOLE-NOTES"


def every_text(root) -> str:  # type: ignore[no-untyped-def]
    """Every string the widget tree under ``root`` holds, shown or hidden: texts, plain
    texts, titles, tool tips, accessible names and descriptions, and list rows."""
    from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget

    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        for getter in ("text", "toPlainText", "placeholderText", "title"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    got = value()
                except TypeError:
                    continue
                if isinstance(got, str):
                    parts.append(got)
        parts += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = widget.columnCount() if isinstance(widget, QTableWidget) else 1
            parts += [
                str(model.index(r, c).data())
                for r in range(model.rowCount())
                for c in range(columns)
            ]
    return "\n".join(parts)


def test_the_room_screen_never_shows_anything_facilitator_only(qtbot: QtBot) -> None:
    """Scan the room screen's whole widget tree, hidden widgets too, at every step of a
    meeting, for what only the console may show: the agenda's facilitator notes (which
    the console does show), an internal part, notes typed on the console, the talk-time
    figures and the share cue, the safety-pause script."""
    from dataclasses import replace

    plan = replace(
        PLAN,
        segments=tuple(
            replace(s, note=f"{NOTE_MARKER} {s.id}") if s.public else s for s in PLAN.segments
        ),
    )
    clock = ManualMonotonic()
    view = run_console(plan, "Riverside Circle", now=clock, confirm_end=lambda: True)
    qtbot.addWidget(view)
    controller = view.controller
    assert isinstance(controller, RunController)
    room = controller.room
    qtbot.addWidget(room)
    view.show()
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    secret_words = (
        NOTE_MARKER,
        INTERNAL,
        TYPED_MARKER,
        "Talk time",
        "Turns",
        "share of the time",
        "Acknowledge what happened",
        "hand raised",
    )

    def room_is_clean() -> None:
        text = every_text(room)
        assert [w for w in secret_words if w in text] == [], text

    press(qtbot, view, Qt.Key.Key_Space)
    press(qtbot, view, Qt.Key.Key_F5)
    assert room.isVisible()
    qtbot.keyClicks(view.notes, TYPED_MARKER)
    assert view.notes.toPlainText() == TYPED_MARKER
    view.setFocus()
    # the console does show the part's note: the marker is really in the app
    assert view.segment_note.isVisibleTo(view) and NOTE_MARKER in view.segment_note.text()
    room_is_clean()
    for _ in range(2):  # agreement, then the check-in round
        press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        room_is_clean()
    for _ in range(3):
        press(qtbot, view, Qt.Key.Key_Return)
        clock.advance(100)
        controller.refresh()
        room_is_clean()
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # internal
    assert INTERNAL in view.segment_title.text()
    assert not view.segment_note.isVisibleTo(view)  # the internal part has no note here
    room_is_clean()
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # discussion
    choose_person(qtbot, view, "Alex M.")
    press(qtbot, view, Qt.Key.Key_H)
    press(qtbot, view, Qt.Key.Key_Return)
    clock.advance(600)  # Alex M. holds the floor a long time: the share cue
    choose_person(qtbot, view, "Cal")
    press(qtbot, view, Qt.Key.Key_H)
    press(qtbot, view, Qt.Key.Key_Return)
    clock.advance(5)
    choose_person(qtbot, view, "Alex M.")
    press(qtbot, view, Qt.Key.Key_H)  # Alex M. waits again, with turns and talk time
    controller.refresh()
    console_text = every_text(view)  # the console has the figures and the cue
    assert "10:00" in console_text and "share of the time" in console_text
    assert "hand raised" in console_text
    room_is_clean()
    press(qtbot, view, Qt.Key.Key_F9)  # safety pause: the script is on the console only
    assert "Acknowledge what happened" in every_text(view.safety_card)
    room_is_clean()
    press(qtbot, view, Qt.Key.Key_F9)
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # check-out
    press(qtbot, view, Qt.Key.Key_4)
    room_is_clean()
    press(qtbot, view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    room_is_clean()


def test_the_room_screen_follows_zoom_and_high_contrast(qtbot: QtBot, console, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Zoom and the high-contrast theme chosen in the View menu reach the room screen
    too, even when chosen with the meeting already under way."""
    from PySide6.QtGui import QFont, QPalette

    from safespace_desktop.ui.appearance.controller import AppearanceController
    from safespace_desktop.ui.appearance.preferences import AppearanceStore
    from safespace_desktop.ui.appearance.themes import Theme, palette_for
    from safespace_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = QPalette(app.palette()), QFont(app.font())
    view, controller, _clock = console
    try:
        press(qtbot, view, Qt.Key.Key_Space)
        press(qtbot, view, Qt.Key.Key_F5)
        room = controller.room
        title = room.findChild(QLabel, "roomSegment")
        assert title is not None and room.isVisible()
        before = title.font().pointSizeF()
        assert before > app.font().pointSizeF() * 2  # large type
        holder = MainWindow()
        qtbot.addWidget(holder)
        from PySide6.QtCore import QSettings

        store = AppearanceStore(QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat))
        appearance = AppearanceController(app, store, holder)
        appearance.zoom_in()
        appearance.zoom_in()  # 125 %
        qtbot.waitUntil(lambda: title.font().pointSizeF() == pytest.approx(before * 1.25))
        appearance.set_theme(Theme.HIGH_CONTRAST)
        wanted = palette_for(Theme.HIGH_CONTRAST)
        qtbot.waitUntil(
            lambda: (
                room.palette().color(QPalette.ColorRole.Base)
                == wanted.color(QPalette.ColorRole.Base)
            )
        )
        assert title.palette().color(QPalette.ColorRole.WindowText) == wanted.color(
            QPalette.ColorRole.WindowText
        )
    finally:
        app.setPalette(palette)
        app.setFont(font)


def test_a_screen_reader_hears_each_turn_and_part_once(
    qtbot: QtBot, console, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """One polite announcement when the turn or the part changes, none from the
    timer's ticks in between (no flood)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    from safespace_desktop.ui.run import controller as controller_module

    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []

    class Recorder:
        AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event: QAccessibleAnnouncementEvent) -> None:  # noqa: N802
            heard.append((event.message(), event.politeness()))

    monkeypatch.setattr(controller_module, "QAccessible", Recorder)
    view, controller, clock = console
    press(qtbot, view, Qt.Key.Key_Space)  # Welcome
    for _ in range(20):  # the ticker refreshes four times a second
        clock.advance(0.25)
        controller.refresh()
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # agreement
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # check-in
    press(qtbot, view, Qt.Key.Key_Return)  # Alex M.
    for _ in range(20):
        clock.advance(0.25)
        controller.refresh()
    press(qtbot, view, Qt.Key.Key_Return)  # Alex T.
    texts = [text for text, _politeness in heard]
    assert texts == [
        "Welcome",
        "Our group agreement",
        "Check-in",
        "Alex M., your turn.",
        "Alex T., your turn.",
    ], texts
    assert {p for _t, p in heard} == {QAccessible.AnnouncementPoliteness.Polite}
