"""The pure feedback rules (issue 13): when evaluations are suggested, what a response
may hold, and the summaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.feedback import (
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    EvaluationSuggestion,
    MeetingResponse,
    SuggestionReason,
    clean_evaluation,
    clean_response,
    clean_topic,
    evaluation_counts,
    quarter_start,
    rating_summary,
    shuffled,
    suggest_evaluations,
)

TODAY = date(2027, 5, 20)
THIRD, SIXTH, QUARTER = (
    SuggestionReason.THIRD_MEETING,
    SuggestionReason.SIXTH_MEETING,
    SuggestionReason.QUARTER,
)


def weekly(count: int, last: date = TODAY) -> list[date]:
    return [last - timedelta(weeks=n) for n in reversed(range(count))]


def reasons(found: list[EvaluationSuggestion]) -> dict[SuggestionReason, EvaluationSuggestion]:
    return {s.reason: s for s in found}


def test_a_newcomers_third_meeting_suggests_an_evaluation_until_one_is_given() -> None:
    held = weekly(10)
    attended = {"nia": weekly(3)}
    found = reasons(suggest_evaluations(attended, held, [], TODAY))
    assert found[THIRD] == EvaluationSuggestion(THIRD, TODAY, 1)
    assert SIXTH not in found
    # an evaluation given at (or after) that meeting answers it, and the quarter too
    assert suggest_evaluations(attended, held, [TODAY], TODAY) == []
    # one given before the third meeting does not
    earlier = TODAY - timedelta(weeks=3)
    assert THIRD in reasons(suggest_evaluations(attended, held, [earlier], TODAY))


def test_the_sixth_meeting_and_several_people_are_counted_not_named() -> None:
    held = weekly(10)
    attended = {"id-a": weekly(6), "id-b": weekly(3), "id-c": weekly(2), "id-d": weekly(6)}
    found = reasons(suggest_evaluations(attended, held, [], TODAY))
    assert found[SIXTH].people == 2
    # a, d reached their 3rd three weeks ago, b today: the oldest pending date is given
    assert found[THIRD].people == 3 and found[THIRD].since == TODAY - timedelta(weeks=3)
    assert "id-" not in repr(found)


def test_old_milestones_are_left_to_the_quarterly_evaluation() -> None:
    long_ago = TODAY - timedelta(days=400)
    attended = {"old": weekly(6, long_ago)}
    assert [s.reason for s in suggest_evaluations(attended, weekly(4), [], TODAY)] == [QUARTER]


def test_each_quarter_with_a_meeting_and_no_evaluation_suggests_one() -> None:
    assert quarter_start(TODAY) == date(2027, 4, 1)
    assert quarter_start(date(2027, 12, 31)) == date(2027, 10, 1)
    # no meeting held this quarter yet: nothing to evaluate
    assert suggest_evaluations({}, [date(2027, 3, 30)], [], TODAY) == []
    found = suggest_evaluations({}, [date(2027, 4, 2)], [], TODAY)
    assert found == [EvaluationSuggestion(QUARTER, date(2027, 4, 1))]
    assert suggest_evaluations({}, [date(2027, 4, 2)], [date(2027, 4, 2)], TODAY) == []
    # last quarter's evaluation does not count for this one
    assert suggest_evaluations({}, [date(2027, 4, 2)], [date(2027, 3, 2)], TODAY) == found


def test_future_meetings_do_not_count() -> None:
    attended = {"nia": [*weekly(2), TODAY + timedelta(days=7)]}
    assert THIRD not in reasons(suggest_evaluations(attended, weekly(2), [], TODAY))


def test_responses_are_checked() -> None:
    assert clean_response(MeetingResponse(5, "  kind  ", "")) == MeetingResponse(5, "kind", "")
    for bad in (0, 6, -1):
        with pytest.raises(ValidationError) as caught:
            clean_response(MeetingResponse(bad))
        assert caught.value.code == "choose_rating"
    with pytest.raises(ValidationError) as too_long:
        clean_response(MeetingResponse(3, better="x" * 1001))
    assert too_long.value.code == "too_long"
    empty = EvaluationResponse(dict.fromkeys(EvaluationQuestion, None), " ")
    with pytest.raises(ValidationError) as nothing:
        clean_evaluation(empty)
    assert nothing.value.code == "empty_evaluation"
    assert clean_topic("  a \n topic ") == "a topic"
    assert clean_topic("") == ""


@given(st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=40))
def test_rating_summary_matches_its_ratings(ratings: list[int]) -> None:
    summary = rating_summary(ratings)
    assert summary.count == len(ratings) == sum(summary.distribution)
    assert summary.mean == round(sum(ratings) / len(ratings), 2)
    assert all(summary.distribution[v - 1] == ratings.count(v) for v in range(1, 6))


@given(st.lists(st.text(min_size=1, max_size=5), max_size=12))
def test_shuffled_keeps_every_text_and_drops_empty_ones(texts: list[str]) -> None:
    assert sorted(shuffled([*texts, "", ""])) == sorted(texts)


def test_evaluation_counts_per_answer() -> None:
    always = EvaluationResponse({EvaluationQuestion.SAFE: EvaluationAnswer.ALWAYS})
    summary = evaluation_counts([always, always, EvaluationResponse({})])
    safe = summary.questions[0]
    assert summary.responses == 3 and safe.question is EvaluationQuestion.SAFE
    assert dict(safe.counts)[EvaluationAnswer.ALWAYS] == 2 and safe.unanswered == 1
    heard = summary.questions[1]
    assert heard.unanswered == 3 and sum(n for _a, n in heard.counts) == 0
