"""Runs one meeting: keys → ``MeetingRun`` → console and room screen.

Everything during the run stays in memory (ids and numbers; names come from the plan
the page already holds) and nothing touches the vault until the meeting ends, so a key
press never waits for the disk. ``finished`` hands the summary to whoever saves it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QMessageBox

from safespace_desktop.core.run.meeting import Attendance, Cue, MeetingRun, RunState
from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.core.run.room import room_card
from safespace_desktop.core.run.snapshot import RunSnapshot, freeze
from safespace_desktop.core.run.timing import Monotonic, system_monotonic
from safespace_desktop.ui.run.console_view import RunConsoleView
from safespace_desktop.ui.run.keys import RunAction
from safespace_desktop.ui.run.placement import RoomScreenPlacer
from safespace_desktop.ui.run.room_view import RoomScreen
from safespace_desktop.ui.wording.placeholders import fill


def seat_order(plan: RunPlan) -> tuple[str, ...]:
    return tuple(p.id for p in plan.people if p.expected)


def newcomers(plan: RunPlan) -> frozenset[str]:
    return frozenset(p.id for p in plan.people if p.newcomer)


TICK_MS = 250
IDLE_MARGIN_SECONDS = 15 * 60


class RunController(QObject):
    finished = Signal(object, object, str)  # MeetingSummary, {person id: Attendance}, notes
    idle_hold = Signal(int)  # seconds the idle lock should wait; 0: back to normal

    def __init__(
        self,
        view: RunConsoleView,
        plan: RunPlan,
        group_name: str,
        *,
        now: Monotonic = system_monotonic,
        confirm_end: Callable[[], bool] | None = None,
        show_crisis_lines: Callable[[], None] | None = None,
        run: MeetingRun | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.plan = plan
        self.aliases = plan.aliases()
        self.run = run or MeetingRun(
            plan.segments,
            plan.meeting_minutes,
            now,
            seat_order=seat_order(plan),
            newcomers=newcomers(plan),
        )
        self._confirm_end = confirm_end or self._ask_to_end
        self._show_crisis_lines = show_crisis_lines
        self.room = RoomScreen(group_name)
        self.room.closed.connect(self._room_closed_by_hand)
        self.placer = RoomScreenPlacer(self.room, view)
        self._last_announced = ""
        self._cue_text = ""
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        handlers: dict[RunAction, Callable[[], None]] = {
            RunAction.TOGGLE_TIMER: self.toggle_timer,
            RunAction.NEXT_SEGMENT: self.next_segment,
            RunAction.NEXT_TURN: self.next_turn,
            RunAction.PASS_TURN: lambda: self._in_round(self.run.pass_turn),
            RunAction.COME_BACK: lambda: self._in_round(self.run.come_back_later),
            RunAction.NOT_HERE: self.not_here,
            RunAction.LATECOMER: self.latecomer,
            RunAction.RAISE_HAND: self.raise_hand,
            RunAction.WITHDRAW: self.withdraw,
            RunAction.CLOSE_LIST: self.toggle_list,
            RunAction.SAFETY_PAUSE: self.toggle_safety_pause,
            RunAction.ROOM_SCREEN: self.toggle_room_screen,
            RunAction.ROOM_OTHER_SCREEN: self.placer.move_to_next_screen,
            RunAction.END_MEETING: self.end_meeting,
        }
        for rating in range(1, 6):
            handlers[RunAction(f"rating_{rating}")] = partial(self.rate, rating)
        for name, handler in handlers.items():
            view.action(name).triggered.connect(handler)
        view.safety_card.resume_button.clicked.connect(self.toggle_safety_pause)
        if show_crisis_lines is not None:
            view.safety_card.crisis_button.clicked.connect(show_crisis_lines)
        else:
            view.safety_card.crisis_button.hide()
        view.destroyed.connect(self.room.deleteLater)
        view.shown.connect(lambda _shown: self._update_idle_hold())
        view.close_guard = self._may_close
        view.turn_minutes.setValue(max(1, round(self.run.turn_seconds / 60)))
        view.turn_minutes.valueChanged.connect(self.set_turn_minutes)
        if self.run.state is not RunState.READY:  # resumed after a lock
            self._ticker.start()
        self.refresh()

    def set_turn_minutes(self, minutes: int) -> None:
        """The soft timer of a round's turns (default two minutes), from now on."""
        self.run.set_turn_seconds(minutes * 60.0)
        self.refresh()

    def _update_idle_hold(self) -> None:
        """While the meeting runs and its console is on screen, the idle lock waits for
        the rest of the meeting plus a margin; otherwise it is back to normal."""
        running = self.run.state in (RunState.RUNNING, RunState.SAFETY_PAUSE)
        if running and self.view.isVisible():
            left = max(0.0, self.run.meeting_seconds_left())
            self.idle_hold.emit(int(left) + IDLE_MARGIN_SECONDS)
        else:
            self.idle_hold.emit(0)

    def frozen(self) -> RunSnapshot | None:
        """The run as ids and numbers, while it is under way (for a lock mid-meeting)."""
        if self.run.state in (RunState.RUNNING, RunState.SAFETY_PAUSE):
            return freeze(self.run, self.plan.meeting_id)
        return None

    # -- time and parts ------------------------------------------------------------------
    def toggle_timer(self) -> None:
        if self.run.state is RunState.READY:
            self.run.start()
            self._ticker.start()
            self._update_idle_hold()
            if self.placer.other_screens():
                self.placer.show()
        elif self.run.state is RunState.RUNNING:
            self.run.toggle_segment_timer()
        self.refresh()

    def next_segment(self) -> None:
        if self.run.state is not RunState.RUNNING:
            return
        if self.run.advance() is None:
            self._say(self.view.tr("That was the last part. Press Ctrl+E to end the meeting."))
        self.refresh()

    # -- rounds and the floor ----------------------------------------------------------------
    def next_turn(self) -> None:
        if self.run.state is not RunState.RUNNING:
            return
        if self.run.round is not None:
            if self.run.round.current is not None:
                self.run.finish_turn()
            self.run.call_next()
        elif self.run.segment.open_floor:
            self.run.floor.next_speaker()
        self.refresh()

    def _in_round(self, action: Callable[[], object]) -> None:
        round_ = self.run.round
        if self.run.state is RunState.RUNNING and round_ is not None and round_.current:
            action()
        self.refresh()

    def not_here(self) -> None:
        person = self.view.attendance.selected_person()
        if self.run.state is RunState.RUNNING and self.run.round is not None and person:
            self.run.not_here(person)
        self.refresh()

    def latecomer(self) -> None:
        person = self.view.attendance.selected_person()
        if person is None:
            self._say(self.view.tr("Choose the person in the list of people first."))
            return
        if self.run.state in (RunState.RUNNING, RunState.SAFETY_PAUSE):
            self.run.add_latecomer(person)
            self._say(fill(self.view.tr("Welcome, %1."), self.aliases.get(person, "")))
        self.refresh()

    def raise_hand(self) -> None:
        person = self.view.attendance.selected_person()
        if person is None:
            self._say(self.view.tr("Choose the person in the list of people first."))
        elif self.run.floor.closed:
            self._say(self.view.tr("The list of speakers is closed."))
        else:
            self.run.floor.raise_hand(person)
            self.run.mark_present(person)
        self.refresh()

    def withdraw(self) -> None:
        person = self.view.attendance.selected_person()
        if person is not None:
            self.run.floor.withdraw(person)
        self.refresh()

    def toggle_list(self) -> None:
        floor = self.run.floor
        if floor.closed:
            floor.reopen_list()
            self._say(self.view.tr("The list of speakers is open again."))
        else:
            floor.close_list()
            self._say(self.view.tr("List closed. Has everyone who wants to had a turn?"))
        self.refresh()

    # -- safety, ratings, the room screen -------------------------------------------------------
    def toggle_safety_pause(self) -> None:
        if self.run.state is RunState.RUNNING:
            self.run.safety_pause()
        elif self.run.state is RunState.SAFETY_PAUSE:
            self.run.end_safety_pause()
        self.refresh()

    def rate(self, rating: int) -> None:
        if self.run.state is not RunState.RUNNING:
            return
        self.run.add_rating(rating)
        count, _average = self.run.ratings()
        self._say(fill(self.view.tr("Rating noted. %1 so far."), count))

    def toggle_room_screen(self) -> None:
        if self.room.isVisible():
            self.room.hide()
        else:
            self.placer.show()
        self.refresh()

    def _room_closed_by_hand(self) -> None:
        self.room.hide()

    # -- ending -------------------------------------------------------------------------------
    def end_meeting(self) -> None:
        if self.run.state not in (RunState.RUNNING, RunState.SAFETY_PAUSE):
            return
        if not self._confirm_end():
            return
        summary = self.run.close(keep_talk_totals=self.plan.keep_talk_totals)
        self._ticker.stop()
        self.refresh()
        self._update_idle_hold()
        attendance: dict[str, Attendance] = dict(self.run.attendance)
        self.finished.emit(summary, attendance, self.view.notes.toPlainText())

    def _may_close(self) -> bool:
        """Closing the console mid-meeting ends the meeting first (after asking)."""
        if self.run.state not in (RunState.RUNNING, RunState.SAFETY_PAUSE):
            return True
        self.end_meeting()
        return self._ended()

    def _ended(self) -> bool:
        return self.run.state is RunState.CLOSED

    def _ask_to_end(self) -> bool:
        answer = QMessageBox.question(
            self.view,
            self.view.tr("End the meeting?"),
            self.view.tr("The timers stop and the meeting's summary is shown.")
            + " "
            + (
                self.view.tr("Talk-time totals are kept as two numbers, without names.")
                if self.plan.keep_talk_totals
                else self.view.tr("Talk-time figures are forgotten.")
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        run, view = self.run, self.view
        segment = run.segment
        mode = "round" if run.round is not None else "floor" if segment.open_floor else "reading"
        reading = segment.read_aloud or (self.plan.agreement_text if segment.agreement else "")
        view.show_segment(run.index, segment.title, reading, mode, segment.note)
        if run.state is RunState.CLOSED:
            view.show_ended()  # no part's clock is left running on screen
        else:
            view.show_times(
                run.segment_timer.remaining(),
                run.segment_timer.watch.running,
                run.meeting_seconds_left(),
            )
        view.show_safety_pause(run.state is RunState.SAFETY_PAUSE)
        if run.round is not None:
            timer = run.round.timer
            view.round_panel.show_round(
                self.aliases.get(run.round.current or "", ""),
                timer.watch.elapsed() if timer is not None else None,
                run.round.turn_seconds,
                self.aliases.get(run.round.next_up or "", ""),
                [
                    fill(self.view.tr("%1 — passed"), self.aliases.get(t.person_id, ""))
                    if t.outcome.value == "passed"
                    else self.aliases.get(t.person_id, "")
                    for t in run.round.turns
                ],
            )
        stats = {s.person_id: s for s in run.floor.stats()}
        view.floor_panel.show_floor(
            self.aliases.get(run.floor.current or "", ""),
            run.floor.current_turn_seconds(),
            run.floor.closed,
            [
                (
                    self.aliases.get(p, ""),
                    stats[p].turns if p in stats else 0,
                    stats[p].seconds if p in stats else 0.0,
                )
                for p in run.floor.waiting()
            ],
            [self.aliases.get(p, "") for p in run.floor.dominant_speakers()],
        )
        view.attendance.show_people(self._people_rows(), len(run.attendance))
        for cue in run.poll_cues():
            self._say(self._cue_words(cue))
        if self.room.isVisible():
            self.room.show_card(room_card(run, self.aliases, self.plan.agreement_text))
        self._announce_changes()

    def _people_rows(self) -> list[tuple[str, str]]:
        words = {
            Attendance.PRESENT: self.view.tr("here"),
            Attendance.LATE: self.view.tr("arrived late"),
        }
        rows = []
        waiting = set(self.run.floor.waiting())
        for person in self.plan.people:
            status = self.run.attendance.get(person.id)
            line = person.alias
            if person.newcomer:
                line = fill(self.view.tr("%1 (new)"), line)
            if status is not None:
                line = fill(self.view.tr("%1 — %2"), line, words[status])
            if person.id in waiting:
                line = fill(self.view.tr("%1 — hand raised"), line)
            rows.append((person.id, line))
        return rows

    def _cue_words(self, cue: Cue) -> str:
        return {
            Cue.TEN_MINUTES_LEFT: self.view.tr("About ten minutes of the meeting are left."),
            Cue.SEGMENT_OVER: self.view.tr("This part has reached its planned time."),
            Cue.TURN_OVER: self.view.tr("This turn has reached the suggested time."),
            Cue.SHARE_OF_TALK: self.view.tr("One voice has had a large share of the time."),
        }[cue]

    def _say(self, text: str) -> None:
        self._cue_text = text
        self.view.show_cue(text)
        self._announce(text)

    def _announce_changes(self) -> None:
        """One polite announcement when the part or the turn changes (no flood)."""
        run = self.run
        speaker = run.round.current if run.round is not None else run.floor.current
        key = f"{run.index}|{speaker or ''}|{run.state.value}"
        if key == self._last_announced:
            return
        self._last_announced = key
        if run.state is RunState.SAFETY_PAUSE:
            text = self.view.tr("Safety pause. The timers have stopped.")
        elif speaker:
            text = fill(self.view.tr("%1, your turn."), self.aliases.get(speaker, ""))
        else:
            text = run.segment.title
        self._announce(text)

    def _announce(self, text: str) -> None:
        if text:
            event = QAccessibleAnnouncementEvent(self.view, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
