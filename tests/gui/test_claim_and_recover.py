"""A member claims an invitation; a facilitator recovers with a recovery code.

Each screen is wired to a real Vault through a TaskRunner in a few lines, the way
the app controller does it: the slow vault call runs on the worker thread, then the
screen is told ``show_failure(exc)`` or ``show_new_account(account)``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.errors import (
    InvitationInvalid,
    MalformedRecoveryCode,
    PassphraseRejected,
    WrongPassphrase,
    WrongRecoveryCode,
)
from safespace_desktop.core.model import NewAccount, Role
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.runtime.ops import OpRunner
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.screens.account_flow import AccountFlowScreen
from safespace_desktop.ui.screens.claim_invitation import ClaimInvitationScreen
from safespace_desktop.ui.screens.recover_account import RecoverAccountScreen
from safespace_desktop.ui.session.changes import ChangeBus
from safespace_desktop.ui.wording.errors import describe
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS

pytestmark = pytest.mark.gui

NEW_PASS = "copper kettle violet sunrise"
CO_FACILITATOR_PASS = "harbour lantern quiet pebble"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def _answer(screen: AccountFlowScreen) -> tuple[object, object]:
    def done(account: NewAccount) -> None:
        screen.show_new_account(account)

    def failed(exc: BaseException) -> None:
        screen.show_failure(exc)

    return done, failed


def wire_claim(screen: ClaimInvitationScreen, vault: Vault, runner: TaskRunner) -> None:
    done, failed = _answer(screen)

    def claim(code: str, handle: str, secret: str) -> None:
        screen.set_busy(True)
        ops = OpRunner(runner, ChangeBus(screen), screen)
        ops.query(screen, lambda _ctx: vault.claim_invitation(code, handle, secret)).on_success(
            done
        ).on_failure(failed).run()

    screen.claim_requested.connect(claim)


def wire_recover(screen: RecoverAccountScreen, vault: Vault, runner: TaskRunner) -> None:
    done, failed = _answer(screen)

    def recover(handle: str, code: str, secret: str) -> None:
        screen.set_busy(True)
        ops = OpRunner(runner, ChangeBus(screen), screen)
        ops.query(screen, lambda _ctx: vault.recover(handle, code, secret)).on_success(
            done
        ).on_failure(failed).run()

    screen.recover_requested.connect(recover)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def confirm_code(qtbot: QtBot, screen: AccountFlowScreen) -> None:
    panel = screen.panel
    assert panel is not None
    assert not screen.continue_button.isEnabled()
    qtbot.keyClicks(panel.check_edit, panel.expected_group())
    assert screen.continue_button.isEnabled()


def confirm_handle_and_code(qtbot: QtBot, screen: ClaimInvitationScreen) -> str:
    """Read the whole handle as shown, type it back (capitals don't matter), then the code."""
    handle = screen.new_handle_label.text()
    # focusWidget, not hasFocus: the offscreen platform may not activate the window.
    qtbot.waitUntil(lambda: screen.focusWidget() is screen.handle_check_edit, timeout=2000)
    panel = screen.panel
    assert panel is not None
    qtbot.keyClicks(panel.check_edit, panel.expected_group())
    assert not screen.continue_button.isEnabled()  # the handle is not checked yet
    qtbot.keyClicks(screen.handle_check_edit, handle.rpartition("-")[0] + "-0000")
    assert not screen.continue_button.isEnabled()
    assert "doesn't match" in screen.handle_feedback.text()
    screen.handle_check_edit.clear()
    qtbot.keyClicks(screen.handle_check_edit, handle.upper())
    assert screen.continue_button.isEnabled()
    return handle


def is_tagged(handle: str, chosen: str) -> bool:
    base, dash, tag = handle.rpartition("-")
    return base == chosen and dash == "-" and len(tag) == 4 and tag.isdigit()


def all_line_edits_empty(screen: QWidget) -> bool:
    return all(not edit.text() for edit in screen.findChildren(QLineEdit))


# ---------------------------------------------------------------- claiming an invitation


def test_member_claims_an_invitation_and_ends_unlocked_as_a_member(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    invitation = vault.invite_member()
    vault.lock()
    screen = ClaimInvitationScreen()
    qtbot.addWidget(screen)
    screen.show()
    wire_claim(screen, vault, runner)

    assert not screen.submit_button.isEnabled()
    qtbot.keyClicks(screen.code_edit, invitation.code.lower())  # case doesn't matter
    qtbot.keyClicks(screen.handle_edit, "sunflower")
    qtbot.keyClicks(screen.passphrase.passphrase.edit, MEMBER_PASS)
    assert not screen.submit_button.isEnabled()  # not confirmed yet
    qtbot.keyClicks(screen.passphrase.confirm.edit, MEMBER_PASS)
    assert screen.submit_button.isEnabled()
    note = screen.privacy_note.findChild(QLabel)
    assert note is not None and "not even the facilitators" in note.text()

    click(qtbot, screen.submit_button)
    qtbot.waitUntil(screen.showing_recovery_code)
    assert vault.principal is not None
    assert vault.principal.role is Role.MEMBER
    handle = vault.principal.handle
    assert is_tagged(handle, "sunflower")  # every member handle gets a short number
    assert screen.new_handle_label.text() == handle
    assert not screen.passphrase.text()  # dropped as soon as the account exists

    with qtbot.assertNotEmitted(screen.finished):
        click(qtbot, screen.continue_button)  # not confirmed: nothing happens
    assert confirm_handle_and_code(qtbot, screen) == handle
    with qtbot.waitSignal(screen.finished):
        click(qtbot, screen.continue_button)

    vault.lock()
    assert vault.unlock(handle, MEMBER_PASS).principal.role is Role.MEMBER

    screen.reset()
    assert not screen.showing_recovery_code()
    assert screen.panel is None
    assert screen.new_handle_label.text() == ""
    assert all_line_edits_empty(screen)


def test_prefilled_code_and_enter_to_submit(qtbot: QtBot, vault: Vault, runner: TaskRunner) -> None:
    invitation = vault.invite_member()
    vault.lock()
    screen = ClaimInvitationScreen()
    qtbot.addWidget(screen)
    screen.show()
    wire_claim(screen, vault, runner)
    screen.set_code(invitation.code)
    assert screen.code_edit.text() == invitation.code
    qtbot.keyClicks(screen.handle_edit, "heron")
    qtbot.keyClicks(screen.passphrase.passphrase.edit, MEMBER_PASS)
    qtbot.keyClicks(screen.passphrase.confirm.edit, MEMBER_PASS)
    qtbot.keyClick(screen.passphrase.confirm.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.showing_recovery_code)
    assert vault.principal is not None and is_tagged(vault.principal.handle, "heron")


def test_a_wrong_code_is_explained_and_everything_typed_is_kept(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    vault.invite_member()
    vault.lock()
    screen = ClaimInvitationScreen()
    qtbot.addWidget(screen)
    screen.show()
    wire_claim(screen, vault, runner)

    qtbot.keyClicks(screen.code_edit, "AAAAA-BBBBB")
    qtbot.keyClicks(screen.handle_edit, "sunflower")
    qtbot.keyClicks(screen.passphrase.passphrase.edit, MEMBER_PASS)
    qtbot.keyClicks(screen.passphrase.confirm.edit, MEMBER_PASS)
    click(qtbot, screen.submit_button)
    assert screen.is_busy()
    assert not screen.code_edit.isEnabled()
    qtbot.waitUntil(lambda: screen.error_box.isVisible())

    assert screen.error_box.text_label.text() == describe(InvitationInvalid())
    assert not screen.is_busy()
    assert screen.code_edit.isEnabled()
    assert screen.code_edit.text() == "AAAAA-BBBBB"
    assert screen.handle_edit.text() == "sunflower"
    # Issue 8: the passphrase was not the problem, so it is kept (it used to be cleared).
    assert screen.passphrase.passphrase.text() == MEMBER_PASS
    assert screen.passphrase.confirm.text() == MEMBER_PASS
    assert screen.submit_button.isEnabled()
    assert screen.code_edit.hasFocus()
    assert not screen.showing_recovery_code()
    assert vault.principal is None

    # Fixing the code makes the old message go (it used to stay on screen).
    qtbot.keyClick(screen.code_edit, Qt.Key.Key_Backspace)
    assert not screen.error_box.isVisible()


def test_the_claim_form_holds_back_a_weak_passphrase(qtbot: QtBot) -> None:
    screen = ClaimInvitationScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.code_edit, "AAAAA-BBBBB")
    qtbot.keyClicks(screen.handle_edit, "sunflower")
    qtbot.keyClicks(screen.passphrase.passphrase.edit, "password")
    qtbot.keyClicks(screen.passphrase.confirm.edit, "password")
    assert "at least 15" in screen.passphrase.feedback.text()
    assert not screen.submit_button.isEnabled()
    with qtbot.assertNotEmitted(screen.claim_requested):
        qtbot.keyClick(screen.passphrase.confirm.edit, Qt.Key.Key_Return)
    click(qtbot, screen.passphrase.suggest_button)
    assert screen.submit_button.isEnabled()
    with qtbot.waitSignal(screen.cancelled):
        click(qtbot, screen.cancel_button)


# ---------------------------------------------------------------- account recovery


def test_recovery_sets_a_new_passphrase_and_the_old_code_is_refused_next_time(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    account = vault.add_facilitator("kestrel", CO_FACILITATOR_PASS)
    first_code = account.recovery_code
    vault.lock()
    screen = RecoverAccountScreen()
    qtbot.addWidget(screen)
    screen.show()
    wire_recover(screen, vault, runner)

    qtbot.keyClicks(screen.handle_edit, "kestrel")
    # Typed from paper: lower case, spaces instead of dashes.
    qtbot.keyClicks(screen.code_edit, first_code.replace("-", " ").lower())
    assert screen.code_feedback.text().startswith("✓")
    qtbot.keyClicks(screen.passphrase.passphrase.edit, NEW_PASS)
    qtbot.keyClicks(screen.passphrase.confirm.edit, NEW_PASS)
    assert screen.submit_button.isEnabled()
    click(qtbot, screen.submit_button)
    qtbot.waitUntil(screen.showing_recovery_code)

    assert vault.principal is not None
    assert vault.principal.handle == "kestrel"
    assert vault.principal.role is Role.FACILITATOR
    assert screen.panel is not None
    assert screen.panel.code_label.text().replace(" ", "-") != first_code
    confirm_code(qtbot, screen)
    with qtbot.waitSignal(screen.finished):
        click(qtbot, screen.continue_button)

    vault.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock("kestrel", CO_FACILITATOR_PASS)
    assert vault.unlock("kestrel", NEW_PASS).principal.handle == "kestrel"
    vault.lock()

    # Using the same code a second time is refused, kindly.
    screen.reset()
    assert all_line_edits_empty(screen)
    qtbot.keyClicks(screen.handle_edit, "kestrel")
    qtbot.keyClicks(screen.code_edit, first_code)
    qtbot.keyClicks(screen.passphrase.passphrase.edit, "another long passphrase here")
    qtbot.keyClicks(screen.passphrase.confirm.edit, "another long passphrase here")
    click(qtbot, screen.submit_button)
    qtbot.waitUntil(lambda: screen.error_box.isVisible())
    assert screen.error_box.text_label.text() == describe(WrongRecoveryCode())
    assert screen.handle_edit.text() == "kestrel"
    assert screen.code_edit.text() == first_code
    assert screen.passphrase.text() == "another long passphrase here"  # not the problem
    assert vault.principal is None
    assert vault.unlock("kestrel", NEW_PASS).principal.handle == "kestrel"
    # The first facilitator was never touched.
    vault.lock()
    assert vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS).principal.is_facilitator


def test_the_recovery_code_field_counts_and_catches_typos(qtbot: QtBot, vault: Vault) -> None:
    code = vault.add_facilitator("kestrel", CO_FACILITATOR_PASS).recovery_code
    screen = RecoverAccountScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.handle_edit, "kestrel")
    qtbot.keyClicks(screen.passphrase.passphrase.edit, NEW_PASS)
    qtbot.keyClicks(screen.passphrase.confirm.edit, NEW_PASS)

    qtbot.keyClicks(screen.code_edit, code[:9])  # "XXXX-XXXX" → 8 characters
    assert screen.code_feedback.text().startswith("8 of 27")
    assert not screen.submit_button.isEnabled()

    screen.code_edit.clear()
    last = code[-1]
    typo = code[:-1] + ("0" if last != "0" else "1")
    qtbot.keyClicks(screen.code_edit, typo)
    assert screen.code_feedback.text() == describe(MalformedRecoveryCode(""))
    assert not screen.submit_button.isEnabled()

    screen.code_edit.clear()
    qtbot.keyClicks(screen.code_edit, code)
    assert screen.submit_button.isEnabled()
    with qtbot.waitSignal(screen.recover_requested) as requested:
        click(qtbot, screen.submit_button)
    assert requested.args == ["kestrel", code, NEW_PASS]
    with qtbot.waitSignal(screen.cancelled):
        screen.set_busy(False)
        click(qtbot, screen.cancel_button)


def test_reset_clears_every_field(qtbot: QtBot) -> None:
    for screen in (ClaimInvitationScreen(), RecoverAccountScreen()):
        qtbot.addWidget(screen)
        screen.show()
        for edit in screen.findChildren(QLineEdit):
            qtbot.keyClicks(edit, "something typed here")
        screen.show_error("A message")
        screen.reset()
        assert all_line_edits_empty(screen)
        assert not screen.error_box.isVisible()
        assert not screen.submit_button.isEnabled()


def test_a_claim_never_says_a_handle_is_taken(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    """Issue 8: "already taken" told anyone at this PC which handles exist."""
    invitation = vault.invite_member()
    vault.lock()
    screen = ClaimInvitationScreen()
    qtbot.addWidget(screen)
    screen.show()
    wire_claim(screen, vault, runner)
    screen.set_code(invitation.code)
    qtbot.keyClicks(screen.handle_edit, FACILITATOR_HANDLE)  # the facilitator's handle
    qtbot.keyClicks(screen.passphrase.passphrase.edit, MEMBER_PASS)
    qtbot.keyClicks(screen.passphrase.confirm.edit, MEMBER_PASS)
    click(qtbot, screen.submit_button)
    qtbot.waitUntil(screen.showing_recovery_code)
    assert not screen.error_box.isVisible()
    handle = screen.new_handle_label.text()
    assert is_tagged(handle, FACILITATOR_HANDLE)
    assert "taken" not in " ".join(label.text() for label in screen.findChildren(QLabel))
    handle = confirm_handle_and_code(qtbot, screen)
    with qtbot.waitSignal(screen.finished):
        click(qtbot, screen.continue_button)
    # Both handles open their own account, and only their own.
    vault.lock()
    assert vault.unlock(handle, MEMBER_PASS).principal.role is Role.MEMBER
    vault.lock()
    assert vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS).principal.is_facilitator


def test_a_passphrase_refused_by_the_vault_is_cleared_and_focused(qtbot: QtBot) -> None:
    screen = ClaimInvitationScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.code_edit, "AAAAA-BBBBB")
    qtbot.keyClicks(screen.handle_edit, "sunflower")
    qtbot.keyClicks(screen.passphrase.passphrase.edit, MEMBER_PASS)
    qtbot.keyClicks(screen.passphrase.confirm.edit, MEMBER_PASS)
    screen.set_busy(True)
    screen.show_failure(PassphraseRejected("too_common"))
    assert screen.passphrase.text() == ""
    assert screen.handle_edit.text() == "sunflower" and screen.code_edit.text() == "AAAAA-BBBBB"
    field = screen.passphrase.passphrase
    assert screen.focusWidget() in (field, field.edit)
    assert "too common" in screen.error_box.text()
