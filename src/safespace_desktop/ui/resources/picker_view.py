"""The resource picker's layout: search and filters, a list with tick boxes, OK/Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.resources.filters_view import FilterBar
from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order


class PickerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourcePicker")
        self.setWindowTitle(self.tr("Link resources"))
        intro = paragraph_label(
            self.tr(
                "Tick the resources to link. Members see only the resources meant for "
                "members on their agenda."
            )
        )
        self.filters = FilterBar(audiences=True)
        self.list = QListWidget()
        self.list.setObjectName("pickerList")
        self.list.setAccessibleName(self.tr("Resources to link"))
        self.list.setWordWrap(True)
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Link these"))
        self.ok_button.setAccessibleName(self.tr("Link these resources"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.filters)
        column.addWidget(self.list, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)
        chain_tab_order([*self.filters.widgets(), self.list, self.ok_button])
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 30)

    def show_rows(self, rows: list[tuple[str, str, bool]]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for resource_id, text, checked in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, resource_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def say(self, text: str) -> None:
        self.message.setText(text)
