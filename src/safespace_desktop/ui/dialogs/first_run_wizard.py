"""First run: a facilitator creates the group's vault and their own account.

Pages: welcome → vault label and group name → handle and passphrase → protecting the
keys (calibrate the KDF, then create the vault, on the TaskRunner, with a visible
progress bar) → the recovery code, which must be confirmed before Finish.

Nothing is written to disk before the "Protecting your keys" page, so cancelling
earlier leaves no trace. Once the vault exists there is no way back or out except
through the recovery-code confirmation: ``vault_created(vault, account)`` is emitted
on Finish and the caller takes over the (unlocked) vault.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.core.model import NewAccount
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.services.onboarding import label_reveals_group_name
from safespace_desktop.services.vault import HANDLE_MAX, Vault, clean_handle
from safespace_desktop.services.vault_label import LABEL_MAX
from safespace_desktop.ui.runtime.ops import OpContext, OpRunner
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.screens.account_flow import MessageBox
from safespace_desktop.ui.session.changes import ChangeBus
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import framed_note, paragraph_label
from safespace_desktop.ui.widgets.length_limit import LengthLimitNote
from safespace_desktop.ui.widgets.new_passphrase import NewPassphraseFields
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.recovery_code_panel import RecoveryCodePanel
from safespace_desktop.ui.wording.errors import describe

GROUP_NAME_MAX = 120
CALIBRATION_SHARE = 70  # percent of the bar used by the calibration steps


def _title(text: str) -> str:
    """Wizard page titles as a larger heading (relative size, palette colours)."""
    return f'<span style="font-size: x-large; font-weight: 600;">{html.escape(text)}</span>'


def _column(page: QWizardPage) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setSpacing(page.fontMetrics().height() * 2 // 3)
    return layout


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_title(self.tr("Welcome to SafeSpace")))
        self.setSubTitle(self.tr("Let's set up a vault for your group. It takes a minute or two."))
        layout = _column(self)
        for text in (
            self.tr(
                "SafeSpace helps a peer support group keep its roster safely, and gives every "
                "member a private space that only they can open."
            ),
            self.tr(
                "Everything stays on this computer, locked with passphrases; the app never "
                "goes online."
            ),
            self.tr(
                "Facilitators can open the group's records, but each member's journal is "
                "locked with their own passphrase, so nobody else — not even a facilitator — "
                "can read it."
            ),
            self.tr(
                "When nobody is using it, SafeSpace locks itself and its lock screen shows no "
                "names."
            ),
            self.tr(
                "Next you will give the vault a label, choose your own handle and passphrase, "
                "and write down a recovery code."
            ),
        ):
            layout.addWidget(paragraph_label(text, self))
        layout.addStretch(1)


class NamesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_title(self.tr("Name the vault")))
        self.setSubTitle(self.tr("One label anyone at this PC can see, and one private name."))
        self.label_edit = QLineEdit(self)
        self.label_edit.setAccessibleName(self.tr("Vault label"))
        self.label_edit.setMaxLength(LABEL_MAX)
        self.label_edit.setPlaceholderText(self.tr("for example: Tuesday group"))
        label_caption = QLabel(self.tr("Vault &label:"), self)
        label_caption.setBuddy(self.label_edit)
        label_hint = paragraph_label(
            self.tr(
                "Anyone who opens SafeSpace on this computer may see this label, because the "
                "list of vaults is shown before anyone unlocks. Pick something that doesn't "
                "say what the group is about, such as “Tuesday group”."
            ),
            self,
        )
        self.label_edit.setAccessibleDescription(label_hint.text())

        self.group_edit = QLineEdit(self)
        self.group_edit.setAccessibleName(self.tr("Group's name"))
        self.group_edit.setMaxLength(GROUP_NAME_MAX)
        group_caption = QLabel(self.tr("The &group's name:"), self)
        group_caption.setBuddy(self.group_edit)
        group_hint = paragraph_label(
            self.tr(
                "The group's real name is sealed inside the vault: only people who unlock it "
                "can see it. You can change it later."
            ),
            self,
        )
        self.group_edit.setAccessibleDescription(group_hint.text())
        self.reveal_warning = MessageBox(self.tr("Label advice"), self)

        form = FormGrid()
        form.set_group_gap(self.fontMetrics().height() // 2)
        # Say so at the field when it is full, instead of cutting the text silently.
        self.label_edit.setObjectName("vaultLabel")
        self.group_edit.setObjectName("groupName")
        self.label_limit = LengthLimitNote(self.label_edit, self)
        self.group_limit = LengthLimitNote(self.group_edit, self)
        form.addRow(label_caption, self.label_edit)
        form.addRow("", label_hint)
        form.addRow("", self.label_limit)
        form.addRow(group_caption, self.group_edit)
        form.addRow("", group_hint)
        form.addRow("", self.group_limit)
        layout = _column(self)
        layout.addLayout(form)
        layout.addWidget(self.reveal_warning)
        layout.addStretch(1)
        self.setTabOrder(self.label_edit, self.group_edit)

        self.label_edit.textChanged.connect(self._changed)
        self.group_edit.textChanged.connect(self._changed)

    def label(self) -> str:
        return self.label_edit.text().strip()

    def group_name(self) -> str:
        return self.group_edit.text().strip()

    def isComplete(self) -> bool:
        return bool(self.label()) and bool(self.group_name())

    def _changed(self, _text: str) -> None:
        if label_reveals_group_name(self.label(), self.group_name()):
            self.reveal_warning.show_text(
                self.tr(
                    "The label contains the group's name, so anyone at this PC could read it. "
                    "You may want a more neutral label."
                )
            )
        else:
            self.reveal_warning.show_text("")
        self.completeChanged.emit()


class AccountPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_title(self.tr("Your facilitator account")))
        self.setSubTitle(self.tr("You will type these two things to unlock the vault."))
        self.handle_edit = QLineEdit(self)
        self.handle_edit.setAccessibleName(self.tr("Handle"))
        self.handle_edit.setMaxLength(HANDLE_MAX)
        handle_caption = QLabel(self.tr("Your &handle:"), self)
        handle_caption.setBuddy(self.handle_edit)
        handle_hint = paragraph_label(
            self.tr(
                "A nickname you type to unlock, such as “robin”. It is never shown on the lock "
                "screen, so nobody can see who uses this vault."
            ),
            self,
        )
        self.handle_edit.setAccessibleDescription(handle_hint.text())
        self.passphrase = NewPassphraseFields(self)
        no_reset = framed_note(
            self.tr(
                "Nobody can reset your passphrase for you. In a moment you will get a recovery "
                "code to write down: it is the way back in if you forget."
            ),
            self.tr("About your passphrase"),
            self,
        )
        form = FormGrid()
        form.set_group_gap(self.fontMetrics().height() // 2)
        form.addRow(handle_caption, self.handle_edit)
        form.addRow("", handle_hint)
        self.passphrase.add_to(form)
        layout = _column(self)
        layout.addLayout(form)
        layout.addWidget(no_reset)
        layout.addStretch(1)
        chain = [self.handle_edit, *self.passphrase.widgets_in_tab_order()]
        chain_tab_order(chain)
        self.handle_edit.textChanged.connect(self.completeChanged)
        self.passphrase.changed.connect(self.completeChanged)

    def handle(self) -> str:
        return self.handle_edit.text().strip()

    def isComplete(self) -> bool:
        try:
            clean_handle(self.handle_edit.text())
        except ValidationError:
            return False
        return self.passphrase.is_acceptable()


class ProtectPage(QWizardPage):
    """Shows the calibration and creation progress; failures are explained here."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_title(self.tr("Protecting your keys")))
        self.setSubTitle(self.tr("This takes a few seconds."))
        self.setCommitPage(True)
        self._done = False
        explain = paragraph_label(
            self.tr(
                "SafeSpace first measures how fast this computer is, so that it can make every "
                "guess at your passphrase slow and costly. Then it creates the vault and locks "
                "the group's keys with your passphrase."
            ),
            self,
        )
        self.status_label = paragraph_label(parent=self)
        self.status_label.setAccessibleName(self.tr("Progress"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Progress protecting your keys"))
        self.error_box = MessageBox(self.tr("What went wrong"), self)
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setVisible(False)
        retry_row = QHBoxLayout()
        retry_row.addStretch(1)
        retry_row.addWidget(self.retry_button)
        layout = _column(self)
        layout.addWidget(explain)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.status_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.error_box)
        layout.addLayout(retry_row)
        layout.addStretch(1)
        self.retry_button.clicked.connect(self.retry_requested)

    def isComplete(self) -> bool:
        return self._done

    def begin(self) -> None:
        self._done = False
        self.error_box.show_text("")
        self.retry_button.setVisible(False)
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.status_label.setText(self.tr("Measuring how fast this computer is…"))

    def calibrating(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setValue(CALIBRATION_SHARE * min(done, total) // total)

    def creating(self) -> None:
        self.bar.setValue(max(self.bar.value(), CALIBRATION_SHARE + 5))
        self.status_label.setText(self.tr("Creating the vault and locking its keys…"))

    def succeeded(self) -> None:
        self._done = True
        self.bar.setValue(self.bar.maximum())
        self.status_label.setText(self.tr("✓ Your vault is ready."))
        self.completeChanged.emit()

    def failed(self, message: str) -> None:
        self._done = False
        self.bar.setVisible(False)
        self.status_label.setText(self.tr("The vault was not created."))
        self.error_box.show_text(
            message + " " + self.tr("You can try again, or go back and change what you typed.")
        )
        self.retry_button.setVisible(True)
        self.completeChanged.emit()


class CodePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_title(self.tr("Your recovery code")))
        self.setSubTitle(self.tr("Please write it down before you finish."))
        self.panel: RecoveryCodePanel | None = None
        self._layout = _column(self)

    def show_code(self, code: str) -> None:
        self.forget_code()
        self.panel = RecoveryCodePanel(code, self)
        panel_layout = self.panel.layout()
        if panel_layout is not None:
            panel_layout.setContentsMargins(0, 0, 0, 0)
        self.panel.confirmed_changed.connect(self.completeChanged)
        self._layout.addWidget(self.panel)

    def forget_code(self) -> None:
        """Drop the code from memory once it has been confirmed."""
        if self.panel is not None:
            self.panel.check_edit.clear()
            self.panel.code_label.clear()
            self.panel.setParent(None)
            self.panel.deleteLater()
            self.panel = None

    def initializePage(self) -> None:
        if self.panel is not None:
            self.panel.check_edit.setFocus()

    def isComplete(self) -> bool:
        return self.panel is not None and self.panel.is_confirmed()


CREATING = "creating"  # progress label: calibration is done, the vault is being made


def create_vault(
    directory: VaultDirectory,
    calibrate: Callable[..., KdfParams],
    ctx: OpContext,
    label: str,
    group_name: str,
    handle: str,
    secret: str,
) -> tuple[Vault, NewAccount]:
    """Runs on the worker thread with plain arguments: calibrate the KDF, then create the
    vault. It never holds the wizard; progress goes out through the operation."""
    params = calibrate(progress=lambda done, total: ctx.progress(done, total))
    ctx.label(CREATING)
    return directory.create_vault(
        label=label,
        group_name=group_name,
        handle=handle,
        passphrase_text=secret,
        params=params,
    )


class FirstRunWizard(QWizard):
    vault_created = Signal(object, object)  # Vault, NewAccount
    vault_opened = Signal(object)  # Vault, as soon as it exists (its creator is unlocked)

    PAGE_WELCOME, PAGE_NAMES, PAGE_ACCOUNT, PAGE_PROTECT, PAGE_CODE = range(5)

    def __init__(
        self,
        directory: VaultDirectory,
        runner: TaskRunner,
        calibrate: Callable[..., KdfParams],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._runner = runner
        self._calibrate = calibrate
        self._running = False
        self._vault: Vault | None = None
        self._account: NewAccount | None = None
        # Pre-session work gets its own op runner; nothing it changes is followed.
        self._ops = OpRunner(runner, ChangeBus(self), self)

        self.setWindowTitle(self.tr("Set up a group vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Continue"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open my vault"))
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 84, metrics.height() * 34)

        self.welcome_page = WelcomePage(self)
        self.names_page = NamesPage(self)
        self.account_page = AccountPage(self)
        self.protect_page = ProtectPage(self)
        self.code_page = CodePage(self)
        self.setPage(self.PAGE_WELCOME, self.welcome_page)
        self.setPage(self.PAGE_NAMES, self.names_page)
        self.setPage(self.PAGE_ACCOUNT, self.account_page)
        self.setPage(self.PAGE_PROTECT, self.protect_page)
        self.setPage(self.PAGE_CODE, self.code_page)
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            widget = self.button(button)
            widget.setAccessibleName(widget.text().replace("&", "").strip(" <>"))

        self.protect_page.retry_requested.connect(self._start_creation)
        self.currentIdChanged.connect(self._on_page_changed)

    # -- state for the caller and tests ------------------------------------------------
    @property
    def is_creating(self) -> bool:
        return self._running

    @property
    def vault_exists(self) -> bool:
        return self._vault is not None

    # -- QDialog -----------------------------------------------------------------------
    def reject(self) -> None:
        # While keys are being made there is nothing safe to stop; once the vault exists
        # the only way on is through the recovery code, which must not be lost.
        if self._running or self._vault is not None:
            return
        self.account_page.passphrase.clear()
        super().reject()

    def abandon(self) -> None:
        """Close at once, e.g. when the app locks while the recovery code is showing.

        The vault stays (its creator unlocks with their passphrase and can make a new
        recovery code); the code on screen must not wait for the next person."""
        self._vault = None
        self._account = None
        self.code_page.forget_code()
        self.account_page.passphrase.clear()
        QWizard.reject(self)

    def accept(self) -> None:
        if self._vault is None or self._account is None or not self.code_page.isComplete():
            return
        vault, account = self._vault, self._account
        self._vault = None
        self._account = None
        self.vault_created.emit(vault, account)
        self.code_page.forget_code()
        super().accept()

    # -- creation ----------------------------------------------------------------------
    def _on_page_changed(self, page_id: int) -> None:
        if page_id == self.PAGE_PROTECT and self._vault is None and not self._running:
            self._start_creation()

    def _set_leaving_enabled(self, enabled: bool) -> None:
        self.button(QWizard.WizardButton.BackButton).setEnabled(enabled)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(enabled)

    def _start_creation(self) -> None:
        if self._running or self._vault is not None:
            return
        self._running = True
        self.protect_page.begin()
        self._set_leaving_enabled(False)
        directory, calibrate = self._directory, self._calibrate
        label, group_name = self.names_page.label(), self.names_page.group_name()
        handle, secret = self.account_page.handle(), self.account_page.passphrase.text()
        # Parented to the window, not the wizard: a vault made after the wizard was
        # closed still reaches ``_created``, which closes it.
        parent = self.parentWidget() or self
        self._ops.query(
            parent,
            lambda ctx: create_vault(directory, calibrate, ctx, label, group_name, handle, secret),
        ).on_success(self._created).on_failure(self._failed).on_progress(
            self._creation_progress
        ).run()

    def _creation_progress(self, done: int, total: int, label: str) -> None:
        if not shiboken6.isValid(self):
            return
        if label == CREATING:
            self.protect_page.creating()
        else:
            self.protect_page.calibrating(done, total)

    def _created(self, result: Any) -> None:
        vault, account = result
        if not shiboken6.isValid(self):
            vault.close()  # the wizard was closed meanwhile; nobody is waiting for it
            return
        self._running = False
        self._vault = vault
        self._account = account
        self.account_page.passphrase.clear()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.code_page.show_code(account.recovery_code)
        self.protect_page.succeeded()
        self.next()
        self.vault_opened.emit(vault)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        self.protect_page.failed(describe(error))
        self._set_leaving_enabled(True)
