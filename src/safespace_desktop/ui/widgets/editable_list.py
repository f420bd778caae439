"""A short list of lines a person writes: add, edit, remove and reorder, all by keyboard.

- Type into the line under the list and press Enter (or Add).
- Edit a line by double-clicking it or pressing F2 in the list (F2 elsewhere opens
  the safety plan; inside the list it edits, as everywhere else in desktop apps).
- Delete removes the selected line; Ctrl+Up and Ctrl+Down move it. Buttons do the
  same for mouse users, and every control has an accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MIN_ROWS = 2
MAX_ROWS = 8


class _Lines(QListWidget):
    """The list itself: F2 edits here, Delete removes, Ctrl+Up/Down move."""

    remove_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and self.currentItem() is not None
        ):
            event.accept()  # edit the line instead of the window-wide F2
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() == Qt.Key.Key_Delete and self.currentItem() is not None:
                self.remove_requested.emit()
                return
            if ctrl and event.key() == Qt.Key.Key_Up:
                self.move_requested.emit(-1)
                return
            if ctrl and event.key() == Qt.Key.Key_Down:
                self.move_requested.emit(1)
                return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            margin = self.fontMetrics().averageCharWidth()
            area = self.viewport().rect().adjusted(margin, margin // 2, -margin, 0)
            painter.drawText(
                QRect(area),
                int(
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                self.empty_text,
            )
            painter.end()


class EditableList(QWidget):
    """``EditableList(title)``: ``items()``, ``set_items()``; ``changed`` on every edit."""

    changed = Signal()

    def __init__(
        self,
        title: str,
        *,
        max_items: int = 20,
        max_length: int = 500,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.max_items = max_items
        self.list = _Lines(self.tr("Nothing here yet."))
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(
            self.tr(
                "Double-click or press F2 to change a line. Delete removes it; Ctrl+Up and Ctrl+Down move it."
            )
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(max(1, self.fontMetrics().height() // 8))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move up: %1").replace("%1", title))
        self.up_button.setToolTip(self.tr("Move the chosen line up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move down: %1").replace("%1", title))
        self.down_button.setToolTip(self.tr("Move the chosen line down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove a line from: %1").replace("%1", title))
        self.remove_button.setToolTip(self.tr("Remove the chosen line (Delete)"))

        self.add_edit = QLineEdit()
        self.add_edit.setMaxLength(max_length)
        self.add_edit.setPlaceholderText(self.tr("Type a line, then press Enter"))
        self.add_edit.setAccessibleName(self.tr("New line for: %1").replace("%1", title))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to: %1").replace("%1", title))

        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0)
        grid.addLayout(buttons, 0, 1)
        grid.addWidget(self.add_edit, 1, 0)
        grid.addWidget(self.add_button, 1, 1)
        grid.setColumnStretch(0, 1)
        width = max(
            b.sizeHint().width()
            for b in (self.up_button, self.down_button, self.remove_button, self.add_button)
        )
        for button in (self.up_button, self.down_button, self.remove_button, self.add_button):
            button.setMinimumWidth(width)

        self.add_edit.returnPressed.connect(self.add_typed_line)
        self.add_edit.textChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_typed_line)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.remove_requested.connect(self.remove_current)
        self.list.move_requested.connect(self.move_current)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self._update_buttons()
        self._fit_height()

    # -- focus order ----------------------------------------------------------------------
    def widgets_in_tab_order(self) -> list[QWidget]:
        return [
            self.list,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.add_edit,
            self.add_button,
        ]

    # -- content --------------------------------------------------------------------------
    def items(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text() for row in range(self.list.count()))

    def set_items(self, items: tuple[str, ...] | list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self.list.addItem(self._new_item(text))
        self.list.blockSignals(False)
        self._update_buttons()
        self._fit_height()

    def pending_text(self) -> str:
        """What is typed in the add field but not added yet."""
        return self.add_edit.text().strip()

    def _new_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    # -- actions --------------------------------------------------------------------------
    def add_typed_line(self) -> bool:
        """Add what is typed in the add field; False if there was nothing to add or no room."""
        text = " ".join(self.add_edit.text().split())
        if not text or self.list.count() >= self.max_items:
            return False
        self.list.blockSignals(True)
        self.list.addItem(self._new_item(text))
        self.list.blockSignals(False)
        self.add_edit.clear()
        self._after_change()
        return True

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        else:
            self.add_edit.setFocus()
        self._after_change()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._after_change()

    # -- internals ------------------------------------------------------------------------
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        text = " ".join(item.text().split())
        if not text:
            self.list.blockSignals(True)
            self.list.takeItem(self.list.row(item))
            self.list.blockSignals(False)
        elif text != item.text():
            self.list.blockSignals(True)
            item.setText(text)
            self.list.blockSignals(False)
        self._after_change()

    def _on_rows_moved(self, *_args: object) -> None:
        self._after_change()

    def _after_change(self) -> None:
        self._update_buttons()
        self._fit_height()
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        full = count >= self.max_items
        self.add_edit.setEnabled(not full)
        self.add_button.setEnabled(not full and bool(self.add_edit.text().strip()))
        if full:
            self.add_edit.setPlaceholderText(self.tr("This part is full"))
        else:
            self.add_edit.setPlaceholderText(self.tr("Type a line, then press Enter"))

    def _fit_height(self) -> None:
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        count = self.list.count()
        shown = max(MIN_ROWS, min(MAX_ROWS, count + 1))
        content = sum(self.list.sizeHintForRow(r) for r in range(min(count, MAX_ROWS)))
        content += (shown - min(count, MAX_ROWS)) * row_height
        self.list.setFixedHeight(content + 2 * self.list.frameWidth() + 4)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * 50), hint.height())
