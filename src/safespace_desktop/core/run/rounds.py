"""A structured round (check-in, check-out): everyone in seat order, one at a time,
with a soft timer, "pass" and "come back to me"."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from safespace_desktop.core.run.timing import Countdown, Monotonic

DEFAULT_TURN_SECONDS = 120


class TurnOutcome(StrEnum):
    SPOKE = "spoke"
    PASSED = "passed"


@dataclass(frozen=True)
class Turn:
    person_id: str
    outcome: TurnOutcome
    seconds: float


class Round:
    """Calls people in order. ``current`` is whose turn it is (None between turns)."""

    def __init__(
        self,
        seat_order: list[str],
        now: Monotonic,
        turn_seconds: float = DEFAULT_TURN_SECONDS,
    ) -> None:
        if turn_seconds <= 0:
            raise ValueError("a turn needs some time")
        self._now = now
        self.turn_seconds = turn_seconds
        self.waiting: list[str] = list(dict.fromkeys(seat_order))
        self.turns: list[Turn] = []
        self.coming_back: set[str] = set()
        self.current: str | None = None
        self.timer: Countdown | None = None

    # -- who is next ---------------------------------------------------------------
    @property
    def next_up(self) -> str | None:
        return self.waiting[0] if self.waiting else None

    @property
    def finished(self) -> bool:
        return self.current is None and not self.waiting

    def called(self) -> list[str]:
        """Everyone who has had their turn (spoke or passed), in order."""
        return [turn.person_id for turn in self.turns]

    def call_next(self) -> str | None:
        """End nothing; give the floor to the next person in seat order."""
        if self.current is not None:
            raise RoundError("finish, pass or defer the current turn first")
        if not self.waiting:
            return None
        self.current = self.waiting.pop(0)
        self.timer = Countdown(self._now, self.turn_seconds)
        self.timer.watch.start()
        return self.current

    # -- ending a turn -------------------------------------------------------------
    def finish_turn(self) -> Turn:
        return self._end(TurnOutcome.SPOKE)

    def pass_turn(self) -> Turn:
        return self._end(TurnOutcome.PASSED)

    def come_back_later(self) -> str:
        """ "Come back to me": the person goes to the end of the round, once."""
        person = self._take_current()
        self.coming_back.add(person)
        self.waiting.append(person)
        return person

    def skip_absent(self, person_id: str) -> None:
        """Someone in the seat order is not here today: no turn, no attendance."""
        if person_id in self.waiting:
            self.waiting.remove(person_id)

    def add_latecomer(self, person_id: str) -> bool:
        """A latecomer joins the end of the round (once; not if they already had a turn)."""
        if person_id == self.current or person_id in self.waiting or person_id in self.called():
            return False
        self.waiting.append(person_id)
        return True

    def _end(self, outcome: TurnOutcome) -> Turn:
        seconds = self.timer.watch.elapsed() if self.timer is not None else 0.0
        person = self._take_current()
        self.coming_back.discard(person)
        turn = Turn(person, outcome, seconds)
        self.turns.append(turn)
        return turn

    def _take_current(self) -> str:
        if self.current is None:
            raise RoundError("nobody has the floor")
        person, self.current, self.timer = self.current, None, None
        return person

    # -- time --------------------------------------------------------------------------
    def pause(self) -> None:
        if self.timer is not None:
            self.timer.watch.pause()

    def resume(self) -> None:
        if self.timer is not None:
            self.timer.watch.start()


class RoundError(RuntimeError):
    """A round action that makes no sense right now (the console disables it)."""
