"""Claim 22: no secrets in logs, no temp files, no OS keyring, no external programs.

1. The full marker scenario of claim 1 runs with every logger at DEBUG, including
   ``sqlalchemy.engine`` (statements *and* result rows). No log record — message,
   arguments or traceback — contains a marker, a passphrase, a code, or any key the
   app made (every ``SecretKey`` is captured at construction) in hex or base64.
2. An AST scan of the package finds no ``keyring`` import and no ``tempfile`` use
   anywhere, and no way of launching another program in crypto/, storage/ or
   services/.
"""

from __future__ import annotations

import ast
import base64
import logging
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import safespace_desktop
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.crypto.keys import SecretKey
from tests.unit.security_helpers import new_marker
from tests.unit.test_claim_marker_scan import Secrets, _run_scenario

SRC = Path(safespace_desktop.__file__).parent


# --------------------------------------------------------------------------- logs
class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> Iterator[str]:
        for record in self.records:
            parts = [self.format(record), repr(record.args), repr(record.msg)]
            if record.exc_info:
                parts.append(self.formatException(record.exc_info))
            if record.stack_info:
                parts.append(record.stack_info)
            yield "\n".join(parts)


@pytest.fixture
def captured_logs() -> Iterator[Capture]:
    handler = Capture()
    root = logging.getLogger()
    names = ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm")
    saved = {n: logging.getLogger(n).level for n in names}
    saved_root = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(saved_root)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


