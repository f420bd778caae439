"""Decides what the Backups page does: every file and key call is a typed operation.

Backing up, checking and restoring read whole files, so each runs on the worker with a
progress dialog. A restore is prepared here (the backup checked, a verified copy written
beside the vault); the shell then ends the session, closes the vault, keeps it as a
backup, swaps the copy in and opens the vault again (``signals.vault_replaced``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from safespace_desktop.services.backups import (
    BackupFile,
    BackupPreview,
    BackupService,
    Destination,
    PreparedRestore,
    VerifyReport,
)
from safespace_desktop.ui.backups import wording
from safespace_desktop.ui.backups.restore_dialog import RestoreDialog
from safespace_desktop.ui.backups.view import BackupsView
from safespace_desktop.ui.runtime.file_locations import start_folder
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only
from safespace_desktop.ui.wording.errors import describe


def _data_folder(context: SessionContext) -> Path:
    """Vaults live in ``<data>/vaults/`` (or ``<data>/demo/``): two folders up."""
    path = context.vault.path
    assert path is not None
    return path.parent.parent


class BackupsController(QObject):
    def __init__(self, context: SessionContext, view: BackupsView) -> None:
        super().__init__(view)
        from safespace_desktop.paths import AppPaths

        self.context = context
        self.view = view
        self.service = BackupService(AppPaths(_data_folder(context)), clock=context.vault.clock)
        self.restore_dialog: RestoreDialog | None = None
        self.last_report: VerifyReport | None = None
        view.back_up_button.clicked.connect(self.back_up_now)
        view.verify_button.clicked.connect(self.verify)
        view.restore_button.clicked.connect(self.restore)
        view.choose_button.clicked.connect(self.choose_folder)
        view.data_folder_button.clicked.connect(lambda: self._set_folder(None))
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self, select: Path | None = None) -> None:
        service, vault = self.service, self.context.vault

        def read(_ctx: object) -> tuple[Destination, list[BackupFile]]:
            return service.destination(vault), service.list_backups(vault)

        def show(result: tuple[Destination, list[BackupFile]]) -> None:
            place, backups = result
            self.view.show_destination(wording.destination(place))
            # A vault on a write-protected disk: its data folder is on that disk too.
            hold_read_only(
                vault.read_only and not place.chosen_available, [self.view.back_up_button]
            )
            rows = [wording.row(backup) for backup in backups]
            self.view.show_rows(rows, None if select is None else str(select))

        self.context.ops.query(self.view, read).on_success(show).on_failure(self._failed).with_busy(
            self.view.set_busy
        ).run()

    def selected(self) -> Path | None:
        chosen = self.view.selected_path()
        return None if chosen is None else Path(chosen)

    # ------------------------------------------------------------------ actions
    def back_up_now(self) -> None:
        service, vault = self.service, self.context.vault

        def done(backup: BackupFile) -> None:
            self.view.say(wording.backed_up(backup))
            self.load(backup.path)

        self.context.ops.query(self.view, lambda _ctx: service.back_up_now(vault)).on_success(
            done
        ).on_failure(self._failed).with_busy(self.view.set_busy).with_progress(
            self.tr("Backing up the vault…")
        ).run()

    def verify(self) -> None:
        path = self.selected()
        if path is None:
            return
        service, vault = self.service, self.context.vault

        def done(report: VerifyReport) -> None:
            self.last_report = report
            self.view.say(wording.verified(report))

        self.context.ops.query(self.view, lambda _ctx: service.verify(path, vault)).on_success(
            done
        ).on_failure(self._failed).with_busy(self.view.set_busy).with_progress(
            self.tr("Checking the backup…")
        ).run()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self.view, self.tr("Choose a folder for backups"), str(start_folder())
        )
        if chosen:
            self._set_folder(Path(chosen))

    def _set_folder(self, folder: Path | None) -> None:
        service, vault = self.service, self.context.vault

        def done(place: Destination) -> None:
            self.view.say(wording.folder_chosen(place))
            self.load()

        self.context.ops.query(
            self.view, lambda _ctx: service.choose_folder(vault, folder)
        ).on_success(done).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def restore(self) -> None:
        """Preview first (counts and the date, no names), then a clear confirmation."""
        path = self.selected()
        if path is None:
            return
        service = self.service
        self.context.ops.query(self.view, lambda _ctx: service.preview(path)).on_success(
            self._confirm_restore
        ).on_failure(self._failed).with_busy(self.view.set_busy).run()

    def _confirm_restore(self, preview: BackupPreview) -> None:
        dialog = RestoreDialog(preview, self.view)
        self.restore_dialog = dialog
        dialog.finished.connect(lambda result: self._restore_chosen(dialog, preview, result))
        dialog.open()

    def _restore_chosen(self, dialog: RestoreDialog, preview: BackupPreview, result: int) -> None:
        self.restore_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        service, vault = self.service, self.context.vault
        vault_path = vault.path
        assert vault_path is not None

        def prepare(_ctx: object) -> PreparedRestore:
            service.verify(preview.path, vault)  # with keys: every group record opens
            return service.prepare_restore(vault_path, preview.path)

        self.context.ops.query(self.view, prepare).on_success(self._prepared).on_failure(
            self._failed
        ).with_busy(self.view.set_busy).with_progress(self.tr("Preparing the restore…")).run()

    def _prepared(self, prepared: PreparedRestore) -> None:
        self.view.say(wording.restore_done())
        service = self.service
        # The shell ends the session and closes the vault before this runs.
        self.context.signals.vault_replaced.emit(lambda: service.commit_restore(prepared))

    def _failed(self, exc: BaseException) -> None:
        self.view.say(describe(exc))
