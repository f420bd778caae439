"""A row of buttons that wraps onto the next line when the row is too narrow.

Buttons cannot wrap their text, so a row of them side by side sets a minimum width
that a longer language (Spanish, French) or a 200 % zoom pushes past a 1366×768
screen. In a ``FlowRow`` the buttons keep their natural width and move down a line
instead; the row's height follows its width (height-for-width), as a wrapped label's
does. Based on Qt's flow layout example.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None, *, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout ------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item (a wrapping label: its widest word)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- internals ----------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._spacing()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._shown():
            hint = item.sizeHint()
            if hint.width() > area.width():  # a wrapping label alone on its line
                height = item.heightForWidth(area.width()) if item.hasHeightForWidth() else -1
                hint = QSize(area.width(), max(height, hint.height()))
            needed = hint.width() + (gap if lines[-1] else 0)
            if lines[-1] and used + needed > area.width():
                lines.append([])
                used, needed = 0, hint.width()
            lines[-1].append((item, hint))
            used += needed
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            width = sum(hint.width() for _item, hint in line) + gap * (len(line) - 1)
            x = area.x() + (area.width() - width if self._align_right else 0)
            for item, hint in line:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(hint.width(), height)))
                x += hint.width() + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if y > area.y() else 0


def flow_row(*widgets: QWidget, align_right: bool = False) -> FlowRow:
    """``widgets`` side by side at their natural width, wrapping when space runs out."""
    row = FlowRow(align_right=align_right)
    for widget in widgets:
        row.addWidget(widget)
    return row
