"""Decides what the Care kit does: which meetings a debrief can be about, the
self-check's reflections (kept only when asked), and the succession checklist's ticks
(a synced group record; other facilitators' ticks arrive as changes)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from safespace_desktop.core.care import ChecklistItem, reflections
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.meetings.model import Meeting
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.care import SELF_CHECK_TAG, CareService, Checklist
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.ui.care import wording
from safespace_desktop.ui.care.debrief_controller import DebriefController
from safespace_desktop.ui.care.navigation import show_page
from safespace_desktop.ui.care.view import CareView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe


class CareController(QObject):
    def __init__(self, context: SessionContext, view: CareView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.care = CareService(context.vault)
        self.debrief = DebriefController(context, view.debrief)
        view.debrief.controller = self.debrief
        view.meeting.currentIndexChanged.connect(self._meeting_chosen)
        check = view.self_check
        check.reflect_button.clicked.connect(self.reflect)
        check.keep_button.clicked.connect(self.keep_self_check)
        check.crisis_button.clicked.connect(lambda: self.open_page("crisis_lines"))
        view.checklist.ticked.connect(self.tick)
        view.checklist.open_page.connect(self.open_page)
        context.changes.follow(
            view, [RecordKind.MEETING, RecordKind.MEETING_RECORD], lambda _c: self.load_meetings()
        )
        context.changes.follow(view, [RecordKind.CARE_CHECKLIST], lambda _c: self.load_checklist())
        self.load_meetings()
        self.load_checklist()

    # ------------------------------------------------------------------ debrief
    def load_meetings(self) -> None:
        vault = self.context.vault

        def read(_ctx: object) -> list[Meeting]:
            overview = MeetingsService(vault).overview(count=1, past_limit=8)
            today = [m for m in overview.upcoming if m.on == overview.today]
            return [m for m in (*today, *overview.past) if m.stored and not m.cancelled]

        def show(meetings: list[Meeting]) -> None:
            first = self.view.meeting.count() == 0
            self.view.show_meetings(
                [(m.id, wording.meeting_choice(m.on, m.start)) for m in meetings],
                wording.no_meeting(),
            )
            if first:
                self._meeting_chosen()

        self.context.ops.query(self.view, read).on_success(show).on_failure(self._failed).run()

    def _meeting_chosen(self, _index: int = 0) -> None:
        self.debrief.offer_for(str(self.view.meeting.currentData() or ""), focus=False)

    # ------------------------------------------------------------------ self-check
    def reflect(self) -> None:
        answers = self.view.self_check.answers()
        text = "\n\n".join(wording.reflection_text(key) for key in reflections(answers))
        self.view.self_check.show_reflections(text, wording.crisis_pointer())

    def keep_self_check(self) -> None:
        """Keep the answers, reflections and note in the facilitator's own journal."""
        check = self.view.self_check
        answers = check.answers()
        body = wording.self_check_body(answers, reflections(answers), check.note.toPlainText())
        title = wording.self_check_title(self.care_today())
        care = self.care

        def kept(_entry: object) -> None:
            check.clear()
            check.say(wording.self_check_saved())

        self.context.ops.collection(
            self.view,
            lambda _ctx: care.save_reflection(title, body, SELF_CHECK_TAG),
            ChangeSet.kinds(RecordKind.JOURNAL_ENTRY),
        ).on_success(kept).on_failure(lambda exc: check.say(describe(exc))).run()

    def care_today(self) -> date:
        return today_from(self.context.vault.clock.now())

    # ------------------------------------------------------------------ checklist
    def load_checklist(self) -> None:
        care = self.care
        self.context.ops.query(self.view, lambda _ctx: care.checklist()).on_success(
            self._show_checklist
        ).on_failure(self._failed).run()

    def _show_checklist(self, checklist: Checklist) -> None:
        ticks = {
            item: (item in checklist.ticked, wording.ticked_on(checklist.ticked.get(item)))
            for item in ChecklistItem
        }
        summary = wording.checklist_summary(len(checklist.ticked), len(ChecklistItem))
        self.view.checklist.show_ticks(ticks, summary)

    def tick(self, item: ChecklistItem, ticked: bool) -> None:
        care = self.care
        self.context.ops.collection(
            self.view,
            lambda _ctx: care.set_ticked(item, ticked),
            ChangeSet.kinds(RecordKind.CARE_CHECKLIST),
        ).on_success(self._show_checklist).on_failure(self._failed).run()

    # ------------------------------------------------------------------ elsewhere
    def open_page(self, key: str) -> None:
        show_page(self.view, key)

    def _failed(self, exc: BaseException) -> None:
        self.view.debrief.say(describe(exc))
