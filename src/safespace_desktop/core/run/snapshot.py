"""Freeze a running meeting into ids and numbers, and thaw it again.

When the vault locks mid-meeting (Ctrl+L, F12) every page and everything a person
typed is destroyed with the keys. What survives until the next unlock is only this
snapshot: person ids, segment positions, counts and seconds — no names, no text — so
the meeting can resume where it was, its timers having kept running meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from safespace_desktop.core.run.floor import FairFloor
from safespace_desktop.core.run.meeting import Attendance, MeetingRun, RunSegment, RunState
from safespace_desktop.core.run.rounds import Round, Turn, TurnOutcome
from safespace_desktop.core.run.timing import Countdown, Monotonic, Stopwatch

Frozen = tuple[float, bool]


@dataclass(frozen=True)
class RunSnapshot:
    meeting_id: str
    segment_ids: tuple[str, ...]
    taken_at: float
    state: RunState
    index: int
    clock: Frozen
    segment_timers: tuple[Frozen, ...]
    overrun_cued: tuple[bool, ...]
    attendance: tuple[tuple[str, Attendance], ...]
    safety_pauses: int
    round_turns: tuple[tuple[str, TurnOutcome, float], ...]
    ratings: tuple[int, ...]
    ten_minutes_cued: bool
    round: dict[str, Any] | None
    floor: dict[str, Any]


def freeze(run: MeetingRun, meeting_id: str) -> RunSnapshot:
    round_state = None
    if run.round is not None:
        r = run.round
        round_state = {
            "waiting": tuple(r.waiting),
            "turns": tuple((t.person_id, t.outcome, t.seconds) for t in r.turns),
            "coming_back": tuple(sorted(r.coming_back)),
            "current": r.current,
            "turn": r.timer.watch.freeze() if r.timer is not None else None,
            "turn_seconds": r.turn_seconds,
        }
    floor = run.floor
    return RunSnapshot(
        meeting_id=meeting_id,
        segment_ids=tuple(s.id for s in run.segments),
        taken_at=run.now(),
        state=run.state,
        index=run.index,
        clock=run.clock.freeze(),
        segment_timers=tuple(s.timer.watch.freeze() for s in run._segments),
        overrun_cued=tuple(s.overrun_cued for s in run._segments),
        attendance=tuple(run.attendance.items()),
        safety_pauses=run.safety_pauses,
        round_turns=tuple((t.person_id, t.outcome, t.seconds) for t in run.round_turns),
        ratings=tuple(run._ratings),
        ten_minutes_cued=run._ten_minutes_cued,
        round=round_state,
        floor={
            "raised": tuple(sorted(floor._raised, key=floor._raised.__getitem__)),
            "turns": tuple(floor._turns.items()),
            "seconds": tuple(floor._seconds.items()),
            "current": floor.current,
            "watch": floor._watch.freeze() if floor._watch is not None else None,
            "closed": floor.closed,
        },
    )


def thaw(
    snapshot: RunSnapshot,
    segments: Sequence[RunSegment],
    meeting_minutes: int,
    now: Monotonic,
    *,
    seat_order: Sequence[str] = (),
    newcomers: frozenset[str] = frozenset(),
) -> MeetingRun:
    """The meeting as it was, given its segments read again after unlocking. Refuses a
    snapshot whose agenda changed meanwhile (a sync or an edit on another PC)."""
    if tuple(s.id for s in segments) != snapshot.segment_ids:
        raise ValueError("the agenda changed while the meeting was locked")
    gap = now() - snapshot.taken_at
    run = MeetingRun(segments, meeting_minutes, now, seat_order=seat_order, newcomers=newcomers)
    run.state = snapshot.state
    run.index = snapshot.index
    run.clock = Stopwatch.thaw(now, snapshot.clock, gap)
    for segment, frozen, cued in zip(
        run._segments, snapshot.segment_timers, snapshot.overrun_cued, strict=True
    ):
        segment.timer = Countdown(now, segment.spec.planned_minutes * 60.0)
        segment.timer.watch = Stopwatch.thaw(now, frozen, gap)
        segment.overrun_cued = cued
    run.attendance = dict(snapshot.attendance)
    run.safety_pauses = snapshot.safety_pauses
    run.round_turns = [Turn(p, o, s) for p, o, s in snapshot.round_turns]
    run._ratings = list(snapshot.ratings)
    run._ten_minutes_cued = snapshot.ten_minutes_cued
    if snapshot.round is not None:
        state = snapshot.round
        round_ = Round([], now, state["turn_seconds"])
        round_.waiting = list(state["waiting"])
        round_.turns = [Turn(p, o, s) for p, o, s in state["turns"]]
        round_.coming_back = set(state["coming_back"])
        round_.current = state["current"]
        if state["turn"] is not None:
            round_.timer = Countdown(now, round_.turn_seconds)
            round_.timer.watch = Stopwatch.thaw(now, state["turn"], gap)
        run.round = round_
    run.floor = _thaw_floor(snapshot.floor, now, gap)
    return run


def _thaw_floor(state: dict[str, Any], now: Monotonic, gap: float) -> FairFloor:
    floor = FairFloor(now)
    floor._turns = dict(state["turns"])
    floor._seconds = dict(state["seconds"])
    for person in state["raised"]:
        floor._raised[person] = next(floor._order)
    floor.current = state["current"]
    if state["watch"] is not None:
        floor._watch = Stopwatch.thaw(now, state["watch"], gap)
    floor.closed = state["closed"]
    return floor
