"""Decides what the crisis-line editor does: every read and change is a typed operation.

The directory is public information, shown on the lock screen with F1 before anyone
unlocks (DESIGN.md §3.2), so it is stored without encryption on purpose. Numbers are
never invented: the app ships two labelled examples, and each line says when a
facilitator last checked it. After six months a line asks to be checked again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import StaleEdit
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.crisis_lines import CrisisLine, CrisisLinesService
from safespace_desktop.ui.crisis_lines import wording
from safespace_desktop.ui.crisis_lines.view import CrisisLinesView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording import content
from safespace_desktop.ui.wording.errors import describe


def _changed(line_id: str | None = None) -> ChangeSet:
    if line_id is None:
        return ChangeSet.kinds(RecordKind.CRISIS_LINE)
    return ChangeSet.of(RecordKind.CRISIS_LINE, line_id)


def _fields(line: CrisisLine) -> tuple[str, str, str, str]:
    return line.name, line.phone, line.hours, line.note


class CrisisLinesController(QObject):
    def __init__(self, context: SessionContext, view: CrisisLinesView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = CrisisLinesService(context.vault)
        self.lines: list[CrisisLine] = []
        # The line the fields were filled from: a save states its revision, so a save
        # typed over an older version than the one stored is refused, never lost.
        self._form_line: CrisisLine | None = None
        self._select_after_load: str | None = None
        view.list.currentRowChanged.connect(self._selected)
        view.add_button.clicked.connect(self.add)
        view.save_button.clicked.connect(self.save)
        view.verify_button.clicked.connect(self.verify)
        view.delete_button.clicked.connect(self.delete)
        view.new_button.clicked.connect(view.clear_form)
        view.stale.reload_button.clicked.connect(self.reload)
        view.set_line_actions_enabled(False)
        context.changes.follow(view, [RecordKind.CRISIS_LINE], lambda _c: self.load())
        self.load()

    def today(self) -> date:
        return today_from(self.context.vault.clock.now())

    # ------------------------------------------------------------------ reading
    def load(self, select_id: str | None = None) -> None:
        service = self.service
        self._select_after_load = select_id
        self.context.ops.query(self.view, lambda _ctx: service.list_lines()).on_success(
            self._show
        ).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _show(self, lines: list[CrisisLine]) -> None:
        lines = [content.crisis_line(line) for line in lines]  # the examples translated
        today = self.today()
        self.lines = lines
        select_id = self._select_after_load
        if select_id is None and (current := self.current()) is not None:
            select_id = current.id
        row = next((i for i, line in enumerate(lines) if line.id == select_id), -1)
        self.view.show_rows([(line.id, wording.row_text(line, today)) for line in lines], row)
        self._selected(row)
        self.view.show_review(wording.review_text(lines, today))

    def current(self) -> CrisisLine | None:
        row = self.view.list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _selected(self, _row: int) -> None:
        line = self.current()
        self.view.set_line_actions_enabled(line is not None)
        shown = self._form_line
        if line is None:
            self._form_line = None
            return
        if shown is not None and shown.id == line.id and self.view.fields() != _fields(shown):
            # Unsaved typing over this line stays, still tied to the version it was typed
            # over: if the line changed meanwhile, saving is refused rather than lost.
            if line.rev == shown.rev:
                self._form_line = line
            return
        self._form_line = line
        self.view.show_fields(_fields(line))
        self.view.show_stale("")

    def reload(self) -> None:
        """Reload: show the line as saved now, replacing what was typed (only ever
        because the person chose it)."""
        current = self.current()
        self._form_line = None
        self.view.show_stale("")
        self.load(None if current is None else current.id)

    # ------------------------------------------------------------------ changing
    def add(self) -> None:
        service, fields = self.service, self.view.fields()

        def added(line: CrisisLine) -> None:
            self.load(line.id)
            self.view.say(wording.added())

        self.context.ops.collection(
            self.view, lambda _ctx: service.add(*fields), lambda line: _changed(line.id)
        ).on_success(added).on_failure(self._failed).run()

    def save(self) -> None:
        current = self.current()
        if current is None:
            return
        service, fields = self.service, self.view.fields()
        shown = self._form_line
        expected_rev = shown.rev if shown is not None and shown.id == current.id else current.rev

        def saved(line: CrisisLine) -> None:
            self._form_line = line
            self.view.show_fields(_fields(line))
            self.view.show_stale("")
            self.load(line.id)
            self.view.say(
                wording.saved(
                    number_changed=line.last_verified is None and current.last_verified is not None
                )
            )

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.update(current.id, *fields, expected_rev=expected_rev),
            _changed(current.id),
        ).on_success(saved).on_failure(self._save_failed).run()

    def verify(self) -> None:
        current = self.current()
        if current is None:
            return
        service, today = self.service, self.today()

        def verified(line: CrisisLine) -> None:
            self.load(line.id)
            self.view.say(wording.verified(line.name))

        self.context.ops.collection(
            self.view, lambda _ctx: service.mark_verified(current.id, today), _changed(current.id)
        ).on_success(verified).on_failure(self._failed).run()

    def delete(self) -> None:
        current = self.current()
        if current is None:
            return
        if not ask(
            self.view,
            wording.delete_title(),
            wording.delete_question(current.name),
            wording.delete_button(),
            destructive=True,
        ):
            return
        service = self.service

        def deleted(_result: None) -> None:
            self.view.clear_form()
            self.load()
            self.view.say(wording.deleted(current.name))

        self.context.ops.collection(
            self.view, lambda _ctx: service.delete(current.id), _changed(current.id)
        ).on_success(deleted).on_failure(self._failed).run()

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            self.view.say("")
            self.view.show_stale(describe(exc))  # the typed fields stay as they are
        else:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
