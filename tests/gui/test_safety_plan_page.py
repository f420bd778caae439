"""My safety plan through the GUI (workflow W8), typed and clicked like a person:

- A member opens the plan with F2, fills the six sections and three reasons for
  living by typing, saves, locks, unlocks and finds it again. Nothing typed reaches
  any file (UTF-8, UTF-16-LE, case-folded).
- A facilitator's session has no safety-plan page, F2 does nothing there, and the
  member's plan cannot be read from it.
- Lines are edited, removed and reordered with the keyboard (F2 in the list edits).
- Printing happens only after the Print button and the shared-printer warning; a
  declined warning prints nothing. A wallet card and a one-page plan come out as PDFs.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.model import SAFETY_PLAN_SECTIONS, SafetyPlan
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.safety_plan import controller as safety_plan_controller
from safespace_desktop.ui.safety_plan import safety_plan_page
from safespace_desktop.ui.safety_plan.printing import card_document, plan_document
from safespace_desktop.ui.safety_plan.view import SafetyPlanView
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.shell.workspace import Workspace
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.test_shell_session import open_first_vault, type_unlock
from tests.unit.journal_helpers import add_member

pytestmark = pytest.mark.gui

PRINT_WARNING = (
    "Printing sends your safety plan to the printer. On a shared PC or printer, "
    "copies can stay in the print queue: collect it straight away."
)

LEFT = Qt.MouseButton.LeftButton
SAM_PASS = "sam keeps a long passphrase here"
MakeContext = Callable[[], SessionContext]


# --------------------------------------------------------------------------- helpers
def forms(marker: str) -> list[bytes]:
    return [
        marker.encode("utf-8"),
        marker.encode("utf-16-le"),
        marker.casefold().encode("utf-8"),
        marker.casefold().encode("utf-16-le"),
        marker.upper().encode("utf-8"),
    ]


def scan(root: Path, markers: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in markers:
                if any(form in data for form in forms(marker)):
                    found.append((str(path), marker))
    return found


def assert_buttons_named(widget: QWidget) -> None:
    for button in widget.findChildren(QAbstractButton):
        assert button.text().strip() or button.accessibleName().strip(), button


def type_line(qtbot: QtBot, page: SafetyPlanView, section: str, text: str) -> None:
    editor = page.editors[section]
    qtbot.keyClicks(editor.add_edit, text)
    qtbot.keyClick(editor.add_edit, Qt.Key.Key_Return)


def unlock_as(qtbot: QtBot, h: AppHarness, handle: str, passphrase: str) -> Workspace:
    screen = h.window.screen_widget
    if not isinstance(screen, LockScreen):
        screen = open_first_vault(h)
    type_unlock(qtbot, screen, handle, passphrase)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, Workspace), timeout=5000)
    workspace = h.window.screen_widget
    assert isinstance(workspace, Workspace)
    return workspace


def current_page(workspace: Workspace) -> QWidget:
    return workspace.stack.currentWidget()


@pytest.fixture
def harness_with_member(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[AppHarness]:
    h = make_harness(qtbot, tmp_path / "data", clock)
    vault = Vault.open_existing(h.directory.list_vaults()[0].path, clock=clock)
    try:
        add_member(vault, "sam", SAM_PASS)
    finally:
        vault.lock()
        vault.close()
    yield h
    h.controller.shutdown()
    h.runner.shutdown()


def open_page(qtbot: QtBot, context: SessionContext) -> SafetyPlanView:
    page = safety_plan_page(context)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    wait_opened(qtbot, page)
    return page


def wait_opened(qtbot: QtBot, page: SafetyPlanView) -> None:
    """The plan is read off the GUI thread: wait until its lists can be used."""
    qtbot.waitUntil(page.scroll_area.isEnabled, timeout=5000)


def save(qtbot: QtBot, page: SafetyPlanView) -> None:
    """Press Save and wait until the plan is sealed."""
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: "Your plan is saved" in page.state_label.text(), timeout=5000)


class FakePrintDialog:
    """Stands in for QPrintDialog: the person picks "print to PDF" in tmp_path."""

    opened: list[str] = []
    target: Path | None = None
    answer = QDialog.DialogCode.Accepted

    def __init__(self, printer: QPrinter, _parent: Any = None) -> None:
        self._printer = printer

    def setWindowTitle(self, _title: str) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        FakePrintDialog.opened.append("print dialog")
        assert FakePrintDialog.target is not None
        self._printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self._printer.setOutputFileName(str(FakePrintDialog.target))
        return FakePrintDialog.answer

    def printer(self) -> QPrinter:
        return self._printer

    def deleteLater(self) -> None:
        pass


@pytest.fixture
def print_to_pdf(monkeypatch: pytest.MonkeyPatch) -> type[FakePrintDialog]:
    FakePrintDialog.opened = []
    FakePrintDialog.target = None
    FakePrintDialog.answer = QDialog.DialogCode.Accepted
    monkeypatch.setattr(safety_plan_controller, "QPrintDialog", FakePrintDialog)
    return FakePrintDialog


def answer_message_boxes(
    monkeypatch: pytest.MonkeyPatch, button_text: str, seen: list[str]
) -> None:
    """Each question box records its text and the person clicks ``button_text``."""

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        FakePrintDialog.opened.append("warning")
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return 0
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def pdf_pages(data: bytes) -> int:
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/")


# --------------------------------------------------------------------------- W8
def test_w8_fill_save_relock_and_find_the_plan_again(
    qtbot: QtBot, harness_with_member: AppHarness, tmp_path: Path
) -> None:
    h = harness_with_member
    markers = {name: [secrets.token_hex(6) for _ in range(3)] for name, _t in SAFETY_PLAN_SECTIONS}
    workspace = unlock_as(qtbot, h, "sam", SAM_PASS)
    assert not isinstance(current_page(workspace), SafetyPlanView)

    # F2 opens the plan from anywhere in the member's space.
    qtbot.keyClick(h.window, Qt.Key.Key_F2)
    page = current_page(workspace)
    assert isinstance(page, SafetyPlanView)
    assert page.isVisible()
    wait_opened(qtbot, page)
    assert_buttons_named(page)
    assert not page.save_button.isEnabled()

    typed: dict[str, list[str]] = {}
    for name, _title in SAFETY_PLAN_SECTIONS:
        count = 3 if name == "reasons_for_living" else 2
        typed[name] = [f"Line {marker}" for marker in markers[name][:count]]
        for line in typed[name]:
            type_line(qtbot, page, name, line)
        assert page.editors[name].items() == tuple(typed[name])
    assert "aren't saved" in page.state_label.text() and page.save_button.isEnabled()
    save(qtbot, page)
    assert not page.save_button.isEnabled()

    vault = h.controller.vault
    assert vault is not None
    saved = SafetyPlanService(vault).get()
    assert len(saved.reasons_for_living) == 3
    for name, _title in SAFETY_PLAN_SECTIONS:
        assert getattr(saved, name) == tuple(typed[name])

    # Nothing typed is on disk, while unlocked (live WAL) and after locking.
    everything = [m for values in markers.values() for m in values]
    assert scan(tmp_path / "data", everything) == []
    qtbot.keyClick(h.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(h.window.screen_widget, LockScreen)
    QApplication.processEvents()
    assert scan(tmp_path / "data", everything) == []

    # Back in: the plan is there, one key away.
    workspace = unlock_as(qtbot, h, "sam", SAM_PASS)
    qtbot.keyClick(h.window, Qt.Key.Key_F2)
    page = current_page(workspace)
    assert isinstance(page, SafetyPlanView)
    wait_opened(qtbot, page)
    for name, _title in SAFETY_PLAN_SECTIONS:
        assert page.editors[name].items() == tuple(typed[name])
    assert "Your plan is saved" in page.state_label.text() and not page.save_button.isEnabled()

    # A facilitator's session has no safety plan page, F2 does nothing, and the
    # member's plan cannot be read from it.
    qtbot.keyClick(h.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    workspace = unlock_as(qtbot, h, FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert not any(isinstance(p, SafetyPlanView) for p in workspace.pages)
    assert workspace.safety_plan_action is None
    before = current_page(workspace)
    qtbot.keyClick(h.window, Qt.Key.Key_F2)
    assert current_page(workspace) is before
    vault = h.controller.vault
    assert vault is not None
    assert SafetyPlanService(vault).get() == SafetyPlan()  # only their own (empty) plan
    texts = " ".join(
        w.text() for w in h.window.findChildren(QWidget) if hasattr(w, "text") and callable(w.text)
    )
    assert not any(marker in texts for marker in everything)


def test_lines_are_edited_removed_and_moved_by_keyboard(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    add_member(vault, "sam")
    page = open_page(qtbot, make_context())
    editor = page.editors["coping_on_my_own"]
    for line in ("Walk", "Music", "Shower"):
        type_line(qtbot, page, "coping_on_my_own", line)
    assert editor.items() == ("Walk", "Music", "Shower")

    # Choose "Music" and press F2: the line opens for editing (not the page switch).
    editor.list.setFocus()
    editor.list.setCurrentRow(1)
    qtbot.keyClick(editor.list, Qt.Key.Key_F2)
    assert editor.list.state() == QAbstractItemView.State.EditingState
    editors = editor.list.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    line_edit = editors[0]
    assert line_edit.text() == "Music"
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line_edit, "Calm music")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.items() == ("Walk", "Calm music", "Shower"))
    assert editor.list.state() != QAbstractItemView.State.EditingState
    assert "aren't saved" in page.state_label.text()

    # Ctrl+Up moves it up; Delete removes the chosen line.
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.items() == ("Calm music", "Walk", "Shower")
    assert editor.list.currentRow() == 0
    qtbot.mouseClick(editor.down_button, LEFT)
    qtbot.mouseClick(editor.down_button, LEFT)
    assert editor.items() == ("Walk", "Shower", "Calm music")
    assert not editor.down_button.isEnabled()
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert editor.items() == ("Walk", "Shower")
    qtbot.mouseClick(editor.remove_button, LEFT)
    assert editor.items() == ("Walk",)

    # A line typed but not added is saved too; then Save is done.
    qtbot.keyClicks(page.editors["reasons_for_living"].add_edit, "My sister")
    assert page.save_button.isEnabled()
    save(qtbot, page)
    assert SafetyPlanService(vault).get() == SafetyPlan(
        coping_on_my_own=("Walk",), reasons_for_living=("My sister",)
    )
    assert page.editors["reasons_for_living"].add_edit.text() == ""
    assert_buttons_named(page)


def test_printing_asks_first_and_a_declined_warning_prints_nothing(
    qtbot: QtBot,
    vault: Vault,
    make_context: MakeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    print_to_pdf: type[FakePrintDialog],
) -> None:
    add_member(vault, "sam")
    page = open_page(qtbot, make_context())
    # Nothing to print yet: the buttons wait for a first line.
    assert not page.print_card_button.isEnabled()
    type_line(qtbot, page, "people_to_ask", "Mum")
    assert print_to_pdf.opened == []  # nothing happens without the explicit action

    seen: list[str] = []
    answer_message_boxes(monkeypatch, "Cancel", seen)
    print_to_pdf.target = tmp_path / "never.pdf"
    qtbot.mouseClick(page.print_card_button, LEFT)
    assert seen == [PRINT_WARNING]
    assert print_to_pdf.opened == ["warning"]  # the print dialog never opened
    assert not (tmp_path / "never.pdf").exists()
    assert page.message.text() == "Nothing was printed."

    # Cancelling the print dialog itself prints nothing either.
    seen.clear()
    print_to_pdf.opened = []
    answer_message_boxes(monkeypatch, "Continue to print", seen)
    print_to_pdf.answer = QDialog.DialogCode.Rejected
    qtbot.mouseClick(page.print_plan_button, LEFT)
    assert print_to_pdf.opened == ["warning", "print dialog"]
    assert not (tmp_path / "never.pdf").exists()


def test_a_wallet_card_and_a_one_page_plan_come_out_as_pdf(
    qtbot: QtBot,
    vault: Vault,
    make_context: MakeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    print_to_pdf: type[FakePrintDialog],
) -> None:
    add_member(vault, "sam")
    page = open_page(qtbot, make_context())
    for name, _title in SAFETY_PLAN_SECTIONS:
        for n in range(4):
            type_line(qtbot, page, name, f"{name} line {n} with a few more words in it")
    save(qtbot, page)

    seen: list[str] = []
    answer_message_boxes(monkeypatch, "Continue to print", seen)
    print_to_pdf.target = tmp_path / "card.pdf"
    qtbot.mouseClick(page.print_card_button, LEFT)
    assert seen == [PRINT_WARNING]
    assert print_to_pdf.opened == ["warning", "print dialog"]  # warning first
    card = (tmp_path / "card.pdf").read_bytes()
    assert card.startswith(b"%PDF")
    assert pdf_pages(card) == 1
    assert "collect it straight away" in page.message.text()

    print_to_pdf.target = tmp_path / "plan.pdf"
    qtbot.mouseClick(page.print_plan_button, LEFT)
    plan_pdf = (tmp_path / "plan.pdf").read_bytes()
    assert plan_pdf.startswith(b"%PDF")
    assert pdf_pages(plan_pdf) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [
        "card.pdf",
        "plan.pdf",
    ]

    # What was laid out: the card has the first three lines of each section, the
    # plan has every line and every heading.
    plan = SafetyPlanService(vault).get()
    card_text = card_document(plan, page.font()).toPlainText()
    assert "warning_signs line 2" in card_text and "warning_signs line 3" not in card_text
    assert "Reasons for living:" in card_text
    plan_text = plan_document(plan, page.font()).toPlainText()
    assert "6. Making my surroundings safer" in plan_text
    assert all(f"{name} line 3" in plan_text for name, _t in SAFETY_PLAN_SECTIONS)


def test_a_stale_plan_save_keeps_the_typing_and_reload_brings_the_saved_plan(
    qtbot: QtBot, vault: Vault, make_context: MakeContext
) -> None:
    # The plan is open on this page; it is changed elsewhere (another window, an
    # imported backup) before the person saves what they typed here.
    add_member(vault, "sam")
    SafetyPlanService(vault).save(SafetyPlan(coping_on_my_own=("Walk",)))
    page = open_page(qtbot, make_context())
    assert page.editors["coping_on_my_own"].items() == ("Walk",)

    SafetyPlanService(vault).save(SafetyPlan(coping_on_my_own=("Walk", "Call Jo")))
    type_line(qtbot, page, "reasons_for_living", "My cat")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: page.stale.isVisibleTo(page), timeout=5000)

    assert "What you typed is still here" in page.stale.text.text()
    assert "safety plan was changed somewhere else" in page.stale.text.text()
    assert page.editors["reasons_for_living"].items() == ("My cat",)  # typing kept
    assert page.editors["coping_on_my_own"].items() == ("Walk",)
    assert SafetyPlanService(vault).get() == SafetyPlan(coping_on_my_own=("Walk", "Call Jo"))
    assert "aren't saved" in page.state_label.text()

    reload = [b for b in page.findChildren(QAbstractButton) if b.accessibleName() == "Reload"]
    assert len(reload) == 1 and reload[0].isVisible()
    qtbot.mouseClick(reload[0], LEFT)
    qtbot.waitUntil(lambda: not page.stale.isVisibleTo(page), timeout=5000)
    wait_opened(qtbot, page)
    assert page.editors["coping_on_my_own"].items() == ("Walk", "Call Jo")
    assert page.editors["reasons_for_living"].items() == ()

    # From the reloaded revision the save goes through, and so does the next one.
    type_line(qtbot, page, "reasons_for_living", "My cat")
    save(qtbot, page)
    type_line(qtbot, page, "reasons_for_living", "Spring")
    save(qtbot, page)
    assert not page.stale.isVisibleTo(page)
    assert SafetyPlanService(vault).get() == SafetyPlan(
        coping_on_my_own=("Walk", "Call Jo"), reasons_for_living=("My cat", "Spring")
    )
