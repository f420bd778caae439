"""Every translated Qt Linguist file is finished and current (issue 14).

EXPECTED TO FAIL until the translators' work (tr-es, tr-fr) is merged: the integrator
makes it pass. For each language, lupdate refreshes a temporary copy of the committed
.ts from today's sources exactly as scripts/update-translations does; the test lists
every string still unfinished, every string the committed file lacks (new in the
sources) or keeps although the sources dropped it (stale), and every translation that
lost a %1 / %n placeholder.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.gui.i18n_helpers import lupdate_inputs

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")

Key = tuple[str, str, str]  # context, source, disambiguation


def _messages(ts: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    return not any(text.strip() for text in _translations(message))


def _short(key: Key) -> str:
    context, source, _comment = key
    return f"{context or '(no context)'}: {source[:60]!r}"


@pytest.mark.parametrize("language", ["es", "fr"])
def test_translation_file_is_finished_and_current_after_translators_merge(
    language: str, tmp_path: Path
) -> None:
    committed = I18N / f"safespace_{language}.ts"
    refreshed = tmp_path / committed.name
    shutil.copy(committed, refreshed)
    subprocess.run(  # noqa: S603  (the venv's own tool, fixed arguments)
        [
            str(LUPDATE),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            *lupdate_inputs(ROOT),
            "-ts",
            str(refreshed),
        ],
        check=True,
        capture_output=True,
    )
    before, after = _messages(committed), _messages(refreshed)
    problems: list[str] = []
    problems += [f"new in the sources: {_short(k)}" for k in after.keys() - before.keys()]
    problems += [
        f"stale (gone from the sources): {_short(k)}" for k in before.keys() - after.keys()
    ]
    for key, message in after.items():
        if key not in before:
            continue
        if _unfinished(message):
            problems.append(f"unfinished: {_short(key)}")
            continue
        wanted = set(PLACEHOLDER.findall(key[1]))
        for text in _translations(message):
            missing = (
                wanted
                - set(PLACEHOLDER.findall(text))
                - ({"%n"} if len(_translations(message)) > 1 else set())
            )
            if missing:
                problems.append(f"lost {sorted(missing)}: {_short(key)}")
    assert not problems, (
        f"{committed.name}: {len(problems)} problem(s); run scripts/update-translations and "
        "finish them in Qt Linguist:\n" + "\n".join(problems[:60])
    )
