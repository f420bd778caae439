"""Small Qt Linguist catalogues built in a test, and the switch back to English after it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from safespace_desktop.ui.appearance import language as language_module
from safespace_desktop.ui.appearance.language import Language, language_switch

TOOLS = Path(sys.executable).parent
SOURCES = Path(__file__).resolve().parents[2] / "src" / "safespace_desktop" / "ui"


def compile_catalogue(folder: Path, code: str, contexts: Mapping[str, Mapping[str, str]]) -> Path:
    """safespace_<code>.qm in ``folder``, holding ``{context: {source: translation}}``."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n']
    parts.append(f'<TS version="2.1" language="{code}">\n')
    for context, messages in contexts.items():
        parts.append(f"<context><name>{escape(context)}</name>\n")
        for source, translation in messages.items():
            parts.append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(translation)}</translation></message>\n"
            )
        parts.append("</context>\n")
    parts.append("</TS>\n")
    ts = folder / f"safespace_{code}.ts"
    ts.write_text("".join(parts), encoding="utf-8")
    qm = folder / f"safespace_{code}.qm"
    subprocess.run(  # noqa: S603  (the venv's own tool, fixed arguments)
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


@pytest.fixture
def english_after() -> Iterator[None]:
    """Whatever a test installs, the next test starts in English with the C locale."""
    yield
    app = QApplication.instance()
    assert app is not None
    switch = language_switch(app)
    switch.language = None  # force a clean reinstall
    switch.apply(Language.ENGLISH)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def test_catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app at catalogues in ``tmp_path`` instead of the compiled resources."""
    monkeypatch.setattr(language_module, "APP_CATALOGUE", str(tmp_path / "safespace_{code}.qm"))
    return tmp_path


def lupdate_inputs(root: Path) -> list[str]:
    """What scripts/update-translations gives lupdate (scripts/lib/lupdate_inputs.py)."""
    spec = importlib.util.spec_from_file_location(
        "lupdate_inputs", root / "scripts" / "lib" / "lupdate_inputs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.lupdate_inputs(root))
