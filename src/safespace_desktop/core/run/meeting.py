"""One meeting being run: its segments in order, the meeting clock, rounds, the
speaker queue, the safety pause, attendance, cues, ratings and the closing summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from safespace_desktop.core.run.floor import FairFloor
from safespace_desktop.core.run.rounds import DEFAULT_TURN_SECONDS, Round, Turn, TurnOutcome
from safespace_desktop.core.run.timing import Countdown, Monotonic, Stopwatch

MINIMUM_RATINGS_SHOWN = 3
TEN_MINUTES = 600.0


class RoundKind(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"


class RunState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    SAFETY_PAUSE = "safety_pause"
    CLOSED = "closed"


class Cue(StrEnum):
    """Gentle cues for the facilitator; none of them is an alarm."""

    TEN_MINUTES_LEFT = "ten_minutes_left"
    SEGMENT_OVER = "segment_over"
    TURN_OVER = "turn_over"
    SHARE_OF_TALK = "share_of_talk"


class Attendance(StrEnum):
    PRESENT = "present"
    LATE = "late"


@dataclass(frozen=True)
class RunSegment:
    """What the run needs of an agenda segment. ``public`` segments may reach the room
    screen. ``note`` is the facilitator's own note for the console only: the room screen
    is built from a ``RoomCard`` (core/run/room.py), which has no place for it."""

    id: str
    title: str
    planned_minutes: int
    public: bool = True
    read_aloud: str = ""
    round_kind: RoundKind | None = None
    open_floor: bool = False
    agreement: bool = False  # shows the group agreement's adopted text
    note: str = ""  # facilitator-only: shown on the console, never on the room screen


@dataclass(frozen=True)
class SegmentTime:
    title: str
    planned_minutes: int
    actual_seconds: float
    reached: bool = True  # False: the meeting closed before this segment began


@dataclass(frozen=True)
class MeetingSummary:
    segments: tuple[SegmentTime, ...]
    attendance_count: int
    late_count: int
    newcomer_count: int
    safety_pauses: int
    ratings_count: int
    rating_average: float | None  # None below MINIMUM_RATINGS_SHOWN
    talk_totals: tuple[int, float] | None  # (turns, seconds) only if the group keeps them
    passes: int


@dataclass
class _Segment:
    spec: RunSegment
    timer: Countdown
    overrun_cued: bool = False


@dataclass
class MeetingRun:
    segments: Sequence[RunSegment]
    meeting_minutes: int
    now: Monotonic
    seat_order: Sequence[str] = ()
    newcomers: frozenset[str] = frozenset()
    turn_seconds: float = DEFAULT_TURN_SECONDS
    state: RunState = RunState.READY
    index: int = 0
    attendance: dict[str, Attendance] = field(default_factory=dict)
    safety_pauses: int = 0
    round_turns: list[Turn] = field(default_factory=list)
    _ratings: list[int] = field(default_factory=list)
    _cues: list[Cue] = field(default_factory=list)
    _ten_minutes_cued: bool = False
    _turn_cued: bool = False
    _share_cued: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.segments:
            raise ValueError("a meeting needs at least one segment")
        self.clock = Stopwatch(self.now)
        self._segments = [
            _Segment(spec, Countdown(self.now, spec.planned_minutes * 60.0))
            for spec in self.segments
        ]
        self.floor = FairFloor(self.now)
        self.round: Round | None = None

    # -- moving through the agenda ------------------------------------------------------
    @property
    def segment(self) -> RunSegment:
        return self._segments[self.index].spec

    @property
    def segment_timer(self) -> Countdown:
        return self._segments[self.index].timer

    @property
    def next_segment(self) -> RunSegment | None:
        following = self.index + 1
        return self._segments[following].spec if following < len(self._segments) else None

    def start(self) -> None:
        self._require(RunState.READY)
        self.state = RunState.RUNNING
        self.clock.start()
        self._enter(0)

    def advance(self) -> RunSegment | None:
        """One key: close this segment and open the next (None after the last)."""
        self._require(RunState.RUNNING)
        self._leave()
        if self.index + 1 >= len(self._segments):
            return None
        self._enter(self.index + 1)
        return self.segment

    def toggle_segment_timer(self) -> bool:
        """Pause or resume the segment's timer; True when it runs afterwards."""
        self._require(RunState.RUNNING)
        watch = self.segment_timer.watch
        if watch.running:
            watch.pause()
        else:
            watch.start()
        return watch.running

    def _enter(self, index: int) -> None:
        self.index = index
        self.segment_timer.watch.start()
        kind = self.segment.round_kind
        if kind is not None:
            order = [
                p for p in self.seat_order if p in self.attendance or kind is RoundKind.CHECK_IN
            ]
            order += [p for p in self.attendance if p not in order]
            self.round = Round(order, self.now, self.turn_seconds)

    def _leave(self) -> None:
        self.segment_timer.watch.pause()
        if self.round is not None:
            if self.round.current is not None:
                self._record_turn(self.round.finish_turn())
            self.round = None
        self.floor.end_turn()

    def set_turn_seconds(self, seconds: float) -> None:
        """A turn's suggested length from now on, the current turn included."""
        if seconds <= 0:
            raise ValueError("a turn needs some time")
        self.turn_seconds = seconds
        if self.round is not None:
            self.round.turn_seconds = seconds
            if self.round.timer is not None:
                self.round.timer.planned_seconds = seconds

    # -- rounds ---------------------------------------------------------------------------
    def call_next(self) -> str | None:
        round_ = self._active_round()
        person = round_.call_next()
        self._turn_cued = False
        return person

    def finish_turn(self) -> Turn:
        return self._record_turn(self._active_round().finish_turn())

    def pass_turn(self) -> Turn:
        return self._record_turn(self._active_round().pass_turn())

    def come_back_later(self) -> str:
        return self._active_round().come_back_later()

    def not_here(self, person_id: str) -> None:
        self._active_round().skip_absent(person_id)

    def _record_turn(self, turn: Turn) -> Turn:
        self.round_turns.append(turn)
        if self.segment.round_kind is RoundKind.CHECK_IN:
            # Taking a turn (or passing) in the check-in round says: I am here.
            self.attendance.setdefault(turn.person_id, Attendance.PRESENT)
        return turn

    def _active_round(self) -> Round:
        self._require(RunState.RUNNING)
        if self.round is None:
            raise ValueError("this segment has no round")
        return self.round

    # -- attendance --------------------------------------------------------------------
    def mark_present(self, person_id: str) -> None:
        self.attendance.setdefault(person_id, Attendance.PRESENT)

    def add_latecomer(self, person_id: str) -> None:
        """Marked late, and added to the end of a round under way."""
        if person_id not in self.attendance:
            self.attendance[person_id] = Attendance.LATE
        if self.round is not None and self.state is not RunState.CLOSED:
            self.round.add_latecomer(person_id)

    # -- the safety pause ----------------------------------------------------------------
    def safety_pause(self) -> None:
        """Every timer stops; the room sees a calm card. Counted, never explained."""
        self._require(RunState.RUNNING)
        self.state = RunState.SAFETY_PAUSE
        self.safety_pauses += 1
        self.segment_timer.watch.pause()
        if self.round is not None:
            self.round.pause()
        self.floor.pause()

    def end_safety_pause(self) -> None:
        self._require(RunState.SAFETY_PAUSE)
        self.state = RunState.RUNNING
        self.segment_timer.watch.start()
        if self.round is not None:
            self.round.resume()
        self.floor.resume()

    # -- cues -------------------------------------------------------------------------------
    def meeting_seconds_left(self) -> float:
        return self.meeting_minutes * 60.0 - self.clock.elapsed()

    def poll_cues(self) -> list[Cue]:
        """New cues since the last poll (each given once)."""
        if self.state is not RunState.RUNNING:
            return []
        cues: list[Cue] = []
        if not self._ten_minutes_cued and self.meeting_seconds_left() <= TEN_MINUTES:
            self._ten_minutes_cued = True
            cues.append(Cue.TEN_MINUTES_LEFT)
        current = self._segments[self.index]
        if not current.overrun_cued and current.timer.overrun() > 0:
            current.overrun_cued = True
            cues.append(Cue.SEGMENT_OVER)
        turn_timer = self.round.timer if self.round is not None else None
        if turn_timer is not None and not self._turn_cued and turn_timer.overrun() > 0:
            self._turn_cued = True
            cues.append(Cue.TURN_OVER)
        dominant = frozenset(self.floor.dominant_speakers())
        if dominant - self._share_cued:
            cues.append(Cue.SHARE_OF_TALK)
        self._share_cued = dominant
        return cues

    # -- ratings and closing --------------------------------------------------------------
    def add_rating(self, rating: int) -> None:
        """An optional 1–5 rating of the meeting: no person is attached to it."""
        if rating not in range(1, 6):
            raise ValueError("a rating is 1 to 5")
        self._ratings.append(rating)

    def rating_values(self) -> list[int]:
        """The ratings as bare numbers, in no particular order (they carry no one's id)."""
        return sorted(self._ratings)

    def ratings(self) -> tuple[int, float | None]:
        """How many ratings, and their average only once there are enough to hide who."""
        count = len(self._ratings)
        if count < MINIMUM_RATINGS_SHOWN:
            return count, None
        return count, sum(self._ratings) / count

    def close(self, *, keep_talk_totals: bool = False) -> MeetingSummary:
        if self.state is RunState.SAFETY_PAUSE:
            self.end_safety_pause()
        self._require(RunState.RUNNING)
        self._leave()
        self.clock.pause()
        self.state = RunState.CLOSED
        totals = self.floor.totals() if keep_talk_totals else None
        self.floor.discard()
        count, average = self.ratings()
        return MeetingSummary(
            segments=tuple(
                SegmentTime(
                    s.spec.title,
                    s.spec.planned_minutes,
                    s.timer.watch.elapsed(),
                    reached=index <= self.index,  # the agenda is walked in order
                )
                for index, s in enumerate(self._segments)
            ),
            attendance_count=len(self.attendance),
            late_count=sum(1 for a in self.attendance.values() if a is Attendance.LATE),
            newcomer_count=len(self.newcomers & self.attendance.keys()),
            safety_pauses=self.safety_pauses,
            ratings_count=count,
            rating_average=average,
            talk_totals=totals,
            passes=sum(1 for t in self.round_turns if t.outcome is TurnOutcome.PASSED),
        )

    def _require(self, *states: RunState) -> None:
        if self.state not in states:
            raise ValueError(f"not possible while the meeting is {self.state.value}")
