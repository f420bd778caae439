"""Layouts that still fit a 1366×768 screen at 200 % zoom or in a longer language.

- ``ResponsiveSplitter``: two panes side by side when there is room, one above the
  other when there is not (the members list and a member's details at 200 %).
- ``VerticalScrollArea``: scrolls up and down, never sideways: it asks its layout for
  the width its content needs, so a neighbour gives way instead of the content being
  cut at the right edge.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget


def _minimum(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


class ResponsiveSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self._shared = False
        self._raised: dict[QWidget, int] = {}  # minimum heights this splitter set
        self.splitterMoved.connect(self._fit_wrapped_panes)

    def _panes(self) -> list[QWidget]:
        panes = (self.widget(i) for i in range(self.count()))
        return [pane for pane in panes if pane is not None and not pane.isHidden()]

    def side_by_side_width(self) -> int:
        panes = self._panes()
        gaps = self.handleWidth() * max(0, len(panes) - 1)
        return sum(_minimum(pane).width() for pane in panes) + gaps

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest pane: below the side-by-side width, panes stack."""
        panes = self._panes()
        if not panes:
            return super().minimumSizeHint()
        sizes = [_minimum(pane) for pane in panes]
        width = max(size.width() for size in sizes)
        if self.orientation() == Qt.Orientation.Vertical:
            height = sum(size.height() for size in sizes) + self.handleWidth() * (len(sizes) - 1)
        else:
            height = max(size.height() for size in sizes)
        return QSize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self.updateGeometry()
        super().resizeEvent(event)
        if wanted == Qt.Orientation.Vertical and not self._shared:
            # Stacked: each pane an equal share of the height (the one below would
            # otherwise keep only its minimum).
            self._shared = True
            panes = self.count()
            self.setSizes([max(1, event.size().height() // panes)] * panes)
        elif wanted == Qt.Orientation.Horizontal:
            self._shared = False
        self._fit_wrapped_panes()

    def _fit_wrapped_panes(self) -> None:
        """A pane whose height follows its width (wrapped text, a row of buttons that
        wraps) is kept at least as high as its width needs: a splitter knows only the
        unwrapped minimum, and the pane's rows would run into one another."""
        for pane in self._panes():
            if not pane.hasHeightForWidth() or pane.minimumHeight() not in (
                0,
                self._raised.get(pane),
            ):
                continue  # a minimum height of the pane's own stays as it is
            height = max(0, pane.heightForWidth(pane.width()))
            if pane.minimumHeight() != height:
                pane.setMinimumHeight(height)
            self._raised[pane] = height


class VerticalScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = (
            _minimum(inner).width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), width), hint.height())
