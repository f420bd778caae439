"""Starting the meeting console from the meeting's agenda (issue 10).

The plan is read off the GUI thread; the console opens as a window of the Meetings page
(so it goes with everything else when the vault locks) and holds the idle lock while
the meeting runs with it on screen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from safespace_desktop.core.run.meeting import MeetingRun
from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.core.run.snapshot import RunSnapshot, thaw
from safespace_desktop.core.run.timing import system_monotonic
from safespace_desktop.services.form_drafts import FormDraft, FormDraftsService
from safespace_desktop.services.meeting_run import MeetingRunService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.meetings.run_closing import connect_closing, workspace_of
from safespace_desktop.ui.run import run_console
from safespace_desktop.ui.run.controller import RunController, newcomers, seat_order
from safespace_desktop.ui.run.keeper import KEEPER
from safespace_desktop.ui.wording.placeholders import fill

RUN_NOTES_FORM = "run_notes"  # the console's notes, kept as a sealed draft at a lock

if TYPE_CHECKING:
    from collections.abc import Callable

    from safespace_desktop.ui.meetings.agenda_controller import AgendaController


def run_meeting(controller: AgendaController) -> None:
    meeting = controller.meeting
    if meeting is None or meeting.cancelled:
        return
    service = MeetingRunService(controller.context.vault)
    heading = wording.meeting_heading(meeting)

    def opened(plan: RunPlan) -> None:
        open_console(controller, replace(plan, title=heading))

    controller.context.ops.query(controller.panel, lambda _ctx: service.plan(meeting)).on_success(
        opened
    ).on_failure(controller.fail).run()


def resume_meeting(controller: AgendaController, snapshot: RunSnapshot) -> None:
    """Carry on with a meeting frozen at lock time: read its plan again, thaw the run."""
    meetings = MeetingsService(controller.context.vault)
    service = MeetingRunService(controller.context.vault)

    def read() -> tuple[RunPlan, str]:
        meeting = meetings.meeting(snapshot.meeting_id)
        return service.plan(meeting), wording.meeting_heading(meeting)

    def opened(read_back: tuple[RunPlan, str]) -> None:
        plan, heading = read_back
        plan = replace(plan, title=heading)
        try:
            run = thaw(
                snapshot,
                plan.segments,
                plan.meeting_minutes,
                system_monotonic,
                seat_order=seat_order(plan),
                newcomers=newcomers(plan),
            )
        except ValueError:
            controller.panel.say(
                wording.tr(
                    "The meeting's agenda changed while SafeSpace was locked, so it "
                    "starts again from the beginning."
                )
            )
            run = None
        open_console(controller, plan, run)

    controller.context.ops.query(controller.panel, lambda _ctx: read()).on_success(
        opened
    ).on_failure(controller.fail).run()


def _crisis_lines(widget: QWidget) -> Callable[[], None] | None:
    """The workspace's crisis-lines card (F1)."""
    return getattr(workspace_of(widget), "show_crisis_lines", None)


def open_console(
    controller: AgendaController, plan: RunPlan, run: MeetingRun | None = None
) -> QWidget:
    console = run_console(
        plan, plan.title, show_crisis_lines=_crisis_lines(controller.view), run=run
    )
    console.setParent(controller.view, Qt.WindowType.Window)
    console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    console.setWindowTitle(fill(wording.tr("Meeting console — %1"), plan.title))
    runner = console.controller
    assert isinstance(runner, RunController)
    runner.idle_hold.connect(controller.context.signals.idle_lock_hold)
    slot_id = controller.context.principal.slot_id

    drafts = FormDraftsService(controller.context.vault)
    notes: QPlainTextEdit = console.notes

    def keep_for_later() -> None:
        # The vault is locking mid-meeting: keep ids and numbers to carry on after, and
        # the notes typed so far as a sealed draft (never in memory past the lock).
        snapshot = runner.frozen()
        # The room screen and the console go down with everything else at once, not
        # when Qt gets round to deleting them (the second monitor faces the room).
        # Quietly: hiding must not hand the idle lock back to a session that is ending.
        console.blockSignals(True)
        runner.room.hide()
        console.hide()
        if snapshot is None:
            return
        KEEPER.keep(slot_id, snapshot)
        typed = notes.toPlainText()
        if typed.strip():
            controller.context.ops.collection(
                console, lambda _ctx: drafts.save(RUN_NOTES_FORM, plan.meeting_id, {"notes": typed})
            ).run()

    def restore_notes(draft: FormDraft | None) -> None:
        kept = draft.fields.get("notes") if draft is not None else None
        if isinstance(kept, str) and kept and not notes.toPlainText():
            notes.setPlainText(kept)

    def take_draft(_ctx: object) -> FormDraft | None:
        draft = drafts.load(RUN_NOTES_FORM, plan.meeting_id)
        if draft is not None:
            drafts.discard(RUN_NOTES_FORM, plan.meeting_id)
        return draft

    # Notes kept at a lock come back whenever this meeting's console opens again.
    controller.context.ops.query(console, take_draft).on_success(restore_notes).run()

    controller.context.signals.about_to_lock.connect(keep_for_later)
    console.destroyed.connect(
        lambda: controller.context.signals.about_to_lock.disconnect(keep_for_later)
    )
    controller.running_console = console
    connect_closing(controller, console)
    console.showMaximized()
    console.activateWindow()
    console.setFocus()
    return console
