"""The co-facilitator rota (issue 13; domain.md I1): who leads and who supports each
upcoming meeting, who is away and who covers.

Pure rules, no storage. A meeting **needs cover** when nobody can lead it: no lead was
chosen, or the lead is away (or no longer a facilitator) and no available cover was
chosen. A cancelled meeting needs nobody. When the same person would lead many
meetings in a row (``LONG_RUN`` or more, counting the meetings just held), the rota
says so gently: sharing the lead is how a group keeps its facilitators well.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

LONG_RUN = 4
"""Leading this many meetings in a row earns a gentle note."""


@dataclass(frozen=True)
class RotaChoice:
    """What a facilitator chose for one meeting ("" where nobody was chosen)."""

    lead: str = ""
    support: str = ""
    away: frozenset[str] = field(default_factory=frozenset)
    cover: str = ""


@dataclass(frozen=True)
class RotaMeeting:
    """The little the rota needs to know about a meeting."""

    id: str
    on: date
    start: str
    cancelled: bool = False


@dataclass(frozen=True)
class RotaLine:
    """One upcoming meeting as the rota shows it."""

    meeting: RotaMeeting
    choice: RotaChoice
    leading: str
    """Who actually leads: the lead, or the cover when the lead is away ("" for nobody)."""
    supporting: str
    """Who actually supports: the support, or the cover standing in for them."""
    needs_cover: bool
    run_length: int
    """How many meetings in a row ``leading`` would have led by this one (0: nobody)."""
    rev: int = 0

    @property
    def long_run(self) -> bool:
        return bool(self.leading) and self.run_length >= LONG_RUN


def _available(person: str, choice: RotaChoice, active: frozenset[str]) -> bool:
    return bool(person) and person in active and person not in choice.away


def who_leads(choice: RotaChoice, active: frozenset[str]) -> str:
    """The lead if they can come, else the cover if they can; "" when nobody can."""
    if _available(choice.lead, choice, active):
        return choice.lead
    if _available(choice.cover, choice, active):
        return choice.cover
    return ""


def who_supports(choice: RotaChoice, active: frozenset[str]) -> str:
    """The support if they can come and are not leading, else the cover if free."""
    leading = who_leads(choice, active)
    for person in (choice.support, choice.cover):
        if _available(person, choice, active) and person != leading:
            return person
    return ""


def plan(
    upcoming: Sequence[RotaMeeting],
    choices: Mapping[str, tuple[RotaChoice, int]],
    active: Iterable[str],
    past: Sequence[RotaMeeting] = (),
) -> list[RotaLine]:
    """The rota lines for ``upcoming`` (in date order), from the stored ``choices``
    (meeting id → (choice, revision)). ``past`` are the meetings just held (any order):
    their leads count towards a run of meetings led in a row, and a past meeting with
    nobody on the rota ends a run."""
    people = frozenset(active)
    run_person, run_length = "", 0
    for meeting in sorted(past, key=lambda m: (m.on, m.start)):
        if meeting.cancelled:
            continue  # a cancelled meeting neither counts nor breaks a run
        chosen = choices.get(meeting.id)
        # A past lead still counts if they have left since: they did lead it.
        leading = who_leads(chosen[0], people | {chosen[0].lead, chosen[0].cover}) if chosen else ""
        run_person, run_length = _extend(run_person, run_length, leading)
    lines = []
    for meeting in upcoming:
        choice, rev = choices.get(meeting.id, (RotaChoice(), 0))
        if meeting.cancelled:
            lines.append(RotaLine(meeting, choice, "", "", False, 0, rev))
            continue
        leading = who_leads(choice, people)
        run_person, run_length = _extend(run_person, run_length, leading)
        lines.append(
            RotaLine(
                meeting,
                choice,
                leading,
                who_supports(choice, people),
                needs_cover=not leading,
                run_length=run_length if leading else 0,
                rev=rev,
            )
        )
    return lines


def _extend(person: str, length: int, leading: str) -> tuple[str, int]:
    if not leading:
        return "", 0
    return leading, length + 1 if leading == person else 1


def check_choice(choice: RotaChoice, active: Iterable[str]) -> str:
    """The first problem with ``choice`` as a field name ("" when it is fine)."""
    people = frozenset(active)
    for name, person in (("lead", choice.lead), ("support", choice.support)):
        if person and person not in people:
            return name
    if choice.cover and choice.cover not in people:
        return "cover"
    if choice.away - people:
        return "away"
    if choice.lead and choice.lead == choice.support:
        return "support"
    if choice.cover and choice.cover in choice.away:
        return "cover"
    if choice.cover and choice.cover == choice.lead:
        return "cover"  # the support may step up to cover; the lead cannot cover themselves
    return ""
