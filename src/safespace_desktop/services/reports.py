"""Name-free period reports (issue 13; domain J2, workflow W11), facilitators only.

Gathers numbers from what is already stored and hands them to ``core.reports``:
meetings held and who was in the room (the attendance counts plus the marks of
members who agreed to keep their attendance history), the run-mode check-out
(bare ratings and the number of safety pauses, never who or why), newcomers by
their joining date, and follow-ups opened and done. Per-person attendance is read
only for members with an active "keep my attendance history" consent, and only to
count meetings. No name, alias, id or text leaves this module: the report holds
dates and numbers.

Anonymous feedback from the kiosk (ratings and evaluations) comes through a
``FeedbackSource``; until one is plugged in the report uses the check-out ratings
alone and shows no evaluations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Protocol

from safespace_desktop.core.attendance import AttendanceStatus
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.core.reports.period import Period
from safespace_desktop.core.reports.report import (
    EvaluationCounts,
    EvaluationQuestion,
    MeetingFacts,
    NewcomerFacts,
    PeriodFacts,
    PeriodReport,
    build_report,
)
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.attendance import consent_ids
from safespace_desktop.services.attendance_rows import counts_id, live_mark, to_counts
from safespace_desktop.services.feedback import FeedbackService
from safespace_desktop.services.follow_up_index import made_between
from safespace_desktop.services.keyring import KeyRing
from safespace_desktop.services.meeting_outcome import outcome_id
from safespace_desktop.services.meetings.index import Entry, stored_entries
from safespace_desktop.services.meetings.records import meeting_fields
from safespace_desktop.services.members import session_roster
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import DamagedRecord, LoadedRecord, SealedRecords
from safespace_desktop.storage.unit_of_work import UnitOfWork

_CAME = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
_BY_MEETING = 200  # up to this many meetings, their rows are read by meeting id


def _by_ids(
    db: UnitOfWork, keyring: KeyRing, repo: SealedRecords, record_ids: list[str]
) -> list[LoadedRecord]:
    """The live rows among ``record_ids``, opened in one query (issue 15), each
    authenticated as ``get`` does; damaged ones are left out, as ``load_all`` leaves
    them out of the report. What ``get`` would raise is raised (a key not held, and a
    ``KeyError``, which the bulk reader reports as damage)."""
    found: list[LoadedRecord] = []
    for item in repo.open_documents(db, keyring, record_ids):
        if isinstance(item, DamagedRecord):
            if isinstance(item.error, KeyError):
                raise item.error
            continue
        record = LoadedRecord(item.id, item.rev, RecordState.from_json(item.state), item.extra)
        if not record.state.deleted:
            found.append(record)
    return found


def _meetings_between(entries: list[Entry], period: Period, as_of: date) -> list[Meeting]:
    """The meetings from the period's first day to ``as_of``, in the index's order.

    Nothing earlier counts: a report counts meetings in the period, and a newcomer's
    meetings from their joining day, which is in the period. Entries hold ISO dates,
    which compare as text, so only the entries in range are made into meetings; an
    entry whose day is not written the usual way is made into one and checked as a
    date, so no meeting is missed."""
    first, last = period.start.isoformat(), as_of.isoformat()
    found = []
    for entry in entries:
        on = entry.get("on")
        usual = isinstance(on, str) and len(on) == 10 and on[4] == "-" and on[7] == "-"
        if usual and not first <= str(on) <= last:
            continue
        meeting = meeting_fields(entry)
        if period.start <= meeting.on <= as_of:
            found.append(meeting)
    return found


class FeedbackSource(Protocol):
    """Anonymous feedback for a period (the feedback kiosk's service provides it)."""

    def ratings_between(self, start: date, end: date) -> Sequence[tuple[date, int]]:
        """Bare 1–5 ratings with the meeting date they were given for."""
        ...

    def evaluation_summary(self, start: date, end: date) -> EvaluationCounts:
        """How many chose each answer of each evaluation question."""
        ...


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


class KioskFeedback:
    """The feedback kiosk's ratings and evaluations as a report reads them: question and
    answer keys are the app's own fixed codes (the page words them), never typed text."""

    def __init__(self, vault: Vault) -> None:
        self._feedback = FeedbackService(vault)

    def ratings_between(self, start: date, end: date) -> Sequence[tuple[date, int]]:
        return self._feedback.ratings_between(start, end)

    def evaluation_summary(self, start: date, end: date) -> EvaluationCounts:
        summary = self._feedback.evaluation_summary(start, end)
        return EvaluationCounts(
            summary.responses,
            tuple(
                EvaluationQuestion(
                    q.question.value, tuple((answer.value, n) for answer, n in q.counts)
                )
                for q in summary.questions
            ),
        )


class ReportService:
    def __init__(self, vault: Vault, feedback: FeedbackSource | None = None) -> None:
        self._vault = vault
        self._feedback = feedback

    def today(self) -> date:
        return store.today(self._vault)

    def report(self, period: Period) -> PeriodReport:
        return build_report(self.facts(period))

    def facts(self, period: Period) -> PeriodFacts:
        """Everything the report counts for ``period``, as plain numbers."""
        self._vault.require_facilitator()
        as_of = store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            r = store.repos(db)
            # Only meetings from the period's start to today can count (issue 15: a
            # quarter's report opens its dozen meetings' rows, not 50,000, and turns
            # only their index entries into meetings, not all 5,000).
            meetings = _meetings_between(stored_entries(self._vault, db, keyring), period, as_of)
            wanted = [m.id for m in meetings if not m.cancelled]
            only = wanted if len(wanted) <= _BY_MEETING else None
            came, marks = self._attendance(db, keyring, r, only)
            outcomes = self._outcomes(db, keyring, r, only)
            newcomer_dates, kept = self._newcomers(self._vault, db, keyring, r, period)
            opened, done = self._follow_ups(self._vault, db, keyring, period)
        held: dict[str, Meeting] = {}
        for meeting in meetings:
            if meeting.cancelled or meeting.on > as_of:
                continue
            outcome = outcomes.get(meeting.id)
            if came.get(meeting.id, 0) > 0 or (outcome is not None and outcome[0]):
                held[meeting.id] = meeting
        facts_by_meeting = []
        for meeting_id, meeting in held.items():
            if meeting.on not in period:
                continue
            _held, ratings, pauses = outcomes.get(meeting_id, (False, (), 0))
            facts_by_meeting.append(
                MeetingFacts(meeting.on, came.get(meeting_id, 0), ratings, pauses)
            )
        newcomers = []
        for member_id, joined in newcomer_dates:
            if member_id not in kept:
                newcomers.append(NewcomerFacts(tracked=False))
                continue
            attended = sum(
                1
                for meeting_id in marks.get(member_id, ())
                if meeting_id in held and held[meeting_id].on >= joined
            )
            newcomers.append(NewcomerFacts(tracked=True, meetings_attended=attended))
        extra: tuple[tuple[date, int], ...] = ()
        evaluations = EvaluationCounts()
        if self._feedback is not None:
            extra = tuple(self._feedback.ratings_between(period.start, period.end))
            evaluations = self._feedback.evaluation_summary(period.start, period.end)
        return PeriodFacts(
            period=period,
            as_of=as_of,
            meetings=tuple(sorted(facts_by_meeting, key=lambda m: m.on)),
            newcomers=tuple(newcomers),
            extra_ratings=extra,
            follow_ups_opened=opened,
            follow_ups_done=done,
            evaluations=evaluations,
        )

    # -- reading (inside the caller's transaction) ----------------------------------
    @staticmethod
    def _attendance(
        db: UnitOfWork, keyring: KeyRing, r: store.Repos, only: list[str] | None
    ) -> tuple[dict[str, int], dict[str, list[str]]]:
        """(meeting id → people in the room, member id → meetings they came to), for
        the meetings ``only`` (None: every meeting). Marks exist only while the member
        agrees to keep their attendance history."""
        came: Counter[str] = Counter()
        if only is None:
            loaded, _damaged = r.attendance_counts.load_all(db, keyring)
        else:
            loaded = _by_ids(
                db, keyring, r.attendance_counts, [counts_id(r.group_id, m) for m in only]
            )
        for record in loaded:
            meeting_id = str(record.state.get("meeting_id") or "")
            counts = to_counts(record.state)
            came[meeting_id] += counts.present + counts.late + counts.newcomers
        marks: dict[str, list[str]] = {}
        if only is None:
            rows, _damaged = r.attendance.load_all(db, keyring)
        else:
            rows = []
            for meeting_id in only:
                rows += r.attendance.load_where(db, keyring, meeting_id=meeting_id)[0]
        for record in rows:
            mark = live_mark(record)
            if mark is None or mark.status not in _CAME:
                continue
            meeting_id = str(record.extra["meeting_id"])
            came[meeting_id] += 1
            marks.setdefault(mark.member_id, []).append(meeting_id)
        return dict(came), marks

    @staticmethod
    def _outcomes(
        db: UnitOfWork, keyring: KeyRing, r: store.Repos, only: list[str] | None
    ) -> dict[str, tuple[bool, tuple[int, ...], int]]:
        """meeting id → (held, bare ratings, safety pauses) from the run-mode check-out,
        for the meetings ``only`` (None: every meeting)."""
        found: dict[str, tuple[bool, tuple[int, ...], int]] = {}
        if only is None:
            loaded, _damaged = r.meeting_outcomes.load_all(db, keyring)
        else:
            loaded = _by_ids(
                db, keyring, r.meeting_outcomes, [outcome_id(r.group_id, m) for m in only]
            )
        for record in loaded:
            state = record.state
            raw = state.get("ratings") or []
            ratings = tuple(
                int(x)
                for x in (raw if isinstance(raw, list | tuple) else ())
                if _int(x) in range(1, 6)
            )
            found[str(state.get("meeting_id") or "")] = (
                bool(state.get("held", False)),
                ratings,
                _int(state.get("safety_pauses", 0)),
            )
        return found

    @staticmethod
    def _newcomers(
        vault: Vault, db: UnitOfWork, keyring: KeyRing, r: store.Repos, period: Period
    ) -> tuple[list[tuple[str, date]], set[str]]:
        """(member id, joining date) of everyone who joined in the period (former
        members too: "forget me" keeps the joining date so counts add up), and the
        ids whose attendance history is kept."""
        # The session's roster cache (issue 15): the same live entries, opened once.
        roster, _damaged = session_roster(keyring).members(vault, db, keyring, r)
        joined = []
        for member in roster:
            if member.joined_on is not None and member.joined_on in period:
                joined.append((member.id, member.joined_on))
        return joined, set(consent_ids(db, keyring, r))

    @staticmethod
    def _follow_ups(
        vault: Vault, db: UnitOfWork, keyring: KeyRing, period: Period
    ) -> tuple[int, int]:
        # From the follow-ups' index (issue 15): no follow-up row is opened for counts.
        return made_between(vault, db, keyring, period.start, period.end)
