"""Portable mode writes nothing outside --data-dir (issue 8): Qt's file dialog keeps its
last folder in the data folder, and dialogs start beside the data folder, not in home.

The app runs in a child process with HOME and XDG_CONFIG_HOME pointing at empty
folders. A small driver replaces the start-up probe's "report and quit" with what a
person does: choose a file in a (Qt, non-native) file dialog, then print to PDF.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.integration.app_process import app_env

DRIVER = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from safespace_desktop import app as app_module
from safespace_desktop.ui.printing import documents as printing
from safespace_desktop.ui.runtime import file_locations, startup

report = {}

def accept_file_dialog():
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog), dialog
    report["file_dialog_folder"] = dialog.directory().absolutePath()
    dialog.selectFile("roster.csv")
    dialog.accept()

def accept_print_dialog():
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QPrintDialog), dialog
    field = dialog.findChild(QLineEdit, "filename")
    report["print_to_file"] = field.text() if field is not None else None
    dialog.accept()

def exercise():
    QTimer.singleShot(300, accept_file_dialog)
    chosen, _ = QFileDialog.getSaveFileName(
        None, "Save", file_locations.suggested_path("roster.csv"), "CSV files (*.csv)"
    )
    report["chosen"] = chosen
    QTimer.singleShot(300, accept_print_dialog)
    document = QTextDocument()
    document.setPlainText("Group agreement")
    report["printed"] = printing.print_document(document, None)
    print(json.dumps(report), flush=True)
    QApplication.quit()

startup.report_and_quit = exercise
sys.exit(app_module.main(["--data-dir", sys.argv[1]]))
"""


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_file_and_print_dialogs_write_only_inside_the_data_folder(tmp_path: Path) -> None:
    home, xdg, stick = tmp_path / "home", tmp_path / "xdg-config", tmp_path / "stick"
    for folder in (home, xdg, stick):
        folder.mkdir()
    data = stick / "SafeSpace"
    env = app_env(
        HOME=str(home),
        XDG_CONFIG_HOME=str(xdg),
        SAFESPACE_STARTUP_PROBE="1",
        QT_QPA_PLATFORMTHEME="",
    )
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=home,  # Qt's print dialog would otherwise suggest the working folder
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])

    assert files_under(home) == []
    assert files_under(xdg) == []
    assert (data / "qt-settings" / "QtProject.conf").is_file()  # the dialog's memory
    # Dialogs start beside the data folder (on a stick: the stick), never in home.
    assert report["file_dialog_folder"] == str(stick)
    assert report["chosen"] == str(stick / "roster.csv")
    assert report["print_to_file"] == str(stick / "SafeSpace printout.pdf")
    assert report["printed"] is True
    assert (stick / "SafeSpace printout.pdf").is_file()
