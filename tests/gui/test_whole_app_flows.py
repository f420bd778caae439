"""Whole-app flows through the shell, typed and clicked like a person:

- a facilitator invites a member and hands the keyboard over; the member creates
  their own account and lands in their own space;
- claim 1 through the GUI: everything typed into the app is absent, in every
  encoding, from every file under the data folder once the app is locked and closed.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.services.members import MembersService
from safespace_desktop.ui.account.view import AccountView
from safespace_desktop.ui.agreement.member_view import MemberAgreementView
from safespace_desktop.ui.journal.view import JournalView
from safespace_desktop.ui.member_resources.view import MemberResourcesView
from safespace_desktop.ui.members.dialogs.invitation_code import InvitationCodeDialog
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.mood.view import MoodView
from safespace_desktop.ui.safety_plan.view import SafetyPlanView
from safespace_desktop.ui.screens.claim_invitation import ClaimInvitationScreen
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.shell.workspace import Workspace
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.gui.conftest import AppHarness, make_harness
from tests.gui.roster_gui import click
from tests.gui.test_shell_session import type_unlock, unlock

pytestmark = pytest.mark.gui


def forms(marker: str) -> list[bytes]:
    return [
        marker.encode("utf-8"),
        marker.encode("utf-16-le"),
        marker.casefold().encode("utf-8"),
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


def add_member_by_typing(
    qtbot: QtBot, page: MembersView, name: str, pronouns: str, note: str
) -> None:
    click(qtbot, page.list.add_button)
    qtbot.keyClicks(page.form.name_edit, name)
    page.form.pronouns_combo.setFocus()
    page.form.pronouns_combo.lineEdit().clear()
    qtbot.keyClicks(page.form.pronouns_combo.lineEdit(), pronouns)
    qtbot.keyClicks(page.form.note_edit, note)
    click(qtbot, page.member.save_button)
    qtbot.waitUntil(lambda: not page.controller.has_unsaved_changes(), timeout=5000)


def members_page(h: AppHarness) -> MembersView:
    workspace = h.window.screen_widget
    assert isinstance(workspace, Workspace)
    page = workspace.show_page("members")  # Home is first (issue 9)
    assert isinstance(page, MembersView)
    return page


def test_hand_over_a_new_member_account(qtbot: QtBot, harness: AppHarness) -> None:
    unlock(qtbot, harness)
    page = members_page(harness)
    add_member_by_typing(qtbot, page, "Sam R.", "they/them", "")
    click(qtbot, page.member.journal.invite_button)
    qtbot.waitUntil(
        lambda: isinstance(page.dialog("invitation"), InvitationCodeDialog),
        timeout=5000,
    )
    dialog = page.dialog("invitation")
    click(qtbot, dialog.hand_over_button)

    qtbot.waitUntil(
        lambda: isinstance(harness.window.screen_widget, ClaimInvitationScreen), timeout=3000
    )
    claim = harness.window.screen_widget
    assert isinstance(claim, ClaimInvitationScreen)
    qtbot.waitUntil(lambda: not harness.controller.vault.is_unlocked, timeout=3000)  # type: ignore[union-attr]
    assert claim.code_edit.text()  # the code came across; the facilitator typed nothing
    qtbot.keyClicks(claim.handle_edit, "sunflower")
    qtbot.keyClicks(claim.passphrase.passphrase.edit, MEMBER_PASS)
    qtbot.keyClicks(claim.passphrase.confirm.edit, MEMBER_PASS)
    qtbot.mouseClick(claim.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: claim.panel is not None, timeout=5000)
    assert claim.panel is not None
    handle = claim.new_handle_label.text()  # "sunflower" and a short number, for everyone
    assert handle.startswith("sunflower-")
    qtbot.keyClicks(claim.handle_check_edit, handle)
    qtbot.keyClicks(claim.panel.check_edit, claim.panel.expected_group())
    qtbot.mouseClick(claim.continue_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=3000)
    workspace = harness.window.screen_widget
    assert isinstance(workspace, Workspace)
    # no roster for members; only the page on screen is built
    assert [spec.key for spec in workspace.specs] == [
        "journal",
        "mood",
        "safety_plan",
        "member_agreement",
        "member_meetings",  # issue 9, meet
        "member_resources",  # resources (issue 11)
        "account",
    ]
    assert [type(p) for p in workspace.pages] == [JournalView]
    for key, page_type in (
        ("mood", MoodView),
        ("safety_plan", SafetyPlanView),
        ("member_agreement", MemberAgreementView),
        ("member_resources", MemberResourcesView),  # resources (issue 11)
        ("account", AccountView),
    ):
        assert isinstance(workspace.show_page(key), page_type)
    assert f"{handle} (member)" in harness.window.who_label.text()
    assert "Locks in 3:00" in harness.window.countdown_label.text()

    harness.controller.lock()
    lock_screen = harness.window.screen_widget
    assert isinstance(lock_screen, LockScreen)
    type_unlock(qtbot, lock_screen, handle, MEMBER_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)


def test_marker_scan_through_the_gui(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> None:
    data = tmp_path / "data"
    h = make_harness(qtbot, data, clock)
    markers = [secrets.token_hex(8) for _ in range(9)]
    try:
        unlock(qtbot, h)
        page = members_page(h)
        for i in range(3):
            add_member_by_typing(
                qtbot,
                page,
                f"Name {markers[3 * i]}",
                f"p{markers[3 * i + 1]}",
                f"Note {markers[3 * i + 2]}",
            )
        vault = h.controller.vault
        assert vault is not None
        names = {m.name for m in MembersService(vault).list_members()}
        assert {f"Name {markers[0]}", f"Name {markers[3]}", f"Name {markers[6]}"} <= names
        # While unlocked, with a live WAL, nothing typed is on disk either.
        assert scan(data, markers) == []
        qtbot.keyClick(h.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert isinstance(h.window.screen_widget, LockScreen)
    finally:
        h.controller.shutdown()
        h.runner.shutdown()
    QApplication.processEvents()
    assert scan(data, markers) == []
    # Sanity control: the scanner does find a marker that reached a file.
    (data / "control.txt").write_text(markers[0], encoding="utf-16-le")
    assert scan(data, markers) == [(str(data / "control.txt"), markers[0])]


def test_idle_lock_hides_a_new_vaults_recovery_code(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    from PySide6.QtWidgets import QWizard

    from safespace_desktop.ui.dialogs.first_run_wizard import FirstRunWizard

    h = make_harness(qtbot, tmp_path / "data", clock, lock_timeout_ms=400, with_vault=False)
    try:
        h.controller.show_picker()
        h.controller.show_wizard()
        wizard = h.controller.wizard
        assert isinstance(wizard, FirstRunWizard)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(wizard.names_page.label_edit, "Tuesday group")
        qtbot.keyClicks(wizard.names_page.group_edit, "Riverside Circle")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(wizard.account_page.handle_edit, "robin")
        qtbot.keyClicks(wizard.account_page.passphrase.passphrase.edit, MEMBER_PASS)
        qtbot.keyClicks(wizard.account_page.passphrase.confirm.edit, MEMBER_PASS)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.vault_exists, timeout=5000)
        # Nobody touches anything while the recovery code is on screen.
        qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, LockScreen), timeout=3000)
        assert not wizard.isVisible()
        assert h.controller.wizard is None
        vault = h.controller.vault
        assert vault is not None
        qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=3000)  # keys go on the worker
        lock_screen = h.window.screen_widget
        assert isinstance(lock_screen, LockScreen)
        type_unlock(qtbot, lock_screen, "robin", MEMBER_PASS)
        qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, Workspace), timeout=5000)
    finally:
        h.controller.shutdown()
        h.runner.shutdown()


def test_ctrl_l_keeps_unsaved_roster_typing_and_offers_it_back(
    qtbot: QtBot, harness: AppHarness
) -> None:
    unlock(qtbot, harness)
    page = members_page(harness)
    add_member_by_typing(qtbot, page, "Sam R.", "they/them", "")
    qtbot.keyClicks(page.form.note_edit, "Prefers the window seat")
    assert page.controller.has_unsaved_changes()

    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock_screen = harness.window.screen_widget
    assert isinstance(lock_screen, LockScreen)
    vault = harness.controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=5000)

    type_unlock(qtbot, lock_screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
    page = members_page(harness)
    banner = page.member.draft_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(page), timeout=5000)
    assert page.form.note_edit.toPlainText() == ""
    click(qtbot, banner.restore_button)
    assert page.form.note_edit.toPlainText() == "Prefers the window seat"
