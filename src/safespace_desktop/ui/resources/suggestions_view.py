"""Members' suggestions and corrections, as facilitators read them (no names unless the
member added one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.headings import paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned


class SuggestionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsDialog")
        self.setWindowTitle(self.tr("Members' suggestions"))
        intro = paragraph_label(
            self.tr(
                "Members can suggest a resource or a correction. A suggestion carries no "
                "name unless the member chose to add one."
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(self.tr("Suggestions"))
        self.list.setWordWrap(True)
        self.handled_button = QPushButton(self.tr("Mark as &handled"))
        self.handled_button.setObjectName("suggestionHandledButton")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove suggestion"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.list, 1)
        column.addLayout(left_aligned(self.handled_button, self.remove_button, self.close_button))
        column.addWidget(self.message)
        self.close_button.clicked.connect(self.accept)
        chain_tab_order([self.list, self.handled_button, self.remove_button, self.close_button])
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 28)

    def show_rows(self, rows: list[tuple[str, str]]) -> None:
        self.list.clear()
        for suggestion_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, suggestion_id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def say(self, text: str) -> None:
        self.message.setText(text)
