"""What the console needs to run one meeting: plain data, read before the run starts
(a service builds it from the meeting, its agenda and the roster)."""

from __future__ import annotations

from dataclasses import dataclass

from safespace_desktop.core.run.meeting import RunSegment


@dataclass(frozen=True)
class RunPerson:
    id: str
    alias: str  # first name or alias, already told apart (two Alexes)
    newcomer: bool = False
    expected: bool = True  # in the seat order at the start (not a latecomer)


@dataclass(frozen=True)
class RunPlan:
    meeting_id: str
    title: str
    meeting_minutes: int
    segments: tuple[RunSegment, ...]
    people: tuple[RunPerson, ...]  # in seat order
    agreement_text: str = ""  # the adopted agreement, for a reading segment
    keep_talk_totals: bool = False  # the group chose to keep two numbers, never names

    def alias(self, person_id: str) -> str:
        return next((p.alias for p in self.people if p.id == person_id), "")

    def aliases(self) -> dict[str, str]:
        return {p.id: p.alias for p in self.people}
