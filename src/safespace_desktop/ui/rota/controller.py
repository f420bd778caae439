"""Decides what the rota page does: reads the next meetings with their rota, saves one
meeting's choice at a time. A save states the revision the form was filled from and is
refused, never lost, when someone else changed that meeting's rota first."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.core.rota import RotaLine
from safespace_desktop.services.rota import RotaOverview, RotaService
from safespace_desktop.ui.rota import wording
from safespace_desktop.ui.rota.view import RotaView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

FOLLOWS = (RecordKind.ROTA, RecordKind.MEETING, RecordKind.MEETING_SCHEDULE, RecordKind.ACCOUNT)


class RotaController(QObject):
    def __init__(self, context: SessionContext, view: RotaView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = RotaService(context.vault)
        self.overview: RotaOverview | None = None
        # The line the form was filled from: its revision goes with the save.
        self._form_line: RotaLine | None = None
        view.list.currentRowChanged.connect(self._selected)
        view.save_button.clicked.connect(self.save)
        view.stale.reload_button.clicked.connect(self.reload)
        context.changes.follow(view, FOLLOWS, lambda _c: self.load())
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        service = self.service
        self.context.ops.query(self.view, lambda _ctx: service.overview()).on_success(
            self._show
        ).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _show(self, overview: RotaOverview) -> None:
        current = self.current()
        self.overview = overview
        self.view.show_people(
            [(p.id, wording.you(p.handle) if p.is_you else p.handle) for p in overview.people],
            wording.nobody(),
            wording.no_cover(),
        )
        rows = [
            (line.meeting.id, wording.row_text(overview, line), line.needs_cover)
            for line in overview.lines
        ]
        select = current.meeting.id if current is not None else None
        row = next((i for i, line in enumerate(overview.lines) if line.meeting.id == select), 0)
        self.view.show_rows(rows, row if rows else -1)
        self.view.show_summary(wording.summary(overview), wording.long_run_notes(overview))
        self._selected(self.view.list.currentRow())

    def current(self) -> RotaLine | None:
        overview, row = self.overview, self.view.list.currentRow()
        if overview is None or not 0 <= row < len(overview.lines):
            return None
        return overview.lines[row]

    def _selected(self, _row: int) -> None:
        line = self.current()
        self.view.set_editing_enabled(line is not None and not line.meeting.cancelled)
        shown = self._form_line
        if line is None:
            self._form_line = None
            self.view.show_editing("")
            return
        self.view.show_editing(wording.editing(line.meeting))
        if (
            shown is not None
            and shown.meeting.id == line.meeting.id
            and self.view.choice() != shown.choice
        ):
            # Unsaved choices stay, tied to the revision they were made over.
            return
        self._form_line = line
        self.view.show_choice(line.choice)
        self.view.show_stale("")

    def reload(self) -> None:
        """Show the rota as saved now, replacing the choices (only when chosen)."""
        self._form_line = None
        self.view.show_stale("")
        self.view.say("")
        self.load()

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        line = self.current()
        if line is None:
            return
        service, choice = self.service, self.view.choice()
        shown = self._form_line
        expected = (
            shown.rev if shown is not None and shown.meeting.id == line.meeting.id else line.rev
        )
        meeting_id = line.meeting.id

        def saved(_rev: int) -> None:
            self._form_line = None
            self.view.show_stale("")
            self.view.say(wording.saved(line.meeting))
            self.load()

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.save(meeting_id, choice, expected_rev=expected),
            ChangeSet.of(RecordKind.ROTA, meeting_id),
        ).on_success(saved).on_failure(self._save_failed).run()

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            self.view.say("")
            self.view.show_stale(describe(exc))  # the choices stay as they are
        else:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
