"""Running a meeting (issue 10): the facilitator console and the room screen.

``run_console(plan, group_name)`` builds the console and its controller for one
meeting; the meeting page opens it and saves what ``controller.finished`` reports.
"""

from __future__ import annotations

from collections.abc import Callable

from safespace_desktop.core.run.meeting import MeetingRun
from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.core.run.timing import Monotonic, system_monotonic
from safespace_desktop.ui.run.console_view import RunConsoleView
from safespace_desktop.ui.run.controller import RunController


def segment_line(title: str, minutes: int) -> str:
    return f"{title} · {minutes}′"


def run_console(
    plan: RunPlan,
    group_name: str,
    *,
    now: Monotonic = system_monotonic,
    confirm_end: Callable[[], bool] | None = None,
    show_crisis_lines: Callable[[], None] | None = None,
    run: MeetingRun | None = None,
) -> RunConsoleView:
    view = RunConsoleView(
        plan.title, [segment_line(s.title, s.planned_minutes) for s in plan.segments]
    )
    view.controller = RunController(
        view,
        plan,
        group_name,
        now=now,
        confirm_end=confirm_end,
        show_crisis_lines=show_crisis_lines,
        run=run,
    )
    return view
