"""Starting the meeting console from the meeting's agenda (issue 10).

The plan is read off the GUI thread; the console opens as a window of the Meetings page
(so it goes with everything else when the vault locks) and holds the idle lock while
the meeting runs with it on screen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.services.meeting_run import MeetingRunService
from safespace_desktop.ui.meetings import wording
from safespace_desktop.ui.run import run_console
from safespace_desktop.ui.run.controller import RunController
from safespace_desktop.ui.wording.placeholders import fill

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


def _crisis_lines(widget: QWidget) -> Callable[[], None] | None:
    """The workspace's crisis-lines card (F1), found up the page's parents."""
    found: QWidget | None = widget
    while found is not None and not hasattr(found, "show_crisis_lines"):
        found = found.parentWidget()
    return getattr(found, "show_crisis_lines", None)


def open_console(controller: AgendaController, plan: RunPlan) -> QWidget:
    console = run_console(plan, plan.title, show_crisis_lines=_crisis_lines(controller.view))
    console.setParent(controller.view, Qt.WindowType.Window)
    console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    console.setWindowTitle(fill(wording.tr("Meeting console — %1"), plan.title))
    run = console.controller
    assert isinstance(run, RunController)
    run.idle_hold.connect(controller.context.signals.idle_lock_hold)
    controller.running_console = console
    console.showMaximized()
    console.activateWindow()
    console.setFocus()
    return console
