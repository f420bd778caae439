"""Printing plain text (the group agreement) through the system print dialog.

The text is laid out in a QTextDocument in memory and handed straight to the printer;
nothing is written to disk by the app. (A shared printer or its queue may keep a copy:
pages that print say so next to their Print button.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from safespace_desktop.core.agreement import AgreementVersion
from safespace_desktop.ui.runtime.file_locations import prepare_printer
from safespace_desktop.ui.widgets.agreement_text import fill_agreement, long_date
from safespace_desktop.ui.widgets.headings import scaled_font
from safespace_desktop.ui.wording.placeholders import fill

#: Printed text is a little larger than the screen's UI font (people read it at arm's length).
PRINT_SCALE = 1.2


def printer_note() -> str:
    """The short warning shown next to Print buttons."""
    return QCoreApplication.translate(
        "Printing",
        "Shared printers and their print queues may keep a copy of what they print. "
        "Collect the pages straight away.",
    )


def agreement_document(version: AgreementVersion, base_font: QFont) -> QTextDocument:
    """A version of the group agreement laid out for the printer, worded through tr()."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Printing", text)

    if version.adopted_on is not None:
        heading = fill(tr("Version %1, adopted %2"), version.number, long_date(version.adopted_on))
    else:
        heading = fill(tr("Version %1"), version.number)
    lines = [heading, *version.lines]
    if version.affirmations:
        last = version.affirmations[-1]
        lines.append(
            fill(
                tr("Agreed at the meeting on %1: %2 of %3 present."),
                long_date(last.meeting_on),
                last.agreed,
                last.present,
            )
        )
    document = QTextDocument()
    fill_agreement(document, version.title, lines, scaled_font(base_font, PRINT_SCALE))
    return document


def print_document(document: QTextDocument, parent: QWidget | None) -> bool:
    """Ask which printer to use (system dialog) and print ``document``.

    Returns False when the person cancelled. The job name is neutral, because print
    queues on a shared computer show it to everyone.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("Printing", "SafeSpace printout"))
    prepare_printer(printer)  # "Print to file" starts in a sensible folder, not home
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        document.print_(dialog.printer())
    finally:
        dialog.deleteLater()
    return True
