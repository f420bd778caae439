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

from safespace_desktop.ui.file_locations import prepare_printer
from safespace_desktop.ui.widgets.agreement_text import fill_agreement
from safespace_desktop.ui.widgets.headings import scaled_font

#: Printed text is a little larger than the screen's UI font (people read it at arm's length).
PRINT_SCALE = 1.2


def printer_note() -> str:
    """The short warning shown next to Print buttons."""
    return QCoreApplication.translate(
        "Printing",
        "Shared printers and their print queues may keep a copy of what they print. "
        "Collect the pages straight away.",
    )


def plain_text_document(text: str, base_font: QFont) -> QTextDocument:
    """``text``'s first line as a heading and every other non-empty line as a paragraph."""
    lines = text.strip("\n").split("\n")
    title, rest = (lines[0], lines[1:]) if lines else ("", [])
    document = QTextDocument()
    fill_agreement(
        document,
        title,
        [line for line in rest if line.strip()],
        scaled_font(base_font, PRINT_SCALE),
    )
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
