"""Where file and print dialogs start, and where Qt keeps its own settings.

Portable mode (``--data-dir``) promises that nothing is written outside the data
folder. Two Qt habits broke that: the file dialog remembers the last folder it
visited in ``QtProject.conf`` under the person's config folder, and the print dialog
offers ``~/<document>.pdf``. ``keep_qt_settings_in`` points Qt's per-user settings
into the data folder before any dialog exists (on Linux/BSD; on Windows and macOS
Qt's file dialog writes to the registry or a plist, which ``QSettings.setPath``
cannot move, so there the app's own folders are kept private and the OS keeps its
usual dialog history). In portable mode the app also uses Qt's own dialogs, because
native ones (GTK, the Windows shell) keep recent-file lists of their own.

Where dialogs start (``start_folder``): in portable mode the folder that holds the
data folder (on a stick, the stick itself), so a backup or an export leaves with the
person instead of staying on a shared PC. Otherwise the person's Documents folder,
where people look for what they saved. Never the home folder's top level, a hidden
folder, or the data folder itself (whose contents the app manages).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

#: Sub-folder of the data folder that holds Qt's own settings (file dialog state).
QT_SETTINGS_FOLDER = "qt-settings"

_portable_data_dir: Path | None = None


def keep_qt_settings_in(data_dir: Path, *, portable: bool) -> None:
    """Call before the QApplication exists: Qt reads these paths when it first needs them."""
    global _portable_data_dir
    folder = str(data_dir / QT_SETTINGS_FOLDER)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    _portable_data_dir = data_dir if portable else None
    if portable:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


def _writable_folder(path: Path) -> bool:
    return path.is_dir() and os.access(path, os.W_OK)


def start_folder() -> Path:
    """The folder file dialogs open in (see the module docstring for why)."""
    if _portable_data_dir is not None:
        beside = _portable_data_dir.parent
        if beside != _portable_data_dir and _writable_folder(beside):
            return beside
        if _writable_folder(_portable_data_dir):
            return _portable_data_dir  # the stick's top folder is the data folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and _writable_folder(Path(documents)):
        return Path(documents)
    return Path.home()


def suggested_path(file_name: str) -> str:
    """``file_name`` in the start folder, as a file dialog's starting selection."""
    return str(start_folder() / file_name)


def prepare_printer(printer: QPrinter) -> None:
    """Point "Print to file (PDF)" at the start folder instead of the home folder.

    Setting a file name switches the printer to PDF output; when real printers exist,
    switch back so the dialog still offers the default printer first (Qt's dialog
    clears the file name when a printer is chosen). Windows and macOS use their own
    print dialogs, whose "save as PDF" has its own folder: left alone there.
    """
    if sys.platform in ("win32", "darwin"):
        return
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo  # not needed at start-up

    name = printer.docName() or "print"
    printer.setOutputFileName(str(start_folder() / f"{name}.pdf"))
    if QPrinterInfo.availablePrinterNames():
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
