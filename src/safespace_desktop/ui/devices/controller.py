"""Decides what the facilitators-and-devices page does (revocation, issue #12)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.services.revocation import (
    REVOKED,
    FacilitatorEntry,
    RevocationService,
    Rotation,
)
from safespace_desktop.ui.devices import wording
from safespace_desktop.ui.devices.view import DevicesView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.errors import describe


class DevicesController(QObject):
    def __init__(self, context: SessionContext, view: DevicesView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = RevocationService(context.vault)
        self.entries: list[FacilitatorEntry] = []
        view.revoke_button.clicked.connect(self.revoke)
        view.list.currentRowChanged.connect(self._selected)
        context.changes.follow(view, [RecordKind.ACCOUNT], lambda _c: self.load())
        self.load()

    def load(self) -> None:
        service = self.service
        self.context.ops.query(self.view, lambda _ctx: service.facilitators()).on_success(
            self._show
        ).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _show(self, entries: list[FacilitatorEntry]) -> None:
        current = self.current()
        self.entries = entries
        row = next(
            (i for i, e in enumerate(entries) if current is not None and e.id == current.id),
            0 if entries else -1,
        )
        self.view.show_rows([wording.row_text(e) for e in entries], row)
        self._selected(row)

    def current(self) -> FacilitatorEntry | None:
        row = self.view.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _selected(self, _row: int) -> None:
        self.view.revoke_button.setEnabled(self.current() is not None)

    def revoke(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if entry.is_you or entry.status == REVOKED:
            self.view.say(wording.cannot_revoke(entry))
            return
        if not ask(
            self.view,
            wording.revoke_title(),
            wording.revoke_question(entry),
            wording.revoke_button(),
            destructive=True,
        ):
            return
        service = self.service

        def done(rotation: Rotation) -> None:
            self.view.say(wording.revoked(rotation))
            self.load()

        self.context.ops.collection(
            self.view,
            lambda _ctx: service.revoke_facilitator(entry.id),
            ChangeSet.of(RecordKind.ACCOUNT, entry.id),
        ).on_success(done).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
