"""Decides which screen the shell shows, and owns the session lifecycle.

Vault picker → (first-run wizard | demo) → lock screen → workspace, and back to
the lock screen on Ctrl+L, F12, idle time-out or a hand-over to a member. Views
only emit what the person asked for; this controller calls the services (slow ones
on the TaskRunner) and tells the views what happened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from safespace_desktop.core.errors import Throttled
from safespace_desktop.core.vault_summary import VaultSummary
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.ui.clipboard import SensitiveClipboard
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.inactivity import InactivityWatcher
from safespace_desktop.ui.main_window import MainWindow
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.screens.welcome import WelcomeScreen
from safespace_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    # Fast start (issue 8): these pull in SQLAlchemy and the services, so they are
    # imported inside the methods that need them, after the first window is up.
    from safespace_desktop.core.model import NewAccount, UnlockOutcome
    from safespace_desktop.crypto.kdf import KdfParams
    from safespace_desktop.services.vault import Vault
    from safespace_desktop.ui.context import SessionContext
    from safespace_desktop.ui.dialogs.crisis_lines import CrisisLinesDialog
    from safespace_desktop.ui.dialogs.first_run_wizard import FirstRunWizard
    from safespace_desktop.ui.screens.account_flow import AccountFlowScreen

DemoBuilder = Callable[..., Any]


class AppController(QObject):
    def __init__(
        self,
        window: MainWindow,
        directory: VaultDirectory,
        runner: TaskRunner,
        *,
        calibrate: Callable[..., KdfParams],
        demo_builder: DemoBuilder,
        demo_accounts: Sequence[tuple[str, str, str]],
        lock_timeout_ms: int | None = None,
        clipboard: SensitiveClipboard | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.directory = directory
        self.runner = runner
        self.calibrate = calibrate
        self.demo_builder = demo_builder
        self.demo_accounts = demo_accounts
        self.lock_timeout_override_ms = lock_timeout_ms
        self.clipboard = clipboard or SensitiveClipboard(self)
        self.vault: Vault | None = None
        self.context: SessionContext | None = None
        self.wizard: FirstRunWizard | None = None
        self.crisis_dialog: CrisisLinesDialog | None = None
        self.inactivity = InactivityWatcher(self)
        self.inactivity.expired.connect(self.lock)
        self.inactivity.remaining_changed.connect(window.set_countdown)
        window.lock_action.triggered.connect(self.lock)
        window.hide_action.triggered.connect(self.quick_hide)
        window.switch_action.triggered.connect(self.show_picker)
        window.quit_action.triggered.connect(window.close)
        window.about_action.triggered.connect(self._about)
        window.privacy_action.triggered.connect(self._privacy)
        window.close_handler = self.shutdown

    # ------------------------------------------------------------------ entry points
    def start(self, *, open_demo: bool = False) -> None:
        if open_demo:
            self.open_demo()
        else:
            self.show_picker()

    def show_picker(self) -> None:
        self._end_session()
        self._close_vault()
        screen = WelcomeScreen()
        screen.set_vaults(self.directory.list_vaults())
        screen.open_requested.connect(self.open_vault)
        screen.create_requested.connect(self.show_wizard)
        screen.demo_requested.connect(self.open_demo)
        self.window.switch_action.setEnabled(False)
        self.window.set_screen(screen)

    def show_wizard(self) -> None:
        from safespace_desktop.ui.dialogs.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(self.directory, self.runner, self.calibrate, self.window)
        wizard.vault_opened.connect(self._on_wizard_vault_opened)
        wizard.vault_created.connect(self._on_vault_created)
        self.wizard = wizard
        wizard.finished.connect(lambda _result: self._wizard_closed(wizard))
        wizard.open()

    def _wizard_closed(self, wizard: FirstRunWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None

    def _on_wizard_vault_opened(self, vault: Vault) -> None:
        # The creator is unlocked while their recovery code is on screen: guard it with
        # the same idle lock as any session.
        self.vault = vault
        self._restart_inactivity()

    def open_demo(self) -> None:
        self.runner.run(
            self.demo_builder,
            self.directory.paths,
            on_done=lambda path: self._open_demo_path(path),
            on_error=self._show_error_box,
            progress_text=self.tr("Preparing the demo group…"),
            report_progress=True,
            parent=self.window,
        )

    def _open_demo_path(self, path: Any) -> None:
        self.open_vault(VaultSummary("demo", self.tr("Demo group"), path, True))

    def open_vault(self, summary: VaultSummary) -> None:
        self._end_session()
        self._close_vault()
        try:
            self.vault = self.directory.open_vault(summary)
        except Exception as exc:  # a missing, foreign or newer file: say so kindly
            self._show_error_box(exc)
            return
        self.show_lock_screen()

    # ------------------------------------------------------------------ lock screen
    def show_lock_screen(self, message: str | None = None) -> None:
        assert self.vault is not None
        summary = self.vault.summary()
        screen = LockScreen(summary.label)
        if summary.is_demo:
            screen.show_demo_accounts(self.demo_accounts)
        screen.unlock_requested.connect(self._unlock)
        screen.recover_requested.connect(self.show_recovery)
        screen.invitation_requested.connect(lambda: self.show_claim(""))
        screen.switch_vault_requested.connect(self.show_picker)
        screen.crisis_lines_requested.connect(self.show_crisis_lines)
        self.window.switch_action.setEnabled(True)
        self.window.set_screen(screen)
        screen.reset()
        if message:
            screen.show_error(message)

    def show_crisis_lines(self) -> None:
        """The public crisis-line directory; works while the vault is locked (W8)."""
        if self.vault is None:
            return
        from safespace_desktop.core.roster import today_from
        from safespace_desktop.services.crisis_lines import CrisisLinesService
        from safespace_desktop.ui.dialogs.crisis_lines import CrisisLinesDialog

        try:
            lines = CrisisLinesService(self.vault).list_lines()
        except Exception as exc:  # a damaged file: say so kindly rather than show nothing
            self._show_error_box(exc)
            return
        dialog = CrisisLinesDialog(lines, self.window, today=today_from(self.vault.clock.now()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.crisis_dialog = dialog
        dialog.open()

    def _unlock(self, handle: str, passphrase: str) -> None:
        screen = self.window.screen_widget
        assert isinstance(screen, LockScreen) and self.vault is not None
        screen.set_busy(True)

        def failed(exc: BaseException) -> None:
            if self.window.screen_widget is not screen:
                return
            screen.set_busy(False)
            if isinstance(exc, Throttled):
                screen.show_throttled(exc.wait_seconds)
            else:
                screen.show_error(describe(exc))

        self.runner.run(
            self.vault.unlock,
            handle,
            passphrase,
            on_done=self._on_unlocked,
            on_error=failed,
        )

    def _on_unlocked(self, outcome: UnlockOutcome) -> None:
        self._enter_workspace()
        failures = outcome.failed_attempts_since_last_unlock
        if failures == 1:
            text = self.tr("1 failed attempt since your last unlock.")
        elif failures > 1:
            text = self.tr("%1 failed attempts since your last unlock.").replace(
                "%1", str(failures)
            )
        else:
            return
        self.window.statusBar().showMessage(text, 15000)

    # ------------------------------------------------------------------ claim / recover
    def show_claim(self, code: str) -> None:
        from safespace_desktop.ui.screens.claim_invitation import ClaimInvitationScreen

        screen = ClaimInvitationScreen()
        if code:
            screen.set_code(code)
        assert self.vault is not None
        self._show_account_flow(screen, screen.claim_requested, self.vault.claim_invitation)

    def show_recovery(self) -> None:
        from safespace_desktop.ui.screens.recover_account import RecoverAccountScreen

        screen = RecoverAccountScreen()
        assert self.vault is not None
        self._show_account_flow(screen, screen.recover_requested, self.vault.recover)

    def _show_account_flow(
        self, screen: AccountFlowScreen, requested: Any, work: Callable[..., NewAccount]
    ) -> None:
        """Claim and recovery share one shape: three strings in, a new recovery code out."""
        screen.cancelled.connect(self.show_lock_screen)
        screen.finished.connect(self._enter_workspace)

        def submit(first: str, second: str, third: str) -> None:
            screen.set_busy(True)
            self.runner.run(
                work,
                first,
                second,
                third,
                on_done=lambda account: self._show_new_code(screen, account),
                on_error=lambda exc: self._screen_error(screen, exc),
            )

        requested.connect(submit)
        self.window.set_screen(screen)

    def _show_new_code(self, screen: AccountFlowScreen, account: NewAccount) -> None:
        if self.window.screen_widget is screen:
            screen.set_busy(False)
            screen.show_recovery_code(account.recovery_code)
            # The person is unlocked now; if they walk away, the code must not stay on screen.
            self._restart_inactivity()

    def _screen_error(self, screen: AccountFlowScreen, exc: BaseException) -> None:
        if self.window.screen_widget is screen:
            screen.set_busy(False)
            screen.show_error(describe(exc))

    # ------------------------------------------------------------------ session
    def _on_vault_created(self, vault: Vault, _account: NewAccount) -> None:
        self.wizard = None
        if self.vault is not vault:
            self._end_session()
            self._close_vault()
            self.vault = vault
        self._enter_workspace()

    def _enter_workspace(self) -> None:
        from safespace_desktop.ui.context import SessionContext, SessionSignals
        from safespace_desktop.ui.workspace import Workspace

        assert self.vault is not None
        principal = self.vault.principal
        if principal is None:
            self.show_lock_screen()
            return
        signals = SessionSignals()
        self.context = SessionContext(self.vault, principal, self.runner, self.clipboard, signals)
        signals.lock_requested.connect(self.lock)
        signals.status_message.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        signals.settings_changed.connect(self._restart_inactivity)
        signals.hand_over_to_member.connect(self.hand_over)
        settings = self.vault.settings()
        self.window.set_screen(Workspace(self.context, settings.group_name))
        role = self.tr("facilitator") if principal.is_facilitator else self.tr("member")
        self.window.set_unlocked(
            self.tr("Unlocked: %1 (%2)").replace("%1", principal.handle).replace("%2", role)
        )
        self._restart_inactivity()

    def _restart_inactivity(self) -> None:
        if self.vault is None or not self.vault.is_unlocked:
            return
        timeout = self.lock_timeout_override_ms or self.vault.lock_seconds() * 1000
        self.inactivity.start(timeout)
        self.window.set_countdown(timeout // 1000)

    def _end_session(self) -> None:
        """Destroy everything the unlocked person could see, then drop their keys."""
        self.inactivity.stop()
        self.clipboard.clear_if_ours()
        self.context = None
        self.window.set_unlocked(None)
        if self.vault is not None:
            self.vault.lock()

    def lock(self) -> None:
        if self.vault is None:
            return
        was_unlocked = self.vault.is_unlocked or self.context is not None
        if self.wizard is not None:
            self.wizard.abandon()
            self.wizard = None
        # Replace the screen first, so nothing stays visible while the keys are dropped.
        self.show_lock_screen()
        self._end_session()
        if was_unlocked:
            self.window.statusBar().showMessage(self.tr("Locked."), 4000)

    def quick_hide(self) -> None:
        self.lock()
        self.window.showMinimized()

    def hand_over(self, code: str) -> None:
        """A facilitator invited a member who sits down now: lock, then the claim screen."""
        self._end_session()
        self.show_claim(code)

    def _close_vault(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    def shutdown(self) -> None:
        self._end_session()
        self._close_vault()

    # ------------------------------------------------------------------ dialogs
    def _show_error_box(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("SafeSpace"), describe(exc))

    def _about(self) -> None:
        from safespace_desktop import __version__

        QMessageBox.about(
            self.window,
            self.tr("About SafeSpace"),
            self.tr(
                "SafeSpace Desktop %1\n\nAn offline companion for peer support groups. "
                "It never connects to the internet."
            ).replace("%1", __version__),
        )

    def _privacy(self) -> None:
        QMessageBox.information(
            self.window,
            self.tr("How your privacy is protected"),
            self.tr(
                "Everything you type is encrypted before it is saved on this computer.\n\n"
                "Facilitators hold the key to the group's records. Each member's private "
                "space has its own key, protected only by that member's passphrase and "
                "recovery code, so no facilitator can open it.\n\n"
                "The vault locks itself when nobody has used it for a few minutes. Press "
                "Ctrl+L to lock, or F12 to hide at once.\n\n"
                "If you lose your passphrase, your recovery code lets you in once. Without "
                "either, a member's private space cannot be opened by anyone.\n\n"
                "SafeSpace never connects to any network."
            ),
        )
