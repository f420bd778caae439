"""Before a report file is written: a clear "not encrypted" warning that must be
ticked (the roster export's pattern), then "Choose where to save…"."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from safespace_desktop.ui.reports import wording
from safespace_desktop.ui.widgets.headings import framed_note, heading_label, paragraph_label


class ReportExportDialog(QDialog):
    def __init__(self, *, pdf: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportExportDialog")
        self.setWindowTitle(self.tr("Save the report"))
        unit = self.fontMetrics().height()
        heading = heading_label(wording.export_heading(pdf), 1.3)
        self.warning = framed_note(wording.export_warning(), self.tr("Warning"), self)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        what = paragraph_label(
            self.tr(
                "Counts below 3 read “fewer than 3” in the file too, and the same few "
                "numbers are “not shown”."
            )
        )
        self.understand_check = QCheckBox(self.tr("I &understand that this file is not encrypted"))
        self.understand_check.setAccessibleName(
            self.tr("I understand that this file is not encrypted")
        )
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Choose where to save"))
        self.save_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.understand_check.toggled.connect(self.save_button.setEnabled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit * 3 // 2, unit * 3 // 2, unit * 3 // 2, unit)
        layout.setSpacing(unit // 2)
        layout.addWidget(heading)
        layout.addWidget(self.warning)
        layout.addWidget(what)
        layout.addSpacing(unit // 2)
        layout.addWidget(self.understand_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
