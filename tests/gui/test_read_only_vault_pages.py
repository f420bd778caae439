"""A vault on a write-protected disk (a locked SD card or USB stick) opens read-only.

Every page is visited as a facilitator and as a member: each control that would change
the vault is still there (the layout stays familiar) but disabled, or read-only for a
text field, and says why; reading, searching, printing and exporting elsewhere still
work. The same controls on a writable copy of the vault are not held, so the test can
fail. Controls are found by objectName or accessible name; a name ending in ``*`` is a
prefix (one control per facilitator, per section of the plan, …).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTabWidget, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.demo import ensure_demo_vault
from safespace_desktop.storage import engine as storage_engine
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.workspace import Workspace
from safespace_desktop.ui.widgets.read_only import HELD_PROPERTY, Editable, read_only_reason
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.test_accessibility_walk import _settle, _unlock_as, accessible_name

# What would change the vault, page by page.
JOURNAL_WRITING = [
    "Title",
    "Day this entry is about",
    "Starred",
    "Mood: *",
    "Entry text",
    "Feelings, separated by commas",
    "Tags, separated by commas",
    "Save",
    "New entry",
    "Delete…",
    "Prompts and templates…",
]
FACILITATOR_WRITING: dict[str, list[str]] = {
    "journal": [*JOURNAL_WRITING, "Start a self-care check-in"],
    "home": [
        "followUpText",
        "followUpHasDue",
        "followUpDue",
        "followUpMember",
        "followUpMeeting",
        "addFollowUpButton",
        "saveFollowUpButton",
        "followUpDoneButton",
        "removeFollowUpButton",
    ],
    "members": [
        "addMemberButton",
        "enrolButton",
        "importButton",
        "saveMemberButton",
        "memberName",
        "memberJoined",
        "accessNeed_large_print",
        "consentButton_*",
        "inviteButton",
        "archiveButton",
        "forgetButton",
    ],
    "pairs": ["Pair them", "End this pair"],
    "agreement": ["Amend…", "Record agreement at a meeting…", "Save draft", "Adopt as version 1…"],
    "meetings": [
        "changeScheduleButton",
        "extraMeetingButton",
        "Move",
        "Cancel meeting",
        "runMeetingButton",
        "templatesButton",
        "manageTemplatesButton",
        "Add segment",
        "Remove segment",
        "saveSegmentButton",
        "Add topic",
        "pickTopicButton",
        "agendaSegments",
        # the detail's other tabs, built when opened
        "markPresentButton",
        "markLateButton",
        "saveCountsButton",
        "attendanceChecklist",
        "saveRecordButton",
        "recordNextMeeting",
        "startKioskButton",
        "startEvaluationButton",
    ],
    "resources": [
        "newResourceButton",
        "editResourceButton",
        "Import a folder…",
        "Add the examples",
        "Remove resource",
        "Mark details checked today",
    ],
    "crisis_lines": ["Add as a new line", "Save changes", "Delete line", "Name", "Phone"],
    "group_settings": [
        "Save changes",
        "Edit what newcomers are told…",
        "Add a facilitator…",
        "keepTalkTotals",
        "Auto-lock for facilitators, in minutes",
    ],
    "backups": [
        "chooseBackupFolderButton",
        "useDataFolderButton",
        "restoreBackupButton",
        "backUpNowButton",  # the demo keeps its backups beside it, on the same disk
    ],
    "sync": [
        "exportButton",
        "joinKitButton",
        "importButton",
        "applyButton",
        "undoButton",
        "chooseFolder",
        "folderSync",
    ],
    "conflicts": ["combinationEdit", "startFromBothButton", "keepCombinationButton"],
    "devices": ["revokeButton", "revokeDeviceButton", "openKeyFileButton"],
    "rota": ["saveRotaButton", "rotaLead", "rotaAway:*"],
    "care": [
        "writeDebriefButton",
        "debriefText",
        "saveDebriefButton",
        "selfCheckNote",
        "keepSelfCheckButton",
        "checklist:*",
    ],
    "account": ["Change passphrase…", "Make a new recovery code…", "Import a journal backup…"],
}

MEMBER_WRITING: dict[str, list[str]] = {
    "journal": JOURNAL_WRITING,
    "safety_plan": ["Save my plan", "Add to: *", "Remove a line from: *", "New line for: *"],
    "member_meetings": ["memberTopicEdit", "memberTopicSend"],
    "member_resources": ["favouriteButton", "suggestCorrectionButton", "suggestResourceButton"],
    "account": ["Change passphrase…", "Make a new recovery code…", "Import a journal backup…"],
}

# Reading, printing and exporting elsewhere: offered as usual on a read-only vault.
FACILITATOR_READING: dict[str, list[str]] = {
    "members": ["exportButton", "showArchived"],
    "meetings": ["printAgendaButton", "printAgreementButton"],
    "resources": ["Export the library…"],
    "devices": ["saveKeyFileButton"],
    "reports": ["savePdf", "printReport"],
    "account": ["Export my journal…", "Lock now"],
}
MEMBER_READING: dict[str, list[str]] = {
    "safety_plan": ["Print the plan…", "Print a wallet card…"],
    "member_agreement": ["Print…"],
    "account": ["Export my journal…", "Lock now"],
}

# Controls that are enabled on a writable vault whatever is selected.
ALWAYS_OFFERED = {
    "addMemberButton",
    "changeScheduleButton",
    "newResourceButton",
    "Add a facilitator…",
    "chooseBackupFolderButton",
    "joinKitButton",
    "openKeyFileButton",
    "Change passphrase…",
    "suggestResourceButton",
    "memberTopicSend",
}


def _matches(widget: QWidget, name: str) -> bool:
    names = (widget.objectName(), accessible_name(widget))
    if name.endswith("*"):
        return any(n.startswith(name[:-1]) for n in names)
    return name in names


def _find(page: QWidget, name: str) -> list[QWidget]:
    found = [w for w in page.findChildren(QWidget) if _matches(w, name)]
    assert found, f"{page.objectName()}: no control named {name!r}"
    return found


def _open_every_tab(qtbot: QtBot, h: AppHarness, page: QWidget) -> None:
    """Lazy tabs (a meeting's attendance, notes and feedback) are built when opened."""
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isEnabled():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(qtbot, h)
        tabs.setCurrentIndex(0)


def _is_held(widget: QWidget) -> bool:
    return bool(widget.property(HELD_PROPERTY))


def _held_problem(widget: QWidget) -> str:
    """Why ``widget`` is not held still as a read-only vault needs ('' if it is)."""
    reason = read_only_reason()
    if reason not in widget.accessibleDescription():
        return "does not explain why (accessible description)"
    if isinstance(widget, QAbstractItemView):
        if widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
            return "rows can still be edited"
        return ""
    if widget.toolTip() != reason:
        return "does not explain why (tooltip)"
    if isinstance(widget, Editable):
        widget.setReadOnly(False)  # as a controller filling the form might
        return "" if widget.isReadOnly() else "can still be typed in"
    widget.setEnabled(True)  # as a controller might once a row is chosen
    return "" if not widget.isEnabled() else "is still enabled"


def _visit(
    qtbot: QtBot,
    h: AppHarness,
    workspace: Workspace,
    writing: dict[str, list[str]],
    reading: dict[str, list[str]],
    read_only: bool,
) -> list[str]:
    failures = []
    for key in sorted(set(writing) | set(reading)):
        page = workspace.show_page(key)
        _settle(qtbot, h)
        _open_every_tab(qtbot, h, page)
        for name in writing.get(key, []):
            for widget in _find(page, name):
                label = f"{key}: {name} ({widget.objectName() or accessible_name(widget)})"
                if read_only:
                    problem = _held_problem(widget)
                    if problem:
                        failures.append(f"{label} {problem}")
                elif _is_held(widget) or read_only_reason() in widget.toolTip():
                    failures.append(f"{label} is held on a writable vault")
                elif name in ALWAYS_OFFERED and not widget.isEnabled():
                    failures.append(f"{label} is not offered on a writable vault")
                if read_only and name in ALWAYS_OFFERED and widget.isEnabled():
                    failures.append(f"{label} is offered on a read-only vault")
        for name in reading.get(key, []):
            for widget in _find(page, name):
                if _is_held(widget) or not widget.isEnabled():
                    failures.append(f"{key}: reading control {name} is not offered")
    return failures


@pytest.fixture(params=[True, False], ids=["read-only", "writable"])
def demo_vault(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[AppHarness, bool]]:
    """The demo group, opened from a disk that can (or cannot) be written to."""
    read_only: bool = request.param
    ensure_demo_vault(AppPaths.portable(tmp_path / "data"), params=FAST_TEST_PROFILE)
    if read_only:
        monkeypatch.setattr(storage_engine, "is_writable", lambda _path: False)
    h = make_harness(qtbot, tmp_path / "data", clock, with_vault=False)
    h.controller.start(open_demo=True)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=30000)
    yield h, read_only
    h.controller.shutdown()
    h.runner.shutdown()


