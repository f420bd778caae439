"""Anonymous feedback (issue 13): the kiosk stores responses with the meeting only,
facilitators see nothing below three, topics reach the backlog without names, and the
period figures for reports count only meetings that reached the threshold."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from safespace_desktop.core.errors import NotPermitted, ValidationError
from safespace_desktop.core.feedback import (
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    FeedbackMode,
    MeetingResponse,
)
from safespace_desktop.core.meetings.model import TopicSource
from safespace_desktop.core.roster import today_from
from safespace_desktop.crypto.drop_box import box_private_key
from safespace_desktop.services.feedback import FeedbackService
from safespace_desktop.services.meetings.topics import TopicsService
from safespace_desktop.services.resources.suggestions import SuggestionsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.resource_drops import BoxKeys
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.attendance_helpers import add_member, new_meeting_id
from tests.unit.security_helpers import find_markers, new_marker, raw_rows, vault_files

ALWAYS, MOSTLY = EvaluationAnswer.ALWAYS, EvaluationAnswer.MOSTLY


def _evaluation(answer: EvaluationAnswer | None, change: str = "") -> EvaluationResponse:
    return EvaluationResponse(dict.fromkeys(EvaluationQuestion, answer), change)


def test_nothing_is_shown_until_three_responses_then_aggregates(vault: Vault) -> None:
    service = FeedbackService(vault)
    meeting = new_meeting_id(vault)
    ticket = service.kiosk_ticket(meeting, FeedbackMode.MEETING)
    vault.lock()  # the kiosk runs with nobody unlocked
    service.give_response(ticket, MeetingResponse(5, "the quiet start", "more tea"))
    service.give_response(ticket, MeetingResponse(3, "", "a longer break"))
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    hidden = service.meeting_feedback(meeting)
    assert not hidden.shown and hidden.ratings is None and hidden.helped == hidden.better == ()
    assert service.ratings_between(date(2000, 1, 1), date(2100, 1, 1)) == []

    vault.lock()
    service.give_response(ticket, MeetingResponse(4, "being listened to"))
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    shown = service.meeting_feedback(meeting)
    assert shown.shown and shown.ratings is not None
    assert (shown.ratings.count, shown.ratings.mean) == (3, 4.0)
    assert shown.ratings.distribution == (0, 0, 1, 1, 1)
    assert sorted(shown.helped) == ["being listened to", "the quiet start"]
    assert sorted(shown.better) == ["a longer break", "more tea"]
    day = ticket.meeting_on
    assert service.ratings_between(day, day) == [(day, 3), (day, 4), (day, 5)]
    assert service.ratings_between(day + timedelta(days=1), day + timedelta(days=9)) == []


def test_free_texts_come_back_in_a_fresh_order(vault: Vault) -> None:
    service = FeedbackService(vault)
    ticket = service.kiosk_ticket(new_meeting_id(vault), FeedbackMode.MEETING)
    for n in range(8):
        service.give_response(ticket, MeetingResponse(4, f"helped {n}"))
    orders = {service.meeting_feedback(ticket.meeting_id).helped for _ in range(6)}
    assert len(orders) > 1  # 8! orders: six identical draws would be a 1 in 10^20 fluke


def test_a_stored_response_holds_the_meeting_and_its_date_only(vault: Vault) -> None:
    member = add_member(vault, "Casey Lowe", keep_attendance=True)
    service = FeedbackService(vault)
    meeting = new_meeting_id(vault)
    ticket = service.kiosk_ticket(meeting, FeedbackMode.MEETING)
    vault.lock()
    service.give_response(ticket, MeetingResponse(2, "helped text", "better text"), "sleep")

    rows = raw_rows(vault, "feedback_drops")
    assert len(rows) == 2  # the response and, apart from it, the topic
    for row in rows:
        # plaintext columns: the mixin ones and the wrap, nothing else, no member id
        assert set(row) == {
            "id", "format_version", "key_id", "rev", "deleted", "payload_sealed",
            "wrapped_key_sealed",
        }  # fmt: skip
        assert row["rev"] == 1 and not row["deleted"]
        assert all(member not in str(value) for value in row.values())
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    with vault.transaction() as (db, keyring, _principal):
        privates = [box_private_key(k, db.group_id) for k in keyring.group_keys.values()]
        loaded, damaged = db.group.feedback_drops.load_all(db, BoxKeys(keyring, privates))
    assert damaged == [] and len(loaded) == 2
    for record in loaded:
        document = record.state.to_json()
        text = json.dumps(document)
        assert member not in text and "casey" not in text.casefold()
        # every field written by the fixed drop writer at time 0: no replica, no time
        for values in record.state.fields.values():
            assert [(v.dot.replica, v.hlc) for v in values] == [("drop-box", 0)]
        assert record.state.cc == {"drop-box": 1}
        assert record.state.get("meeting_id") == meeting
        assert record.state.get("meeting_on") == ticket.meeting_on.isoformat()
        names = set(record.state.fields)
        assert names <= {"kind", "meeting_id", "meeting_on", "rating", "helped", "better", "text"}


def test_the_kiosk_cannot_read_back_and_refuses_the_wrong_form(vault: Vault) -> None:
    service = FeedbackService(vault)
    ticket = service.kiosk_ticket(new_meeting_id(vault), FeedbackMode.MEETING)
    vault.lock()
    with pytest.raises(NotPermitted):
        service.give_evaluation(ticket, _evaluation(ALWAYS))
    with pytest.raises(ValidationError):
        service.give_response(ticket, MeetingResponse(0))
    with pytest.raises(ValidationError):
        service.give_response(ticket, MeetingResponse(3, "x" * 1001))
    assert raw_rows(vault, "feedback_drops") == []  # bad input wrote nothing
    from safespace_desktop.core.errors import VaultLocked

    with pytest.raises(VaultLocked):
        service.meeting_feedback(ticket.meeting_id)


def test_evaluations_summarise_counts_per_answer_without_free_text(vault: Vault) -> None:
    service = FeedbackService(vault)
    meeting = new_meeting_id(vault)
    ticket = service.kiosk_ticket(meeting, FeedbackMode.EVALUATION)
    day = ticket.meeting_on
    service.give_evaluation(ticket, _evaluation(ALWAYS, "start on time"))
    service.give_evaluation(ticket, _evaluation(MOSTLY))
    assert service.evaluation_summary(day, day).responses == 0  # below three: not counted
    assert not service.meeting_feedback(meeting).evaluations_shown
    service.give_evaluation(ticket, _evaluation(None, "more silence"))
    summary = service.evaluation_summary(day, day)
    assert summary.responses == 3
    safe = next(q for q in summary.questions if q.question is EvaluationQuestion.SAFE)
    assert dict(safe.counts)[ALWAYS] == 1 and dict(safe.counts)[MOSTLY] == 1
    assert safe.unanswered == 1
    assert "start on time" not in repr(summary)
    shown = service.meeting_feedback(meeting)
    assert shown.evaluations_shown and sorted(shown.changes) == ["more silence", "start on time"]
    assert not shown.shown  # the short form's own threshold is separate


def test_kiosk_and_member_topics_land_in_the_backlog_without_names(vault: Vault) -> None:
    SuggestionsService(vault).publish_box()
    service = FeedbackService(vault)
    meeting = new_meeting_id(vault)
    ticket = service.kiosk_ticket(meeting, FeedbackMode.MEETING)
    vault.lock()
    service.give_response(ticket, MeetingResponse(4), topic="  sleep   and worry ")
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    vault.claim_invitation(vault.invite_member().code, "sam", MEMBER_PASS, exact_handle=True)
    FeedbackService(vault).suggest_topic("Talking to family")
    with pytest.raises(NotPermitted):
        TopicsService(vault).topics()  # members never read the backlog
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    topics = TopicsService(vault).topics()
    assert sorted(t.text for t in topics) == ["Talking to family", "sleep and worry"]
    assert {t.source for t in topics} == {TopicSource.SUGGESTED}
    kiosk_topic = next(t for t in topics if t.text == "sleep and worry")
    assert kiosk_topic.raised_meeting_id == meeting
    for topic in topics:
        assert "sam" not in repr(topic).casefold()
    # collected once: listing again adds nothing
    assert len(TopicsService(vault).topics()) == 2
    assert sum(1 for row in raw_rows(vault, "feedback_drops") if row["deleted"]) == 2


def test_no_feedback_text_reaches_any_file(vault: Vault, vault_path: Path) -> None:
    data_dir = vault_path.parent.parent
    markers = [new_marker() for _ in range(6)]
    service = FeedbackService(vault)
    meeting = new_meeting_id(vault)
    ticket = service.kiosk_ticket(meeting, FeedbackMode.MEETING)
    evaluation = service.kiosk_ticket(meeting, FeedbackMode.EVALUATION)
    vault.lock()
    service.give_response(ticket, MeetingResponse(5, markers[0], markers[1]), markers[2])
    service.give_evaluation(evaluation, _evaluation(MOSTLY, markers[3]), markers[4])
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    service.suggest_topic(markers[5])
    files = list(vault_files(data_dir))
    assert any(p.name.endswith("-wal") and p.stat().st_size > 0 for p in files)
    assert find_markers(files, markers) == {}
    TopicsService(vault).topics()  # collected topics are re-sealed under the group key
    vault.lock()
    vault.close()
    assert find_markers(list(vault_files(data_dir)), markers) == {}


def test_evaluation_suggestions_follow_consenting_newcomers(vault: Vault) -> None:
    from safespace_desktop.core.attendance import AttendanceStatus
    from safespace_desktop.core.feedback import SuggestionReason
    from safespace_desktop.services.attendance import AttendanceService

    today = today_from(vault.clock.now())
    newcomer = add_member(vault, "Nia", keep_attendance=True)
    meetings = [new_meeting_id(vault, days_ago=days) for days in (14, 7, 0)]
    for meeting in meetings:
        AttendanceService(vault).mark(meeting, newcomer, AttendanceStatus.PRESENT)
    service = FeedbackService(vault)
    reasons = {s.reason: s for s in service.evaluation_suggestions()}
    assert reasons[SuggestionReason.THIRD_MEETING].people == 1
    assert reasons[SuggestionReason.THIRD_MEETING].since == today
    assert SuggestionReason.QUARTER in reasons  # a meeting held this quarter, none evaluated
    ticket = service.kiosk_ticket(meetings[-1], FeedbackMode.EVALUATION)
    service.give_evaluation(ticket, _evaluation(ALWAYS))
    assert service.evaluation_suggestions() == []


def test_reports_read_kiosk_ratings_and_evaluations_as_fixed_codes(vault: Vault) -> None:
    from safespace_desktop.core.reports.period import Period
    from safespace_desktop.services.reports import KioskFeedback, ReportService

    service = FeedbackService(vault)
    meeting = new_meeting_id(vault)
    rating = service.kiosk_ticket(meeting, FeedbackMode.MEETING)
    for stars in (5, 4, 4):
        service.give_response(rating, MeetingResponse(stars))
    evaluation = service.kiosk_ticket(meeting, FeedbackMode.EVALUATION)
    for answer in (ALWAYS, ALWAYS, MOSTLY):
        service.give_evaluation(evaluation, _evaluation(answer, "a change"))
    day = rating.meeting_on

    facts = ReportService(vault, KioskFeedback(vault)).facts(Period(day, day))
    assert sorted(r for _day, r in facts.extra_ratings) == [4, 4, 5]
    assert facts.evaluations.responses == 3
    safe = next(q for q in facts.evaluations.questions if q.question == "safe")
    assert dict(safe.answers) == {"always": 2, "mostly": 1, "sometimes": 0, "not_really": 0}
    assert "a change" not in repr(facts)
