"""Issue 11: attachments and resource bodies are shown inside the app or saved as a copy
after a warning, never handed to another program ("open with", a browser, a viewer),
which would leave a readable copy wherever that program keeps its files."""

from __future__ import annotations

import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "src" / "safespace_desktop"

# Every way Python or Qt hands a file or a link to the system.
HAND_OVER = re.compile(
    r"QDesktopServices|openUrl\s*\(|setOpenExternalLinks\s*\(\s*True|"
    r"\bwebbrowser\b|os\.startfile|xdg-open|\bopen -a\b|QProcess"
)


def test_nothing_is_handed_to_another_program() -> None:
    found = [
        f"{path.relative_to(SOURCES)}:{number}: {line.strip()}"
        for path in sorted(SOURCES.rglob("*.py"))
        if path.name != "resources_rc.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HAND_OVER.search(line)
    ]
    assert found == []


def test_the_pattern_catches_a_hand_over() -> None:
    assert HAND_OVER.search("QDesktopServices.openUrl(QUrl.fromLocalFile(path))")
    assert HAND_OVER.search("view.setOpenExternalLinks(True)")
    assert not HAND_OVER.search("view.setOpenExternalLinks(False)")
