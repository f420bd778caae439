"""The care kit for facilitators (issue 13; domain.md I1–I3): the succession checklist
and the compassion-fatigue self-check.

The self-check is a handful of statements in our own words, each answered "not
lately", "sometimes" or "often". It is **not** a clinical instrument: nothing is added
up, no score is kept or shown, and nothing here says what someone has. The answers only
choose which gentle reflections to offer; the words live in the UI.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class ChecklistItem(StrEnum):
    """What a new facilitator needs, in the order the checklist shows it. Each value is
    the name of the item's field in the synced checklist record."""

    JOIN_KIT = "join_kit"
    AGREEMENT = "agreement"
    RESOURCES = "resources"
    ROTA = "rota"
    BACKUPS = "backups"
    CRISIS_LINES = "crisis_lines"


class Often(StrEnum):
    """How often a statement has felt true lately."""

    NOT_LATELY = "not_lately"
    SOMETIMES = "sometimes"
    OFTEN = "often"


class Feeling(StrEnum):
    """The self-check's statements (the UI words each one)."""

    DRAINED = "drained"  # I leave meetings feeling drained for a long while
    CARRY_HOME = "carry_home"  # Other people's stories stay with me at home
    SLEEP = "sleep"  # My sleep or appetite has changed
    DREAD = "dread"  # I dread the next meeting
    NUMB = "numb"  # I feel numb or short-tempered with people I care about
    ALONE = "alone"  # I carry this on my own, without anyone to talk to


REST = "rest"
SUPPORT = "support"
SHARE_THE_LEAD = "share_the_lead"
STEADY = "steady"


def reflections(answers: Mapping[Feeling, Often]) -> tuple[str, ...]:
    """Which reflections to offer (keys the UI words), never a score.

    Anything felt "often", or three or more things felt "sometimes", offers rest and
    talking to someone the facilitator trusts; feeling alone with it always offers
    support; dreading meetings or feeling drained offers sharing the lead. When nothing
    stands out, a short "keep doing what helps" reflection."""
    often = {feeling for feeling, how in answers.items() if how is Often.OFTEN}
    sometimes = {feeling for feeling, how in answers.items() if how is Often.SOMETIMES}
    offered: list[str] = []
    if often or len(sometimes) >= 3:
        offered.append(REST)
    if often or Feeling.ALONE in sometimes or len(sometimes) >= 3:
        offered.append(SUPPORT)
    if {Feeling.DREAD, Feeling.DRAINED} & (often | sometimes):
        offered.append(SHARE_THE_LEAD)
    return tuple(offered) or (STEADY,)
