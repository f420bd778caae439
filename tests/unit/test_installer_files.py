"""The installer files agree with pyproject.toml and with each other (issue 14).

One version (src/safespace_desktop/__init__.py, which pyproject reads), one app id, and
the two programs of [project.scripts] / [project.gui-scripts] everywhere they are named:
the PyInstaller spec and entry scripts, the desktop entry, the AppStream metainfo, the
Debian control template, the portable launchers and the NSIS script.
"""

from __future__ import annotations

import ast
import configparser
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import safespace_desktop

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
APP_ID = "org.safespace.Desktop"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
PROJECT = PYPROJECT["project"]
ENTRY_POINTS = {**PROJECT["scripts"], **PROJECT["gui-scripts"]}


def test_both_programs_are_entry_points_of_the_project() -> None:
    assert ENTRY_POINTS == {
        "safespace-desktop": "safespace_desktop.app:main",
        "safespace-admin": "safespace_desktop.admin:main",
    }
    assert "pyinstaller" in " ".join(PROJECT["optional-dependencies"]["installer"]).lower()


def test_the_version_has_one_source() -> None:
    assert "version" in PROJECT["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "src/safespace_desktop/__init__.py"
    init = (ROOT / "src/safespace_desktop/__init__.py").read_text("utf-8")
    assert re.search(r'^__version__ = "([^"]+)"$', init, re.M), "build scripts parse this line"
    version = safespace_desktop.__version__
    readers = [
        INSTALLER / "pyinstaller/safespace.spec",
        INSTALLER / "build-linux",
        INSTALLER / "check-linux",
        INSTALLER / "windows/check-nsis",
        INSTALLER / "windows/build.ps1",
    ]
    for path in readers:
        text = path.read_text("utf-8")
        assert "safespace_desktop" in text and "__init__.py" in text, path
    for path in INSTALLER.rglob("*"):
        if path.is_file() and path.suffix not in {".md", ".txt", ".pyc"}:
            assert version not in path.read_text("utf-8"), f"{path} repeats the version"


def test_each_bundle_program_runs_its_entry_point() -> None:
    spec = (INSTALLER / "pyinstaller/safespace.spec").read_text("utf-8")
    for name, target in ENTRY_POINTS.items():
        module, function = target.split(":")
        script = INSTALLER / "pyinstaller" / f"{name}.py"
        tree = ast.parse(script.read_text("utf-8"))
        imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
        assert [(i.module, [a.name for a in i.names]) for i in imports] == [(module, [function])]
        assert f'name="{name}"' in spec, f"the spec builds no {name}"
        assert f'"{name}.py"' in spec
    # One folder: every EXE leaves its libraries to COLLECT (a one-file build packs them in).
    assert spec.count("exclude_binaries=True") == len(ENTRY_POINTS) and "COLLECT(" in spec


def test_the_desktop_entry_starts_the_gui_program() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(INSTALLER / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    # No %f/%U: the app takes no file arguments, and a dropped file must not stop it starting.
    assert desktop["Exec"] in PROJECT["gui-scripts"]
    assert desktop["TryExec"] in PROJECT["gui-scripts"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    # The window tells the desktop which entry it belongs to (Wayland's app id).
    application = ROOT / "src/safespace_desktop/ui/runtime/application.py"
    assert f'setDesktopFileName("{APP_ID}")' in application.read_text("utf-8")


def test_the_metainfo_names_the_same_app() -> None:
    root = ET.parse(INSTALLER / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == PROJECT["license"]["text"]
    assert {b.text for b in root.iter("binary")} == set(ENTRY_POINTS)
    releases = [r.get("version") for r in root.iter("release")]
    assert releases == ["@VERSION@"], "build-linux fills in the one version"


def test_the_debian_package_is_the_project() -> None:
    control = (INSTALLER / "linux/control.in").read_text("utf-8")
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if re.match(r"^[A-Z][\w-]*: ", line)
    )
    assert fields["Package"] == PROJECT["name"]
    assert fields["Version"] == "@VERSION@"
    build = (INSTALLER / "build-linux").read_text("utf-8")
    for name in ENTRY_POINTS:
        assert f"/opt/safespace-desktop/{name}" in build, f"no /usr/bin/{name} launcher"
    assert 'DEB_NAME="safespace-desktop_${VERSION}_' in build
    assert 'TAR_NAME="safespace-desktop-$VERSION-linux-' in build


def test_the_portable_launchers_start_the_bundled_programs() -> None:
    portable = INSTALLER / "linux/portable"
    for name in ENTRY_POINTS:
        assert f'"$here/app/{name}" "$@"' in (portable / name).read_text("utf-8")
    assert '--data-dir "$here/SafeSpace-data"' in (
        portable / "safespace-desktop-portable"
    ).read_text("utf-8")


def test_the_windows_installer_is_per_user_and_names_the_programs() -> None:
    nsi = (INSTALLER / "windows/safespace.nsi").read_text("utf-8")
    assert "RequestExecutionLevel user" in nsi
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in nsi
    assert re.search(r"WriteRegStr HKLM|\$PROGRAMFILES", nsi) is None
    assert '!define APP_EXE "safespace-desktop.exe"' in nsi
    assert 'CreateShortcut "$SMPROGRAMS\\' in nsi and "WriteUninstaller" in nsi
    uninstall = nsi.split('Section "Uninstall"', 1)[1]
    for name in ENTRY_POINTS:
        assert f'Delete "$INSTDIR\\{name}.exe"' in uninstall
    assert "safespace-desktop-${VERSION}-windows-x64-setup.exe" in nsi
    assert "safespace-desktop-$Version-windows-x64-setup.exe" in (
        INSTALLER / "windows/build.ps1"
    ).read_text("utf-8")
