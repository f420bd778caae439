"""My account, group settings and their dialogs, driven the way a person would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from safespace_desktop.core.errors import NotPermitted, WrongPassphrase, WrongRecoveryCode
from safespace_desktop.core.model import GroupSettings, Role
from safespace_desktop.crypto import passphrase as policy
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.account import account_page
from safespace_desktop.ui.account.view import AccountView
from safespace_desktop.ui.dialogs.add_facilitator import AddFacilitatorDialog
from safespace_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
from safespace_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.settings import group_settings_page
from safespace_desktop.ui.settings.view import SettingsView
from safespace_desktop.ui.shell.workspace import page_specs
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.gui.agreement_helpers import open_dialog

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NEW_PASS = "copper kettle willow lighthouse"
SAM_PASS = "velvet thistle compass autumn"

MakeContext = Callable[[], SessionContext]


def messages_of(context: SessionContext) -> list[str]:
    seen: list[str] = []
    context.signals.status_message.connect(seen.append)
    return seen


def assert_buttons_named(widget: QWidget) -> None:
    for button in widget.findChildren(QAbstractButton):
        assert button.text().strip() or button.accessibleName().strip(), button


def button_texts(widget: QWidget) -> set[str]:
    return {b.text().replace("&", "") for b in widget.findChildren(QAbstractButton)}


def confirm_recovery_code(qtbot, dialog: RecoveryCodeDialog) -> str:
    """Read the code as shown, prove a wrong group is refused, type the right one."""
    groups = dialog.panel.code_label.text().split()
    asked = groups[dialog.panel.asked_group_index]
    wrong = asked[:-1] + ("0" if asked[-1] != "0" else "1")
    qtbot.keyClicks(dialog.panel.check_edit, wrong)
    assert not dialog.ok_button.isEnabled()
    assert "doesn't match" in dialog.panel.feedback.text()
    dialog.panel.check_edit.clear()
    qtbot.keyClicks(dialog.panel.check_edit, asked.lower())
    assert dialog.ok_button.isEnabled()
    assert_buttons_named(dialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return "-".join(groups)


def open_account_page(qtbot, context: SessionContext) -> AccountView:
    page = account_page(context)
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    qtbot.waitUntil(lambda: "locks itself after" in page.lock_text.text())
    return page


def recovery_question(qtbot, page: AccountView) -> QMessageBox:
    return open_dialog(qtbot, page, QMessageBox, "newRecoveryCodeQuestion")


# -- change passphrase -------------------------------------------------------------------------
def test_wrong_current_passphrase_is_explained_and_changes_nothing(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    context = make_context()
    page = open_account_page(qtbot, context)
    qtbot.mouseClick(page.change_button, LEFT)
    dialog = open_dialog(qtbot, page, ChangePassphraseDialog)
    assert_buttons_named(dialog)

    qtbot.keyClicks(dialog.current_field.edit, "not my passphrase at all")
    qtbot.keyClicks(dialog.new_passphrase.passphrase.edit, NEW_PASS)
    qtbot.keyClicks(dialog.new_passphrase.confirm.edit, NEW_PASS)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)

    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert "isn't your current passphrase" in dialog.message.text()
    assert "nothing has been changed" in dialog.message.text()
    assert dialog.isVisible()
    assert dialog.current_field.text() == ""  # cleared for another try
    assert not dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(FACILITATOR_HANDLE, NEW_PASS)
    assert vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS).principal.handle == "robin"


def test_short_new_passphrase_gets_policy_advice_and_cannot_be_saved(
    qtbot, make_context: MakeContext
) -> None:
    page = open_account_page(qtbot, make_context())
    qtbot.mouseClick(page.change_button, LEFT)
    dialog = open_dialog(qtbot, page, ChangePassphraseDialog)
    assert "at least 15 characters" in dialog.new_passphrase.feedback.text()

    qtbot.keyClicks(dialog.current_field.edit, FACILITATOR_PASS)
    qtbot.keyClicks(dialog.new_passphrase.passphrase.edit, "too short")
    qtbot.keyClicks(dialog.new_passphrase.confirm.edit, "too short")
    assert "this has 9" in dialog.new_passphrase.feedback.text()
    assert not dialog.ok_button.isEnabled()

    dialog.new_passphrase.passphrase.clear()
    qtbot.keyClicks(dialog.new_passphrase.passphrase.edit, NEW_PASS)
    assert "good to use" in dialog.new_passphrase.feedback.text()
    assert "don't match" in dialog.new_passphrase.confirm_feedback.text()
    assert not dialog.ok_button.isEnabled()


def test_change_passphrase_then_only_the_new_one_unlocks(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    context = make_context()
    seen = messages_of(context)
    page = open_account_page(qtbot, context)
    qtbot.mouseClick(page.change_button, LEFT)
    dialog = open_dialog(qtbot, page, ChangePassphraseDialog)

    qtbot.keyClicks(dialog.current_field.edit, FACILITATOR_PASS)
    qtbot.keyClicks(dialog.new_passphrase.passphrase.edit, NEW_PASS)
    qtbot.keyClicks(dialog.new_passphrase.confirm.edit, NEW_PASS)
    assert dialog.new_passphrase.confirm_feedback.text() == "✓ Both passphrases match."
    qtbot.mouseClick(dialog.ok_button, LEFT)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert any("passphrase has been changed" in m for m in seen)
    assert dialog.new_passphrase.passphrase.text() == ""  # not kept in the widget
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert vault.unlock(FACILITATOR_HANDLE, NEW_PASS).principal.role is Role.FACILITATOR


# -- recovery code ---------------------------------------------------------------------------
def test_new_recovery_code_replaces_the_old_one(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    old_code = vault.add_facilitator("sam", SAM_PASS).recovery_code
    vault.unlock("sam", SAM_PASS)
    context = make_context()
    seen = messages_of(context)
    page = open_account_page(qtbot, context)
    assert page.handle_label.text() == "sam"

    # Changing one's mind makes nothing.
    qtbot.mouseClick(page.recovery_button, LEFT)
    box = recovery_question(qtbot, page)
    assert "stop working" in box.informativeText()
    assert_buttons_named(box)
    cancel = next(b for b in box.buttons() if b.text() == "Cancel")
    qtbot.mouseClick(cancel, LEFT)
    qtbot.wait(50)
    assert page.findChildren(RecoveryCodeDialog) == []

    qtbot.mouseClick(page.recovery_button, LEFT)
    box = recovery_question(qtbot, page)
    make = next(b for b in box.buttons() if b.text() == "Make a new code")
    qtbot.mouseClick(make, LEFT)
    dialog = open_dialog(qtbot, page, RecoveryCodeDialog)
    new_code = confirm_recovery_code(qtbot, dialog)
    assert new_code != old_code
    assert any("old one no longer works" in m for m in seen)

    with pytest.raises(WrongRecoveryCode):
        vault.recover("sam", old_code, NEW_PASS)
    account = vault.recover("sam", new_code, NEW_PASS)
    assert account.principal.handle == "sam"
    assert account.principal.role is Role.FACILITATOR


# -- group settings --------------------------------------------------------------------------
def open_settings_page(qtbot, context: SessionContext) -> SettingsView:
    page = group_settings_page(context)
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    qtbot.waitUntil(lambda: page.name_edit.text() != "")
    return page


def test_group_settings_save_name_and_member_auto_lock(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    context = make_context()
    seen = messages_of(context)
    page = open_settings_page(qtbot, context)
    account = open_account_page(qtbot, context)
    assert_buttons_named(page)
    assert page.name_edit.text() == "Riverside Circle"
    assert page.facilitator_minutes.value() == 5
    assert page.member_minutes.value() == 3
    assert page.label_edit.text() == "Tuesday group"
    assert "before unlocking" in page.label_warning.text()
    assert not page.save_button.isEnabled()  # nothing to save yet
    assert "5 minute" in account.lock_text.text()

    page.name_edit.selectAll()
    qtbot.keyClicks(page.name_edit, "Harbour Friends")
    page.member_minutes.setFocus()
    qtbot.keyClick(page.member_minutes, Qt.Key.Key_Down)
    page.facilitator_minutes.setFocus()
    for _ in range(5):
        qtbot.keyClick(page.facilitator_minutes, Qt.Key.Key_Up)
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(context.changes.changed):
        qtbot.mouseClick(page.save_button, LEFT)

    qtbot.waitUntil(lambda: "Saved" in page.save_message.text())
    assert vault.settings() == GroupSettings(
        group_name="Harbour Friends", facilitator_lock_seconds=600, member_lock_seconds=120
    )
    assert "Group settings saved." in seen
    assert "Saved" in page.save_message.text()
    assert not page.save_button.isEnabled()
    qtbot.waitUntil(lambda: "10 minute" in account.lock_text.text())  # it followed along


def test_group_settings_empty_name_is_refused_inline(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    context = make_context()
    changed: list[bool] = []
    context.changes.changed.connect(lambda _changes: changed.append(True))
    page = open_settings_page(qtbot, context)
    page.name_edit.selectAll()
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Delete)
    assert page.name_edit.text() == ""
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: page.save_message.isVisible())
    assert "Please enter the group's name" in page.save_message.text()
    assert "Not saved" in page.save_message.text()
    assert vault.settings().group_name == "Riverside Circle"
    assert not changed


def test_add_facilitator_with_recovery_code_then_they_can_unlock(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    context = make_context()
    seen = messages_of(context)
    page = open_settings_page(qtbot, context)
    qtbot.mouseClick(page.add_button, LEFT)
    dialog = open_dialog(qtbot, page, AddFacilitatorDialog)
    assert_buttons_named(dialog)
    assert not dialog.ok_button.isEnabled()

    # A handle that is taken is explained next to the handle.
    qtbot.keyClicks(dialog.handle_edit, "Robin")
    qtbot.keyClicks(dialog.new_passphrase.passphrase.edit, SAM_PASS)
    qtbot.keyClicks(dialog.new_passphrase.confirm.edit, SAM_PASS)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: dialog.handle_message.isVisible())
    assert "already taken" in dialog.handle_message.text()
    assert dialog.recovery_dialog is None

    # They pick another handle and take the suggested passphrase.
    dialog.handle_edit.clear()
    qtbot.keyClicks(dialog.handle_edit, "sam")
    assert not dialog.handle_message.isVisible()
    qtbot.mouseClick(dialog.new_passphrase.suggest_button, LEFT)
    suggested = dialog.new_passphrase.passphrase.text()
    assert policy.problem(suggested) is None
    assert dialog.new_passphrase.passphrase.toggle.isChecked()  # shown so it can be read
    assert dialog.new_passphrase.confirm.text() == ""
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.new_passphrase.confirm.edit, suggested)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)

    qtbot.waitUntil(
        lambda: dialog.recovery_dialog is not None and dialog.recovery_dialog.isVisible()
    )
    assert dialog.recovery_dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cannot be dismissed before the code is copied
    assert dialog.isVisible()
    confirm_recovery_code(qtbot, dialog.recovery_dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert any("new facilitator has been added" in m for m in seen)

    vault.lock()
    outcome = vault.unlock("sam", suggested)
    assert outcome.principal.role is Role.FACILITATOR


# -- members ---------------------------------------------------------------------------------
def test_member_sees_private_space_and_no_facilitator_controls(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "sky", MEMBER_PASS, exact_handle=True)
    context = make_context()
    page = open_account_page(qtbot, context)
    assert_buttons_named(page)

    assert page.member_header is not None and page.member_header.isVisible()
    header_text = " ".join(
        label.text() for label in page.member_header.findChildren(QWidget) if hasattr(label, "text")
    )
    assert "Your private space" in header_text
    assert "Facilitators cannot open it" in header_text
    assert page.facilitator_note is None
    assert page.handle_label.text() == "sky"
    assert page.role_label.text() == "Member"
    assert "3 minute" in page.lock_text.text()
    assert button_texts(page) == {
        "Change passphrase…",
        "Make a new recovery code…",
        "Export my journal…",
        "Import a journal backup…",
        "Lock now",
    }
    with pytest.raises(NotPermitted):
        group_settings_page(context)

    with qtbot.waitSignal(context.signals.lock_requested):
        qtbot.mouseClick(page.lock_button, LEFT)


def test_member_can_change_their_own_passphrase(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "sky", MEMBER_PASS, exact_handle=True)
    page = open_account_page(qtbot, make_context())
    qtbot.mouseClick(page.change_button, LEFT)
    dialog = open_dialog(qtbot, page, ChangePassphraseDialog)
    qtbot.keyClicks(dialog.current_field.edit, MEMBER_PASS)
    qtbot.keyClicks(dialog.new_passphrase.passphrase.edit, NEW_PASS)
    qtbot.keyClicks(dialog.new_passphrase.confirm.edit, NEW_PASS)
    qtbot.keyClick(dialog.new_passphrase.confirm.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock("sky", MEMBER_PASS)
    assert vault.unlock("sky", NEW_PASS).principal.role is Role.MEMBER


def test_facilitator_account_page_names_the_role(qtbot, make_context: MakeContext) -> None:
    page = open_account_page(qtbot, make_context())
    titles = [s.title for s in page_specs(page.controller.context.principal) if s.key == "account"]
    assert titles == ["My account"]
    assert page.role_label.text() == "Facilitator"
    assert page.member_header is None
    assert page.facilitator_note is not None and page.facilitator_note.isVisible()
    assert "Ctrl+L" in page.lock_hint.text()
    assert_buttons_named(page)


def test_the_vault_label_can_be_renamed_and_says_its_limit(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    """Issue 8: the label was read-only and cut to 60 characters without a word."""
    context = make_context()
    page = open_settings_page(qtbot, context)
    assert not page.label_edit.isReadOnly()
    assert not page.label_limit.isVisible()
    page.label_edit.selectAll()
    qtbot.keyClicks(page.label_edit, "Room 2 " + "x" * 70)
    assert len(page.label_edit.text()) == 60
    assert page.label_limit.isVisible()
    assert "60 characters" in page.label_limit.text()
    page.label_edit.selectAll()
    qtbot.keyClicks(page.label_edit, "Room 2, Tuesdays")
    assert not page.label_limit.isVisible()
    with qtbot.waitSignal(context.changes.changed):
        qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: "Saved" in page.save_message.text())
    assert vault.summary().label == "Room 2, Tuesdays"
    assert not page.save_button.isEnabled()


def test_the_group_name_says_when_it_is_full(qtbot, make_context: MakeContext) -> None:
    page = open_settings_page(qtbot, make_context())
    page.name_edit.selectAll()
    qtbot.keyClicks(page.name_edit, "n" * (page.name_edit.maxLength() + 5))
    assert page.name_limit.isVisible()
    assert str(page.name_edit.maxLength()) in page.name_limit.text()


def test_a_refused_label_saves_nothing_else_either(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    """One save, one transaction: the name and retention are not kept without the label."""
    page = open_settings_page(qtbot, make_context())
    page.name_edit.selectAll()
    qtbot.keyClicks(page.name_edit, "Harbour Friends")
    page.retention_months.setFocus()
    qtbot.keyClick(page.retention_months, Qt.Key.Key_Up)
    page.label_edit.selectAll()
    qtbot.keyClick(page.label_edit, Qt.Key.Key_Delete)
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: "Not saved" in page.save_message.text())
    assert "label" in page.save_message.text()
    assert page.focusWidget() is page.label_edit
    assert vault.settings().group_name == "Riverside Circle"
    assert vault.summary().label == "Tuesday group"
    from safespace_desktop.services.retention import RetentionService

    assert RetentionService(vault).retention_months() == 12


def test_a_stale_group_settings_save_keeps_the_typing_and_reload_brings_the_saved_ones(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    context = make_context()
    page = open_settings_page(qtbot, context)
    assert page.name_edit.text() == "Riverside Circle"
    assert not page.stale.isVisibleTo(page)

    # Changed elsewhere (another window, a sync import) while this page is open.
    vault.update_settings(GroupSettings("Harbour Friends", 300, 180))
    page.name_edit.selectAll()
    qtbot.keyClicks(page.name_edit, "Lakeside Circle")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: page.stale.isVisibleTo(page), timeout=5000)

    assert "What you typed is still here" in page.stale.text.text()
    assert "group settings" in page.stale.text.text()
    assert page.name_edit.text() == "Lakeside Circle"  # typing kept
    assert vault.settings().group_name == "Harbour Friends"  # their change kept
    assert page.save_button.isEnabled()

    reload = [b for b in page.findChildren(QAbstractButton) if b.accessibleName() == "Reload"]
    assert len(reload) == 1 and reload[0].isVisible()
    qtbot.mouseClick(reload[0], LEFT)
    qtbot.waitUntil(lambda: not page.stale.isVisibleTo(page), timeout=5000)
    qtbot.waitUntil(lambda: page.name_edit.text() == "Harbour Friends", timeout=5000)

    # From the reloaded revisions the save goes through, and so does the next one.
    for name in ("Lakeside Circle", "Lakeside Friends"):
        page.name_edit.selectAll()
        qtbot.keyClicks(page.name_edit, name)
        qtbot.mouseClick(page.save_button, LEFT)
        qtbot.waitUntil(lambda: "Saved" in page.save_message.text(), timeout=5000)
        assert vault.settings().group_name == name
        qtbot.waitUntil(lambda: not page.busy_label.isVisibleTo(page), timeout=5000)
        page.say("")
    assert not page.stale.isVisibleTo(page)


def test_the_group_can_choose_to_keep_talk_time_totals(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    from safespace_desktop.services import group_settings

    context = make_context()
    page = open_settings_page(qtbot, context)
    assert not page.keep_talk_totals.isChecked()  # off unless the group chooses it
    page.keep_talk_totals.setFocus()
    qtbot.keyClick(page.keep_talk_totals, Qt.Key.Key_Space)
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: "Saved" in page.save_message.text())
    assert group_settings.keeps_talk_totals(vault)
