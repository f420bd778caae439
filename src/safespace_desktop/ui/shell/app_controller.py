"""Decides which screen the shell shows, and owns the session lifecycle.

Vault picker → (first-run wizard | demo) → lock screen → workspace, and back to
the lock screen on Ctrl+L, F12, idle time-out or a hand-over to a member. Views
only emit what the person asked for; this controller calls the services (slow ones
on the TaskRunner) and tells the views what happened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import Throttled, VaultLocked
from safespace_desktop.core.vault_summary import VaultSummary
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.ui.runtime.gc_guard import GuiThreadGarbageCollector
from safespace_desktop.ui.runtime.ops import OpContext, OpRunner
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.screens.lock_screen import LockScreen
from safespace_desktop.ui.screens.welcome import WelcomeScreen
from safespace_desktop.ui.session.changes import ChangeBus
from safespace_desktop.ui.session.clipboard import SensitiveClipboard
from safespace_desktop.ui.session.inactivity import InactivityWatcher
from safespace_desktop.ui.shell.language_switch import ShellLanguage
from safespace_desktop.ui.shell.main_window import MainWindow
from safespace_desktop.ui.shell.preload import ModulePreloader, feature_modules
from safespace_desktop.ui.shell.resume import offer_meeting_resume

if TYPE_CHECKING:
    # Fast start (issue 8): these pull in SQLAlchemy and the services, so they are
    # imported inside the methods that need them, after the first window is up.
    from safespace_desktop.core.model import NewAccount, Principal, UnlockOutcome
    from safespace_desktop.crypto.kdf import KdfParams
    from safespace_desktop.services.crisis_lines import CrisisLine
    from safespace_desktop.services.vault import Vault
    from safespace_desktop.ui.appearance.controller import AppearanceController
    from safespace_desktop.ui.backups.automatic import AutomaticBackups
    from safespace_desktop.ui.dialogs.crisis_lines import CrisisLinesDialog
    from safespace_desktop.ui.dialogs.first_run_wizard import FirstRunWizard
    from safespace_desktop.ui.screens.account_flow import AccountFlowScreen
    from safespace_desktop.ui.session.context import SessionContext

DemoBuilder = Callable[..., Any]


def describe(exc: BaseException) -> str:
    """The kind wording for an error; its tables load on the first error, not at start-up."""
    from safespace_desktop.ui.wording.errors import describe as worded

    return worded(exc)


@dataclass(frozen=True)
class SessionStart:
    """What the shell needs to show an unlocked session, read on the worker thread."""

    principal: Principal
    group_name: str
    lock_seconds: int


def _read_session_start(vault: Vault) -> SessionStart:
    principal = vault.principal
    if principal is None:
        raise VaultLocked()
    settings = vault.settings()  # decrypted once for both
    return SessionStart(principal, settings.group_name, settings.lock_seconds_for(principal))


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
        appearance: AppearanceController | None = None,
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
        self.vault_summary: VaultSummary | None = None
        self.context: SessionContext | None = None
        self._lock_seconds = 0
        self.automatic_backups: AutomaticBackups | None = None  # backups (issue 14)
        # Work outside any session (opening a vault, unlocking, claiming) goes through
        # the same typed operations as the pages, on an op runner that never closes.
        self.shell_ops = OpRunner(runner, ChangeBus(self), self)
        self.wizard: FirstRunWizard | None = None
        self.join_dialog: QWidget | None = None  # sync (issue 12)
        self.crisis_dialog: CrisisLinesDialog | None = None
        self.inactivity = InactivityWatcher(self)
        app = QApplication.instance()
        collector = app.findChild(GuiThreadGarbageCollector) if app is not None else None
        if collector is not None:
            collector.set_idle_source(self.inactivity.seconds_since_activity)
            collector.set_worker_busy_source(lambda: runner.busy)
        self._collector = collector
        # The pages' code is imported while the lock screen waits (see ui/shell/preload).
        self._preloader = ModulePreloader(feature_modules(), self._preloaded, self)
        self.inactivity.expired.connect(self.lock)
        self.inactivity.remaining_changed.connect(window.set_countdown)
        window.lock_action.triggered.connect(self.lock)
        window.hide_action.triggered.connect(self.quick_hide)
        window.switch_action.triggered.connect(self.show_picker)
        window.quit_action.triggered.connect(window.close)
        window.about_action.triggered.connect(self._about)
        window.privacy_action.triggered.connect(self._privacy)
        window.close_handler = self.shutdown
        self.appearance = appearance
        self._connect_appearance(window, appearance)

    def _connect_appearance(
        self, window: MainWindow, appearance: AppearanceController | None
    ) -> None:
        if appearance is None:  # some tests build the shell without one
            window.view_menu.menuAction().setVisible(False)
            return
        window.zoom_in_action.triggered.connect(appearance.zoom_in)
        window.zoom_out_action.triggered.connect(appearance.zoom_out)
        window.zoom_reset_action.triggered.connect(appearance.reset_zoom)
        for theme, action in window.theme_actions.items():
            action.triggered.connect(lambda _checked=False, t=theme: appearance.set_theme(t))
        appearance.changed.connect(lambda c: window.show_appearance(c.theme, c.zoom, c.language))
        window.show_appearance(
            appearance.choice.theme, appearance.choice.zoom, appearance.choice.language
        )
        # Language (issue 14): chosen in the View menu, applied while the app runs.
        self.language = ShellLanguage(self, appearance)

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
        screen.join_requested.connect(self.show_join)  # sync (issue 12)
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

    def show_join(self) -> None:
        """Sync (issue 12): a second facilitator PC joins its group from a join kit."""
        from safespace_desktop.ui.sync.join_group_dialog import JoinGroupDialog

        dialog = JoinGroupDialog(self.directory, self.runner, self.calibrate, self.window)
        dialog.joined.connect(self._on_vault_created)
        self.join_dialog = dialog
        dialog.open()

    @property
    def preloading_done(self) -> bool:
        """The pages' code is imported (the lock screen has had its quiet moment)."""
        return self._preloader.done

    def _preloaded(self) -> None:
        if self._collector is not None:
            self._collector.freeze_long_lived()

    def _wizard_closed(self, wizard: FirstRunWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None

    def _on_wizard_vault_opened(self, vault: Vault) -> None:
        # The creator is unlocked while their recovery code is on screen: guard it with
        # the same idle lock as any session.
        self.vault = vault
        self.shell_ops.query(self, lambda _ctx: vault.lock_seconds()).on_success(
            self._start_inactivity
        ).run()

    def open_demo(self) -> None:
        builder, paths = self.demo_builder, self.directory.paths
        self.shell_ops.query(
            self.window, lambda ctx: builder(paths, progress=ctx.label)
        ).on_success(self._open_demo_path).on_failure(self._show_error_box).with_progress(
            self.tr("Preparing the demo group…")
        ).run()

    def _open_demo_path(self, path: Any) -> None:
        self.open_vault(VaultSummary("demo", self.tr("Demo group"), path, True))

    def open_vault(self, summary: VaultSummary) -> None:
        """Open the file off the GUI thread (an upgrade may run), then the lock screen."""
        self._end_session()
        self._close_vault()
        directory = self.directory

        def opened(vault: Vault) -> None:
            self.vault = vault
            self.vault_summary = summary
            self.show_lock_screen()
            if vault.read_only:
                self.window.statusBar().showMessage(
                    self.tr("This vault's disk can't be written to, so it opens for reading only.")
                )

        # A missing, foreign or newer file fails here and is said kindly.
        self.shell_ops.query(self, lambda _ctx: directory.open_vault(summary)).on_success(
            opened
        ).on_failure(self._show_error_box).with_progress(self.tr("Opening the vault…")).run()

    # ------------------------------------------------------------------ lock screen
    def show_lock_screen(self, message: str | None = None) -> None:
        assert self.vault is not None
        summary = self.vault_summary
        if summary is None:  # a vault made by the wizard: read its label first
            vault = self.vault

            def known(read: VaultSummary) -> None:
                self.vault_summary = read
                self.show_lock_screen(message)

            self.shell_ops.query(self, lambda _ctx: vault.summary()).on_success(known).run()
            return
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
        self._preloader.start()
        if message:
            screen.show_error(message)

    def show_crisis_lines(self) -> None:
        """The public crisis-line directory; works while the vault is locked (W8)."""
        vault = self.vault
        if vault is None:
            return
        from safespace_desktop.core.roster import today_from
        from safespace_desktop.services.crisis_lines import CrisisLinesService
        from safespace_desktop.ui.dialogs.crisis_lines import CrisisLinesDialog

        def show(lines: list[CrisisLine]) -> None:
            dialog = CrisisLinesDialog(lines, self.window, today=today_from(vault.clock.now()))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.crisis_dialog = dialog
            dialog.open()

        # A damaged file is said kindly rather than showing nothing.
        self.shell_ops.query(self, lambda _ctx: CrisisLinesService(vault).list_lines()).on_success(
            show
        ).on_failure(self._show_error_box).run()

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

        vault = self.vault

        def unlock(ctx: OpContext) -> tuple[UnlockOutcome, SessionStart]:
            from safespace_desktop.services.keyless_reads import read_while_deriving as ahead

            unlocked = vault.unlock(handle, passphrase, ctx.label, while_deriving=ahead(vault))
            return unlocked, _read_session_start(vault)

        self.shell_ops.query(screen, unlock).on_success(self._on_unlocked).on_failure(failed).run()

    def _on_unlocked(self, result: tuple[UnlockOutcome, SessionStart]) -> None:
        outcome, start = result
        self._show_workspace(start)
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
            self.shell_ops.query(screen, lambda _ctx: work(first, second, third)).on_success(
                lambda account: self._show_new_code(screen, account)
            ).on_failure(lambda exc: self._screen_error(screen, exc)).run()

        requested.connect(submit)
        self.window.set_screen(screen)

    def _show_new_code(self, screen: AccountFlowScreen, account: NewAccount) -> None:
        if self.window.screen_widget is screen:
            screen.set_busy(False)
            screen.show_new_account(account)
            # The person is unlocked now; if they walk away, the code must not stay on screen.
            vault = self.vault
            assert vault is not None
            self.shell_ops.query(screen, lambda _ctx: vault.lock_seconds()).on_success(
                self._start_inactivity
            ).run()

    def _screen_error(self, screen: AccountFlowScreen, exc: BaseException) -> None:
        if self.window.screen_widget is screen:
            screen.set_busy(False)
            screen.show_failure(exc)

    # ------------------------------------------------------------------ session
    def _on_vault_created(self, vault: Vault, _account: NewAccount) -> None:
        self.wizard = None
        if self.vault is not vault:
            self._end_session()
            self._close_vault()
            self.vault = vault
        self.shell_ops.query(self, lambda _ctx: vault.summary()).on_success(
            self._remember_summary
        ).run()
        self._enter_workspace()

    def _remember_summary(self, summary: VaultSummary) -> None:
        self.vault_summary = summary

    def _enter_workspace(self) -> None:
        """Read what the shell needs off the GUI thread, then show the workspace."""
        vault = self.vault
        assert vault is not None

        def failed(exc: BaseException) -> None:
            if isinstance(exc, VaultLocked):
                self.show_lock_screen()
            else:
                self._show_error_box(exc)

        self.shell_ops.query(self, lambda _ctx: _read_session_start(vault)).on_success(
            self._show_workspace
        ).on_failure(failed).run()

    def _show_workspace(self, start: SessionStart) -> None:
        from safespace_desktop.ui.session.context import SessionContext, SessionSignals
        from safespace_desktop.ui.shell.workspace import Workspace

        assert self.vault is not None
        if self.vault.principal != start.principal:
            return  # locked (or someone else unlocked) while this was on its way
        principal = start.principal
        signals = SessionSignals()
        self.context = SessionContext(self.vault, principal, self.runner, self.clipboard, signals)
        signals.lock_requested.connect(self.lock)
        signals.status_message.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        signals.hand_over_to_member.connect(self.hand_over)
        signals.idle_lock_hold.connect(self._hold_idle_lock)
        signals.vault_replaced.connect(self._reopen_after_restore)  # backups (issue 14)
        signals.kiosk_requested.connect(self.start_kiosk)  # feedback (issue 13)
        self.context.changes.changed.connect(self._on_session_changes)
        if self.appearance is not None:  # their language before their pages are built
            self.appearance.use_person(principal.slot_id)
        workspace = Workspace(self.context, start.group_name)
        self.window.statusBar().clearMessage()  # "Locked." belongs to the last session
        self.window.set_screen(workspace)
        role = self.tr("facilitator") if principal.is_facilitator else self.tr("member")
        self.window.set_unlocked(
            self.tr("Unlocked: %1 (%2)").replace("%1", principal.handle).replace("%2", role)
        )
        self._start_inactivity(start.lock_seconds)
        if principal.is_facilitator:  # a meeting locked mid-run: offer to carry on
            QTimer.singleShot(0, workspace, lambda: offer_meeting_resume(workspace))

    def _on_session_changes(self, changes: ChangeSet) -> None:
        """The auto-lock time and the group's name follow the sealed group settings."""
        context, vault = self.context, self.vault
        if context is None or vault is None or not changes.touches([RecordKind.GROUP_SETTINGS]):
            return

        from safespace_desktop.ui.shell.workspace import Workspace

        def apply(start: SessionStart) -> None:
            screen = self.window.screen_widget
            if isinstance(screen, Workspace):
                screen.set_group_name(start.group_name)
            self._start_inactivity(start.lock_seconds)

        context.ops.query(self, lambda _ctx: _read_session_start(vault)).on_success(apply).run()

    def _hold_idle_lock(self, seconds: int) -> None:
        """A running meeting holds the idle lock off for its length; then back to normal."""
        if self.context is None or self.vault is None or not self.vault.is_unlocked:
            return  # the session is ending: the lock goes ahead
        if seconds > 0 and self.lock_timeout_override_ms is None:
            self.inactivity.start(max(seconds, self._lock_seconds) * 1000)
            self.window.set_countdown(max(seconds, self._lock_seconds))
        else:
            self._start_inactivity(self._lock_seconds)

    def _start_inactivity(self, lock_seconds: int) -> None:
        if self.vault is None or not self.vault.is_unlocked:
            return
        self._lock_seconds = lock_seconds
        timeout = self.lock_timeout_override_ms or lock_seconds * 1000
        self.inactivity.start(timeout)
        self.window.set_countdown(timeout // 1000)

    def _end_session(self) -> None:
        """Destroy everything the unlocked person could see, then drop their keys."""
        self.inactivity.stop()
        self.clipboard.clear_if_ours()
        if self.context is not None:
            # Last chance for pages to keep unsaved typing as a sealed draft: they queue
            # operations now, and the single worker runs them before the wipe below.
            self.context.signals.about_to_lock.emit()
            self.context.close()
        self.context = None
        self.window.set_unlocked(None)
        if self.appearance is not None:
            self.appearance.use_person(None)
        if self.vault is not None:
            # Backups (issue 14): planned with the keys, taken after the lock without them.
            backups = self._automatic_backups() if self.vault.is_unlocked else None
            if backups is not None:
                backups.before_lock(self.vault)
            self._in_order_after_pending_work(self.vault.lock)
            if backups is not None:
                backups.after_lock()

    def _automatic_backups(self) -> AutomaticBackups:
        from safespace_desktop.ui.backups.automatic import AutomaticBackups

        if self.automatic_backups is None:
            paths, clock = self.directory.paths, self.directory.clock
            self.automatic_backups = AutomaticBackups(self.runner, paths, clock)
        return self.automatic_backups

    def _reopen_after_restore(self, commit: Callable[[], None]) -> None:
        """Backups: end the session, close the vault, swap the restored file in (on the
        worker, after the close), then open it again: an older copy is upgraded there."""
        summary = self.vault_summary
        self.show_lock_screen()  # nothing of the session stays on screen
        screen = self.window.screen_widget
        if isinstance(screen, LockScreen):  # until the restored vault's lock screen replaces it
            for widget in (screen.handle_edit, screen.passphrase_field, screen.unlock_button):
                widget.setEnabled(False)
        self._end_session()
        self._close_vault()
        self.shell_ops.query(self, lambda _ctx: commit()).on_success(
            lambda _result: self.window.statusBar().showMessage(
                self.tr("The backup was restored. Please unlock again."), 15000
            )
        ).on_failure(self._show_error_box).run()
        if summary is not None:
            self.open_vault(summary)

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

    def start_kiosk(self, ticket: Any) -> None:
        """Feedback (issue 13): the kiosk replaces the workspace (ui/kiosk/host.py) and
        the session locks at once; a facilitator's unlock closes it."""
        from safespace_desktop.ui.kiosk.host import show_kiosk

        if self.vault is not None and self.context is not None:
            show_kiosk(self, self.vault, ticket, _read_session_start, self._on_unlocked)
            self._end_session()

    def quick_hide(self) -> None:
        self.lock()
        self.window.showMinimized()

    def hand_over(self, code: str) -> None:
        """A facilitator invited a member who sits down now: lock, then the claim screen."""
        self._end_session()
        self.show_claim(code)

    def _close_vault(self) -> None:
        if self.vault is not None:
            self._in_order_after_pending_work(self.vault.close)
            self.vault = None
            self.vault_summary = None

    def _in_order_after_pending_work(self, work: Callable[[], None]) -> None:
        """Run ``work`` (a lock or close) on the worker after everything queued before it:
        the screen is already replaced; the keys go once the drafts queued by the pages
        are sealed. Nothing is waited for on the GUI thread."""
        self.runner.submit_op(
            lambda _report: work(),
            on_done=lambda _result: None,
            on_error=self.runner.unhandled,
            on_progress=lambda _done, _total, _label: None,
        )

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
