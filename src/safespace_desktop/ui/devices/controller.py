"""Decides what the facilitators-and-devices page does (revocation, issue #12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.services.key_grants import KEY_FILE_SUFFIX, KeyFileReport, KeyGrantsService
from safespace_desktop.services.revocation import (
    REVOKED,
    FacilitatorEntry,
    RevocationService,
    Rotation,
)
from safespace_desktop.services.sync.devices import Device
from safespace_desktop.services.sync.service import SyncService
from safespace_desktop.ui.devices import wording
from safespace_desktop.ui.devices.view import DevicesView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill


class DevicesController(QObject):
    def __init__(self, context: SessionContext, view: DevicesView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = RevocationService(context.vault)
        self.entries: list[FacilitatorEntry] = []
        self.devices: list[Device] = []
        self.key_grants = KeyGrantsService(context.vault)
        self.sync = SyncService(context.vault)
        view.revoke_button.clicked.connect(self.revoke)
        view.revoke_device_button.clicked.connect(self.revoke_device)
        view.save_keys_button.clicked.connect(self.save_key_file)
        view.open_keys_button.clicked.connect(self.open_key_file)
        view.list.currentRowChanged.connect(self._selected)
        context.changes.follow(
            view, [RecordKind.ACCOUNT, RecordKind.SYNC_DEVICE], lambda _c: self.load()
        )
        self.load()

    def load(self) -> None:
        service, sync = self.service, self.sync
        self.context.ops.query(
            self.view, lambda _ctx: (service.facilitators(), sync.devices())
        ).on_success(self._show_all).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _show_all(self, loaded: tuple[list[FacilitatorEntry], list[Device]]) -> None:
        entries, devices = loaded
        self._show(entries)
        current = self.current_device()
        self.devices = devices
        row = next(
            (i for i, d in enumerate(devices) if current is not None and d.id == current.id),
            0 if devices else -1,
        )
        self.view.show_devices([wording.device_row(d) for d in devices], row)

    def current_device(self) -> Device | None:
        row = self.view.device_list.currentRow()
        return self.devices[row] if 0 <= row < len(self.devices) else None

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
        service = self.service
        self._rotate_after_asking(
            (wording.revoke_title(), wording.revoke_question(entry), wording.revoke_button()),
            lambda: service.revoke_facilitator(entry.id),
            ChangeSet.of(RecordKind.ACCOUNT, entry.id),
        )

    def revoke_device(self) -> None:
        device = self.current_device()
        if device is None:
            return
        if device.this_pc or device.revoked:
            self.view.say(wording.cannot_revoke_device(device))
            return
        service = self.service
        self._rotate_after_asking(
            (
                wording.revoke_device_title(),
                wording.revoke_device_question(device),
                wording.revoke_device_button(),
            ),
            lambda: service.revoke_device(device.replica_id),
            ChangeSet.kinds(RecordKind.SYNC_DEVICE, RecordKind.ACCOUNT),
        )

    def _rotate_after_asking(
        self,
        question: tuple[str, str, str],
        revoke: Callable[[], Rotation],
        changes: ChangeSet,
    ) -> None:
        """Ask (title, question, button), then revoke off the GUI thread: a new group key
        epoch for everyone who stays."""
        title, text, button = question
        if not ask(self.view, title, text, button, destructive=True):
            return

        def done(rotation: Rotation) -> None:
            self.view.say(wording.revoked(rotation))
            self.load()

        self.context.ops.collection(self.view, lambda _ctx: revoke(), changes).on_success(
            done
        ).on_failure(self._failed).run()

    def save_key_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.view,
            self.view.tr("Save a key file"),
            "group-key" + KEY_FILE_SUFFIX,
            fill(self.view.tr("SafeSpace key files (*%1)"), KEY_FILE_SUFFIX),
        )
        if not chosen:
            return
        grants = self.key_grants
        self.context.ops.query(
            self.view, lambda _ctx: grants.save_key_file(Path(chosen))
        ).on_success(lambda path: self.view.say(wording.key_file_saved(str(path)))).on_failure(
            self._failed
        ).run()

    def open_key_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.view,
            self.view.tr("Open a key file"),
            "",
            fill(self.view.tr("SafeSpace key files (*%1)"), KEY_FILE_SUFFIX),
        )
        if not chosen:
            return
        grants = self.key_grants

        def check(_ctx: object) -> tuple[bytes, KeyFileReport]:
            data = grants.read_key_file(Path(chosen))
            return data, grants.preview(data)

        self.context.ops.query(self.view, check).on_success(self._confirm_key_file).on_failure(
            self._failed
        ).run()

    def _confirm_key_file(self, checked: tuple[bytes, KeyFileReport]) -> None:
        data, report = checked
        if not ask(
            self.view,
            wording.accept_key_title(),
            wording.accept_key_question(report),
            wording.accept_key_button(),
        ):
            return
        grants = self.key_grants

        def done(accepted: KeyFileReport) -> None:
            self.view.say(wording.key_accepted(accepted))
            self.load()

        self.context.ops.collection(
            self.view,
            lambda _ctx: grants.accept(data),
            ChangeSet.kinds(RecordKind.ACCOUNT, RecordKind.SYNC_DEVICE),
        ).on_success(done).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
