"""Decides what the Sync page does: every file and database step is a typed operation.

The chosen bundle is read into memory once (a pulled stick cannot matter after that),
previewed (decrypted in memory only), and applied only when the facilitator says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.services.sync import folder
from safespace_desktop.services.sync.importing import ImportPreview
from safespace_desktop.services.sync.service import ImportLogRow, ImportResult, SyncService
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.sync import wording
from safespace_desktop.ui.sync.view import SyncView
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

_EVERYTHING = ChangeSet.kinds(*RecordKind)


class SyncController(QObject):
    def __init__(self, context: SessionContext, view: SyncView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.service = SyncService(context.vault)
        self._pending: bytes | None = None
        self._preview: ImportPreview | None = None
        self.shared_folder: Path | None = None
        self.join_kit_dialog: QObject | None = None
        # How files and folders are chosen; tests put a plain function here.
        self.choose_export_folder: Callable[[], Path | None] = self._ask_export_folder
        self.choose_import_file: Callable[[], Path | None] = self._ask_import_file
        self.choose_shared_folder: Callable[[], Path | None] = self._ask_shared_folder
        view.export_button.clicked.connect(self.export)
        view.join_kit_button.clicked.connect(self.make_join_kit)
        view.import_button.clicked.connect(self.pick_import)
        view.apply_button.clicked.connect(self.apply)
        view.discard_button.clicked.connect(self.discard)
        view.undo_button.clicked.connect(self.undo)
        view.choose_folder_button.clicked.connect(self.pick_folder)
        view.folder_sync_button.clicked.connect(self.folder_sync)
        view.show_folder(self.tr("No shared folder chosen."), False)
        self.load_log()

    # ------------------------------------------------------------------ choosing files
    def _ask_export_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self.view, self.tr("Where should the sync file go?")
        )
        return Path(chosen) if chosen else None

    def _ask_import_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.view, self.tr("Choose a sync file"), "", self.tr("Sync files (*.ssbundle)")
        )
        return Path(chosen) if chosen else None

    def _ask_shared_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self.view, self.tr("Choose the shared folder"))
        return Path(chosen) if chosen else None

    # ------------------------------------------------------------------ export
    def export(self) -> None:
        target = self.choose_export_folder()
        if target is None:
            return
        service = self.service
        self.view.show_export_status(self.tr("Writing the sync file and reading it back…"))
        self.context.ops.collection(self.view, lambda _ctx: service.export_to(target)).on_success(
            self._exported
        ).on_failure(self._export_failed).with_progress(self.tr("Writing the sync file…")).run()

    def _exported(self, result: object) -> None:
        path = getattr(result, "path", "")
        self.view.show_export_status(
            fill(self.tr("Saved and checked: %1. It is safe to remove the stick."), path)
        )
        self.load_log()

    def _export_failed(self, exc: BaseException) -> None:
        self.view.show_export_status(describe(exc))

    def make_join_kit(self) -> None:
        from safespace_desktop.ui.sync.join_kit_dialog import JoinKitDialog

        target = self.choose_export_folder()
        if target is None:
            return
        path = target / "safespace-join-kit.ssjoin" if target.is_dir() else target
        dialog = JoinKitDialog(self.context, path, self.view)
        self.join_kit_dialog = dialog
        dialog.accepted.connect(lambda: self._join_kit_made(dialog.result_path))
        dialog.open()

    def _join_kit_made(self, path: Path | None) -> None:
        if path is not None:
            self.view.show_export_status(
                fill(
                    self.tr("Join kit saved and checked: %1. It is safe to remove the stick."), path
                )
            )

    # ------------------------------------------------------------------ import
    def pick_import(self) -> None:
        chosen = self.choose_import_file()
        if chosen is not None:
            self.preview_file(chosen)

    def preview_file(self, path: Path) -> None:
        service = self.service

        def work(_ctx: object) -> tuple[bytes, ImportPreview, list[str]]:
            data = service.read(path)
            preview = service.preview(data)
            return data, preview, wording.change_rows(preview.changes)

        self.view.show_import_status(self.tr("Checking the sync file…"))
        self.context.ops.query(self.view, work).on_success(self._show_preview).on_failure(
            self._import_failed
        ).with_busy(self.view.set_busy).run()

    def _show_preview(self, loaded: tuple[bytes, ImportPreview, list[str]]) -> None:
        data, preview, rows = loaded
        self._pending, self._preview = data, preview
        can_apply = not (preview.own_bundle or preview.already_imported or preview.nothing_to_do)
        self.view.show_preview(wording.summary(preview), rows, can_apply)
        self.view.show_import_status(
            self.tr("Nothing has changed yet. Look through the list, then apply or leave it.")
        )

    def apply(self) -> None:
        data, preview = self._pending, self._preview
        if data is None or preview is None:
            return
        confirm = False
        if preview.needs_confirmation:
            confirm = ask(
                self.view,
                self.tr("Hide many records?"),
                fill(
                    self.tr(
                        "This import would hide %1 records on this computer. Apply it only "
                        "if you expected that."
                    ),
                    preview.newly_hidden,
                ),
                self.tr("Hide them and import"),
                destructive=True,
            )
            if not confirm:
                return
        service = self.service
        self.context.ops.collection(
            self.view,
            lambda _ctx: service.import_bundle(data, confirm_mass_delete=confirm),
            lambda result: result.changes if result.applied else ChangeSet(),
        ).on_success(self._applied).on_failure(self._import_failed).with_progress(
            self.tr("Importing…")
        ).run()

    def _applied(self, result: ImportResult) -> None:
        self._pending, self._preview = None, None
        self.view.hide_preview()
        self.view.show_import_status(
            self.tr("Imported. You can undo this import until you change something.")
            if result.applied
            else self.tr("Nothing changed.")
        )
        self.load_log()

    def discard(self) -> None:
        self._pending, self._preview = None, None
        self.view.hide_preview()
        self.view.show_import_status(self.tr("Not imported. Nothing was changed."))

    def _import_failed(self, exc: BaseException) -> None:
        self.view.show_import_status(describe(exc))

    # ------------------------------------------------------------------ undo and log
    def undo(self) -> None:
        if not ask(
            self.view,
            self.tr("Undo the last import?"),
            self.tr("This puts the group's records back as they were just before the last import."),
            self.tr("Undo the import"),
        ):
            return
        service = self.service
        self.context.ops.collection(
            self.view, lambda _ctx: service.undo_last_import(), _EVERYTHING
        ).on_success(lambda _row: self._undone()).on_failure(self._import_failed).run()

    def _undone(self) -> None:
        self.view.show_import_status(self.tr("The last import was undone."))
        self.load_log()

    def load_log(self) -> None:
        service = self.service

        def work(_ctx: object) -> tuple[list[ImportLogRow], bool]:
            return service.import_log(), service.can_undo() is not None

        self.context.ops.query(self.view, work).on_success(self._show_log).on_failure(
            self._import_failed
        ).run()

    def _show_log(self, loaded: tuple[list[ImportLogRow], bool]) -> None:
        rows, can_undo = loaded
        self.view.show_log([wording.log_row(r) for r in rows], can_undo)

    # ------------------------------------------------------------------ folder mode
    def pick_folder(self) -> None:
        chosen = self.choose_shared_folder()
        if chosen is None:
            return
        try:
            self.shared_folder = folder.check_folder(self.context.vault, chosen)
        except Exception as exc:  # noqa: BLE001 - shown to the person, nothing changed
            self.view.show_folder(describe(exc), False)
            return
        self.view.show_folder(fill(self.tr("Shared folder: %1"), self.shared_folder), True)

    def folder_sync(self) -> None:
        shared = self.shared_folder
        if shared is None:
            return
        vault = self.context.vault

        def work(_ctx: object) -> folder.FolderImport:
            report = folder.import_folder(vault, shared)
            folder.export_to_folder(vault, shared)
            return report

        self.context.ops.collection(self.view, work, _EVERYTHING).on_success(
            self._folder_done
        ).on_failure(self._import_failed).with_progress(self.tr("Syncing with the folder…")).run()

    def _folder_done(self, report: folder.FolderImport) -> None:
        text = fill(
            self.tr("Imported %1 new sync files and wrote this computer's own."),
            len(report.imported),
        )
        for _path, signer in report.keys_accepted:
            text += " " + fill(
                self.tr("Took the group's new key from the key file %1 signed."), signer
            )
        if report.needs_confirmation:
            text += " " + fill(
                self.tr("%1 files would hide many records: import them one by one above."),
                len(report.needs_confirmation),
            )
        if report.refused or report.foreign:
            text += " " + fill(
                self.tr("%1 files were not for this group or could not be read."),
                len(report.refused) + len(report.foreign),
            )
        self.view.show_import_status(text)
        self.load_log()
