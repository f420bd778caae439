"""The roster as a spreadsheet: import a paper sign-up sheet, export the roster as CSV.

Importing reads the chosen file (at most the size the service accepts) and opens
``RosterImportDialog``, which previews and saves through operations. Exporting asks
what goes in, warns that the file is not encrypted, then writes it atomically on the
worker thread (temporary name, fsync, rename).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from safespace_desktop.core.errors import SafeSpaceError
from safespace_desktop.services.files import write_file_atomically
from safespace_desktop.services.roster_csv import MAX_FILE_BYTES, ImportResult, RosterCsvService
from safespace_desktop.ui.members.dialogs.roster_export import RosterExportDialog
from safespace_desktop.ui.members.dialogs.roster_import import RosterImportDialog
from safespace_desktop.ui.members.view import EXPORT, IMPORT
from safespace_desktop.ui.runtime.file_locations import start_folder, suggested_path
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.members.controller import MembersController


def export_roster(
    service: RosterCsvService,
    path: Path,
    include_left: bool,
    include_contact: bool,
    include_notes: bool,
) -> Path:
    """Worker thread: the roster as CSV, written atomically (temp name, fsync, rename)."""
    text = service.export_csv(
        include_left=include_left, include_contact=include_contact, include_notes=include_notes
    )
    # A byte-order mark lets spreadsheet programs read accented names correctly.
    write_file_atomically(path, text.encode("utf-8-sig"))
    return path


class SheetActions(QObject):
    def __init__(self, controller: MembersController) -> None:
        super().__init__(controller)
        self.controller = controller
        controller.view.list.import_button.clicked.connect(self.import_sheet)
        controller.view.list.export_button.clicked.connect(self.export_roster)

    # ------------------------------------------------------------------ import
    def import_sheet(self) -> None:
        view = self.controller.view
        path, _filter = QFileDialog.getOpenFileName(
            view,
            self.tr("Choose a sign-up sheet"),
            str(start_folder()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)  # the service refuses anything larger
        except OSError:
            view.notice.say(
                self.tr("That file could not be opened. Is it still there, and can you open it?")
            )
            return
        dialog = RosterImportDialog(
            self.controller.context.ops, self.controller.csv, data, Path(path).name, view
        )
        dialog.imported.connect(self._imported)
        view.open_dialog(IMPORT, dialog)

    def _imported(self, result: ImportResult) -> None:
        controller = self.controller
        controller.view.list.search_edit.clear()  # everyone just added is in view
        count = len(result.added)
        if count == 1:
            text = self.tr("1 person was added from the sheet.")
        else:
            text = fill(self.tr("%1 people were added from the sheet."), count)
        if result.skipped_rows:
            text += " " + fill(
                self.tr("Rows left out: %1."), ", ".join(map(str, result.skipped_rows))
            )
        controller.context.signals.status_message.emit(text)
        controller.view.notice.say(text)

    # ------------------------------------------------------------------ export
    def export_roster(self) -> None:
        view = self.controller.view
        dialog = RosterExportDialog(view)
        dialog.accepted.connect(
            lambda: self._export_to_file(
                dialog.include_left(), dialog.include_contact(), dialog.include_notes()
            )
        )
        view.open_dialog(EXPORT, dialog)

    def _export_to_file(
        self, include_left: bool, include_contact: bool, include_notes: bool
    ) -> None:
        controller = self.controller
        path, _filter = QFileDialog.getSaveFileName(
            controller.view,
            self.tr("Save the roster as"),
            suggested_path(self.tr("roster.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        service = controller.csv

        def written(saved: Path) -> None:
            controller.context.signals.status_message.emit(
                fill(
                    self.tr("Roster saved to “%1”. Remember: that file is not encrypted."),
                    saved.name,
                )
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SafeSpaceError):
                controller.view.show_error(describe(exc))
            else:
                controller.view.show_error(
                    fill(self.tr("The roster file was not written. %1"), describe(exc))
                )

        controller.context.ops.query(
            controller.view,
            lambda _ctx: export_roster(
                service, target, include_left, include_contact, include_notes
            ),
        ).on_success(written).on_failure(failed).with_progress(self.tr("Writing the file…")).run()
