"""Anonymous feedback on a shared PC (issue 13): the kiosk, evaluations, topic drops.

Why every response is sealed to a public key (crypto/drop_box.py): the kiosk runs
while nobody is unlocked. Starting it locks the facilitator's session at once (the
kiosk's own typing would otherwise keep resetting the idle timer, so the auto-lock
could never fire while members use it), and all the kiosk keeps is a ``KioskTicket``:
the meeting's id and date and the drop box's *public* key. Each response is sealed
under a fresh content key wrapped to that box and written through a keyless unit of
work, so the kiosk can store responses but cannot read any back, its own or the
vault's. Only a group-key holder opens them. A member's own space suggests topics the
same way (through the box key published in the commons ``resource_library`` record).

No member id and no time: the payload holds the meeting id, the meeting's date, the
answers and nothing else; the drop is stamped by a fixed writer at time 0, and the
table has no rowid, so not even the file's order says who came first. A suggested
topic is a drop of its own (never stored with a rating) and is collected into the
meetings' topic backlog, without a name, the next time a facilitator lists it.
Responses and evaluations are collected the same way, the next time a facilitator's
session reads feedback, into ``feedback_responses``: group-key records that travel to
co-facilitators' PCs in sync bundles, with the same answers and still no member id.

Nothing of a meeting is shown until ``SHOW_FROM`` responses exist; period figures
for reports (``ratings_between``, ``evaluation_summary``) count only meetings that
reached it, so a report can never show what the meeting's own page would hide.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from safespace_desktop.core.errors import NotPermitted, ValidationError
from safespace_desktop.core.feedback import (
    SHOW_FROM,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    EvaluationSuggestion,
    EvaluationSummary,
    FeedbackMode,
    KioskTicket,
    MeetingFeedback,
    MeetingResponse,
    clean_evaluation,
    clean_response,
    clean_topic,
    evaluation_counts,
    rating_summary,
    shuffled,
    suggest_evaluations,
)
from safespace_desktop.core.meetings.model import TopicSource, TopicStatus
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.drop_box import box_public_key
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.feedback_attendance import attended_for_suggestions, meeting_days
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.resources.suggestions import library_record_id
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.unit_of_work import UnitOfWork

RESPONSE, EVALUATION, TOPIC = "response", "evaluation", "topic"


def _published_key(db: UnitOfWork, keyring: KeyRing) -> bytes | None:
    record = db.group.resource_library.get(db, keyring, library_record_id(db.group_id))
    value = (
        None if record is None or record.state.deleted else record.state.get("drop_box_public_key")
    )
    try:
        return bytes.fromhex(value) if isinstance(value, str) else None
    except ValueError:
        return None


_ANSWER_NAMES = (
    "kind", "meeting_id", "meeting_on", "rating", "helped", "better", "change",
    *(q.value for q in EvaluationQuestion),
)  # fmt: skip


def _answers(state: RecordState) -> dict[str, Any]:
    return {name: state.get(name) for name in _ANSWER_NAMES}


def _tombstone_drop(vault: Vault, db: UnitOfWork, keyring: KeyRing, record: LoadedRecord) -> None:
    """A collected drop becomes a group-key tombstone with an empty wrap."""
    tombstone = RecordState(cc=dict(record.state.cc))
    replica, counter, hlc = vault.next_write(db)
    tombstone.write({"_deleted": True}, replica, counter, hlc)
    db.group.feedback_drops.store(
        db, keyring.group_key, record.id, tombstone, counter, wrapped_key_sealed=b""
    )


def _open_responses(vault: Vault, db: UnitOfWork, keyring: KeyRing) -> list[dict[str, Any]]:
    """The answers of every kiosk response and evaluation this group's keys open.

    Drops waiting on this PC are collected first (facilitators only, inside the caller's
    unit of work): each becomes an ordinary group-key ``feedback_responses`` record under
    the same random id, which travels to co-facilitators' PCs, and its drop a tombstone.
    They are taken in the order of their random ids, so not even the collecting writes
    keep the order people answered in. A vault on a write-protected disk reads the drops
    as they are. Damaged rows are skipped (they stay byte for byte as they were)."""
    drops, _damaged = db.group.feedback_drops.load_all(db, keyring)
    waiting = sorted(
        (r for r in drops if r.state.get("kind") in (RESPONSE, EVALUATION)), key=lambda r: r.id
    )
    answers: list[dict[str, Any]] = []
    for record in waiting:
        if vault.read_only:
            answers.append(_answers(record.state))
            continue
        given = {
            name: value
            for name, value in _answers(record.state).items()
            if value is not None and value != ""
        }
        repo = db.group.feedback_responses
        if repo.stored_rev(db, record.id) is None:  # (a copy of this vault collected it)
            store.write(vault, db, repo, keyring.group_key, record.id, RecordState(), given)
        _tombstone_drop(vault, db, keyring, record)
    collected, _damaged = db.group.feedback_responses.load_all(db, keyring)
    answers += [_answers(record.state) for record in collected]
    return answers


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _as_evaluation(values: dict[str, Any]) -> EvaluationResponse:
    answers: dict[EvaluationQuestion, EvaluationAnswer | None] = {}
    for question in EvaluationQuestion:
        raw = values.get(question.value)
        answers[question] = EvaluationAnswer(raw) if raw in set(EvaluationAnswer) else None
    return EvaluationResponse(answers, str(values.get("change") or ""))


def _rating(values: dict[str, Any]) -> int | None:
    rating = values.get("rating")
    return rating if isinstance(rating, int) and 1 <= rating <= 5 else None


def _shown_meetings(drops: Iterable[dict[str, Any]], kind: str) -> dict[str, list[dict[str, Any]]]:
    """Drops of ``kind`` by meeting, only for meetings with at least ``SHOW_FROM``."""
    by_meeting: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for values in drops:
        if values.get("kind") == kind:
            by_meeting[str(values.get("meeting_id") or "")].append(values)
    return {m: found for m, found in by_meeting.items() if m and len(found) >= SHOW_FROM}


class FeedbackService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ facilitators
    def kiosk_ticket(self, meeting_id: str, mode: FeedbackMode) -> KioskTicket:
        """What a kiosk for this meeting needs: no secret, only the box's public key."""
        principal = self._vault.require_facilitator()
        meeting = MeetingsService(self._vault).meeting(meeting_id)
        with store.transaction(self._vault) as (db, keyring, _principal):
            recipient = box_public_key(keyring.group_key, db.group_id)
        return KioskTicket(meeting.id, meeting.on, FeedbackMode(mode), recipient, principal.handle)

    def meeting_feedback(self, meeting_id: str) -> MeetingFeedback:
        """Aggregates and shuffled texts of one meeting, or nothing below the threshold."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            drops = _open_responses(self._vault, db, keyring)
        mine = [v for v in drops if v.get("meeting_id") == meeting_id]
        responses = [v for v in mine if v.get("kind") == RESPONSE]
        evaluations = [v for v in mine if v.get("kind") == EVALUATION]
        shown = len(responses) >= SHOW_FROM
        evaluations_shown = len(evaluations) >= SHOW_FROM
        ratings = [r for r in (_rating(v) for v in responses) if r is not None]
        return MeetingFeedback(
            meeting_id=meeting_id,
            shown=shown,
            ratings=rating_summary(ratings) if shown else None,
            helped=shuffled(str(v.get("helped") or "") for v in responses) if shown else (),
            better=shuffled(str(v.get("better") or "") for v in responses) if shown else (),
            evaluations_shown=evaluations_shown,
            evaluation=(
                evaluation_counts([_as_evaluation(v) for v in evaluations])
                if evaluations_shown
                else None
            ),
            changes=(
                shuffled(str(v.get("change") or "") for v in evaluations)
                if evaluations_shown
                else ()
            ),
        )

    def evaluation_suggestions(self) -> list[EvaluationSuggestion]:
        """Evaluations to suggest today: after a newcomer's 3rd and 6th meeting (only
        people who agreed to keep their attendance are known), and each quarter."""
        self._vault.require_facilitator()
        today = store.today(self._vault)
        with store.transaction(self._vault) as (db, keyring, _principal):
            on = meeting_days(self._vault, db, keyring)
            # Only the rows that can make a suggestion (issue 15: not all 50,000).
            attended = attended_for_suggestions(db, keyring, on, today)
            drops = _open_responses(self._vault, db, keyring)
        evaluated = [
            d
            for d in (_day(v.get("meeting_on")) for v in drops if v.get("kind") == EVALUATION)
            if d is not None
        ]
        held = [day for day in on.values() if day <= today]
        return suggest_evaluations(attended, held, evaluated, today)

    # ------------------------------------------------------------------ for reports
    def ratings_between(self, start: date, end: date) -> list[tuple[date, int]]:
        """(meeting date, rating) of every kiosk rating from ``start`` to ``end``
        inclusive, sorted (so their order says nothing), from meetings with at least
        ``SHOW_FROM`` responses only."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            drops = _open_responses(self._vault, db, keyring)
        found: list[tuple[date, int]] = []
        for responses in _shown_meetings(drops, RESPONSE).values():
            for values in responses:
                day, rating = _day(values.get("meeting_on")), _rating(values)
                if day is not None and rating is not None and start <= day <= end:
                    found.append((day, rating))
        return sorted(found)

    def evaluation_summary(self, start: date, end: date) -> EvaluationSummary:
        """Counts per answer of the evaluations given at meetings from ``start`` to
        ``end`` (meetings with at least ``SHOW_FROM`` evaluations). No free text."""
        self._vault.require_facilitator()
        with store.transaction(self._vault) as (db, keyring, _principal):
            drops = _open_responses(self._vault, db, keyring)
        counted = [
            _as_evaluation(values)
            for evaluations in _shown_meetings(drops, EVALUATION).values()
            for values in evaluations
            if (day := _day(values.get("meeting_on"))) is not None and start <= day <= end
        ]
        return evaluation_counts(counted)

    # ------------------------------------------------------------------ the kiosk
    def give_response(
        self, ticket: KioskTicket, response: MeetingResponse, topic: str = ""
    ) -> None:
        """Store one kiosk response (works while nobody is unlocked)."""
        if ticket.mode is not FeedbackMode.MEETING:
            raise NotPermitted("kiosk_mode")
        clean = clean_response(response)
        values = {"rating": clean.rating, "helped": clean.helped, "better": clean.better}
        self._drop_from_kiosk(ticket, RESPONSE, values, clean_topic(topic))

    def give_evaluation(
        self, ticket: KioskTicket, response: EvaluationResponse, topic: str = ""
    ) -> None:
        """Store one evaluation form (works while nobody is unlocked)."""
        if ticket.mode is not FeedbackMode.EVALUATION:
            raise NotPermitted("kiosk_mode")
        clean = clean_evaluation(response)
        values: dict[str, Any] = {
            q.value: (a.value if a is not None else "") for q, a in clean.answers.items()
        }
        values["change"] = clean.change
        self._drop_from_kiosk(ticket, EVALUATION, values, clean_topic(topic))

    def _drop_from_kiosk(
        self, ticket: KioskTicket, kind: str, values: dict[str, Any], topic: str
    ) -> None:
        meeting = {"meeting_id": ticket.meeting_id, "meeting_on": ticket.meeting_on.isoformat()}
        with self._vault.plain_transaction() as db:
            drops = db.group.feedback_drops
            drops.drop(db, ticket.recipient, str(uuid.uuid4()), {"kind": kind, **meeting, **values})
            if topic:  # a drop of its own: a topic is never stored beside a rating
                drops.drop(
                    db,
                    ticket.recipient,
                    str(uuid.uuid4()),
                    {"kind": TOPIC, **meeting, "text": topic},
                )

    # ------------------------------------------------------------------ topics
    def suggest_topic(self, text: str) -> None:
        """A topic for the backlog from anyone unlocked, without their name."""
        topic = clean_topic(text)
        if not topic:
            raise ValidationError("topic", "required")
        with store.transaction(self._vault) as (db, keyring, principal):
            if principal.is_facilitator:
                recipient: bytes | None = box_public_key(keyring.group_key, db.group_id)
            else:
                recipient = _published_key(db, keyring)
            if recipient is None:
                raise ValidationError("topic", "suggestion_box_not_ready")
            db.group.feedback_drops.drop(
                db, recipient, str(uuid.uuid4()), {"kind": TOPIC, "text": topic}
            )

    def collect_topics(self, db: UnitOfWork, keyring: KeyRing) -> int:
        """Move suggested topics into the meetings' backlog (inside the caller's unit of
        work; facilitators only): each becomes an open backlog topic with no name, and
        its drop a group-key tombstone."""
        drops = db.group.feedback_drops
        loaded, _damaged = drops.load_all(db, keyring)
        today = store.today(self._vault).isoformat()
        collected = 0
        for record in loaded:
            if record.state.get("kind") != TOPIC:
                continue
            text = str(record.state.get("text") or "")
            if text:
                store.write(
                    self._vault,
                    db,
                    db.group.meeting_topics,
                    keyring.group_key,
                    store.new_id(),
                    RecordState(),
                    {
                        "text": text,
                        "source": TopicSource.SUGGESTED.value,
                        "added_on": today,
                        "status": TopicStatus.OPEN.value,
                        "raised_meeting_id": str(record.state.get("meeting_id") or ""),
                        "picked_meeting_id": "",
                    },
                )
            _tombstone_drop(self._vault, db, keyring, record)
            collected += 1
        return collected
