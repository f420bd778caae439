"""The succession checklist (issue 13): what a new facilitator needs, each item with a
tick (shared with every facilitator through sync) and a button to the page that does
it. It lays out and shows; the care controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safespace_desktop.core.care import ChecklistItem
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, scrolling_column
from safespace_desktop.ui.widgets.read_only import describe


class ChecklistView(QWidget):
    ticked = Signal(object, bool)  # item, ticked
    open_page = Signal(str)  # the page key an item links to

    def __init__(
        self,
        items: list[tuple[ChecklistItem, str, str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``items``: (item, its short name, what it asks, its button's text, page key)."""
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.controller: QObject | None = None
        em = self.fontMetrics().height()
        title = heading_label(
            self.tr("When someone new takes over: the succession checklist"),
            1.3,
            weight=QFont.Weight.DemiBold,
        )
        intro = paragraph_label(
            self.tr(
                "Facilitators move on, and groups last when the next person is ready "
                "before they are needed. Tick each step when it is done."
            )
        )
        self.summary = paragraph_label()
        self.summary.setObjectName("checklistSummary")
        self.summary.setAccessibleName(self.tr("Checklist progress"))
        self.checks: dict[ChecklistItem, QCheckBox] = {}
        self.when: dict[ChecklistItem, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(em)
        grid.setVerticalSpacing(em // 2)
        grid.setColumnStretch(0, 1)
        order: list[QWidget] = []
        for row, (item, name, text, link_text, page) in enumerate(items):
            check = QCheckBox(name)
            check.setObjectName(f"checklist:{item.value}")
            check.setAccessibleName(text)
            check.toggled.connect(lambda on, it=item: self.ticked.emit(it, on))
            about = paragraph_label(text)
            about.setIndent(em + em // 2)
            when = QLabel()
            when.setObjectName(f"checklistWhen:{item.value}")
            button = QPushButton(link_text)
            button.setObjectName(f"checklistOpen:{item.value}")
            button.setAccessibleName(link_text)
            button.clicked.connect(lambda _=False, key=page: self.open_page.emit(key))
            grid.addWidget(check, row * 2, 0)
            grid.addWidget(when, row * 2, 1)
            grid.addWidget(button, row * 2, 2)
            grid.addWidget(about, row * 2 + 1, 0, 1, 2)
            self.checks[item] = check
            self.when[item] = when
            order += [check, button]
        column = QVBoxLayout()
        column.setSpacing(em // 2)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.summary)
        column.addLayout(grid)
        column.addStretch(1)
        scrolling_column(self, column)
        chain_tab_order(order)

    def show_ticks(self, ticks: dict[ChecklistItem, tuple[bool, str]], summary: str) -> None:
        """For each item: ticked or not, and the line saying when."""
        for item, (on, when) in ticks.items():
            check = self.checks[item]
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)
            self.when[item].setText(when)
            describe(check, when)  # a read-only vault's reason stays
        self.summary.setText(summary)
