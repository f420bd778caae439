"""Import a folder of Markdown files; export the library as readable files after a clear
warning, to a place the person chooses. Both run on the worker with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.services.attachments import AttachmentsService
from safespace_desktop.services.resources.folder import ExportReport, ImportReport, ResourceFolders
from safespace_desktop.ui.runtime.file_locations import start_folder
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.resources.controller import ResourcesController


def _tr(text: str) -> str:
    return QCoreApplication.translate("Resources", text)


class _ResourcePlurals(QObject):
    # Counts with their plural forms ("1 resource", "2 resources"); lupdate recognises a
    # numerus argument only in self.tr(), so they live here (as in ui/wording/errors.py).
    def imported(self, count: int) -> str:
        return self.tr("Imported %n resource(s).", "", count)

    def more_problems(self, count: int) -> str:
        return self.tr("…and %n more problem(s).", "", count)

    def resources(self, count: int) -> str:
        return self.tr("%n resource(s)", "", count)

    def files(self, count: int) -> str:
        return self.tr("%n file(s)", "", count)


def folders_for(controller: ResourcesController) -> ResourceFolders:
    return ResourceFolders(controller.service, AttachmentsService(controller.context.vault))


def import_report_text(report: ImportReport) -> str:
    lines = [_ResourcePlurals().imported(len(report.imported))]
    for problem in report.problems[:10]:
        reason = (
            describe(problem.error)
            if not isinstance(problem.error, OSError)
            else _tr("The file could not be read.")
        )
        lines.append(fill(_tr("%1: %2"), problem.file_name, reason))
    if len(report.problems) > 10:
        lines.append(_ResourcePlurals().more_problems(len(report.problems) - 10))
    return "\n".join(lines)


def run_import(controller: ResourcesController, folder: Path) -> None:
    folders = folders_for(controller)
    controller.context.ops.collection(
        controller.view,
        lambda ctx: folders.import_folder(folder, ctx.progress),
        ChangeSet.kinds(RecordKind.RESOURCE, RecordKind.ATTACHMENT),
    ).with_progress(_tr("Importing resources…")).on_success(
        lambda report: controller.view.say(import_report_text(report))
    ).on_failure(controller._failed).run()


def import_folder(controller: ResourcesController) -> None:
    folder = QFileDialog.getExistingDirectory(
        controller.view, _tr("Choose a folder of Markdown files"), str(start_folder())
    )
    if folder:
        run_import(controller, Path(folder))


def run_export(controller: ResourcesController, place: Path) -> None:
    folders = folders_for(controller)
    name = fill(_tr("SafeSpace resources %1"), controller.today().isoformat())

    def exported(report: ExportReport) -> None:
        controller.view.say(
            fill(
                _tr("Exported %1 (%2) to the folder “%3”."),
                _ResourcePlurals().resources(report.resources),
                _ResourcePlurals().files(report.files),
                str(report.folder),
            )
        )

    controller.context.ops.query(
        controller.view, lambda ctx: folders.export_library(place, name, progress=ctx.progress)
    ).with_progress(_tr("Exporting resources…")).on_success(exported).on_failure(
        controller._failed
    ).run()


def export_library(controller: ResourcesController) -> None:
    if not ask(
        controller.view,
        _tr("Export the library"),
        _tr(
            "This writes every resource, including those for facilitators only, and their "
            "files as ordinary readable files. Anyone who can open the place you choose can "
            "read them. Choose a place only you or your co-facilitators can reach, such as "
            "your own USB stick."
        ),
        _tr("&Choose where to export…"),
    ):
        return
    place = QFileDialog.getExistingDirectory(
        controller.view, _tr("Choose where to export the library"), str(start_folder())
    )
    if place:
        run_export(controller, Path(place))
