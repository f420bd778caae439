"""The Backups page's layout. It lays out and shows; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column

BackupRow = tuple[str, str, str, str, str]  # path, date, kind, size, where


class BackupsView(QWidget):
    """Facilitators only: the vault's backups and where new ones go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.controller: QObject | None = None  # set by the package's page factory
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Backups"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "SafeSpace keeps a copy of this vault when a facilitator locks it or closes "
                "the app, at most once a day. Each copy is encrypted exactly like the vault: "
                "the group's records need a facilitator's passphrase, and each member's "
                "journal still opens only with that member's own passphrase. The newest copy "
                "of each of the last 7 days and of each of the last 4 weeks is kept."
            )
        )

        self.destination_label = paragraph_label()
        self.destination_label.setObjectName("backupDestination")
        self.destination_label.setAccessibleName(self.tr("Where backups go"))
        self.choose_button = QPushButton(self.tr("C&hoose a folder…"))
        self.choose_button.setObjectName("chooseBackupFolderButton")
        self.choose_button.setAccessibleName(self.tr("Choose a folder for backups"))
        self.choose_button.setToolTip(
            self.tr("For example a USB stick you keep safe, away from this computer")
        )
        self.data_folder_button = QPushButton(self.tr("&Use this computer's data folder"))
        self.data_folder_button.setObjectName("useDataFolderButton")
        self.data_folder_button.setAccessibleName(
            self.tr("Keep backups in this computer's data folder")
        )
        where_frame = QFrame()
        where_frame.setFrameShape(QFrame.Shape.StyledPanel)
        where_layout = QVBoxLayout(where_frame)
        where_layout.addWidget(self.destination_label)
        where_layout.addLayout(left_aligned(self.choose_button, self.data_folder_button))

        self.list = QTreeWidget()
        self.list.setObjectName("backupsList")
        self.list.setAccessibleName(self.tr("Backups of this vault"))
        self.list.setHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Where")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(em * 10)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        list_caption = QLabel(self.tr("&Backups, newest first:"))
        list_caption.setBuddy(self.list)
        self.empty_label = paragraph_label(self.tr("There are no backups of this vault yet."))
        self.empty_label.setAccessibleName(self.tr("No backups yet"))

        self.back_up_button = QPushButton(self.tr("Back up &now"))
        self.back_up_button.setObjectName("backUpNowButton")
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.verify_button = QPushButton(self.tr("&Check this backup"))
        self.verify_button.setObjectName("verifyBackupButton")
        self.verify_button.setAccessibleName(self.tr("Check the chosen backup"))
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))

        self.message = paragraph_label()
        self.message.setObjectName("backupMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em * 2 // 3)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(
            heading_label(self.tr("Where backups go"), 1.2, weight=QFont.Weight.DemiBold)
        )
        column.addWidget(where_frame)
        column.addWidget(list_caption)
        column.addWidget(self.list)
        column.addWidget(self.empty_label)
        column.addLayout(left_aligned(self.back_up_button, self.verify_button, self.restore_button))
        column.addWidget(self.message)
        column.addStretch(1)
        scrolling_column(self, column)

        chain_tab_order(
            [
                self.choose_button,
                self.data_folder_button,
                self.list,
                self.back_up_button,
                self.verify_button,
                self.restore_button,
            ]
        )
        self.set_backup_actions_enabled(False)

    # ------------------------------------------------------------------ showing
    def show_destination(self, text: str) -> None:
        self.destination_label.setText(text)

    def show_rows(self, rows: list[BackupRow], select_path: str | None = None) -> None:
        self.list.clear()
        selected: QTreeWidgetItem | None = None
        for path, *columns in rows:
            item = QTreeWidgetItem(columns)
            item.setData(0, Qt.ItemDataRole.UserRole, path)
            self.list.addTopLevelItem(item)
            if path == select_path:
                selected = item
        if selected is None and self.list.topLevelItemCount():
            selected = self.list.topLevelItem(0)
        if selected is not None:
            self.list.setCurrentItem(selected)
        self.empty_label.setVisible(not rows)
        self.set_backup_actions_enabled(selected is not None)

    def selected_path(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def set_backup_actions_enabled(self, enabled: bool) -> None:
        self.verify_button.setEnabled(enabled)
        self.restore_button.setEnabled(enabled)

    def set_busy(self, busy: bool) -> None:
        for button in (self.back_up_button, self.choose_button, self.data_folder_button):
            button.setEnabled(not busy)
        if busy:
            self.set_backup_actions_enabled(False)
        else:
            self.set_backup_actions_enabled(self.list.currentItem() is not None)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
