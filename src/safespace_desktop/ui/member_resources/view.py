"""A member's "Coping resources" page: search the members' resources, read them (content
note first), keep favourites, suggest a resource or a correction."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.resources.filters_view import FilterBar
from safespace_desktop.ui.resources.model import ResourceListModel
from safespace_desktop.ui.resources.reader_view import ReaderPanel
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned
from safespace_desktop.ui.widgets.responsive import ResponsiveSplitter, VerticalScrollArea


class MemberResourcesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberResourcesPage")
        self.controller: QObject | None = None
        em = self.fontMetrics().height()
        title = heading_label(self.tr("Coping resources"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "Handouts, exercises, readings and local services your group shares. "
                "Your favourites are private: only you can see them."
            )
        )
        self.filters = FilterBar(audiences=False)
        self.favourites_only = QCheckBox(self.tr("Only my &favourites"))
        self.favourites_only.setObjectName("favouritesOnly")
        self.count_label = paragraph_label()
        self.count_label.setAccessibleName(self.tr("How many resources are shown"))
        self.model = ResourceListModel(self)
        self.list = QListView()
        self.list.setObjectName("memberResourceList")
        self.list.setAccessibleName(self.tr("Resources"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # wrapped two-line rows must not run into the next
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(em * 12)
        self.suggest_button = QPushButton(self.tr("Su&ggest a resource…"))
        self.suggest_button.setObjectName("suggestResourceButton")
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        left = QWidget()
        left_column = QVBoxLayout(left)
        for widget in (title, intro, self.filters, self.favourites_only, self.count_label):
            left_column.addWidget(widget)
        left_column.addWidget(self.list, 1)
        left_column.addLayout(left_aligned(self.suggest_button))
        left_column.addWidget(self.message)

        self.reader = ReaderPanel()
        self.favourite_button = QPushButton(self.tr("Add to my f&avourites"))
        self.favourite_button.setObjectName("favouriteButton")
        self.correction_button = QPushButton(self.tr("Suggest a co&rrection…"))
        self.correction_button.setObjectName("suggestCorrectionButton")
        self.reader.action_row.addLayout(
            left_aligned(self.favourite_button, self.correction_button)
        )
        scroll = VerticalScrollArea()  # the reader is never cut at the right edge
        scroll.setWidget(self.reader)
        splitter = ResponsiveSplitter()  # the list above the reader when space is short
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QHBoxLayout(self).addWidget(splitter)
        self.set_resource_actions_enabled(False)
        chain_tab_order(
            [
                *self.filters.widgets(),
                self.favourites_only,
                self.list,
                self.suggest_button,
                self.reader.open_button,
                self.reader.body,
                self.favourite_button,
                self.correction_button,
            ]
        )

    def set_favourite(self, favourite: bool) -> None:
        self.favourite_button.setText(
            self.tr("Remove from my f&avourites") if favourite else self.tr("Add to my f&avourites")
        )

    def set_resource_actions_enabled(self, enabled: bool) -> None:
        self.favourite_button.setEnabled(enabled)
        self.correction_button.setEnabled(enabled)

    def set_busy(self, busy: bool) -> None:
        self.list.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
