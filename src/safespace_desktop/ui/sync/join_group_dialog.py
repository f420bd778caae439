"""Join an existing group on this computer from a join kit (issue 12; DESIGN.md §4).

Shown from the welcome screen. The facilitator chooses the kit, types their handle and
the kit's passphrase (which becomes their passphrase here). Calibrating and deriving
keys run as an operation off the GUI thread; then they copy down their recovery code,
and ``joined(vault, account)`` hands the unlocked vault to the shell.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.model import NewAccount
from safespace_desktop.crypto.kdf import KdfParams
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.services.sync.joinkit import join_from_kit
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
from safespace_desktop.ui.runtime.ops import OpContext, OpRunner
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.session.changes import ChangeBus
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.passphrase_field import PassphraseField
from safespace_desktop.ui.wording.errors import describe


def join_group(
    directory: VaultDirectory,
    calibrate: Callable[..., KdfParams],
    ctx: OpContext,
    kit: Path,
    handle: str,
    secret: str,
) -> tuple[Vault, NewAccount]:
    """Worker-thread work with plain arguments: read the kit, calibrate, join."""
    data = kit.read_bytes()
    params = calibrate(progress=lambda done, total: ctx.progress(done, total))
    path = directory.paths.new_vault_path(str(uuid.uuid4()))
    return join_from_kit(
        path, data, handle=handle, secret=secret, params=params, clock=directory.clock
    )


class JoinGroupDialog(QDialog):
    joined = Signal(object, object)  # Vault, NewAccount (the joiner is unlocked)

    def __init__(
        self,
        directory: VaultDirectory,
        runner: TaskRunner,
        calibrate: Callable[..., KdfParams],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("joinGroupDialog")
        self.setWindowTitle(self.tr("Join a group from a join kit"))
        self._directory, self._calibrate = directory, calibrate
        self._ops = OpRunner(runner, ChangeBus(self), self)
        self._busy = False
        self.kit_path: Path | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self._result: tuple[Vault, NewAccount] | None = None
        self.choose_kit: Callable[[], Path | None] = self._ask_kit

        heading = heading_label(
            self.tr("Join your group on this computer"), 1.25, weight=QFont.Weight.DemiBold
        )
        intro = paragraph_label(
            self.tr(
                "A facilitator made a join kit for you on their computer. Choose it, type "
                "the handle you want here and the passphrase the kit was made with."
            )
        )
        self.kit_label = QLineEdit()
        self.kit_label.setReadOnly(True)
        self.kit_label.setAccessibleName(self.tr("Join kit file"))
        self.kit_button = QPushButton(self.tr("&Choose the join kit…"))
        self.kit_button.setAccessibleName(self.tr("Choose the join kit"))
        kit_row = QHBoxLayout()
        kit_row.addWidget(self.kit_label, 1)
        kit_row.addWidget(self.kit_button)
        self.handle_edit = QLineEdit()
        self.handle_edit.setMaxLength(64)
        self.handle_edit.setAccessibleName(self.tr("Your handle"))
        self.passphrase = PassphraseField(self.tr("Passphrase of the join kit"), self)
        form = QFormLayout()
        kit_caption = QLabel(self.tr("Join kit:"))
        kit_caption.setBuddy(self.kit_button)
        form.addRow(kit_caption, kit_row)
        handle_caption = QLabel(self.tr("&Handle:"))
        handle_caption.setBuddy(self.handle_edit)
        form.addRow(handle_caption, self.handle_edit)
        pass_caption = QLabel(self.tr("&Passphrase:"))
        pass_caption.setBuddy(self.passphrase.edit)
        form.addRow(pass_caption, self.passphrase)
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Join the group"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        for widget in (heading, intro):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        chain_tab_order(
            [
                self.kit_button,
                self.handle_edit,
                self.passphrase.edit,
                self.passphrase.toggle,
                self.ok_button,
                self.cancel_button,
            ]
        )
        self.kit_button.clicked.connect(self._pick_kit)
        self.handle_edit.textChanged.connect(self._update_ok)
        self.passphrase.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _ask_kit(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the join kit"), "", self.tr("Join kits (*.ssjoin)")
        )
        return Path(chosen) if chosen else None

    def _pick_kit(self) -> None:
        chosen = self.choose_kit()
        if chosen is not None:
            self.kit_path = chosen
            self.kit_label.setText(str(chosen))
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        ready = bool(self.kit_path and self.handle_edit.text().strip() and self.passphrase.text())
        self.ok_button.setEnabled(ready and not self._busy and self._result is None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.kit_button, self.handle_edit, self.passphrase, self.cancel_button):
            widget.setEnabled(not busy)
        self._update_ok()

    def _submit(self) -> None:
        if not self.ok_button.isEnabled() or self.kit_path is None:
            return
        directory, calibrate, kit = self._directory, self._calibrate, self.kit_path
        handle, secret = self.handle_edit.text(), self.passphrase.text()
        self.message.setText(self.tr("Opening the join kit and protecting your keys…"))
        self._set_busy(True)
        parent = self.parentWidget() or self
        self._ops.query(
            parent, lambda ctx: join_group(directory, calibrate, ctx, kit, handle, secret)
        ).on_success(self._joined).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.message.setText(describe(exc))

    def _joined(self, result: Any) -> None:
        vault, account = result
        if not shiboken6.isValid(self):
            vault.close()  # closed meanwhile: nobody is waiting for it
            return
        self._result = (vault, account)
        self.passphrase.edit.clear()
        self._busy = False
        self.message.setText(self.tr("You have joined. Now copy down your recovery code."))
        self.recovery_dialog = RecoveryCodeDialog(account.recovery_code, self)
        self.recovery_dialog.accepted.connect(self._code_confirmed)
        self.recovery_dialog.open()

    def _code_confirmed(self) -> None:
        assert self._result is not None
        vault, account = self._result
        self.joined.emit(vault, account)
        self.accept()

    def reject(self) -> None:
        if self._busy or self._result is not None:
            return  # wait for the work, and for the recovery code once the vault exists
        self.passphrase.edit.clear()
        super().reject()
