"""What running a meeting needs from the vault (issue 10): its plan, read once before
the meeting starts. The run itself stays in memory (core/run) until it ends.

Only facilitators run meetings. The plan holds first names or aliases only (the room
screen may show them) and no roster notes. A segment's facilitator note comes along for
the console only (the room screen is built from a card that has no place for it), and
an internal segment is marked so the room never shows it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from safespace_desktop.core.meetings.model import Meeting, Segment, SegmentKind
from safespace_desktop.core.roster import MemberStatus
from safespace_desktop.core.run.meeting import RoundKind, RunSegment
from safespace_desktop.core.run.plan import RunPerson, RunPlan
from safespace_desktop.services import group_settings
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault

NEWCOMER_DAYS = 42  # joined within six weeks of the meeting: welcomed as new
_ROUNDS = {SegmentKind.CHECK_IN: RoundKind.CHECK_IN, SegmentKind.CHECK_OUT: RoundKind.CHECK_OUT}
_OPEN_FLOOR = {SegmentKind.DISCUSSION, SegmentKind.AGENDA_SETTING}


def run_segment(segment: Segment) -> RunSegment:
    return RunSegment(
        id=segment.id,
        title=segment.title,
        planned_minutes=segment.minutes,
        public=segment.public,
        read_aloud=segment.read_aloud,
        round_kind=_ROUNDS.get(segment.kind),
        open_floor=segment.kind in _OPEN_FLOOR,
        agreement=segment.kind is SegmentKind.AGREEMENT,
        note=segment.note,
    )


def told_apart(names: list[str]) -> list[str]:
    """The same name twice gets a number, in roster order ("Alex", "Alex (2)"): the
    room can tell two people apart without learning anything else about them."""
    totals = Counter(names)
    seen: Counter[str] = Counter()
    out = []
    for name in names:
        seen[name] += 1
        out.append(f"{name} ({seen[name]})" if totals[name] > 1 and seen[name] > 1 else name)
    return out


class MeetingRunService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def plan(self, meeting: Meeting) -> RunPlan:
        """The meeting's agenda and today's roster (active members, in name order)."""
        self._vault.require_facilitator()
        stored = MeetingsService(self._vault).ensure(meeting)
        detail = AgendaService(self._vault).detail(stored.id)
        people = [
            m
            for m in MembersService(self._vault).list_members(
                include_archived=False, include_forgotten=False
            )
            if m.status is MemberStatus.ACTIVE
        ]
        people.sort(key=lambda m: (m.name.casefold(), m.created_hlc))
        recent = stored.on - timedelta(days=NEWCOMER_DAYS)
        aliases = told_apart([m.name for m in people])
        return RunPlan(
            meeting_id=stored.id,
            title=stored.title or stored.on.isoformat(),
            meeting_minutes=stored.minutes,
            segments=tuple(run_segment(s) for s in detail.segments),
            people=tuple(
                RunPerson(m.id, alias, newcomer=_joined_since(m.joined_on, recent))
                for m, alias in zip(people, aliases, strict=True)
            ),
            agreement_text=detail.agreement_text,
            keep_talk_totals=group_settings.keeps_talk_totals(self._vault),
        )


def _joined_since(joined: date | None, since: date) -> bool:
    return joined is not None and joined >= since
