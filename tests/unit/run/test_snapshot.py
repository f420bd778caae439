"""A meeting frozen at lock time resumes exactly where it was (issue 10)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safespace_desktop.core.run.meeting import MeetingRun, RoundKind, RunSegment, RunState
from safespace_desktop.core.run.snapshot import freeze, thaw
from safespace_desktop.core.run.timing import ManualMonotonic

SEGMENTS = (
    RunSegment("s1", "Welcome", 5),
    RunSegment("s2", "Check-in", 20, round_kind=RoundKind.CHECK_IN),
    RunSegment("s3", "Discussion", 45, open_floor=True),
    RunSegment("s4", "Check-out", 15, round_kind=RoundKind.CHECK_OUT),
)
SEATS = ("a", "b", "c", "d")


def new_run(clock: ManualMonotonic) -> MeetingRun:
    return MeetingRun(SEGMENTS, 90, clock, seat_order=SEATS)


def apply(run: MeetingRun, action: str, person: str) -> None:
    """One console action; actions that make no sense right now do nothing."""
    if run.state is RunState.READY:
        run.start()
        return
    if action == "advance" and run.state is RunState.RUNNING and run.next_segment is not None:
        run.advance()
    elif action == "turn" and run.state is RunState.RUNNING and run.round is not None:
        if run.round.current is not None:
            run.finish_turn()
        run.call_next()
    elif action == "pass" and run.state is RunState.RUNNING and run.round and run.round.current:
        run.pass_turn()
    elif action == "hand":
        run.floor.raise_hand(person)
    elif action == "next_speaker" and run.state is RunState.RUNNING and run.segment.open_floor:
        run.floor.next_speaker()
    elif action == "late":
        run.add_latecomer(person)
    elif action == "pause":
        if run.state is RunState.RUNNING:
            run.safety_pause()
        elif run.state is RunState.SAFETY_PAUSE:
            run.end_safety_pause()
    elif action == "close_list":
        run.floor.close_list()
    elif action == "rate" and run.state is RunState.RUNNING:
        run.add_rating(1 + SEATS.index(person) if person in SEATS else 3)


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "advance",
                "turn",
                "pass",
                "hand",
                "next_speaker",
                "late",
                "pause",
                "rate",
                "close_list",
            ]
        ),
        st.sampled_from([*SEATS, "late1"]),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(ACTIONS, ACTIONS, st.floats(0, 3600))
def test_a_thawed_meeting_behaves_exactly_like_the_one_that_was_frozen(
    before: list[tuple[str, str]], after: list[tuple[str, str]], locked_for: float
) -> None:
    clock = ManualMonotonic()
    run = new_run(clock)
    for action, person in before:
        clock.advance(7)
        apply(run, action, person)
    snapshot = freeze(run, "m1")
    clock.advance(locked_for)
    resumed = thaw(snapshot, SEGMENTS, 90, clock, seat_order=SEATS)
    # The original goes on in memory as if nothing had happened; compare the two.
    for action, person in after:
        clock.advance(7)
        apply(run, action, person)
        apply(resumed, action, person)
    assert resumed.state is run.state and resumed.index == run.index
    assert resumed.attendance == run.attendance
    assert resumed.round_turns == run.round_turns
    assert resumed.ratings() == run.ratings()
    assert resumed.floor.waiting() == run.floor.waiting()
    assert [(x.person_id, x.turns) for x in resumed.floor.stats()] == [
        (x.person_id, x.turns) for x in run.floor.stats()
    ]
    for mine, theirs in zip(resumed.floor.stats(), run.floor.stats(), strict=True):
        assert mine.seconds == pytest.approx(theirs.seconds)
    assert resumed.segment_timer.watch.elapsed() == pytest.approx(run.segment_timer.watch.elapsed())
    assert resumed.clock.elapsed() == pytest.approx(run.clock.elapsed())
    if run.state is not RunState.READY:
        mine, theirs = resumed.close(), run.close()
        assert [(t.title, t.planned_minutes) for t in mine.segments] == [
            (t.title, t.planned_minutes) for t in theirs.segments
        ]
        for a, b in zip(mine.segments, theirs.segments, strict=True):
            assert a.actual_seconds == pytest.approx(b.actual_seconds)
        assert (mine.attendance_count, mine.passes, mine.ratings_count, mine.safety_pauses) == (
            theirs.attendance_count,
            theirs.passes,
            theirs.ratings_count,
            theirs.safety_pauses,
        )


def test_the_snapshot_holds_ids_and_numbers_only() -> None:
    clock = ManualMonotonic()
    segments = (RunSegment("s1", "SECRET-TITLE", 5, read_aloud="SECRET-TEXT"),)
    run = MeetingRun(segments, 60, clock, seat_order=("id-1",))
    run.start()
    run.mark_present("id-1")
    assert "SECRET" not in repr(freeze(run, "m1"))


def test_a_changed_agenda_is_not_resumed() -> None:
    clock = ManualMonotonic()
    run = new_run(clock)
    run.start()
    snapshot = freeze(run, "m1")
    with pytest.raises(ValueError):
        thaw(snapshot, SEGMENTS[:2], 90, clock)


def test_timers_keep_running_while_locked_and_a_pause_stays_paused() -> None:
    clock = ManualMonotonic()
    run = new_run(clock)
    run.start()
    clock.advance(60)
    snapshot = freeze(run, "m1")
    clock.advance(120)
    resumed = thaw(snapshot, SEGMENTS, 90, clock)
    assert resumed.segment_timer.watch.elapsed() == pytest.approx(180)
    resumed.safety_pause()
    paused = freeze(resumed, "m1")
    clock.advance(500)
    again = thaw(paused, SEGMENTS, 90, clock)
    assert again.state is RunState.SAFETY_PAUSE
    assert again.segment_timer.watch.elapsed() == pytest.approx(180)
