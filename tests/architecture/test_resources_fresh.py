"""The compiled Qt resource module must match resources/ (regenerate with pyside6-rcc)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_resources_rc_is_fresh(tmp_path: Path) -> None:
    rcc = shutil.which("pyside6-rcc", path=str(Path(sys.executable).parent))
    if rcc is None:
        pytest.fail("pyside6-rcc is missing from the virtual environment")
    out = tmp_path / "resources_rc.py"
    subprocess.run(
        [rcc, "--format-version", "1", str(ROOT / "resources" / "safespace.qrc"), "-o", str(out)],
        check=True,
    )
    committed = ROOT / "src" / "safespace_desktop" / "ui" / "resources_rc.py"
    assert out.read_bytes() == committed.read_bytes(), (
        "resources changed: run pyside6-rcc --format-version 1 resources/safespace.qrc "
        "-o src/safespace_desktop/ui/resources_rc.py"
    )
