"""Printable handouts: title, body and the "last checked" date, in normal or large
print, laid out in memory (nothing is fetched, nothing written but the chosen file).

Print goes through the system dialog (``ui/printing``); the page shows the
shared-printer warning next to the buttons. Save as PDF asks first, because the PDF
is a readable file, then writes only where the person chooses.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextCursor
from PySide6.QtWidgets import QFileDialog

from safespace_desktop.core.resources.model import Resource
from safespace_desktop.ui.printing.documents import print_document, printer_note
from safespace_desktop.ui.resources import wording
from safespace_desktop.ui.resources.markdown_text import MARKDOWN, OfflineDocument
from safespace_desktop.ui.runtime.file_locations import suggested_path
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.wording.dates import format_date
from safespace_desktop.ui.wording.placeholders import fill

if TYPE_CHECKING:
    from safespace_desktop.ui.resources.controller import ResourcesController

NORMAL_POINTS = 11.0
LARGE_POINTS = 18.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Resources", text)


def handout_markdown(resource: Resource) -> str:
    """The handout as Markdown: title, details, body, then when it was last checked."""
    parts = [f"# {resource.title}"]
    details = [
        fill(_tr("**%1:** %2"), caption, value)
        for caption, value in wording.service_lines(resource)
    ]
    if details:
        parts.append("\n\n".join(details))
    if resource.content_note:
        parts.append(f"*{wording.content_note_text(resource.content_note)}*")
    parts.append(resource.body)
    if resource.last_checked is not None:
        parts.append(f"*{fill(_tr('Last checked %1'), format_date(resource.last_checked))}*")
    elif resource.needs_checking:
        parts.append(f"*{_tr('These details have not been checked yet.')}*")
    return "\n\n".join(parts)


def handout_document(resource: Resource, base_font: QFont, *, large: bool) -> OfflineDocument:
    document = OfflineDocument()
    font = QFont(base_font)
    font.setPointSizeF(LARGE_POINTS if large else NORMAL_POINTS)
    document.setDefaultFont(font)
    document.setMarkdown(handout_markdown(resource), MARKDOWN)
    document.setMetaInformation(OfflineDocument.MetaInformation.DocumentTitle, resource.title)
    QTextCursor(document)  # lays the document out before printing
    return document


def write_pdf(document: OfflineDocument, path: Path) -> None:
    """``document`` on A4 pages, straight into ``path`` (no temporary file)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setCreator("SafeSpace")
    document.print_(writer)
    del writer  # finishes the file


def print_handout(controller: ResourcesController) -> None:
    resource = controller.current()
    if resource is None:
        return
    view = controller.view
    document = handout_document(resource, view.font(), large=view.large_print.isChecked())
    if print_document(document, view):
        view.say(_tr("Sent to the printer. Collect the pages straight away."))


def save_pdf(controller: ResourcesController, today: date | None = None) -> None:
    resource = controller.current()
    if resource is None:
        return
    view = controller.view
    if not ask(
        view,
        _tr("Save as PDF"),
        _tr(
            "The PDF is a readable copy: anyone who can open the place you save it to can "
            "read it. Save it only where that is all right (for example your own USB stick)."
        )
        + "\n\n"
        + printer_note(),
        _tr("&Choose where to save…"),
    ):
        return
    name, _filter = QFileDialog.getSaveFileName(
        view, _tr("Save handout as PDF"), suggested_path("handout.pdf"), _tr("PDF files (*.pdf)")
    )
    if not name:
        return
    path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
    try:
        write_pdf(handout_document(resource, view.font(), large=view.large_print.isChecked()), path)
    except OSError:
        view.say(_tr("The PDF could not be saved there. Please choose another place."))
        return
    view.say(fill(_tr("Saved the handout as %1."), path.name))
