"""The fair-floor speaker queue for open discussion.

Order among raised hands: people who have not spoken yet, then fewer turns before
more, then whoever raised a hand first. Talk time is measured per turn so the
facilitator (and only the facilitator) can see when one person's share grows large.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from safespace_desktop.core.run.timing import Monotonic, Stopwatch

DEFAULT_SHARE_THRESHOLD = 0.4
"""A cue when one person has had more than this share of the talk time…"""
MINIMUM_TALK_FOR_SHARE_CUE = 300.0
"""…once at least this much has been said in all, and by at least two people."""


@dataclass(frozen=True)
class SpeakerStats:
    person_id: str
    turns: int
    seconds: float


class FairFloor:
    def __init__(self, now: Monotonic, share_threshold: float = DEFAULT_SHARE_THRESHOLD) -> None:
        if not 0 < share_threshold < 1:
            raise ValueError("the share threshold is a fraction between 0 and 1")
        self._now = now
        self.share_threshold = share_threshold
        self._raised: dict[str, int] = {}  # person → order in which the hand went up
        self._order = itertools.count()
        self._turns: dict[str, int] = {}
        self._seconds: dict[str, float] = {}
        self.current: str | None = None
        self._watch: Stopwatch | None = None
        self.closed = False

    # -- hands --------------------------------------------------------------------
    def raise_hand(self, person_id: str) -> bool:
        """False when the list is closed, or the hand is already up, or they are speaking."""
        if self.closed or person_id in self._raised or person_id == self.current:
            return False
        self._raised[person_id] = next(self._order)
        return True

    def withdraw(self, person_id: str) -> bool:
        return self._raised.pop(person_id, None) is not None

    def waiting(self) -> list[str]:
        """Raised hands in the order they will be called."""
        return sorted(self._raised, key=self._priority)

    def _priority(self, person_id: str) -> tuple[bool, int, int]:
        turns = self._turns.get(person_id, 0)
        return (turns > 0, turns, self._raised[person_id])

    # -- the floor -----------------------------------------------------------------
    def next_speaker(self) -> str | None:
        """End the current turn (if any) and give the floor to the first in line."""
        self.end_turn()
        waiting = self.waiting()
        if not waiting:
            return None
        person = waiting[0]
        del self._raised[person]
        self.current = person
        self._turns[person] = self._turns.get(person, 0) + 1
        self._watch = Stopwatch(self._now)
        self._watch.start()
        return person

    def end_turn(self) -> None:
        if self.current is None or self._watch is None:
            return
        self._watch.pause()
        self._seconds[self.current] = self._seconds.get(self.current, 0.0) + self._watch.elapsed()
        self.current, self._watch = None, None

    def close_list(self) -> None:
        """No new hands; those already raised still get their turn."""
        self.closed = True

    def reopen_list(self) -> None:
        self.closed = False

    def pause(self) -> None:
        if self._watch is not None:
            self._watch.pause()

    def resume(self) -> None:
        if self._watch is not None:
            self._watch.start()

    # -- what the facilitator sees -----------------------------------------------------
    def current_turn_seconds(self) -> float:
        return self._watch.elapsed() if self._watch is not None else 0.0

    def stats(self) -> list[SpeakerStats]:
        live = {self.current: self.current_turn_seconds()} if self.current else {}
        people = set(self._turns) | set(self._seconds)
        return sorted(
            (
                SpeakerStats(
                    person,
                    self._turns.get(person, 0),
                    self._seconds.get(person, 0.0) + live.get(person, 0.0),
                )
                for person in people
            ),
            key=lambda s: (-s.seconds, s.person_id),
        )

    def has_spoken(self, person_id: str) -> bool:
        return self._turns.get(person_id, 0) > 0

    def dominant_speakers(self) -> list[str]:
        """People whose share of the talk time passes the threshold (console only)."""
        stats = self.stats()
        total = sum(s.seconds for s in stats)
        speakers = [s for s in stats if s.seconds > 0]
        if total < MINIMUM_TALK_FOR_SHARE_CUE or len(speakers) < 2:
            return []
        return [s.person_id for s in speakers if s.seconds / total > self.share_threshold]

    def totals(self) -> tuple[int, float]:
        """All turns and all seconds, without names (what a group may choose to keep)."""
        stats = self.stats()
        return sum(s.turns for s in stats), sum(s.seconds for s in stats)

    def discard(self) -> None:
        """Forget every figure: talk time never outlives the meeting unless kept on purpose."""
        self.end_turn()
        self._raised.clear()
        self._turns.clear()
        self._seconds.clear()
