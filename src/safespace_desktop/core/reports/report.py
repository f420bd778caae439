"""The period report computed from plain facts (issue 13; domain J2, W11).

Nothing here knows a name: the facts are numbers per meeting, one small record per
newcomer (no id), counts of follow-ups and the evaluation counts per answer. Every
figure comes out as a ``Cell`` whose value is gone when it is suppressed.

Definitions (said on the report too):
- a meeting was *held* when it took place in the period (not cancelled, not in the
  future) and either someone recorded attendance or it was run with the console;
- *attendance* of a meeting is everyone in the room: present, late and newcomers;
- a *newcomer* joined the group (roster joining date) during the period; whether they
  came back for a 3rd and a 4th meeting is known only for newcomers who agreed to
  keep their attendance history, counted up to the day the report is made;
- the *average rating* counts only meeting days with at least 3 ratings (a day with
  fewer is never shown, so it cannot be worked out from the average either);
- *follow-ups* opened during the period, and how many of those are done.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from safespace_desktop.core.reports.period import Period
from safespace_desktop.core.reports.suppression import (
    SMALL,
    Cell,
    Shown,
    count_state,
    protect_series,
    suppress_chain,
    suppress_parts,
)


@dataclass(frozen=True)
class MeetingFacts:
    """One held meeting, as numbers only."""

    on: date
    attendance: int
    ratings: tuple[int, ...] = ()  # bare 1–5 numbers from the run-mode check-out
    safety_pauses: int = 0


@dataclass(frozen=True)
class NewcomerFacts:
    """One newcomer of the period, with no id: whether their attendance is kept (by
    their consent) and, if so, at how many meetings they have been since joining."""

    tracked: bool
    meetings_attended: int = 0


@dataclass(frozen=True)
class EvaluationQuestion:
    """How many chose each answer of one evaluation question. Keys are the app's own
    fixed wording, never anything a person typed."""

    question: str
    answers: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class EvaluationCounts:
    responses: int = 0
    questions: tuple[EvaluationQuestion, ...] = ()


@dataclass(frozen=True)
class PeriodFacts:
    period: Period
    as_of: date
    meetings: tuple[MeetingFacts, ...] = ()
    newcomers: tuple[NewcomerFacts, ...] = ()
    extra_ratings: tuple[tuple[date, int], ...] = ()  # anonymous feedback, by meeting date
    follow_ups_opened: int = 0
    follow_ups_done: int = 0
    evaluations: EvaluationCounts = field(default_factory=EvaluationCounts)


class Figure(StrEnum):
    """The figures of a report, in the order they are shown."""

    MEETINGS_HELD = "meetings_held"
    MEAN_ATTENDANCE = "mean_attendance"
    MEDIAN_ATTENDANCE = "median_attendance"
    NEWCOMERS = "newcomers"
    NEWCOMERS_TRACKED = "newcomers_tracked"
    NEWCOMERS_THIRD = "newcomers_third"
    NEWCOMERS_FOURTH = "newcomers_fourth"
    AVERAGE_RATING = "average_rating"
    RATINGS_COUNTED = "ratings_counted"
    SAFETY_PAUSES = "safety_pauses"
    FOLLOW_UPS_OPENED = "follow_ups_opened"
    FOLLOW_UPS_DONE = "follow_ups_done"
    EVALUATIONS = "evaluations"


#: Figures that are averages (shown with one decimal), not counts.
AVERAGES = frozenset({Figure.MEAN_ATTENDANCE, Figure.MEDIAN_ATTENDANCE, Figure.AVERAGE_RATING})


@dataclass(frozen=True)
class Point:
    """One point of a chart (and the row of its table)."""

    on: date
    cell: Cell


@dataclass(frozen=True)
class EvaluationRow:
    question: str
    answer: str
    cell: Cell


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    as_of: date
    figures: tuple[tuple[Figure, Cell], ...]
    attendance: tuple[Point, ...]
    ratings: tuple[Point, ...]
    evaluations: tuple[EvaluationRow, ...]

    def figure(self, which: Figure) -> Cell:
        return dict(self.figures)[which]

    @property
    def has_suppressed(self) -> bool:
        cells = [c for _f, c in self.figures]
        cells += [p.cell for p in (*self.attendance, *self.ratings)]
        cells += [row.cell for row in self.evaluations]
        return any(c.shown is not Shown.VALUE for c in cells)


def _count(value: int) -> Cell:
    return Cell.of(value, count_state(value))


def _newcomer_cells(newcomers: Sequence[NewcomerFacts]) -> list[tuple[Figure, Cell]]:
    tracked = [n for n in newcomers if n.tracked]
    values = [
        len(newcomers),
        len(tracked),
        sum(1 for n in tracked if n.meetings_attended >= 3),
        sum(1 for n in tracked if n.meetings_attended >= 4),
    ]
    keys = (
        Figure.NEWCOMERS,
        Figure.NEWCOMERS_TRACKED,
        Figure.NEWCOMERS_THIRD,
        Figure.NEWCOMERS_FOURTH,
    )
    states = suppress_chain(values)
    return [(k, Cell.of(v, s)) for k, v, s in zip(keys, values, states, strict=True)]


def _rating_days(
    meetings: Iterable[MeetingFacts], extra: Iterable[tuple[date, int]]
) -> dict[date, list[int]]:
    days: dict[date, list[int]] = defaultdict(list)
    for meeting in meetings:
        days[meeting.on].extend(r for r in meeting.ratings if 1 <= r <= 5)
    for day, rating in extra:
        if 1 <= rating <= 5:
            days[day].append(rating)
    return days


def _ratings(facts: PeriodFacts) -> tuple[list[Point], Cell, Cell]:
    """Per meeting day: the average when at least 3 ratings were given. The period's
    average uses only those days, so no hidden day can be worked out from it."""
    days = _rating_days(facts.meetings, (r for r in facts.extra_ratings if r[0] in facts.period))
    points: list[Point] = []
    counted: list[int] = []
    for day in sorted(days):
        ratings = days[day]
        if not ratings:
            continue
        if len(ratings) >= SMALL:
            points.append(Point(day, Cell(Shown.VALUE, sum(ratings) / len(ratings))))
            counted.extend(ratings)
        else:
            points.append(Point(day, Cell(Shown.FEWER)))
    average = Cell(Shown.VALUE, sum(counted) / len(counted)) if counted else Cell(Shown.FEWER)
    return points, average, _count(len(counted))


def _evaluations(counts: EvaluationCounts) -> list[EvaluationRow]:
    rows: list[EvaluationRow] = []
    for question in counts.questions:
        values = [max(0, int(n)) for _answer, n in question.answers]
        states = suppress_parts(values)
        rows += [
            EvaluationRow(question.question, answer, Cell.of(value, state))
            for (answer, _n), value, state in zip(question.answers, values, states, strict=True)
        ]
    return rows


def build_report(facts: PeriodFacts) -> PeriodReport:
    meetings = sorted(
        (m for m in facts.meetings if m.on in facts.period), key=lambda m: (m.on, m.attendance)
    )
    attendance = [max(0, m.attendance) for m in meetings]
    series = protect_series(attendance)
    points = tuple(
        Point(m.on, Cell.of(value, state))
        for m, value, state in zip(meetings, attendance, series.points, strict=True)
    )
    rating_points, average_rating, ratings_counted = _ratings(facts)
    mean, middle = series.mean, series.median
    if not meetings:  # nothing to average: the page says "none"
        mean = middle = Cell(Shown.VALUE, None)
    opened, done = facts.follow_ups_opened, min(facts.follow_ups_done, facts.follow_ups_opened)
    follow_states = suppress_chain([opened, done])
    figures: list[tuple[Figure, Cell]] = [
        # The number of meetings is the group's schedule, not a count of people, and
        # the attendance table lists each meeting anyway: it always shows.
        (Figure.MEETINGS_HELD, Cell(Shown.VALUE, len(meetings))),
        (Figure.MEAN_ATTENDANCE, mean),
        (Figure.MEDIAN_ATTENDANCE, middle),
        *_newcomer_cells(facts.newcomers),
        (Figure.AVERAGE_RATING, average_rating),
        (Figure.RATINGS_COUNTED, ratings_counted),
        (Figure.SAFETY_PAUSES, _count(sum(max(0, m.safety_pauses) for m in meetings))),
        (Figure.FOLLOW_UPS_OPENED, Cell.of(opened, follow_states[0])),
        (Figure.FOLLOW_UPS_DONE, Cell.of(done, follow_states[1])),
        (Figure.EVALUATIONS, _count(facts.evaluations.responses)),
    ]
    return PeriodReport(
        period=facts.period,
        as_of=facts.as_of,
        figures=tuple(figures),
        attendance=points,
        ratings=tuple(rating_points),
        evaluations=tuple(_evaluations(facts.evaluations)),
    )