@pytest.fixture
def made_keys(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    materials: list[bytes] = []
    original = SecretKey.__init__

    def recording(self: SecretKey, material: Any, key_id: bytes) -> None:
        materials.append(bytes(material))
        original(self, material, key_id)

    monkeypatch.setattr(SecretKey, "__init__", recording)
    return materials


def key_forms(material: bytes) -> list[str]:
    """Textual forms a key could be logged in (searched case-insensitively for hex)."""
    forms = {
        material.hex(),
        base64.b64encode(material).decode(),
        base64.b64encode(material).decode().rstrip("="),
        base64.urlsafe_b64encode(material).decode().rstrip("="),
        repr(material)[2:-1],
    }
    # A key split across a line or in the middle of a longer blob is still caught
    # by its first 16 bytes in hex.
    forms.add(material[:16].hex())
    return sorted(forms)


def leaks(texts: Iterable[str], secrets: Iterable[str], keys: Iterable[bytes]) -> list[str]:
    needles = [s.casefold() for s in secrets]
    key_needles = [f for k in keys for f in key_forms(k)]
    found = []
    for text in texts:
        folded = text.casefold()
        found += [f"secret {n!r}" for n in needles if n in folded]
        found += [f"key form {n!r}" for n in key_needles if n in text or n.casefold() in folded]
    return found


def test_debug_logs_of_the_full_scenario_leak_nothing(
    tmp_path: Path,
    clock: ManualClock,
    captured_logs: Capture,
    made_keys: list[bytes],
) -> None:
    secrets = Secrets()
    control = new_marker()
    _run_scenario(tmp_path / "data", clock, secrets, control=control, member_count=30)
    texts = list(captured_logs.texts())
    # Sanity control: result rows are logged too, so the allow-listed plaintext label
    # (which carries the control marker) shows up; any unsealed field would as well.
    assert leaks(texts, [control], []) != []
    # Sanity: SQLAlchemy really logged statements at DEBUG, so there was something to leak.
    engine_records = [r for r in captured_logs.records if r.name.startswith("sqlalchemy.engine")]
    assert len(engine_records) > 200
    assert any("INSERT INTO members" in t for t in texts)
    assert any("parameters hidden" in t.lower() for t in texts)
    assert len(made_keys) > 50
    assert leaks(texts, secrets.everything, made_keys) == []


def test_leak_detector_sanity_control() -> None:
    key = bytes(range(32))
    marker = new_marker()
    assert leaks([f"about {marker.upper()}"], [marker], []) != []
    assert leaks([f"k={key.hex().upper()}"], [], [key]) != []
    assert leaks([f"k={base64.b64encode(key).decode()}"], [], [key]) != []
    assert leaks([f"k={base64.urlsafe_b64encode(key).decode()}"], [], [key]) != []
    assert leaks([repr(key)], [], [key]) != []
    assert leaks(["nothing to see"], [marker], [key]) == []


# --------------------------------------------------------------------------- AST
def _modules(root: Path) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(root.rglob("*.py")):
        yield path.relative_to(SRC).as_posix(), ast.parse(path.read_text("utf-8"))


def imported_modules(tree: ast.Module) -> set[str]:
    """Absolute module names imported (relative imports are the package's own)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in {"__import__", "import_module"}:
                names.add(str(node.args[0].value))
    return names


def _is(module: str, banned: str) -> bool:
    return module == banned or module.startswith(banned + ".")


def keyring_uses(tree: ast.Module) -> list[str]:
    return sorted(m for m in imported_modules(tree) if _is(m, "keyring"))


def tempfile_uses(tree: ast.Module) -> list[str]:
    found = sorted(m for m in imported_modules(tree) if _is(m, "tempfile"))
    for node in ast.walk(tree):
        name = getattr(node, "id", None) or getattr(node, "attr", None)
        if name in {"QTemporaryFile", "QTemporaryDir", "mkstemp", "mkdtemp", "NamedTemporaryFile"}:
            found.append(str(name))
    return found


LAUNCH_MODULES = ("subprocess", "pty", "webbrowser", "multiprocessing", "asyncio.subprocess")
LAUNCH_CALLS = {
    "system",
    "popen",
    "startfile",
    "posix_spawn",
    "posix_spawnp",
    "execv",
    "execve",
    "execl",
    "execle",
    "execlp",
    "execlpe",
    "execvp",
    "execvpe",
    "spawnl",
    "spawnle",
    "spawnlp",
    "spawnlpe",
    "spawnv",
    "spawnve",
    "spawnvp",
    "spawnvpe",
    "fork",
    "forkpty",
    "create_subprocess_exec",
    "create_subprocess_shell",
    "QProcess",
    "openUrl",
}


def launches(tree: ast.Module) -> list[str]:
    found = [m for m in imported_modules(tree) if any(_is(m, banned) for banned in LAUNCH_MODULES)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in LAUNCH_CALLS:
            found.append(node.attr)
        elif isinstance(node, ast.Name) and node.id in LAUNCH_CALLS:
            found.append(node.id)
        elif isinstance(node, ast.alias) and node.name.split(".")[-1] in LAUNCH_CALLS:
            found.append(node.name)
    return sorted(found)


def test_no_os_keyring_anywhere() -> None:
    bad = {name: keyring_uses(tree) for name, tree in _modules(SRC)}
    assert {k: v for k, v in bad.items() if v} == {}


def test_no_tempfile_anywhere() -> None:
    bad = {name: tempfile_uses(tree) for name, tree in _modules(SRC)}
    assert {k: v for k, v in bad.items() if v} == {}


@pytest.mark.parametrize("package", ["crypto", "storage", "services"])
def test_no_program_launches_in_core_packages(package: str) -> None:
    bad = {name: launches(tree) for name, tree in _modules(SRC / package)}
    assert {k: v for k, v in bad.items() if v} == {}


def test_ast_checks_sanity_control() -> None:
    """The checks flag what they exist to flag, and spare our own keyring module."""
    sample = ast.parse(
        "import keyring\n"
        "from keyring.backends import fail\n"
        "import tempfile\n"
        "from tempfile import NamedTemporaryFile\n"
        "import subprocess\n"
        "import os\n"
        "os.system('vi')\n"
        "os.startfile('notes.txt')\n"
        "from PySide6.QtCore import QProcess\n"
    )
    assert keyring_uses(sample) == ["keyring", "keyring.backends", "keyring.backends.fail"]
    assert "tempfile" in tempfile_uses(sample)
    assert tempfile_uses(ast.parse("f = QTemporaryFile()\nos.mkstemp()")) == [
        "QTemporaryFile",
        "mkstemp",
    ]
    assert {"subprocess", "system", "startfile", "QProcess"} <= set(launches(sample))
    ours = ast.parse(
        "from safespace_desktop.services.keyring import KeyRing\n"
        "from . import keyring\n"
        "from .keyring import KeyRing\n"
    )
    assert keyring_uses(ours) == []
    assert tempfile.gettempdir()  # (the test module itself may use tempfile)
