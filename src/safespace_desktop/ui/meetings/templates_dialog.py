"""The group's own agenda templates: rename, replace with the agenda on screen, delete.
The dialog lays out; ``template_actions`` decides."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.meetings.wording import tr
from safespace_desktop.ui.widgets.headings import paragraph_label


class TemplatesDialog(QDialog):
    rename_requested = Signal(str)
    replace_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(tr("The group's templates"))
        intro = paragraph_label(
            tr(
                "Templates the group saved. The ready-made ones (SMART Recovery, NAMI "
                "Connection, DBSA, 12-step style, peer circle) stay as they are; fill an "
                "agenda from one and save it under a name of your own to change it."
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("savedTemplates")
        self.list.setAccessibleName(tr("The group's own templates"))
        self.rename_button = QPushButton(tr("&Rename…"))
        self.replace_button = QPushButton(tr("Use this &agenda instead"))
        self.replace_button.setToolTip(
            tr("Replace the template's parts with the agenda of the meeting on screen")
        )
        self.delete_button = QPushButton(tr("&Delete…"))
        for button in (self.rename_button, self.replace_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.rename_button.clicked.connect(lambda: self._emit(self.rename_requested))
        self.replace_button.clicked.connect(lambda: self._emit(self.replace_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.message = paragraph_label()
        self.message.setObjectName("templatesMessage")
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.rename_button, self.replace_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self._enable()

    def _emit(self, signal: SignalInstance) -> None:
        template_id = self.selected()
        if template_id:
            signal.emit(template_id)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.rename_button, self.replace_button, self.delete_button):
            button.setEnabled(chosen)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_templates(self, rows: list[tuple[str, str]]) -> None:
        """(template id, line) of each of the group's own templates."""
        keep = self.selected()
        self.list.clear()
        for template_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, template_id)
            self.list.addItem(item)
            if template_id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not rows:
            self.say(tr("The group has not saved a template yet: use “Save as template…”."))
        self._enable()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
