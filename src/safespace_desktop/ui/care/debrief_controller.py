"""Decides what the debrief panel does: offers a debrief for a meeting (more strongly
when it had a safety pause), fills the template on request and keeps what was written
in the facilitator's own journal, sealed under their own key (never in a sync bundle).
Writing is never required: "Not now" closes the offer and nothing is kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.services.care import DEBRIEF_TAG, CareService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.ui.care import wording
from safespace_desktop.ui.care.debrief_view import DebriefPanel
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe


class DebriefController(QObject):
    def __init__(self, context: SessionContext, panel: DebriefPanel) -> None:
        super().__init__(panel)
        self.context = context
        self.panel = panel
        self.care = CareService(context.vault)
        self.meeting_day: date | None = None
        self.safety_pause = False
        panel.write_button.clicked.connect(self.write)
        panel.later_button.clicked.connect(self.later)
        panel.save_button.clicked.connect(self.save)

    def offer_for(self, meeting_id: str, *, focus: bool = True) -> None:
        """Offer a debrief for ``meeting_id`` ("" for no particular meeting)."""
        care, vault = self.care, self.context.vault

        def read(_ctx: object) -> tuple[date | None, int]:
            if not meeting_id:
                return None, 0
            day = MeetingsService(vault).meeting(meeting_id).on
            return day, care.safety_pauses(meeting_id)

        def show(found: tuple[date | None, int]) -> None:
            self.meeting_day, pauses = found
            self.safety_pause = pauses > 0
            self.panel.say("")
            self.panel.offer(
                wording.debrief_offer(safety_pause=self.safety_pause),
                strongly=self.safety_pause and focus,
            )
            if self.panel.editor.isVisible() and not self.panel.text().strip():
                self.panel.show_editor(True, self._template())

        self.context.ops.query(self.panel, read).on_success(show).on_failure(self._failed).run()

    def _template(self) -> str:
        return wording.debrief_prompts(safety_pause=self.safety_pause)

    def write(self) -> None:
        if not self.panel.editor.isVisible():
            self.panel.show_editor(True, self._template())
        else:
            self.panel.editor.setFocus()

    def later(self) -> None:
        self.panel.show_editor(False)
        self.panel.say(wording.debrief_later())
        self.panel.write_button.setDefault(False)

    def save(self) -> None:
        body = self.panel.text()
        if not body.strip():
            return
        care, title = self.care, wording.debrief_title(self.meeting_day)

        def saved(_entry: object) -> None:
            self.panel.show_editor(False)
            self.panel.say(wording.debrief_saved())

        self.context.ops.collection(
            self.panel,
            lambda _ctx: care.save_reflection(title, body, DEBRIEF_TAG),
            ChangeSet.kinds(RecordKind.JOURNAL_ENTRY),
        ).on_success(saved).on_failure(self._failed).with_busy(self.panel.set_busy).run()

    def _failed(self, exc: BaseException) -> None:
        self.panel.say(describe(exc))
