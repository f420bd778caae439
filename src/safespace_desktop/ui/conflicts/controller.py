"""Decides what the conflicts page does: reads the inbox off the GUI thread, follows the
record kinds a sync import reports, and resolves by keeping a version or a combination."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import NotFound, StaleEdit
from safespace_desktop.services.conflicts import Conflict, ConflictsService, conflict_types
from safespace_desktop.ui.conflicts import wording
from safespace_desktop.ui.conflicts.view import ConflictsView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe


def followed_kinds() -> list[RecordKind]:
    """Every kind a conflict can live in; a sync import reports the kinds it wrote."""
    return sorted({r.kind for r in conflict_types()})


class ConflictsController(QObject):
    def __init__(self, context: SessionContext, view: ConflictsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = ConflictsService(context.vault)
        self.conflicts: list[Conflict] = []
        self._select_key: tuple[str, str, str] | None = None
        self._shown_key: tuple[str, str, str] | None = None
        view.list.currentRowChanged.connect(self._selected)
        view.keep_requested.connect(self.keep_version)
        view.keep_combination_button.clicked.connect(self.keep_combination)
        view.start_from_both_button.clicked.connect(self.start_from_both)
        context.changes.follow(view, followed_kinds(), lambda _c: self.load())
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        current = self.current()
        if current is not None and self._select_key is None:
            self._select_key = current.key
        service = self.service
        self.context.ops.query(self.view, lambda _ctx: service.list_conflicts()).on_success(
            self._show
        ).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _show(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        key, self._select_key = self._select_key, None
        row = next((i for i, c in enumerate(conflicts) if c.key == key), 0 if conflicts else -1)
        self.view.show_rows([wording.row_text(c) for c in conflicts], row)
        self.view.show_summary(wording.count(len(conflicts)) if conflicts else wording.none_left())
        self._selected(row)

    def current(self) -> Conflict | None:
        row = self.view.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _selected(self, _row: int) -> None:
        conflict = self.current()
        # Typing in the combination box survives a reload of the same conflict.
        typed = self.view.combination()
        same = conflict is not None and conflict.key == self._shown_key
        self._shown_key = None if conflict is None else conflict.key
        if conflict is None:
            self.view.show_detail("", [], text_field=False)
            return
        total = len(conflict.versions)
        self.view.show_detail(
            wording.detail_heading(conflict),
            [
                (wording.version_heading(v, i, total), wording.value_text(v.value), v.shown_now)
                for i, v in enumerate(conflict.versions)
            ],
            text_field=conflict.text_field,
        )
        if same and typed:
            self.view.set_combination(typed)

    # ------------------------------------------------------------------ resolving
    def keep_version(self, index: int) -> None:
        conflict = self.current()
        if conflict is not None and 0 <= index < len(conflict.versions):
            self._resolve(conflict, conflict.versions[index].value)

    def keep_combination(self) -> None:
        conflict = self.current()
        if conflict is not None and conflict.text_field:
            self._resolve(conflict, self.view.combination())

    def start_from_both(self) -> None:
        conflict = self.current()
        if conflict is not None and conflict.text_field:
            self.view.set_combination("\n\n".join(str(v.value) for v in conflict.versions))
            self.view.combination_edit.setFocus()

    def _resolve(self, conflict: Conflict, value: Any) -> None:
        service = self.service

        def done(_result: None) -> None:
            self.view.say(wording.resolved(conflict))
            self.load()

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.resolve(
                conflict.table, conflict.record_id, conflict.field, value, expected_rev=conflict.rev
            ),
            ChangeSet.of(_kind_of(conflict.table), conflict.record_id),
        ).on_success(done).on_failure(self._resolve_failed).run()

    def _resolve_failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
        if isinstance(exc, NotFound | StaleEdit):
            self.load()  # resolved or changed elsewhere: show what is stored now

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))


def _kind_of(table: str) -> RecordKind:
    return next(r.kind for r in conflict_types() if r.name == table)
