"""When a run meeting ends (issue 10): save what it leaves behind, show how it went,
and, after a safety pause, invite the facilitators to a debrief."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.core.model import JournalEntryInput
from safespace_desktop.core.run.meeting import Attendance, MeetingSummary
from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.meeting_outcome import MeetingOutcome, MeetingOutcomeService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.run.console_view import RunConsoleView
from safespace_desktop.ui.run.controller import RunController
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.meetings.agenda_controller import AgendaController

_SAVED_KINDS = (RecordKind.ATTENDANCE, RecordKind.MEETING_RECORD, RecordKind.MEETING)


def connect_closing(controller: AgendaController, console: RunConsoleView) -> None:
    runner = console.controller
    assert isinstance(runner, RunController)

    def finished(summary: MeetingSummary, attendance: dict[str, Attendance], notes: str) -> None:
        save(
            controller, console, runner.plan, summary, attendance, runner.run.rating_values(), notes
        )

    runner.finished.connect(finished)
    console.closing.debrief_button.clicked.connect(lambda: write_debrief(controller, console))
    console.closing.follow_up_button.clicked.connect(lambda: _show_page(controller, "home"))


def save(
    controller: AgendaController,
    console: RunConsoleView,
    plan: RunPlan,
    summary: MeetingSummary,
    attendance: dict[str, Attendance],
    ratings: list[int],
    notes: str,
) -> None:
    vault = controller.context.vault
    service, meetings = MeetingOutcomeService(vault), MeetingsService(vault)
    records = MeetingRecordService(vault)

    def work() -> tuple[MeetingOutcome, Meeting | None, str]:
        outcome = service.finish(plan, summary, attendance, ratings, notes)
        upcoming = [m for m in meetings.overview(count=3).upcoming if m.id != plan.meeting_id]
        after = next((m for m in upcoming if not m.cancelled), None)
        return outcome, after, records.get(plan.meeting_id).volunteers

    def saved(result: tuple[MeetingOutcome, Meeting | None, str]) -> None:
        outcome, after, volunteers = result
        text = summary_text(plan, summary, outcome)
        if after is not None:
            text += "\n" + fill(wording.tr("Next meeting: %1."), wording.meeting_heading(after))
        if volunteers:
            text += "\n" + fill(wording.tr("Call for volunteers: %1"), volunteers)
        console.show_closing(text, debrief=summary.safety_pauses > 0)

    controller.context.ops.collection(
        console, lambda _ctx: work(), ChangeSet.kinds(*_SAVED_KINDS)
    ).on_success(saved).on_failure(lambda exc: controller.fail(exc)).run()


def summary_text(plan: RunPlan, summary: MeetingSummary, outcome: MeetingOutcome) -> str:
    tr = wording.tr
    lines = [
        fill(
            tr("People who came: %1 (late: %2, new: %3)."),
            summary.attendance_count,
            summary.late_count,
            summary.newcomer_count,
        )
    ]
    for segment, took in zip(plan.segments, summary.segments, strict=True):
        if not took.reached:  # "0 taken" would read as if it had been rushed through
            lines.append(
                fill(
                    tr("%1: %2 minutes planned, not reached."),
                    segment.title,
                    segment.planned_minutes,
                )
            )
            continue
        lines.append(
            fill(
                tr("%1: %2 minutes planned, %3 taken."),
                segment.title,
                segment.planned_minutes,
                round(took.actual_seconds / 60),
            )
        )
    if summary.passes:
        lines.append(
            fill(tr("Passes in the rounds: %1 (it is always fine to pass)."), summary.passes)
        )
    if summary.safety_pauses:
        lines.append(fill(tr("Safety pauses: %1."), summary.safety_pauses))
    if outcome.rating_average is not None:
        lines.append(
            fill(
                tr("Average rating: %1 of 5, from %2 people."),
                f"{outcome.rating_average:.1f}",
                outcome.ratings_count,
            )
        )
    elif outcome.ratings_count:
        lines.append(tr("A few ratings were given; an average shows once there are three."))
    lines.append(tr("Attendance and the notes are saved with the meeting."))
    return "\n".join(lines)


def debrief_template() -> JournalEntryInput:
    tr = wording.tr
    body = "\n\n".join(
        (
            tr("What went well:"),
            tr("What was hard:"),
            tr("How am I, right now:"),
            tr("Who needs a follow-up (initials or a note to myself, no full names):"),
        )
    )
    return JournalEntryInput(body, title=tr("Debrief after the meeting"))


def write_debrief(controller: AgendaController, console: RunConsoleView) -> None:
    """Start a debrief in the facilitator's own reflections (their journal key only)."""
    journal = JournalService(controller.context.vault)
    entry = debrief_template()
    controller.context.ops.collection(
        console,
        lambda _ctx: journal.add(entry, discard_draft=False),
        ChangeSet.kinds(RecordKind.JOURNAL_ENTRY),
    ).on_success(lambda _entry: _show_page(controller, "journal")).on_failure(
        lambda exc: controller.fail(exc)
    ).run()


def workspace_of(widget: QWidget) -> QWidget | None:
    """The workspace a page sits in (it has ``show_page`` and ``show_crisis_lines``)."""
    found: QWidget | None = widget
    while found is not None and not hasattr(found, "show_page"):
        found = found.parentWidget()
    return found


def _show_page(controller: AgendaController, key: str) -> None:
    found = workspace_of(controller.view)
    if found is not None:
        found.show_page(key)  # type: ignore[attr-defined]
        found.window().activateWindow()
