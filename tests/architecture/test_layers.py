"""Import rules of DESIGN.md §2, checked on the source tree's AST.

    ui (PySide6 only here) ──► services ──► storage ──► core (stdlib only)
                                   └──────► crypto ──┘

- Nothing outside ``ui/`` imports PySide6 (or shiboken6).
- ``ui/`` never imports ``safespace_desktop.storage`` (it talks to services only).
- ``core/`` imports only the standard library and itself.
- ``services/`` never imports SQLAlchemy or the table classes of ``storage.tables``:
  persistence belongs to ``storage/`` (units of work and repositories).
- Dependencies point one way: no lower layer imports a higher one.

Imports inside functions count; relative imports are resolved against the module's
package; ``importlib.import_module("...")`` / ``__import__("...")`` with a literal
name count too.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import safespace_desktop

SRC = Path(safespace_desktop.__file__).parent
ROOT = "safespace_desktop"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def module_name(path: Path, src: Path = SRC) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([ROOT, *parts])


def imports_of(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """Every absolute module name ``module``'s source imports (or may import)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                if node.level > 1:
                    base_parts = base_parts[: -(node.level - 1)]
                base = ".".join(base_parts)
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.add(target)
            found |= {f"{target}.{alias.name}" for alias in node.names if alias.name != "*"}
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in {"import_module", "__import__"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def source_modules(src: Path = SRC) -> Iterator[tuple[str, Path, set[str]]]:
    for path in sorted(src.rglob("*.py")):
        name = module_name(path, src)
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        yield name, path, imports_of(tree, name, path.name == "__init__.py")


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == ROOT else None


MODULES = list(source_modules())


def test_the_tree_was_found() -> None:
    layers = {layer_of(name) for name, _p, _i in MODULES}
    assert {"core", "crypto", "storage", "services", "ui"} <= layers


def test_only_ui_imports_qt() -> None:
    offenders = {
        name: sorted(i for i in imported if any(_under(i, qt) for qt in QT))
        for name, _path, imported in MODULES
        if layer_of(name) != "ui"
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_never_imports_storage() -> None:
    offenders = {
        name: sorted(i for i in imported if _under(i, f"{ROOT}.storage"))
        for name, _path, imported in MODULES
        if layer_of(name) == "ui"
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_services_never_import_sqlalchemy_or_tables() -> None:
    """Storage owns persistence: services use units of work and repositories."""
    forbidden = ("sqlalchemy", f"{ROOT}.storage.tables")
    offenders = {
        name: sorted(i for i in imported if any(_under(i, f) for f in forbidden))
        for name, _path, imported in MODULES
        if layer_of(name) == "services"
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_persistence_rule_sees_lazy_and_aliased_imports() -> None:
    """Sanity control for the rule above."""
    source = (
        "def later():\n    from sqlalchemy.orm import Session\nfrom ..storage import tables as t\n"
    )
    found = imports_of(ast.parse(source), f"{ROOT}.services.members", is_package=False)
    assert "sqlalchemy.orm" in found
    assert f"{ROOT}.storage.tables" in found


def test_core_imports_only_the_standard_library() -> None:
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    offenders = {}
    for name, _path, imported in MODULES:
        if layer_of(name) != "core":
            continue
        bad = sorted(
            i for i in imported if not _under(i, f"{ROOT}.core") and i.split(".")[0] not in stdlib
        )
        if bad:
            offenders[name] = bad
    assert offenders == {}


# Which top-level parts of the package each layer must never import.
FORBIDDEN = {
    "core": {"crypto", "storage", "services", "ui", "app", "admin", "paths", "log"},
    "crypto": {"storage", "services", "ui", "app", "admin"},
    "storage": {"services", "ui", "app", "admin"},
    "services": {"ui", "app", "admin"},
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_dependencies_point_one_way(layer: str) -> None:
    offenders = {}
    for name, _path, imported in MODULES:
        if layer_of(name) != layer:
            continue
        bad = sorted(
            i for i in imported if any(_under(i, f"{ROOT}.{up}") for up in FORBIDDEN[layer])
        )
        if bad:
            offenders[name] = bad
    assert offenders == {}


def test_resolver_sanity_control(tmp_path: Path) -> None:
    """The resolver sees relative, nested, lazy and dynamic imports."""
    source = (
        "from __future__ import annotations\n"
        "import os\n"
        "from .. import storage\n"
        "from ..storage.tables import Base\n"
        "from . import sibling\n"
        "def later():\n"
        "    from PySide6.QtWidgets import QWidget\n"
        "    import importlib\n"
        "    importlib.import_module('shiboken6')\n"
    )
    found = imports_of(ast.parse(source), f"{ROOT}.ui.pages.roster", is_package=False)
    assert f"{ROOT}.ui.storage" in found  # `from .. import storage` inside ui/pages
    assert f"{ROOT}.ui.storage.tables" in found
    assert f"{ROOT}.ui.pages.sibling" in found
    assert "PySide6.QtWidgets" in found and "shiboken6" in found
    deep = imports_of(ast.parse("from ...storage import t"), f"{ROOT}.ui.pages.x", False)
    assert f"{ROOT}.storage.t" in deep
    package_found = imports_of(ast.parse("from .. import storage"), f"{ROOT}.ui", True)
    assert f"{ROOT}.storage" in package_found
    from_module = imports_of(ast.parse("from ..storage import x"), f"{ROOT}.ui.page", False)
    assert f"{ROOT}.storage.x" in from_module
    assert module_name(SRC / "ui" / "__init__.py") == f"{ROOT}.ui"
    assert module_name(SRC / "core" / "sync" / "hlc.py") == f"{ROOT}.core.sync.hlc"
