"""Every workspace page at 200 % text zoom in the pseudo-locale, in a 1366×768 window.

People with low vision use 200 %; a translated page (longer words) at that size must
still fit the window's width: no page may need sideways scrolling, and no label or
button may be cut off. The pseudo-locale (tests/gui/clipping.py) stands in for Spanish
and French, which run about 40 % longer than English.

Each page is its own test, so a page that is still known to clip can be marked
``xfail(strict=True)`` with its reason, and fixing it shows at once. The walk through
a role's pages runs once (in the first of that role's tests) and the others read its
findings. Set SAFESPACE_SCREENSHOTS to a folder to keep a picture of each page.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.ui.appearance.controller import AppearanceController
from safespace_desktop.ui.screens.lock_screen import LockScreen
from tests.gui.clipping import (
    SCREEN,
    clipped_texts,
    install_pseudo_locale,
    remove_pseudo_locale,
    screenshot,
    window_too_big,
)
from tests.gui.conftest import make_harness
from tests.gui.i18n_helpers import english_after  # noqa: F401  (fixture)
from tests.gui.test_pseudo_locale import settle, unlock_as
from tests.gui.test_zoom_clipping import looks, zoom_to_200  # noqa: F401  (fixture)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("english_after")]

SHOTS = (
    Path(os.environ["SAFESPACE_SCREENSHOTS"]) if os.environ.get("SAFESPACE_SCREENSHOTS") else None
)

# The demo vault's facilitator and member, and the pages each one sees (checked against
# the workspace, so a new page cannot be left out of this test).
HANDLES = {"facilitator": "sam", "member": "river"}
PAGES = {
    "facilitator": [
        "home",
        "members",
        "pairs",
        "agreement",
        "meetings",
        "resources",
        "crisis_lines",
        "group_settings",
        "backups",
        "sync",
        "conflicts",
        "devices",
        "reports",
        "rota",
        "care",
        "journal",
        "account",
    ],
    "member": [
        "journal",
        "mood",
        "safety_plan",
        "member_agreement",
        "member_meetings",
        "member_resources",
        "account",
    ],
}

# Pages known to clip still, each with its reason; strict, so a fix shows as XPASS.
KNOWN: dict[tuple[str, str], str] = {}

_findings: dict[str, dict[str, list[str]]] = {}


def walk(
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    looks: AppearanceController,  # noqa: F811
    role: str,
) -> dict[str, list[str]]:
    """Open each of ``role``'s pages at 200 % in the pseudo-locale; their problems."""
    translator = install_pseudo_locale()
    h = make_harness(qtbot, tmp_path / "data", clock, with_vault=False, appearance=looks)
    try:
        zoom_to_200(looks)
        h.window.resize(SCREEN)
        h.controller.start(open_demo=True)
        qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=30000)
        workspace = unlock_as(qtbot, h, HANDLES[role])
        assert [spec.key for spec in workspace.specs] == PAGES[role]
        found: dict[str, list[str]] = {}
        for key in PAGES[role]:
            workspace.show_page(key)
            settle(qtbot, h)
            # clipped_texts also lists each scroll area whose horizontal bar shows.
            found[key] = clipped_texts(h.window) + window_too_big(h.window)
            screenshot(h.window, SHOTS, f"zoom200-pseudo-{role}-{key}")
        return found
    finally:
        h.controller.shutdown()
        h.runner.shutdown()
        remove_pseudo_locale(translator)


def _cases() -> list[object]:
    cases: list[object] = []
    for role, keys in PAGES.items():
        for key in keys:
            reason = KNOWN.get((role, key))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(role, key, marks=marks, id=f"{role}-{key}"))
    return cases


@pytest.mark.parametrize(("role", "key"), _cases())
def test_page_fits_1366x768_at_200_percent_in_the_pseudo_locale(
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    looks: AppearanceController,  # noqa: F811
    role: str,
    key: str,
) -> None:
    if role not in _findings:
        _findings[role] = walk(qtbot, tmp_path, clock, looks, role)
    problems = _findings[role][key]
    assert not problems, f"{role} {key}: {len(problems)} problem(s):\n" + "\n".join(problems)
