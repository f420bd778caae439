"""Anonymous feedback on a shared PC (issue 13): kiosk responses, evaluations, topics.

A response is kept with its meeting only: the meeting's id and date, never a member
id and never a time finer than that date. Nobody sees anything of a meeting's
responses until at least ``SHOW_FROM`` of them exist; then only aggregates and the
free texts in a fresh random order (DESIGN.md §3, domain E3–E5, W6).

Evaluations are a slightly longer form, suggested after a newcomer's third and sixth
meeting and then each quarter (``suggest_evaluations``). Pure rules only: no I/O.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.text import check_text

SHOW_FROM = 3  # fewer responses than this show nothing at all
RATING_MIN, RATING_MAX = 1, 5
TEXT_MAX = 1000
TOPIC_TEXT_MAX = 300  # the topic backlog's own limit (core/meetings/model.TOPIC_MAX)
MILESTONES = (3, 6)  # a newcomer's meetings after which an evaluation is suggested
MILESTONE_FRESH_DAYS = 91  # older milestones are left to the quarterly evaluation


class FeedbackMode(StrEnum):
    """What the kiosk asks: the short after-meeting form or the longer evaluation."""

    MEETING = "meeting"
    EVALUATION = "evaluation"


class EvaluationQuestion(StrEnum):
    SAFE = "safe"  # I feel safe sharing in this group
    HEARD = "heard"  # when I speak, I feel heard
    AGREEMENT = "agreement"  # the group agreement is kept, by all of us
    HELPS = "helps"  # coming to the group helps me


class EvaluationAnswer(StrEnum):
    ALWAYS = "always"
    MOSTLY = "mostly"
    SOMETIMES = "sometimes"
    NOT_REALLY = "not_really"


class SuggestionReason(StrEnum):
    THIRD_MEETING = "third_meeting"
    SIXTH_MEETING = "sixth_meeting"
    QUARTER = "quarter"


@dataclass(frozen=True)
class KioskTicket:
    """What a kiosk needs, and all it holds: the meeting, its date, the form, the public
    half of the group's drop box, and who started it (to offer their unlock first)."""

    meeting_id: str
    meeting_on: date
    mode: FeedbackMode
    recipient: bytes
    started_by: str


@dataclass(frozen=True)
class MeetingResponse:
    """The short form: a 1–5 rating and two optional free texts."""

    rating: int
    helped: str = ""
    better: str = ""


@dataclass(frozen=True)
class EvaluationResponse:
    """The longer form: an answer (or none) per question and what to change."""

    answers: Mapping[EvaluationQuestion, EvaluationAnswer | None]
    change: str = ""


@dataclass(frozen=True)
class RatingSummary:
    count: int
    mean: float
    distribution: tuple[int, ...]  # how many gave 1, 2, 3, 4, 5


@dataclass(frozen=True)
class QuestionCounts:
    question: EvaluationQuestion
    counts: tuple[tuple[EvaluationAnswer, int], ...]  # in EvaluationAnswer order
    unanswered: int


@dataclass(frozen=True)
class EvaluationSummary:
    """Counts per answer for a period or a meeting. No free text, no dates finer than
    the period; ``responses`` is how many evaluation forms were counted."""

    responses: int
    questions: tuple[QuestionCounts, ...]


@dataclass(frozen=True)
class MeetingFeedback:
    """What a facilitator sees of one meeting: nothing below the threshold.

    ``shown`` is False while fewer than ``SHOW_FROM`` responses exist; then every other
    field is empty (not even the exact count is given)."""

    meeting_id: str
    shown: bool
    ratings: RatingSummary | None = None
    helped: tuple[str, ...] = ()
    better: tuple[str, ...] = ()
    evaluations_shown: bool = False
    evaluation: EvaluationSummary | None = None
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvaluationSuggestion:
    """An evaluation the app suggests; ``people`` counts newcomers at a milestone."""

    reason: SuggestionReason
    since: date
    people: int = 0


