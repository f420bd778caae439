"""Check-in pairs (facilitators only): layout only. The controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.pairs.model import COL_FIRST, COL_SECOND, COL_SINCE, PairTableModel
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.undo_bar import UndoBar

#: (member id, name shown) for the pickers.
Choice = tuple[str, str]


class PairsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairsPage")
        self.controller: QObject | None = None  # set by the package's page factory
        self.model = PairTableModel(self)
        unit = self.fontMetrics().height()
        title = heading_label(self.tr("Check-in pairs"), 1.7)
        subtitle = paragraph_label(
            self.tr(
                "Two members who check in with each other between meetings. Only active "
                "members who said yes to check-in pairs are offered here; nobody else can "
                "be paired."
            )
        )
        self.undo_bar = UndoBar()
        self.busy_label = paragraph_label(self.tr("Loading…"))
        self.busy_label.setAccessibleName(self.tr("Loading"))
        self.busy_label.setVisible(False)

        pairs_heading = heading_label(self.tr("Current pairs"), 1.2)
        self.table = QTableView()
        self.table.setObjectName("pairsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Current check-in pairs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(int(unit * 1.8))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SECOND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SINCE, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = paragraph_label(self.tr("No pairs yet."))
        self.unpair_button = QPushButton(self.tr("&End this pair"))
        self.unpair_button.setToolTip(
            self.tr("The two of them stay on the roster and can be paired again.")
        )
        pairs_buttons = QHBoxLayout()
        pairs_buttons.addWidget(self.unpair_button)
        pairs_buttons.addStretch(1)

        make_heading = heading_label(self.tr("Pair two people"), 1.2)
        self.eligible_label = paragraph_label()
        self.eligible_label.setAccessibleName(self.tr("Who can be paired"))
        self.first_combo = QComboBox()
        self.first_combo.setAccessibleName(self.tr("First person"))
        self.second_combo = QComboBox()
        self.second_combo.setAccessibleName(self.tr("Second person"))
        for combo in (self.first_combo, self.second_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(18)
        first_label = QLabel(self.tr("&First person:"))
        first_label.setBuddy(self.first_combo)
        second_label = QLabel(self.tr("&Second person:"))
        second_label.setBuddy(self.second_combo)
        self.pair_button = QPushButton(self.tr("&Pair them"))
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Pairing message"))
        self.message.hide()

        # Each label above its list, not beside it: side by side, a longer language at
        # 200 % zoom needs more width than the pane has and cuts the labels off.
        form = QVBoxLayout()
        form.setSpacing(unit // 4)
        form.addWidget(first_label)
        form.addWidget(self.first_combo)
        form.addSpacing(unit // 4)
        form.addWidget(second_label)
        form.addWidget(self.second_combo)
        make_box = QFrame()
        make_box.setFrameShape(QFrame.Shape.StyledPanel)
        make_layout = QVBoxLayout(make_box)
        make_layout.setContentsMargins(unit, unit, unit, unit)
        make_layout.setSpacing(unit // 2)
        make_layout.addWidget(make_heading)
        make_layout.addWidget(self.eligible_label)
        make_layout.addLayout(form)
        pair_row = QHBoxLayout()
        pair_row.addWidget(self.pair_button)
        pair_row.addStretch(1)
        make_layout.addLayout(pair_row)
        make_layout.addWidget(self.message)
        make_box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        make_column = QVBoxLayout()
        make_column.addWidget(make_box)
        make_column.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(unit // 2)
        left.addWidget(pairs_heading)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty_label)
        left.addLayout(pairs_buttons)
        columns = QHBoxLayout()
        columns.setSpacing(unit * 3 // 2)
        columns.addLayout(left, 3)
        columns.addLayout(make_column, 2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(int(unit * 1.5), unit, int(unit * 1.5), unit)
        outer.setSpacing(unit // 2)
        outer.addWidget(title)
        outer.addWidget(subtitle)
        outer.addWidget(self.busy_label)
        outer.addSpacing(unit // 2)
        outer.addWidget(self.undo_bar)
        outer.addLayout(columns, 1)
        chain_tab_order(
            [self.table, self.unpair_button, self.first_combo, self.second_combo, self.pair_button]
        )

    # ------------------------------------------------------------------ showing
    def show_pairs_shown(self, any_pairs: bool) -> None:
        self.empty_label.setVisible(not any_pairs)
        self.table.setVisible(any_pairs)

    def show_eligible_text(self, text: str) -> None:
        self.eligible_label.setText(text)

    def fill_combo(self, combo: QComboBox, choices: list[Choice], keep: str | None) -> None:
        """Fill ``combo`` without signals; keeps ``keep`` chosen if it is still offered."""
        combo.blockSignals(True)
        combo.clear()
        for member_id, name in choices:
            combo.addItem(name, member_id)
        index = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if choices else -1))
        combo.blockSignals(False)

    def chosen(self) -> tuple[str | None, str | None]:
        first, second = self.first_combo.currentData(), self.second_combo.currentData()
        return (str(first) if first else None, str(second) if second else None)

    def chosen_names(self) -> tuple[str, str]:
        return self.first_combo.currentText(), self.second_combo.currentText()

    def set_actions(self, *, can_choose: bool, can_pair: bool, can_unpair: bool) -> None:
        self.first_combo.setEnabled(can_choose)
        self.second_combo.setEnabled(can_choose)
        self.pair_button.setEnabled(can_pair)
        self.unpair_button.setEnabled(can_unpair)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.table.setEnabled(not busy)
        if busy:
            self.pair_button.setEnabled(False)
