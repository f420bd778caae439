"""A two-column form on QGridLayout, for forms with word-wrapped hints under fields.

QFormLayout sizes a wrapped QLabel for its narrow size hint and then stretches it,
which leaves large gaps around hint text; QGridLayout handles height-for-width
properly. ``addRow(label, field)`` mirrors the QFormLayout call; a labelled row gets
a little extra space above it so each field and its hint read as one group.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QWidget


class FormGrid(QGridLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)
        self._row = 0
        self._group_gap = 0

    def set_group_gap(self, pixels: int) -> None:
        """Extra space above each labelled row after the first (from fontMetrics)."""
        self._group_gap = pixels

    def addRow(self, label: QLabel | str, field: QWidget | QLayout) -> None:
        labelled = isinstance(label, QLabel)
        if labelled and self._row > 0 and self._group_gap:
            self.setRowMinimumHeight(self._row, self._group_gap)
            self._row += 1
        if isinstance(label, QLabel):
            self.addWidget(label, self._row, 0, Qt.AlignmentFlag.AlignVCenter)
        if isinstance(field, QLayout):
            self.addLayout(field, self._row, 1)
        else:
            self.addWidget(field, self._row, 1)
        self._row += 1