# ---------------------------------------------------------------------- checking input
def _free_text(field_name: str, value: str, limit: int = TEXT_MAX) -> str:
    text = check_text(field_name, str(value)).replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        raise ValidationError(field_name, "too_long", limit=limit)
    return text


def clean_response(response: MeetingResponse) -> MeetingResponse:
    if not isinstance(response.rating, int) or not (RATING_MIN <= response.rating <= RATING_MAX):
        raise ValidationError("rating", "choose_rating")
    return MeetingResponse(
        response.rating,
        _free_text("helped", response.helped),
        _free_text("better", response.better),
    )


def clean_evaluation(response: EvaluationResponse) -> EvaluationResponse:
    answers: dict[EvaluationQuestion, EvaluationAnswer | None] = {}
    for question in EvaluationQuestion:
        answer = response.answers.get(question)
        if answer is not None and not isinstance(answer, EvaluationAnswer):
            raise ValidationError(question.value, "not_a_choice")
        answers[question] = answer
    change = _free_text("change", response.change)
    if all(a is None for a in answers.values()) and not change:
        raise ValidationError("change", "empty_evaluation")
    return EvaluationResponse(answers, change)


def clean_topic(text: str) -> str:
    """A suggested topic, one line; empty means "no topic"."""
    return " ".join(_free_text("topic", text, TOPIC_TEXT_MAX).split())


# ---------------------------------------------------------------------- summaries
def shuffled(texts: Iterable[str]) -> tuple[str, ...]:
    """Non-empty texts in a fresh random order on every call (never the order given)."""
    found = [text for text in texts if text]
    random.SystemRandom().shuffle(found)
    return tuple(found)


def rating_summary(ratings: Sequence[int]) -> RatingSummary:
    distribution = tuple(
        sum(1 for r in ratings if r == value) for value in range(RATING_MIN, RATING_MAX + 1)
    )
    mean = sum(ratings) / len(ratings) if ratings else 0.0
    return RatingSummary(len(ratings), round(mean, 2), distribution)


def evaluation_counts(responses: Sequence[EvaluationResponse]) -> EvaluationSummary:
    questions = []
    for question in EvaluationQuestion:
        given = [r.answers.get(question) for r in responses]
        counts = tuple(
            (answer, sum(1 for g in given if g is answer)) for answer in EvaluationAnswer
        )
        questions.append(QuestionCounts(question, counts, sum(1 for g in given if g is None)))
    return EvaluationSummary(len(responses), tuple(questions))


# ---------------------------------------------------------------------- evaluations due
def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def suggest_evaluations(
    attended: Mapping[str, Sequence[date]],
    held: Sequence[date],
    evaluated: Sequence[date],
    today: date,
) -> list[EvaluationSuggestion]:
    """Which evaluations to suggest today.

    ``attended``: for each person whose attendance is kept (with their consent), the
    dates of the meetings they came to; ``held``: the dates of meetings held;
    ``evaluated``: the meeting dates at which evaluation forms were given. A person's
    3rd or 6th meeting suggests one until an evaluation is given on or after it (for
    ``MILESTONE_FRESH_DAYS``; after that the quarterly one covers it). Each quarter
    that has held a meeting and no evaluation yet suggests one too, so a group that
    keeps no attendance is still asked.
    """
    suggestions: list[EvaluationSuggestion] = []
    for count, reason in zip(
        MILESTONES, (SuggestionReason.THIRD_MEETING, SuggestionReason.SIXTH_MEETING), strict=True
    ):
        reached: list[date] = []
        for dates in attended.values():
            past = sorted(d for d in set(dates) if d <= today)
            if len(past) >= count:
                milestone = past[count - 1]
                if today - milestone <= timedelta(days=MILESTONE_FRESH_DAYS) and not any(
                    milestone <= e <= today for e in evaluated
                ):
                    reached.append(milestone)
        if reached:
            suggestions.append(EvaluationSuggestion(reason, min(reached), len(reached)))
    start = quarter_start(today)
    if any(start <= d <= today for d in held) and not any(start <= e <= today for e in evaluated):
        suggestions.append(EvaluationSuggestion(SuggestionReason.QUARTER, start))
    return suggestions
