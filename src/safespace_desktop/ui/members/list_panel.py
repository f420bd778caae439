"""The left side of the Members page: search, the roster actions and the roster table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.model import JournalAccess, Member
from safespace_desktop.ui.members.form_panel import STATUSES
from safespace_desktop.ui.members.table_model import (
    COL_JOURNAL,
    COL_NAME,
    COL_PRONOUNS,
    COL_STATUS,
    journal_text,
    status_word,
)
from safespace_desktop.ui.wording.placeholders import fill


def _native(key: QKeySequence.StandardKey) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class ListPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterList")
        unit = self.fontMetrics().height()

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("rosterSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, pronouns or note"))
        self.search_edit.setClearButtonEnabled(True)
        clear_action = self.search_edit.findChild(QAction, "_q_qlineeditclearaction")
        if clear_action is not None:  # give Qt's icon-only clear button words
            clear_action.setText(self.tr("Clear search"))
            clear_action.setToolTip(self.tr("Clear search"))
        self.search_edit.setAccessibleName(self.tr("Search the roster"))
        self.search_edit.setToolTip(
            fill(self.tr("Search the roster (%1)"), _native(QKeySequence.StandardKey.Find))
        )
        search_label = QLabel(self.tr("S&earch:"))
        search_label.setBuddy(self.search_edit)

        self.show_archived_check = QCheckBox(self.tr("Sho&w archived"))
        self.show_archived_check.setObjectName("showArchived")
        self.show_archived_check.setToolTip(
            self.tr(
                "Also list people who have left, and former members. Nothing archived is deleted."
            )
        )
        self.add_button = QPushButton(self.tr("A&dd member"))
        self.add_button.setObjectName("addMemberButton")
        self.add_button.setToolTip(
            fill(self.tr("Add someone to the roster (%1)"), _native(QKeySequence.StandardKey.New))
        )
        self.enrol_button = QPushButton(self.tr("E&nrol a newcomer…"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.setToolTip(
            self.tr(
                "Walk a newcomer through what stays in the room and their consent choices, "
                "one at a time."
            )
        )
        self.import_button = QPushButton(self.tr("I&mport sign-up sheet…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Add people from a paper sign-up list saved as CSV."))
        self.export_button = QPushButton(self.tr("E&xport roster (CSV)…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Save the roster as a CSV file (not encrypted)."))

        toolbar = QHBoxLayout()
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search_edit, 1)
        toolbar.addWidget(self.show_archived_check)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.enrol_button)
        actions.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.import_button)
        more.addWidget(self.export_button)
        more.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setAccessibleDescription(
            self.tr("Use the arrow keys to choose a member; their details open on the right.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(int(unit * 1.8))

        self.busy_label = QLabel(self.tr("Loading the roster…"))
        self.busy_label.setObjectName("rosterLoading")
        self.busy_label.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("rosterCount")
        self.count_label.setAccessibleName(self.tr("How many members are shown"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, unit // 2, 0)
        layout.addLayout(toolbar)
        layout.addLayout(actions)
        layout.addLayout(more)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.count_label)

    def set_model(self, proxy: QSortFilterProxyModel) -> None:
        """Show ``proxy`` sorted by name, with columns wide enough for their words."""
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns wide enough for their words at the current text size (zoom)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.8))
        padding = self.fontMetrics().height()

        def width_for(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + padding

        journal_words = [journal_text(Member("", "", journal=state)) for state in JournalAccess]
        for column, texts in (
            (COL_PRONOUNS, (self.tr("Pronouns"), "they/them", "she/they")),
            (COL_STATUS, (self.tr("Status"), *(status_word(s) for s in STATUSES))),
            (COL_JOURNAL, (self.tr("Journal"), *journal_words)),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width_for(*texts))
        # Names come first: never squeezed below about fourteen characters.
        fixed = sum(header.sectionSize(c) for c in (COL_PRONOUNS, COL_STATUS, COL_JOURNAL))
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(
            fixed + metrics.averageCharWidth() * 14 + scroll_bar + 2 * self.table.frameWidth()
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.table.model() is not None:
            self._fit_columns()

    def set_busy(self, busy: bool) -> None:
        """A calm busy state while the roster is read: the list waits, nothing flickers."""
        self.table.setEnabled(not busy)
        self.busy_label.setVisible(busy)
