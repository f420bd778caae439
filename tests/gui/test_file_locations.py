"""Where file and print dialogs start: never the home folder's top level when a better
place exists (issue 8: a shared PC's user would not look there)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from safespace_desktop.ui.runtime import file_locations


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    monkeypatch.setattr(file_locations, "_portable_data_dir", None)
    return folder


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders")
def test_installed_dialogs_start_in_documents(home: Path) -> None:
    (home / "Documents").mkdir()
    assert file_locations.start_folder() == home / "Documents"
    assert file_locations.suggested_path("roster.csv") == str(home / "Documents" / "roster.csv")


def test_portable_dialogs_start_beside_the_data_folder(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "stick" / "SafeSpace"
    data.mkdir(parents=True)
    monkeypatch.setattr(file_locations, "_portable_data_dir", data)
    assert file_locations.start_folder() == tmp_path / "stick"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="native print dialogs")
def test_print_to_file_starts_in_the_start_folder(
    qapp: object, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "stick" / "SafeSpace"
    data.mkdir(parents=True)
    monkeypatch.setattr(file_locations, "_portable_data_dir", data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("SafeSpace printout")
    file_locations.prepare_printer(printer)
    assert printer.outputFileName() == str(tmp_path / "stick" / "SafeSpace printout.pdf")
