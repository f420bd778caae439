"""Services raise codes, never English sentences, and every code has wording in the UI.

An AST scan of src/ finds every place an error code is given (ValidationError's second
argument, the first argument of the other coded errors, Problem and the roster import's
row problems) and checks each is a snake_case identifier with a row in
ui/wording/codes.py.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from safespace_desktop.ui.wording import backups, codes, stale

SRC = Path(__file__).resolve().parents[2] / "src" / "safespace_desktop"
CODE = re.compile(r"^[a-z_]+$")

# Files not scanned for codes (none: every service raises codes).
NOT_YET_CONVERTED: set[Path] = set()

# The vault package's codes, named here too so their wording is checked by field.
VAULT_CODES = [
    ("handle", "required"),
    ("handle", "too_long"),
    ("label", "required"),
    ("group_name", "required"),
    ("path", "already_exists"),
    ("facilitator_lock_seconds", "out_of_range"),
    ("member_lock_seconds", "out_of_range"),
]


@dataclass(frozen=True)
class Site:
    path: Path
    line: int
    kind: str  # which table the code is worded from
    field: str | None
    code: str | None  # None: not a literal (a Problem's code passed on)


# callable name → (table kind, index of the code argument, index of the field argument)
_CALLS: dict[str, tuple[str, int, int | None]] = {
    "ValidationError": ("validation", 1, 0),
    "ConsentRequired": ("validation", -1, 0),  # code fixed: "not_consented"
    "ImportRejected": ("import", 0, None),
    "NotFound": ("not_found", 0, None),
    "NotPermitted": ("not_permitted", 0, None),
    "PassphraseRejected": ("passphrase", 0, None),
    "MalformedRecoveryCode": ("recovery_code", 0, None),
    "BundleRejected": ("bundle", 0, None),
    "StaleEdit": ("stale", 0, None),
    "BackupRefused": ("backup", 0, None),  # backups (issue 14)
    "Problem": ("validation", 0, None),
    "RowError": ("import", 2, 1),
    "_structure": ("import", 1, 2),
}

_DEFAULT_CODES = {
    "NotFound": "gone",
    "NotPermitted": "facilitators_only",
    "MalformedRecoveryCode": "typo",
    "ConsentRequired": "not_consented",
    "StaleEdit": "record",
}


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def _literal(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _arg(call: ast.Call, index: int | None) -> ast.expr | None:
    if index is None or index < 0 or index >= len(call.args):
        return None
    return call.args[index]


def _sites() -> Iterator[Site]:
    text_module = ast.parse((SRC / "core" / "text.py").read_text("utf-8"))
    shared = _constants(text_module)  # DAMAGED_TEXT
    for path in sorted(SRC.rglob("*.py")):
        if path in NOT_YET_CONVERTED:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        constants = shared | _constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            # roster_csv's local problem(field, code, **params) records a row problem.
            if name == "problem" and path.name == "roster_csv.py":
                spec: tuple[str, int, int | None] = ("import", 1, 0)
            elif name == "Problem" and path.name == "passphrase.py":
                spec = ("passphrase", 0, None)
            elif name in _CALLS:
                spec = _CALLS[name]
            else:
                continue
            kind, code_at, field_at = spec
            field = _literal(_arg(node, field_at), constants)
            code_node = _arg(node, code_at)
            if code_node is None:
                if name not in _DEFAULT_CODES:
                    continue  # a class definition's own call, or a signature
                code = _DEFAULT_CODES[name]
            else:
                code = _literal(code_node, constants)
                if code is None and isinstance(code_node, ast.Constant):
                    code = repr(code_node.value)
            yield Site(path, node.lineno, kind, field, code)


SITES = list(_sites())


def _where(site: Site) -> str:
    return f"{site.path.relative_to(SRC)}:{site.line}"


def test_the_scan_finds_the_raise_sites() -> None:
    # A scan that finds nothing would pass every check below.
    kinds = {s.kind for s in SITES}
    assert {"validation", "import", "not_found", "not_permitted", "passphrase", "bundle"} <= kinds
    assert sum(1 for s in SITES if s.kind == "validation") > 60


def test_no_error_code_is_an_english_sentence() -> None:
    sentences = [
        f"{_where(s)}: {s.code!r}" for s in SITES if s.code is not None and not CODE.match(s.code)
    ]
    assert sentences == [], "raise a snake_case code and word it in ui/wording/codes.py"


def _worded(site: Site) -> bool:
    code = site.code
    assert code is not None
    if site.kind == "validation":
        by_field = {code_ for _f, code_ in codes.VALIDATION_BY_FIELD}
        return (
            code in codes.VALIDATION
            or (site.field, code) in codes.VALIDATION_BY_FIELD
            or (site.field is None and code in by_field)
        )
    if site.kind == "import":
        return (
            code in codes.IMPORT
            or (site.field, code) in codes.IMPORT_BY_FIELD
            or code in codes.VALIDATION
        )
    table = {
        "not_found": codes.NOT_FOUND,
        "not_permitted": codes.NOT_PERMITTED,
        "passphrase": codes.PASSPHRASE,
        "recovery_code": codes.RECOVERY_CODE,
        "bundle": codes.BUNDLE,
        "stale": stale.STALE,
        "backup": backups.BACKUP,  # backups (issue 14)
    }[site.kind]
    return code in table


def test_every_code_raised_in_src_has_wording() -> None:
    missing = [f"{_where(s)}: {s.kind} {s.code!r}" for s in SITES if s.code and not _worded(s)]
    assert missing == []


@pytest.mark.parametrize(("field", "code"), VAULT_CODES)
def test_codes_for_the_vault_service_are_worded(field: str, code: str) -> None:
    assert (field, code) in codes.VALIDATION_BY_FIELD or code in codes.VALIDATION


def test_passphrase_policy_codes_are_worded() -> None:
    # crypto.passphrase.problem() returns Problem(code) values the form words as it types.
    from safespace_desktop.crypto import passphrase

    for sample in ("short", "x" * (passphrase.MAX_LENGTH + 1), "password" * 2, "\ud800" * 20):
        found = passphrase.problem(sample)
        assert found is not None and found.code in codes.PASSPHRASE


def test_every_wording_fills_only_the_placeholders_it_names() -> None:
    tables = [
        codes.VALIDATION,
        codes.IMPORT,
        codes.NOT_FOUND,
        codes.NOT_PERMITTED,
        codes.PASSPHRASE,
        codes.RECOVERY_CODE,
        codes.BUNDLE,
        stale.STALE,
        backups.BACKUP,  # backups (issue 14)
        codes.PROGRESS,
        dict(enumerate(codes.VALIDATION_BY_FIELD.values())),
        dict(enumerate(codes.VALIDATION_BY_RECORD.values())),
        dict(enumerate(codes.IMPORT_BY_FIELD.values())),
    ]
    for table in tables:
        for wording in table.values():
            used = {int(n) for n in re.findall(r"%(\d+)", wording.text)}
            if wording is codes.IMPORT["row_refused"]:
                used.discard(2)  # the row's own problem, worded separately
            assert used == set(range(1, len(wording.params) + 1)), wording.text


def _progress_codes() -> list[tuple[str, str]]:
    found = []
    for path in sorted((SRC / "services").rglob("*.py")):
        if path in NOT_YET_CONVERTED:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "progress"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append((f"{path.name}:{node.lineno}", str(node.args[0].value)))
    return found


def test_progress_reported_by_services_is_a_worded_code() -> None:
    found = _progress_codes()
    assert found, "the scan found no progress reports"
    assert [(w, c) for w, c in found if not CODE.match(c) or c not in codes.PROGRESS] == []
