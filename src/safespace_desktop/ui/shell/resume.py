"""After unlocking: carry on with a meeting that was running when the vault locked."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from safespace_desktop.core.run.snapshot import RunSnapshot
    from safespace_desktop.ui.shell.workspace import Workspace


def offer_meeting_resume(workspace: Workspace) -> None:
    if not workspace.has_page("meetings"):
        return
    # Imported here, not at start-up: the run package is the console's whole UI, and the
    # first window must not wait for it (the lock screen's preload brings it in anyway).
    from safespace_desktop.ui.run.keeper import offer_to_resume

    def resume(snapshot: RunSnapshot) -> None:
        from safespace_desktop.ui.meetings.agenda_controller import AgendaController
        from safespace_desktop.ui.meetings.run_action import resume_meeting

        page = workspace.show_page("meetings")
        controller = getattr(page, "agenda_controller", None)
        if isinstance(controller, AgendaController):
            resume_meeting(controller, snapshot)

    offer_to_resume(workspace, workspace.context.principal.slot_id, resume)
