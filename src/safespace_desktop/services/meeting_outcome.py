"""Saving a meeting that was run (issue 10): attendance, the notes, and how it went.

- Attendance: members who agreed to keep their attendance history are marked by name
  (present or late); everyone else, and newcomers, only add to the meeting's counts.
- The console's notes (themes, without names) are added to the notes after the meeting.
- The outcome record (group key) says the meeting was held, keeps the ratings as bare
  numbers with no member id, counts the safety pauses (never who or why) and the
  minutes each part took. Talk-time totals are kept only when the group chose to, and
  then only as two numbers.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from safespace_desktop.core.attendance import AttendanceStatus, HeadCounts
from safespace_desktop.core.run.meeting import MINIMUM_RATINGS_SHOWN, Attendance, MeetingSummary
from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.attendance import AttendanceService, mark_in, set_counts_in
from safespace_desktop.services.attendance_rows import store_write
from safespace_desktop.services.meeting_record import (
    MeetingRecordService,
    clean_record_text,
    save_record_in,
)
from safespace_desktop.services.vault import Vault

_STATUS = {Attendance.PRESENT: AttendanceStatus.PRESENT, Attendance.LATE: AttendanceStatus.LATE}


@dataclass(frozen=True)
class MeetingOutcome:
    meeting_id: str
    held: bool = False
    ratings_count: int = 0
    rating_average: float | None = None  # None below three ratings: nobody can be singled out
    safety_pauses: int = 0


def outcome_id(group_id: str, meeting_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), f"meeting_outcomes:{meeting_id}"))


class MeetingOutcomeService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def finish(
        self,
        plan: RunPlan,
        summary: MeetingSummary,
        attendance: dict[str, Attendance],
        ratings: list[int],
        notes: str,
    ) -> MeetingOutcome:
        """Store everything a run meeting leaves behind. ``ratings`` are bare numbers."""
        self._vault.require_facilitator()
        meeting_id = plan.meeting_id
        # Read what the panels show first; then write everything in one unit of work, so a
        # failure (a full disk) leaves nothing half-saved, and the revisions read here make
        # a concurrent edit a StaleEdit instead of a lost one.
        sheet = AttendanceService(self._vault).sheet(meeting_id)
        record = MeetingRecordService(self._vault).get(meeting_id)
        kept = {line.member_id for line in sheet.lines if line.kept}
        newcomers = {p.id for p in plan.people if p.newcomer}
        counts = sheet.counts
        for person, how in attendance.items():
            if person not in kept:
                counts = counts.plus(_STATUS[how])
        counts = HeadCounts(
            counts.present,
            counts.late,
            counts.apologies,
            counts.newcomers + len(newcomers & attendance.keys()),
        )
        themes = "\n\n".join(t for t in (record.themes, notes.strip()) if t)
        values: dict[str, Any] = {
            "meeting_id": meeting_id,
            "held": True,
            "ratings": sorted(int(r) for r in ratings if 1 <= int(r) <= 5),
            "safety_pauses": summary.safety_pauses,
            "segment_seconds": [
                [segment.id, round(time.actual_seconds)]
                for segment, time in zip(plan.segments, summary.segments, strict=True)
            ],
            "talk_totals": list(summary.talk_totals) if summary.talk_totals else None,
        }
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record_id = outcome_id(r.group_id, meeting_id)
            existing = r.meeting_outcomes.get(db, keyring, record_id)
            if existing is not None and existing.state.get("held", False):
                # Saved already (a second click, or a retry after the first one landed):
                # adding the counts again would count the same people twice.
                return self.outcome(meeting_id)
            for person, how in attendance.items():
                if person in kept:
                    mark_in(self._vault, db, keyring, meeting_id, person, _STATUS[how])
            if counts != sheet.counts:
                set_counts_in(self._vault, db, keyring, meeting_id, counts, sheet.counts_rev)
            if notes.strip():
                save_record_in(
                    self._vault,
                    db,
                    keyring,
                    meeting_id,
                    {
                        "themes": clean_record_text("themes", themes),
                        "next_meeting": record.next_meeting,
                        "volunteers": record.volunteers,
                        "final_notes": record.final_notes,
                    },
                    record.rev,
                )
            state = existing.state if existing is not None else RecordState()
            store_write(self._vault, db, r.meeting_outcomes, keyring, record_id, state, values)
        return self.outcome(meeting_id)

    def outcome(self, meeting_id: str) -> MeetingOutcome:
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            record = r.meeting_outcomes.get(db, keyring, outcome_id(r.group_id, meeting_id))
        if record is None or record.state.deleted:
            return MeetingOutcome(meeting_id)
        ratings = [int(x) for x in record.state.get("ratings", ()) or ()]
        shown = len(ratings) >= MINIMUM_RATINGS_SHOWN
        return MeetingOutcome(
            meeting_id=meeting_id,
            held=bool(record.state.get("held", False)),
            ratings_count=len(ratings),
            rating_average=sum(ratings) / len(ratings) if shown else None,
            safety_pauses=int(record.state.get("safety_pauses", 0) or 0),
        )