def test_a_facilitator_sees_no_working_edit_control_on_a_read_only_vault(
    qtbot: QtBot, demo_vault: tuple[AppHarness, bool]
) -> None:
    h, read_only = demo_vault
    workspace = _unlock_as(qtbot, h, "sam")
    assert workspace.context.vault.read_only is read_only
    failures = _visit(qtbot, h, workspace, FACILITATOR_WRITING, FACILITATOR_READING, read_only)
    assert not failures, "\n".join(failures)

    # Reading still works: the roster is searched and a member opened.
    members = workspace.show_page("members")
    _settle(qtbot, h)
    search = next(
        w for w in members.findChildren(QLineEdit) if accessible_name(w).startswith("Search")
    )
    qtbot.keyClicks(search, "Jordan")
    table = members.findChild(QAbstractItemView, "memberTable") or next(
        v for v in members.findChildren(QAbstractItemView) if v.isVisible()
    )
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    name = members.findChild(QLineEdit, "memberName")
    assert name is not None
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.waitUntil(lambda: name.text() == "Jordan")


def test_a_member_sees_no_working_edit_control_on_a_read_only_vault(
    qtbot: QtBot, demo_vault: tuple[AppHarness, bool]
) -> None:
    h, read_only = demo_vault
    workspace = _unlock_as(qtbot, h, "river")
    failures = _visit(qtbot, h, workspace, MEMBER_WRITING, MEMBER_READING, read_only)
    assert not failures, "\n".join(failures)

    # Reading still works: a coping resource is searched for and opened.
    page = workspace.show_page("member_resources")
    _settle(qtbot, h)
    search = page.findChild(QLineEdit, "resourceSearch")
    resources = page.findChild(QAbstractItemView, "memberResourceList")
    assert search is not None and resources is not None
    qtbot.waitUntil(lambda: resources.model().rowCount() > 1)
    before = resources.model().rowCount()
    shown = str(resources.model().index(before - 1, 0).data())  # "Title · Kind · …"
    last_title = shown.split(" · ")[0].removeprefix("Example: ")
    qtbot.keyClicks(search, last_title)
    qtbot.waitUntil(lambda: 0 < resources.model().rowCount() < before)
    resources.setFocus()
    resources.setCurrentIndex(resources.model().index(0, 0))
    opener = page.findChild(QWidget, "openResourceButton")
    assert opener is not None
    qtbot.waitUntil(opener.isVisible)
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    body = page.findChild(QTextEdit, "resourceBody")
    assert body is not None
    qtbot.waitUntil(lambda: body.isVisible() and bool(body.toPlainText()))
