"""What the room screen may show, and nothing more.

The room screen is built only from a ``RoomCard``. A card is made from public segments,
first names or aliases, and times; an internal segment shows as a neutral card. A
segment's facilitator note (``RunSegment.note``, shown on the console) cannot reach it:
a card has no field for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from safespace_desktop.core.run.meeting import MeetingRun, RunState


@dataclass(frozen=True)
class RoomCard:
    paused: bool  # the calm safety-pause card
    closed: bool
    segment_title: str  # "" for an internal segment
    read_aloud: str
    segment_seconds_left: float | None
    speaker: str  # first name or alias, "" when nobody has the floor
    next_up: str
    waiting_count: int  # hands raised, without names


def room_card(run: MeetingRun, aliases: Mapping[str, str], agreement_text: str = "") -> RoomCard:
    """``aliases``: person id → the first name or alias the room may see;
    ``agreement_text``: the adopted group agreement, shown when a segment reads it."""
    if run.state is RunState.SAFETY_PAUSE:
        return RoomCard(True, False, "", "", None, "", "", 0)
    if run.state is RunState.CLOSED:
        return RoomCard(False, True, "", "", None, "", "", 0)
    segment = run.segment
    public = segment.public
    speaker, next_up, waiting = "", "", 0
    if run.round is not None:
        speaker = aliases.get(run.round.current or "", "")
        next_up = aliases.get(run.round.next_up or "", "")
    elif segment.open_floor:
        queue = run.floor.waiting()
        speaker = aliases.get(run.floor.current or "", "")
        next_up = aliases.get(queue[0], "") if queue else ""
        waiting = len(queue)
    return RoomCard(
        paused=False,
        closed=False,
        segment_title=segment.title if public else "",
        read_aloud=(segment.read_aloud or (agreement_text if segment.agreement else ""))
        if public
        else "",
        segment_seconds_left=run.segment_timer.remaining() if public else None,
        speaker=speaker if public else "",
        next_up=next_up if public else "",
        waiting_count=waiting if public else 0,
    )
