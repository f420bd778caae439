"""The facilitators-and-devices page's layout. It lays out; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column


class DevicesView(QWidget):
    """Who can open the group's records, and removing someone who left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesPage")
        self.controller: QObject | None = None  # set by the package's page factory
        em = self.fontMetrics().height()
        title = heading_label(
            self.tr("Facilitators and devices"), 1.6, weight=QFont.Weight.DemiBold
        )
        intro = paragraph_label(
            self.tr(
                "Everyone listed here can open the group's records. When a facilitator "
                "leaves, or a computer with the group on it is lost, remove them: the group "
                "moves to a new key that only the remaining facilitators receive."
            )
        )
        self.busy_label = QLabel(self.tr("Loading…"))
        self.busy_label.setVisible(False)
        self.list = QListWidget()
        self.list.setObjectName("facilitatorList")
        self.list.setAccessibleName(self.tr("Facilitators"))
        self.list.setMinimumHeight(em * 8)
        caption = QLabel(self.tr("&Facilitators:"))
        caption.setBuddy(self.list)
        self.revoke_button = QPushButton(self.tr("&Remove from the group…"))
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.setAccessibleName(
            self.tr("Remove the chosen facilitator from the group")
        )
        self.device_list = QListWidget()
        self.device_list.setObjectName("deviceList")
        self.device_list.setAccessibleName(self.tr("Computers"))
        self.device_list.setMinimumHeight(em * 6)
        device_caption = QLabel(self.tr("C&omputers that sync with this group:"))
        device_caption.setBuddy(self.device_list)
        self.revoke_device_button = QPushButton(self.tr("Remove this &computer…"))
        self.revoke_device_button.setObjectName("revokeDeviceButton")
        self.revoke_device_button.setAccessibleName(
            self.tr("Remove the chosen computer from the group")
        )
        keys_intro = paragraph_label(
            self.tr(
                "After someone is removed, the other facilitators' computers need the new "
                "group key before they can read new sync files. Save a key file and put it "
                "next to the sync file (on the stick or in the shared folder). It is locked "
                "so that only the remaining facilitators can use it."
            )
        )
        self.save_keys_button = QPushButton(self.tr("&Save a key file for other computers…"))
        self.save_keys_button.setObjectName("saveKeyFileButton")
        self.open_keys_button = QPushButton(self.tr("&Open a key file from a facilitator…"))
        self.open_keys_button.setObjectName("openKeyFileButton")
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em * 2 // 3)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.busy_label)
        column.addWidget(caption)
        column.addWidget(self.list)
        column.addLayout(left_aligned(self.revoke_button))
        column.addWidget(device_caption)
        column.addWidget(self.device_list)
        column.addLayout(left_aligned(self.revoke_device_button))
        column.addWidget(heading_label(self.tr("The group key"), 1.2, weight=QFont.Weight.DemiBold))
        column.addWidget(keys_intro)
        column.addLayout(left_aligned(self.save_keys_button, self.open_keys_button))
        column.addWidget(self.message)
        column.addStretch(1)
        scrolling_column(self, column)
        chain_tab_order(
            [
                self.list,
                self.revoke_button,
                self.device_list,
                self.revoke_device_button,
                self.save_keys_button,
                self.open_keys_button,
            ]
        )

    def show_rows(self, rows: list[str], select_row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems(rows)
        self.list.blockSignals(False)
        self.list.setCurrentRow(select_row)

    def show_devices(self, rows: list[str], select_row: int) -> None:
        self.device_list.blockSignals(True)
        self.device_list.clear()
        self.device_list.addItems(rows)
        self.device_list.blockSignals(False)
        self.device_list.setCurrentRow(select_row)

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.list.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
