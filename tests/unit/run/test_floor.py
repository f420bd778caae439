from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safespace_desktop.core.run.floor import FairFloor
from safespace_desktop.core.run.timing import ManualMonotonic


def test_someone_who_has_not_spoken_goes_before_someone_who_has_spoken_three_times() -> None:
    clock = ManualMonotonic()
    floor = FairFloor(clock)
    for _ in range(3):
        floor.raise_hand("A")
        assert floor.next_speaker() == "A"
        clock.advance(60)
        floor.end_turn()
    floor.raise_hand("A")  # A's hand goes up first …
    clock.advance(1)
    floor.raise_hand("B")  # … B's later, but B has not spoken yet
    assert floor.waiting() == ["B", "A"]
    assert floor.next_speaker() == "B"


def test_fewer_turns_then_first_raised() -> None:
    clock = ManualMonotonic()
    floor = FairFloor(clock)
    for person in ("A", "A", "B"):
        floor.raise_hand(person)
        floor.next_speaker()
        floor.end_turn()
    for person in ("A", "B", "C", "D"):
        floor.raise_hand(person)
    assert floor.waiting() == ["C", "D", "B", "A"]


def test_withdraw_close_and_no_double_hands() -> None:
    floor = FairFloor(ManualMonotonic())
    assert floor.raise_hand("A")
    assert not floor.raise_hand("A")
    assert floor.withdraw("A")
    assert not floor.withdraw("A")
    floor.raise_hand("B")
    floor.close_list()
    assert not floor.raise_hand("C")
    assert floor.next_speaker() == "B"  # raised before closing: still heard
    assert floor.next_speaker() is None


def test_share_cue_names_the_person_who_holds_the_floor_most() -> None:
    clock = ManualMonotonic()
    floor = FairFloor(clock, share_threshold=0.5)
    for person, seconds in (("A", 400), ("B", 60), ("C", 40)):
        floor.raise_hand(person)
        floor.next_speaker()
        clock.advance(seconds)
    floor.end_turn()
    assert floor.dominant_speakers() == ["A"]
    assert floor.totals() == (3, pytest.approx(500))


def test_discard_forgets_every_figure() -> None:
    clock = ManualMonotonic()
    floor = FairFloor(clock)
    floor.raise_hand("A")
    floor.next_speaker()
    clock.advance(30)
    floor.discard()
    assert floor.stats() == [] and floor.totals() == (0, 0) and floor.current is None


@given(
    st.lists(
        st.tuples(st.sampled_from(["raise", "withdraw", "next"]), st.sampled_from("ABCDE")),
        max_size=60,
    )
)
def test_the_next_speaker_is_always_the_fairest_raised_hand(
    actions: list[tuple[str, str]],
) -> None:
    clock = ManualMonotonic()
    floor = FairFloor(clock)
    raised_order: list[str] = []
    turns: dict[str, int] = {}
    for action, person in actions:
        clock.advance(1)
        if action == "raise" and floor.raise_hand(person):
            raised_order.append(person)
        elif action == "withdraw" and floor.withdraw(person):
            raised_order.remove(person)
        elif action == "next":
            expected = min(
                raised_order,
                key=lambda p: (turns.get(p, 0) > 0, turns.get(p, 0), raised_order.index(p)),
                default=None,
            )
            assert floor.next_speaker() == expected
            if expected is not None:
                raised_order.remove(expected)
                turns[expected] = turns.get(expected, 0) + 1
