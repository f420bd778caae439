"""Search as you type, and filters by kind, tag and audience, with the sort order.
Shared by the facilitators' page and the members' page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from safespace_desktop.core.resources.model import Audience, ResourceKind
from safespace_desktop.core.resources.search import Filters, SortBy
from safespace_desktop.ui.resources import wording


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, *, audiences: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("resourceSearch")
        self.search_edit.setAccessibleName(self.tr("Search resources"))
        self.search_edit.setPlaceholderText(self.tr("Search titles, text, tags and services"))
        self.search_edit.setClearButtonEnabled(True)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Show kind"))
        self.kind_box.addItem(self.tr("All kinds"), "")
        for kind in ResourceKind:
            self.kind_box.addItem(wording.kind_name(kind), kind.value)
        self.tag_box = QComboBox()
        self.tag_box.setAccessibleName(self.tr("Show tag"))
        self.audience_box = QComboBox()
        self.audience_box.setAccessibleName(self.tr("Show audience"))
        self.audience_box.addItem(self.tr("Everyone's and facilitators'"), "")
        for audience in Audience:
            self.audience_box.addItem(wording.audience_name(audience), audience.value)
        self.sort_box = QComboBox()
        self.sort_box.setAccessibleName(self.tr("Sort by"))
        self.sort_box.addItem(self.tr("Title"), SortBy.TITLE.value)
        self.sort_box.addItem(self.tr("Last checked (oldest first)"), SortBy.LAST_CHECKED.value)
        self.set_tags([])
        for box in (self.kind_box, self.tag_box, self.audience_box, self.sort_box):
            # As narrow as a short choice, not the longest one: a long tag or a longer
            # language at 200 % zoom would otherwise widen the page past the window
            # (the open list still shows each choice in full).
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search_edit, 0, 1, 1, 3)
        grid.addWidget(self.kind_box, 1, 0, 1, 2)
        grid.addWidget(self.tag_box, 1, 2, 1, 2)
        grid.addWidget(self.audience_box, 2, 0, 1, 2)
        grid.addWidget(self.sort_box, 2, 2, 1, 2)
        # Only once it has a parent: a parentless widget made visible opens as a window.
        self.audience_box.setVisible(audiences)

        self.search_edit.textChanged.connect(self.changed)
        for box in (self.kind_box, self.tag_box, self.audience_box, self.sort_box):
            box.currentIndexChanged.connect(self.changed)

    def widgets(self) -> list[QWidget]:
        found: list[QWidget] = [self.search_edit, self.kind_box, self.tag_box]
        if not self.audience_box.isHidden():
            found.append(self.audience_box)
        return [*found, self.sort_box]

    def set_tags(self, tags: list[str]) -> None:
        box = self.tag_box
        if box.count() == len(tags) + 1 and all(
            box.itemData(row + 1) == tag for row, tag in enumerate(tags)
        ):
            return  # a reload with the same tags: no relayout of the page
        current = self.tag_box.currentData() or ""
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag_box.addItem(tag, tag)
        index = self.tag_box.findData(current)
        self.tag_box.setCurrentIndex(max(index, 0))
        self.tag_box.blockSignals(False)

    def filters(self) -> Filters:
        kind = self.kind_box.currentData() or ""
        audience = self.audience_box.currentData() or ""
        return Filters(
            query=self.search_edit.text(),
            kind=ResourceKind(kind) if kind else None,
            tag=self.tag_box.currentData() or "",
            audience=Audience(audience) if audience else None,
            sort=SortBy(self.sort_box.currentData()),
        )
