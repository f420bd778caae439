"""Decides what the account page does. Every read and key operation is a typed op."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.ui.account import wording
from safespace_desktop.ui.account.view import AccountView
from safespace_desktop.ui.dialogs.change_passphrase import ChangePassphraseDialog
from safespace_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
from safespace_desktop.ui.journal.export_dialog import JournalExportDialog
from safespace_desktop.ui.journal.import_dialog import JournalImportDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.errors import describe

CONFIRM_NAME = "newRecoveryCodeQuestion"


class AccountController(QObject):
    def __init__(self, context: SessionContext, view: AccountView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        view.change_button.clicked.connect(
            lambda: self._open(ChangePassphraseDialog(context, view))
        )
        view.export_button.clicked.connect(lambda: self._open(JournalExportDialog(context, view)))
        view.import_button.clicked.connect(lambda: self._open(JournalImportDialog(context, view)))
        view.recovery_button.clicked.connect(self.ask_new_recovery_code)
        view.lock_button.clicked.connect(context.signals.lock_requested)
        context.changes.follow(view, [RecordKind.GROUP_SETTINGS], lambda _c: self.load_lock_time())
        self.load_lock_time()

    def _open(self, dialog: QDialog) -> None:
        """One dialog of a kind at a time; an older one is let go."""
        for old in self.view.findChildren(type(dialog)):
            if old is not dialog:
                old.deleteLater()
        self.view.say("")
        dialog.open()

    def load_lock_time(self) -> None:
        """Show the idle time after which this person's session locks itself."""
        vault = self.context.vault
        self.context.ops.query(self.view, lambda _ctx: vault.lock_seconds()).on_success(
            lambda seconds: self.view.show_lock_text(wording.lock_text(seconds))
        ).on_failure(lambda exc: self.view.show_lock_text(describe(exc))).run()

    def ask_new_recovery_code(self) -> None:
        """Confirm first: making a new code retires the old one at once."""
        self.view.say("")
        for old in self.view.findChildren(QMessageBox, CONFIRM_NAME):
            old.deleteLater()
        box = QMessageBox(self.view)
        box.setObjectName(CONFIRM_NAME)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(wording.recovery_question())
        box.setText(wording.recovery_question())
        box.setInformativeText(wording.recovery_explained())
        make = box.addButton(wording.make_code(), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(wording.cancel(), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def finished(_result: int) -> None:
            if box.clickedButton() is make:
                self.make_new_recovery_code()
            box.deleteLater()

        box.finished.connect(finished)
        box.open()

    def make_new_recovery_code(self) -> None:
        vault = self.context.vault
        self.view.recovery_button.setEnabled(False)
        self.context.ops.collection(
            self.view, lambda _ctx: vault.new_recovery_code(), ChangeSet.kinds(RecordKind.ACCOUNT)
        ).on_success(self._show_new_code).on_failure(self._no_new_code).on_finished(
            lambda: self.view.recovery_button.setEnabled(True)
        ).with_progress(wording.making_code()).run()

    def _show_new_code(self, code: str) -> None:
        for old in self.view.findChildren(RecoveryCodeDialog):
            old.deleteLater()
        dialog = RecoveryCodeDialog(code, self.view)
        dialog.accepted.connect(
            lambda: self.context.signals.status_message.emit(wording.code_ready())
        )
        dialog.open()

    def _no_new_code(self, exc: BaseException) -> None:
        self.view.say(wording.no_new_code(describe(exc)))
