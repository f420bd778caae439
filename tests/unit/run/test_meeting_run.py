"""W4 "Run the meeting", in memory: the rules the console and the room screen rely on."""

from __future__ import annotations

import pytest

from safespace_desktop.core.run.meeting import (
    Attendance,
    Cue,
    MeetingRun,
    RoundKind,
    RunSegment,
    RunState,
)
from safespace_desktop.core.run.room import room_card
from safespace_desktop.core.run.rounds import TurnOutcome
from safespace_desktop.core.run.timing import ManualMonotonic

SEGMENTS = (
    RunSegment("s1", "Welcome", 5, read_aloud="Welcome, everyone."),
    RunSegment("s2", "Check-in", 20, round_kind=RoundKind.CHECK_IN),
    RunSegment("s3", "Facilitators sort out the room", 5, public=False),
    RunSegment("s4", "Discussion", 45, open_floor=True),
    RunSegment("s5", "Check-out", 15, round_kind=RoundKind.CHECK_OUT),
)
ALIASES = {"a": "Alex M.", "b": "Bea", "c": "Cal", "d": "Dee", "late": "Lou"}


def make_run(clock: ManualMonotonic) -> MeetingRun:
    return MeetingRun(
        SEGMENTS, 90, clock, seat_order=("a", "b", "c", "d"), newcomers=frozenset({"c"})
    )


def test_w4_attendance_is_everyone_called_in_check_in_plus_latecomers() -> None:
    clock = ManualMonotonic()
    run = make_run(clock)
    run.start()
    run.advance()  # check-in
    assert run.call_next() == "a"
    clock.advance(100)
    run.finish_turn()
    assert run.call_next() == "b"
    assert run.pass_turn().outcome is TurnOutcome.PASSED
    run.not_here("d")  # d sent apologies
    assert run.call_next() == "c"
    run.come_back_later()
    run.add_latecomer("late")
    assert run.round is not None and run.round.waiting == ["c", "late"]
    assert run.call_next() == "c"
    run.finish_turn()
    assert run.call_next() == "late"
    run.finish_turn()
    assert run.round.finished
    assert run.attendance == {
        "a": Attendance.PRESENT,
        "b": Attendance.PRESENT,
        "c": Attendance.PRESENT,
        "late": Attendance.LATE,
    }
    run.advance()
    run.advance()  # discussion
    for person in ("a", "b"):
        run.floor.raise_hand(person)
    assert run.floor.next_speaker() == "a"
    run.advance()  # check-out: the people who are here, in seat order, latecomer last
    assert run.round is not None and run.round.waiting == ["a", "b", "c", "late"]
    for rating in (4, 5, 3):
        run.add_rating(rating)
    summary = run.close()
    assert summary.attendance_count == 4 and summary.late_count == 1
    assert summary.newcomer_count == 1
    assert summary.passes == 1
    assert summary.rating_average == pytest.approx(4.0)
    assert summary.talk_totals is None
    assert run.floor.stats() == []  # talk time is gone after close


def test_talk_totals_are_kept_only_on_purpose_and_without_names() -> None:
    clock = ManualMonotonic()
    run = make_run(clock)
    run.start()
    for _ in range(3):
        run.advance()
    run.floor.raise_hand("a")
    run.floor.next_speaker()
    clock.advance(90)
    summary = run.close(keep_talk_totals=True)
    assert summary.talk_totals == (1, pytest.approx(90))


def test_ratings_are_hidden_below_three() -> None:
    run = make_run(ManualMonotonic())
    run.start()
    run.add_rating(5)
    run.add_rating(1)
    assert run.ratings() == (2, None)
    with pytest.raises(ValueError):
        run.add_rating(6)


def test_safety_pause_stops_every_timer_and_is_only_counted() -> None:
    clock = ManualMonotonic()
    run = make_run(clock)
    run.start()
    run.advance()
    run.call_next()
    clock.advance(30)
    run.safety_pause()
    card = room_card(run, ALIASES)
    assert card.paused and card.speaker == "" and card.segment_title == ""
    clock.advance(600)
    run.end_safety_pause()
    assert run.segment_timer.watch.elapsed() == pytest.approx(30)
    assert run.round is not None and run.round.timer is not None
    assert run.round.timer.watch.elapsed() == pytest.approx(30)
    assert run.close().safety_pauses == 1


def test_cues_come_once_each_and_calmly() -> None:
    clock = ManualMonotonic()
    run = make_run(clock)
    run.start()
    clock.advance(6 * 60)  # the 5-minute welcome runs over
    assert run.poll_cues() == [Cue.SEGMENT_OVER]
    assert run.poll_cues() == []
    run.advance()
    run.call_next()
    clock.advance(121)
    assert run.poll_cues() == [Cue.TURN_OVER]
    clock.advance(75 * 60)
    assert Cue.TEN_MINUTES_LEFT in run.poll_cues()
    assert Cue.TEN_MINUTES_LEFT not in run.poll_cues()


def test_the_room_card_never_shows_an_internal_segment() -> None:
    clock = ManualMonotonic()
    run = make_run(clock)
    run.start()
    card = room_card(run, ALIASES)
    assert card.segment_title == "Welcome" and card.read_aloud == "Welcome, everyone."
    run.advance()
    run.call_next()
    card = room_card(run, ALIASES)
    assert (card.speaker, card.next_up) == ("Alex M.", "Bea")
    run.finish_turn()
    run.advance()  # internal
    card = room_card(run, ALIASES)
    assert card.segment_title == "" and card.read_aloud == "" and card.segment_seconds_left is None
    run.close()
    assert room_card(run, ALIASES).closed
    assert run.state is RunState.CLOSED


def test_segments_after_the_last_one_begun_are_marked_not_reached() -> None:
    clock = ManualMonotonic()
    run = make_run(clock)
    run.start()
    clock.advance(60)
    run.advance()  # the second segment begins
    summary = run.close()
    reached = [s.reached for s in summary.segments]
    assert reached[:2] == [True, True]
    assert not any(reached[2:]) and len(reached) > 2
