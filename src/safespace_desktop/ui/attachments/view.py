"""The attachments panel's layout: a list, its actions and a viewer. It only shows what
the controller tells it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order

_ID_ROLE = Qt.ItemDataRole.UserRole


class _AttachmentList(QListWidget):
    """The list; Enter on a row asks to show it, like a double-click."""

    activated_by_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.activated_by_key.emit()
            return
        super().keyPressEvent(event)


class AttachmentsView(QWidget):
    """Attachments of one record: list, Add…, Show, Save a copy…, Remove, and a viewer
    for pictures and text (in memory only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.setAccessibleName(self.tr("Attachments"))
        self.controller: QObject | None = None  # set by AttachmentsPanel
        em = self.fontMetrics().height()

        self.title = heading_label(self.tr("Attachments"), 1.2, weight=QFont.Weight.DemiBold)
        self.list = _AttachmentList()
        self.list.setObjectName("attachmentsList")
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(em * 5)
        self.empty_label = paragraph_label(self.tr("No files are attached."))
        self.empty_label.setAccessibleName(self.tr("No attachments"))
        self.empty_label.setVisible(False)  # until the first list has been read

        self.add_button = self._button("addAttachmentButton", self.tr("&Add a file…"))
        self.add_button.setToolTip(
            self.tr("PDFs, pictures (PNG, JPEG, GIF, WebP) and plain text, up to 25 MB")
        )
        self.show_button = self._button("showAttachmentButton", self.tr("S&how"))
        self.save_button = self._button("saveAttachmentCopyButton", self.tr("Save a &copy…"))
        self.remove_button = self._button("removeAttachmentButton", self.tr("&Remove"))

        self.message = paragraph_label()
        self.message.setObjectName("attachmentsMessage")
        self.message.setAccessibleName(self.tr("Attachments message"))
        self.message.setVisible(False)

        # The viewer: a picture in a scroll area, or text, never a file on disk.
        self.viewer_caption = paragraph_label()
        self.viewer_caption.setAccessibleName(self.tr("Shown attachment"))
        self.image_label = QLabel()
        self.image_label.setObjectName("attachmentImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setAccessibleName(self.tr("Picture"))
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("attachmentText")
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Text of the attachment"))
        self.viewer = QStackedWidget()
        self.viewer.addWidget(QWidget())
        self.viewer.addWidget(self.image_scroll)
        self.viewer.addWidget(self.text_view)
        self.viewer.setMinimumHeight(em * 12)
        self.close_viewer_button = self._button("closeAttachmentViewerButton", self.tr("C&lose"))
        self.viewer_box = QWidget()
        viewer_layout = QVBoxLayout(self.viewer_box)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.viewer_caption, 1)
        caption_row.addWidget(self.close_viewer_button)
        viewer_layout.addLayout(caption_row)
        viewer_layout.addWidget(self.viewer)
        self.viewer_box.setVisible(False)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.show_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.empty_label)
        column.addWidget(self.list)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(self.viewer_box)
        chain_tab_order(
            [
                self.list,
                self.add_button,
                self.show_button,
                self.save_button,
                self.remove_button,
                self.close_viewer_button,
                self.text_view,
            ]
        )
        self.set_selection_actions(False, shown=False)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    # ------------------------------------------------------------------ shown by the controller
    def set_editable(self, editable: bool) -> None:
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)

    def show_rows(self, rows: list[tuple[str, str, str]], select_id: str | None) -> None:
        """``rows`` are (id, text, accessible description)."""
        self.list.clear()
        selected = -1
        for index, (item_id, text, description) in enumerate(rows):
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, item_id)
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            self.list.addItem(item)
            if item_id == select_id:
                selected = index
        self.list.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.list.setCurrentRow(max(selected, 0))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(_ID_ROLE))

    def set_selection_actions(self, selected: bool, *, shown: bool) -> None:
        self.show_button.setEnabled(selected and shown)
        self.save_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def set_busy(self, busy: bool) -> None:
        self.list.setEnabled(not busy)
        self.add_button.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_image(self, caption: str, image: QImage) -> None:
        self.text_view.clear()
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self.image_label.setAccessibleName(caption)
        self._show_viewer(caption, 1)

    def show_text(self, caption: str, text: str) -> None:
        self.image_label.clear()
        self.text_view.setPlainText(text)
        self._show_viewer(caption, 2)

    def _show_viewer(self, caption: str, page: int) -> None:
        self.viewer_caption.setText(caption)
        self.viewer.setCurrentIndex(page)
        self.viewer_box.setVisible(True)

    def close_viewer(self) -> None:
        """Drop what was shown (the picture and the text leave memory with it)."""
        self.image_label.clear()
        self.text_view.clear()
        self.text_view.document().clearUndoRedoStacks()
        self.viewer_caption.clear()
        self.viewer.setCurrentIndex(0)
        self.viewer_box.setVisible(False)
