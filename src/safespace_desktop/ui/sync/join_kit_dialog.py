"""Make a join kit for a new facilitator PC (issue 12; DESIGN.md §4).

The facilitator who will use the new PC types a name for it and the passphrase that
will protect the kit (and then be theirs on the new PC). The key derivation runs as a
typed operation off the GUI thread; typed passphrases are cleared when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from safespace_desktop.core.errors import ValidationError
from safespace_desktop.services.sync.exporting import ExportResult
from safespace_desktop.services.sync.joinkit import make_join_kit
from safespace_desktop.ui.dialogs.new_passphrase_dialog import NewPassphraseDialog
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.wording.errors import describe
from safespace_desktop.ui.wording.placeholders import fill

NAME_MAX = 60


class JoinKitDialog(NewPassphraseDialog):
    def __init__(
        self, context: SessionContext, target: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            ok_text=self.tr("&Make the join kit"),
            new_label=self.tr("&Passphrase:"),
            new_accessible_name=self.tr("Passphrase of the facilitator joining"),
            confirm_label=self.tr("Con&firm passphrase:"),
            confirm_accessible_name=self.tr("Confirm the joining facilitator's passphrase"),
            parent=parent,
        )
        self.setObjectName("joinKitDialog")
        self.target = target
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Join kit for a new computer"))
        heading = heading_label(
            self.tr("Please hand the keyboard to the facilitator who will use the new computer"),
            1.25,
            weight=QFont.Weight.DemiBold,
        )
        intro = paragraph_label(
            self.tr(
                "The join kit holds the whole group, locked with this passphrase. On the new "
                "computer they open it with the same passphrase, which becomes theirs there. "
                "Carry it in person and delete it from the stick once the new computer has "
                "joined."
            )
        )
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("deviceName")
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Name of the new computer"))
        self.name_edit.setPlaceholderText(self.tr("For example: Sam's laptop"))
        caption = QLabel(self.tr("&Name of the new computer:"))
        caption.setBuddy(self.name_edit)
        self.name_message = paragraph_label()
        self.name_message.setAccessibleName(self.tr("Name message"))
        self.name_message.setVisible(False)
        self.form.addRow(caption, self.name_edit)
        self.form.addRow("", self.name_message)
        self._finish_layout([heading, intro], [self.name_edit])

    def _inputs_ready(self) -> bool:
        return bool(self.name_edit.text().strip())

    def _start(self) -> None:
        self.name_message.setVisible(False)
        self._run(
            _make,
            self._context.vault,
            self.target,
            self.new_passphrase.text(),
            self.name_edit.text(),
            progress_text=self.tr("Making and checking the join kit…"),
        )

    def _succeeded(self, result: ExportResult) -> None:
        self.new_passphrase.clear()
        self.result_path = result.path
        self._show_message(
            fill(self.tr("Saved and checked: %1. It is safe to remove the stick."), result.path)
        )
        self.accept()

    def _explain(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "device_name":
            self.name_message.setText(describe(exc))
            self.name_message.setVisible(True)
            self.name_edit.setFocus()
        else:
            super()._explain(exc)


def _make(vault: object, target: Path, secret: str, name: str) -> ExportResult:
    return make_join_kit(vault, target, secret, device_name=name)  # type: ignore[arg-type]
