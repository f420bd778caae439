"""What the Feedback tab and a member's topic box say (context "Feedback")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from safespace_desktop.core.feedback import (
    SHOW_FROM,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationSuggestion,
    EvaluationSummary,
    RatingSummary,
    SuggestionReason,
)
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Feedback", text, disambiguation, n)


def question_text(question: EvaluationQuestion) -> str:
    return {
        EvaluationQuestion.SAFE: tr("Feeling safe sharing"),
        EvaluationQuestion.HEARD: tr("Feeling heard"),
        EvaluationQuestion.AGREEMENT: tr("The group agreement is kept"),
        EvaluationQuestion.HELPS: tr("Coming helps"),
    }[question]


def answer_text(answer: EvaluationAnswer) -> str:
    return {
        EvaluationAnswer.ALWAYS: tr("Yes, always"),
        EvaluationAnswer.MOSTLY: tr("Mostly"),
        EvaluationAnswer.SOMETIMES: tr("Sometimes"),
        EvaluationAnswer.NOT_REALLY: tr("Not really"),
    }[answer]


def question_label(key: str) -> str:
    """A report's question key in words (an unknown key is shown as it is)."""
    try:
        return question_text(EvaluationQuestion(key))
    except ValueError:
        return key


def answer_label(key: str) -> str:
    try:
        return answer_text(EvaluationAnswer(key))
    except ValueError:
        return key


def nothing_yet() -> str:
    return fill(
        tr(
            "Nothing to show yet. Answers appear once at least %1 people have replied, "
            "so that nobody can be recognised."
        ),
        SHOW_FROM,
    )


def ratings_summary(summary: RatingSummary) -> str:
    return fill(
        tr("%1 replies. Average rating %2 out of 5."),
        summary.count,
        f"{summary.mean:.1f}",
    )


def rating_rows(summary: RatingSummary) -> list[tuple[str, str]]:
    return [(str(value), str(count)) for value, count in enumerate(summary.distribution, 1)]


def evaluation_note(summary: EvaluationSummary | None, shown: bool) -> str:
    if not shown or summary is None:
        return fill(
            tr(
                "Evaluation: nothing to show yet. Answers appear once at least %1 "
                "people have filled it in."
            ),
            SHOW_FROM,
        )
    return fill(tr("Evaluation: %1 people filled it in."), summary.responses)


def evaluation_rows(summary: EvaluationSummary) -> list[list[str]]:
    return [
        [question_text(q.question), *(str(n) for _answer, n in q.counts), str(q.unanswered)]
        for q in summary.questions
    ]


def suggestion_text(suggestions: Sequence[EvaluationSuggestion]) -> str:
    """Name-free: how many people reached a milestone, never who."""
    parts: list[str] = []
    for s in suggestions:
        if s.reason is SuggestionReason.THIRD_MEETING:
            parts.append(
                tr("%n people have now come to their third meeting.", "", s.people)
                if s.people != 1
                else tr("Someone has now come to their third meeting.")
            )
        elif s.reason is SuggestionReason.SIXTH_MEETING:
            parts.append(
                tr("%n people have now come to their sixth meeting.", "", s.people)
                if s.people != 1
                else tr("Someone has now come to their sixth meeting.")
            )
        else:
            parts.append(
                fill(tr("No evaluation yet this quarter (since %1)."), format_date(s.since))
            )
    if not parts:
        return ""
    return fill(tr("An evaluation is suggested. %1"), " ".join(parts))


def started_kiosk() -> str:
    return tr("The feedback screen is starting…")


def topic_sent() -> str:
    return tr(
        "Thank you. Your topic was added to the list for the facilitators, without your name."
    )
