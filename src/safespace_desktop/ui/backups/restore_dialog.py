"""The restore confirmation: what the backup holds (counts and its date, never names)
and a clear, deliberate choice before the vault is replaced."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.services.backups import BackupPreview
from safespace_desktop.ui.backups import wording
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label


class RestoreDialog(QDialog):
    def __init__(self, preview: BackupPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(wording.restore_title())
        self.setAccessibleName(wording.restore_title())
        intro = paragraph_label(wording.restore_intro(preview))
        intro.setAccessibleName(self.tr("What a restore does"))
        holds = paragraph_label("\n".join(wording.holdings(preview)))
        holds.setObjectName("restorePreview")
        holds.setAccessibleName(self.tr("What the backup holds"))
        self.understood = QCheckBox(
            self.tr("I understand: changes made since this backup will be replaced")
        )
        self.understood.setObjectName("restoreUnderstood")
        self.understood.setAccessibleName(self.understood.text())
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setObjectName("confirmRestoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setEnabled(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel, keep the vault as it is"))
        cancel.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.understood.toggled.connect(self.restore_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(wording.restore_title(), 1.3))
        layout.addWidget(intro)
        layout.addWidget(heading_label(self.tr("The backup holds"), 1.1))
        layout.addWidget(holds)
        layout.addWidget(self.understood)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
