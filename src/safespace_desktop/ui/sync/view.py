"""The Sync page's layout. It lays out and shows; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column


class SyncView(QWidget):
    """Export, import with a preview, undo, the import log and folder mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.controller: QObject | None = None  # set by the package's page factory
        em = self.fontMetrics().height()
        title = heading_label(
            self.tr("Sync with other facilitators"), 1.6, weight=QFont.Weight.DemiBold
        )
        intro = paragraph_label(
            self.tr(
                "Sync files carry the group's records between facilitators' computers, on a "
                "USB stick or through a shared folder. They are encrypted and signed by this "
                "computer. Members' journals never leave this computer."
            )
        )

        # Export
        export_title = heading_label(self.tr("Send"), 1.2, weight=QFont.Weight.DemiBold)
        self.export_button = self._button(self.tr("&Export a sync file…"), "exportButton")
        self.export_status = self._status(self.tr("Export status"), "exportStatus")
        self.join_kit_button = self._button(
            self.tr("Make a &join kit for a new computer…"), "joinKitButton"
        )

        # Import and its preview
        import_title = heading_label(self.tr("Receive"), 1.2, weight=QFont.Weight.DemiBold)
        self.import_button = self._button(self.tr("&Import a sync file…"), "importButton")
        self.preview_frame = QFrame()
        self.preview_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_frame.setObjectName("syncPreview")
        self.preview_summary = self._status(
            self.tr("What importing would change"), "previewSummary"
        )
        self.preview_list = QListWidget()
        self.preview_list.setObjectName("previewList")
        self.preview_list.setAccessibleName(self.tr("Records the import would change"))
        self.preview_list.setMinimumHeight(em * 8)
        self.apply_button = self._button(self.tr("&Apply this import"), "applyButton")
        self.discard_button = self._button(self.tr("&Don't import"), "discardButton")
        preview_layout = QVBoxLayout(self.preview_frame)
        preview_layout.addWidget(self.preview_summary)
        preview_layout.addWidget(self.preview_list)
        preview_layout.addLayout(left_aligned(self.apply_button, self.discard_button))
        self.preview_frame.hide()
        self.import_status = self._status(self.tr("Import status"), "importStatus")

        # Undo and the log
        self.undo_button = self._button(self.tr("&Undo the last import"), "undoButton")
        self.undo_button.setEnabled(False)
        log_caption = QLabel(self.tr("Import &log:"))
        self.log_list = QListWidget()
        self.log_list.setObjectName("importLog")
        self.log_list.setAccessibleName(self.tr("Import log"))
        self.log_list.setMinimumHeight(em * 6)
        log_caption.setBuddy(self.log_list)

        # Folder mode
        folder_title = heading_label(self.tr("Shared folder"), 1.2, weight=QFont.Weight.DemiBold)
        folder_intro = paragraph_label(
            self.tr(
                "If the facilitators share a folder (for example with Syncthing or a network "
                "drive), each computer writes its own sync files there and reads the others'. "
                "Never choose the folder that holds this vault."
            )
        )
        self.folder_label = self._status(self.tr("Shared folder"), "folderLabel")
        self.choose_folder_button = self._button(
            self.tr("C&hoose the shared folder…"), "chooseFolder"
        )
        self.folder_sync_button = self._button(self.tr("&Sync with the folder now"), "folderSync")
        self.folder_sync_button.setEnabled(False)

        column = QVBoxLayout()
        for widget in (title, intro, export_title):
            column.addWidget(widget)
        column.addLayout(left_aligned(self.export_button, self.join_kit_button))
        column.addWidget(self.export_status)
        column.addWidget(import_title)
        column.addLayout(left_aligned(self.import_button))
        column.addWidget(self.preview_frame)
        column.addWidget(self.import_status)
        column.addLayout(left_aligned(self.undo_button))
        column.addWidget(log_caption)
        column.addWidget(self.log_list)
        column.addWidget(folder_title)
        column.addWidget(folder_intro)
        column.addWidget(self.folder_label)
        column.addLayout(left_aligned(self.choose_folder_button, self.folder_sync_button))
        column.addStretch(1)
        scrolling_column(self, column)
        chain_tab_order(
            [
                self.export_button,
                self.join_kit_button,
                self.import_button,
                self.preview_list,
                self.apply_button,
                self.discard_button,
                self.undo_button,
                self.log_list,
                self.choose_folder_button,
                self.folder_sync_button,
            ]
        )

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        return button

    def _status(self, accessible: str, name: str) -> QLabel:
        label = paragraph_label()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        return label

    # ------------------------------------------------------------------ showing
    def set_busy(self, busy: bool) -> None:
        for button in (self.export_button, self.import_button, self.apply_button):
            button.setEnabled(not busy)

    def show_export_status(self, text: str) -> None:
        self.export_status.setText(text)

    def show_import_status(self, text: str) -> None:
        self.import_status.setText(text)

    def show_preview(self, summary: str, rows: list[str], can_apply: bool) -> None:
        self.preview_summary.setText(summary)
        self.preview_list.clear()
        self.preview_list.addItems(rows)
        self.apply_button.setEnabled(can_apply)
        self.preview_frame.show()

    def hide_preview(self) -> None:
        self.preview_frame.hide()
        self.preview_list.clear()

    def show_log(self, rows: list[str], can_undo: bool) -> None:
        self.log_list.clear()
        self.log_list.addItems(rows)
        self.undo_button.setEnabled(can_undo)

    def show_folder(self, text: str, usable: bool) -> None:
        self.folder_label.setText(text)
        self.folder_sync_button.setEnabled(usable)
