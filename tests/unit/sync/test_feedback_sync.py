"""Kiosk feedback reaches co-facilitators' PCs: a facilitator's session collects the
anonymous drops into group-key records that travel in bundles, still without a member
id, in the order of their random ids."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from safespace_desktop.core.feedback import (
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    FeedbackMode,
    MeetingResponse,
)
from safespace_desktop.services.feedback import FeedbackService
from safespace_desktop.services.meetings import MeetingsService
from tests.unit.security_helpers import raw_rows
from tests.unit.sync.helpers import PASS_A, Replica, first_pc, join, send

ANSWERS = {
    "kind", "meeting_id", "meeting_on", "rating", "helped", "better", "change",
    *(q.value for q in EvaluationQuestion),
}  # fmt: skip


def _kiosk(replica: Replica, meeting: str) -> None:
    """Three responses and an evaluation given at the kiosk (nobody unlocked)."""
    service = FeedbackService(replica.vault)
    short = service.kiosk_ticket(meeting, FeedbackMode.MEETING)
    longer = service.kiosk_ticket(meeting, FeedbackMode.EVALUATION)
    replica.vault.lock()
    for rating, helped in ((5, "the quiet start"), (4, "being heard"), (3, "")):
        service.give_response(short, MeetingResponse(rating, helped, "more tea"))
    answers = dict.fromkeys(EvaluationQuestion, EvaluationAnswer.MOSTLY)
    service.give_evaluation(longer, EvaluationResponse(answers, "longer breaks"))
    replica.vault.unlock("robin", PASS_A)


def test_feedback_given_on_one_pc_is_seen_on_the_other(tmp_path: Path) -> None:
    a = first_pc(tmp_path)
    b = join(a, tmp_path, "B")
    try:
        meeting = MeetingsService(a.vault).add_extra(date(2026, 3, 3), start="18:30", minutes=90)
        _kiosk(a, meeting.id)
        seen_on_a = FeedbackService(a.vault).meeting_feedback(meeting.id)
        assert seen_on_a.shown and seen_on_a.ratings is not None
        # The drops were collected: tombstones now, the answers in feedback_responses.
        assert all(row["deleted"] for row in raw_rows(a.vault, "feedback_drops"))
        assert len(raw_rows(a.vault, "feedback_responses")) == 4
        with a.vault.transaction() as (db, keyring, _principal):
            collected, damaged = db.group.feedback_responses.load_all(db, keyring)
        assert damaged == [] and len(collected) == 4
        for record in collected:
            assert set(record.state.fields) <= ANSWERS  # no member id, no name, no time
        assert [r.id for r in collected] == sorted(r.id for r in collected)

        send(a, b)
        seen_on_b = FeedbackService(b.vault).meeting_feedback(meeting.id)
        assert seen_on_b.shown and seen_on_b.ratings == seen_on_a.ratings
        assert sorted(seen_on_b.helped) == sorted(seen_on_a.helped)
        assert seen_on_b.evaluations_shown is False  # one evaluation: below the threshold
        day = meeting.on
        assert FeedbackService(b.vault).ratings_between(day, day) == [(day, 3), (day, 4), (day, 5)]

        send(a, b)  # again: nothing is counted twice
        assert FeedbackService(b.vault).ratings_between(day, day) == [(day, 3), (day, 4), (day, 5)]
    finally:
        a.vault.close()
        b.vault.close()


def test_a_drop_collected_already_elsewhere_is_not_written_twice(tmp_path: Path) -> None:
    """Two copies of one vault file (not joined, copied) both hold the same live drop:
    the answer travels under the drop's own id, so the second collection finds it there
    and only retires its drop, keeping the record as it came."""
    from safespace_desktop.core.sync.record import RecordState
    from safespace_desktop.services import roster_store as store

    a = first_pc(tmp_path)
    try:
        meeting = MeetingsService(a.vault).add_extra(date(2026, 3, 3), start="18:30", minutes=90)
        _kiosk(a, meeting.id)
        with a.vault.transaction() as (db, keyring, _principal):
            drops, _damaged = db.group.feedback_drops.load_all(db, keyring)
            first = sorted(drops, key=lambda r: r.id)[0]
            store.write(
                a.vault,
                db,
                db.group.feedback_responses,
                keyring.group_key,
                first.id,
                RecordState(),
                {"kind": "response", "meeting_id": meeting.id, "rating": 5},
            )
            before = db.group.feedback_responses.get(db, keyring, first.id)
        FeedbackService(a.vault).meeting_feedback(meeting.id)
        with a.vault.transaction() as (db, keyring, _principal):
            after = db.group.feedback_responses.get(db, keyring, first.id)
            collected, _damaged = db.group.feedback_responses.load_all(db, keyring)
        assert before is not None and after is not None
        assert after.rev == before.rev and after.state.to_json() == before.state.to_json()
        assert len(collected) == 4  # nothing counted twice
        assert all(row["deleted"] for row in raw_rows(a.vault, "feedback_drops"))
    finally:
        a.vault.close()
