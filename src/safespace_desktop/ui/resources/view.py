"""The facilitators' "Coping resources" page: the list with search, filters and sort on
the left; the reader or the editor on the right. It lays out; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.printing.documents import printer_note
from safespace_desktop.ui.resources.editor_view import EditorPanel
from safespace_desktop.ui.resources.filters_view import FilterBar
from safespace_desktop.ui.resources.model import ResourceListModel
from safespace_desktop.ui.resources.reader_view import ReaderPanel
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned
from safespace_desktop.ui.widgets.responsive import ResponsiveSplitter, VerticalScrollArea


class ResourcesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourcesPage")
        self.controller: QObject | None = None
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Coping resources"), 1.6, weight=QFont.Weight.DemiBold)
        self.review_label = paragraph_label()
        self.review_label.setObjectName("resourceReviewReminder")
        self.review_label.setAccessibleName(self.tr("Resources due for a check"))
        self.review_frame = QFrame()
        self.review_frame.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(self.review_frame).addWidget(self.review_label)
        self.review_frame.setVisible(False)

        self.filters = FilterBar(audiences=True)
        self.count_label = paragraph_label()
        self.count_label.setAccessibleName(self.tr("How many resources are shown"))
        self.model = ResourceListModel(self)
        self.list = QListView()
        self.list.setObjectName("resourceList")
        self.list.setAccessibleName(self.tr("Resources"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # wrapped two-line rows must not run into the next
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(em * 12)
        self.new_button = QPushButton(self.tr("&New resource"))
        self.new_button.setObjectName("newResourceButton")
        self.import_button = QPushButton(self.tr("&Import a folder…"))
        self.export_button = QPushButton(self.tr("E&xport the library…"))
        self.examples_button = QPushButton(self.tr("Add &the examples"))
        self.examples_button.setAccessibleDescription(
            self.tr("Adds a few example resources, clearly labelled, to change or remove")
        )
        self.suggestions_button = QPushButton(self.tr("Members' su&ggestions…"))
        self.suggestions_button.setObjectName("suggestionsButton")
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(title)
        left_column.addWidget(self.review_frame)
        left_column.addWidget(self.filters)
        left_column.addWidget(self.count_label)
        left_column.addWidget(self.list, 1)
        left_column.addLayout(left_aligned(self.new_button, self.import_button))
        left_column.addLayout(left_aligned(self.export_button, self.examples_button))
        left_column.addLayout(left_aligned(self.suggestions_button))
        left_column.addWidget(self.message)

        self.reader = ReaderPanel()
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editResourceButton")
        self.checked_button = QPushButton(self.tr("&Mark details checked today"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleDescription(printer_note())
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setAccessibleName(self.tr("Print in large type"))
        self.delete_button = QPushButton(self.tr("Remo&ve"))
        self.delete_button.setAccessibleName(self.tr("Remove resource"))
        self.print_note = paragraph_label(printer_note())
        self.reader.action_row.addLayout(
            left_aligned(self.edit_button, self.checked_button, self.delete_button)
        )
        self.reader.action_row.addLayout(
            left_aligned(self.print_button, self.pdf_button, self.large_print)
        )
        self.reader.action_row.addWidget(self.print_note)
        self.editor = EditorPanel()
        self.stack = QStackedWidget()
        for panel in (self.reader, self.editor):
            scroll = VerticalScrollArea()  # never cut at the right edge
            scroll.setWidget(panel)
            self.stack.addWidget(scroll)

        # Stacked (200 % zoom, a longer language), the reader keeps room to read in and
        # only the panel on show sets the width the page needs.
        self.stack.setMinimumHeight(self.fontMetrics().height() * 14)
        self.stack.currentChanged.connect(self._only_current_counts)
        self._only_current_counts()
        splitter = ResponsiveSplitter()  # the list above the reader when space is short
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer = QHBoxLayout(self)
        outer.addWidget(splitter)
        self.set_resource_actions_enabled(False)
        chain_tab_order(
            [
                *self.filters.widgets(),
                self.list,
                self.new_button,
                self.import_button,
                self.export_button,
                self.examples_button,
                self.suggestions_button,
                self.reader.open_button,
                self.reader.body,
                self.edit_button,
                self.checked_button,
                self.delete_button,
                self.print_button,
                self.pdf_button,
                self.large_print,
            ]
        )

    # ------------------------------------------------------------------ showing
    def _only_current_counts(self) -> None:
        """A stack is as wide as its widest panel; the hidden one asks for no room."""
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            panel = self.stack.widget(index)
            wanted = (
                QSizePolicy.Policy.Preferred if panel is current else QSizePolicy.Policy.Ignored
            )
            if panel is not None:
                panel.setSizePolicy(wanted, wanted)
        self.stack.updateGeometry()

    def show_reader(self) -> None:
        self.stack.setCurrentIndex(0)

    def show_editor(self) -> None:
        self.stack.setCurrentIndex(1)
        self.editor.title_edit.setFocus()

    def editing(self) -> bool:
        return self.stack.currentIndex() == 1

    def show_review(self, text: str) -> None:
        self.review_label.setText(text)
        self.review_frame.setVisible(bool(text))

    def set_resource_actions_enabled(self, enabled: bool, *, needs_checking: bool = False) -> None:
        for button in (self.edit_button, self.delete_button, self.print_button, self.pdf_button):
            button.setEnabled(enabled)
        self.checked_button.setEnabled(enabled and needs_checking)

    def set_busy(self, busy: bool) -> None:
        self.list.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
