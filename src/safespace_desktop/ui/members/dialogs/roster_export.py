"""Before a roster CSV is written: what goes in it, and a clear "not encrypted" warning.

The person must tick that they understand the file is not encrypted before the
"Choose where to save…" button works. The page then asks for a file name and writes
the file atomically (``services.files.write_file_atomically``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.headings import framed_note, heading_label, paragraph_label


class RosterExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the roster"))
        unit = self.fontMetrics().height()
        heading = heading_label(self.tr("Export the roster as a CSV file"), 1.3)
        self.warning = framed_note(
            self.tr(
                "This file is not encrypted. Anyone who can open it can read every name and "
                "detail in it. Save it only where it needs to go, and delete it when you are "
                "done."
            ),
            self.tr("Warning"),
            self,
        )
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        what = paragraph_label(
            self.tr(
                "The file always has names, pronouns, roles, status, dates and access needs. "
                "Former members are never included. Add only what the file is for:"
            )
        )
        self.include_left_check = QCheckBox(self.tr("Include people who have &left"))
        self.include_contact_check = QCheckBox(
            self.tr("Include &contact details (only of people who agreed to be contacted)")
        )
        self.include_notes_check = QCheckBox(self.tr("Include facilitator &notes"))
        self.understand_check = QCheckBox(self.tr("I &understand that this file is not encrypted"))

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.understand_check.toggled.connect(self.save_button.setEnabled)
        # Choosing contact details makes the file more sensitive: ask again.
        for check in (self.include_contact_check, self.include_notes_check):
            check.toggled.connect(lambda _on: self.understand_check.setChecked(False))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit * 3 // 2, unit * 3 // 2, unit * 3 // 2, unit)
        layout.setSpacing(unit // 2)
        layout.addWidget(heading)
        layout.addWidget(self.warning)
        layout.addSpacing(unit // 3)
        layout.addWidget(what)
        layout.addWidget(self.include_left_check)
        layout.addWidget(self.include_contact_check)
        layout.addWidget(self.include_notes_check)
        layout.addSpacing(unit // 2)
        layout.addWidget(self.understand_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def include_left(self) -> bool:
        return self.include_left_check.isChecked()

    def include_contact(self) -> bool:
        return self.include_contact_check.isChecked()

    def include_notes(self) -> bool:
        return self.include_notes_check.isChecked()
