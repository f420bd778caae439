"""Check-in pairs ("We Care"): members who agreed check in with each other between meetings.

The two pickers offer only ``PairingService.eligible_for_pairing()``: active members
with a current "check-in pairs" consent. Anyone else is never listed, so they cannot
be paired by mistake. Ending a pair offers Undo (pairing the two again).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
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

from safespace_desktop.core.errors import NotPermitted, SafeSpaceError
from safespace_desktop.core.model import Member
from safespace_desktop.core.roster import CheckinPair
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.formatting import fill
from safespace_desktop.ui.item_models.pairs import COL_FIRST, COL_SECOND, COL_SINCE, PairTableModel
from safespace_desktop.ui.members.table_model import display_name
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.form_grid import FormGrid
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order
from safespace_desktop.ui.widgets.undo_bar import UndoBar


class PairsPage(QWidget):
    """Facilitators only (the service refuses anyone else)."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        if not context.principal.is_facilitator:
            raise NotPermitted("Only facilitators can arrange check-in pairs.")
        super().__init__(parent)
        self._context = context
        self._service = PairingService(context.vault)
        self.eligible: list[Member] = []
        self.model = PairTableModel(self)
        self._build()
        self.reload()

    def nav_title(self) -> str:
        return self.tr("Check-in pairs")

    # ================================================================= layout
    def _build(self) -> None:
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

        # -- the pairs ----------------------------------------------------------------
        pairs_heading = heading_label(self.tr("Current pairs"), 1.2)
        self.table = QTableView()
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

        # -- making a pair -------------------------------------------------------------
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

        form = FormGrid()
        form.setVerticalSpacing(unit // 2)
        form.addRow(first_label, self.first_combo)
        form.addRow(second_label, self.second_combo)
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
        outer.addSpacing(unit // 2)
        outer.addWidget(self.undo_bar)
        outer.addLayout(columns, 1)

        chain_tab_order(
            [
                self.table,
                self.unpair_button,
                self.first_combo,
                self.second_combo,
                self.pair_button,
            ]
        )
        self.first_combo.currentIndexChanged.connect(self._first_chosen)
        self.second_combo.currentIndexChanged.connect(self._update_actions)
        self.pair_button.clicked.connect(self.pair_chosen)
        self.unpair_button.clicked.connect(self.unpair_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    # ================================================================= data
    def showEvent(self, event: QShowEvent) -> None:
        # Consents change on the Members page: look again whenever the page is shown.
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def reload(self) -> None:
        try:
            self.eligible = self._service.eligible_for_pairing()
            pairs = self._service.pairs()
        except SafeSpaceError as exc:
            self.eligible = []
            self.model.set_pairs([], {})
            self._show_message(describe(exc))
            self._fill_combos()
            return
        names = {m.id: display_name(m) for m in self.eligible}
        self.model.set_pairs(pairs, names)
        self.empty_label.setVisible(not pairs)
        self.table.setVisible(bool(pairs))
        count = len(self.eligible)
        if count < 2:
            self.eligible_label.setText(
                self.tr(
                    "Fewer than two members have said yes to check-in pairs so far. When "
                    "someone agrees, record their consent on the Members page and they will "
                    "appear here."
                )
            )
        else:
            text = fill(
                self.tr(
                    "%1 members have said yes to check-in pairs. Choose two who would like "
                    "to check in with each other."
                ),
                count,
            )
            paired = {member_id for pair in pairs for member_id in pair.member_ids}
            waiting = [display_name(m) for m in self.eligible if m.id not in paired]
            if waiting:
                text += " " + fill(self.tr("Not in a pair yet: %1."), ", ".join(waiting))
            self.eligible_label.setText(text)
        self._fill_combos()

    def _fill_combos(self) -> None:
        keep_first = self.first_combo.currentData()
        self.first_combo.blockSignals(True)
        self.first_combo.clear()
        for member in self.eligible:
            self.first_combo.addItem(display_name(member), member.id)
        index = self.first_combo.findData(keep_first) if keep_first else -1
        self.first_combo.setCurrentIndex(index if index >= 0 else (0 if self.eligible else -1))
        self.first_combo.blockSignals(False)
        self._first_chosen()

    @Slot()
    def _first_chosen(self, *_args: object) -> None:
        first = self.first_combo.currentData()
        keep_second = self.second_combo.currentData()
        self.second_combo.blockSignals(True)
        self.second_combo.clear()
        for member in self.eligible:
            if member.id != first:
                self.second_combo.addItem(display_name(member), member.id)
        index = self.second_combo.findData(keep_second) if keep_second else -1
        self.second_combo.setCurrentIndex(
            index if index >= 0 else (0 if self.second_combo.count() else -1)
        )
        self.second_combo.blockSignals(False)
        self._update_actions()

    @Slot()
    def _update_actions(self, *_args: object) -> None:
        can_pair = bool(self.first_combo.currentData()) and bool(self.second_combo.currentData())
        self.pair_button.setEnabled(can_pair)
        for widget in (self.first_combo, self.second_combo):
            widget.setEnabled(len(self.eligible) >= 2)
        self.unpair_button.setEnabled(self.selected_pair() is not None)

    def offered_ids(self) -> set[str]:
        """Everyone the pickers offer (for tests and for the reader)."""
        found = set()
        for combo in (self.first_combo, self.second_combo):
            found |= {str(combo.itemData(i)) for i in range(combo.count())}
        return found

    def selected_pair(self) -> CheckinPair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pair_at(rows[0].row()) if rows else None

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ================================================================= actions
    @Slot()
    def pair_chosen(self) -> None:
        first = self.first_combo.currentData()
        second = self.second_combo.currentData()
        if not first or not second:
            return
        self.undo_bar.dismiss()
        try:
            pair = self._service.pair(str(first), str(second))
        except SafeSpaceError as exc:
            self._show_message("⚠ " + describe(exc))
            self.reload()
            return
        names = (self.first_combo.currentText(), self.second_combo.currentText())
        self.reload()
        self._select_pair(pair.id)
        text = fill(self.tr("%1 and %2 are now a check-in pair."), *names)
        self._show_message("✓ " + text)
        self._context.signals.status_message.emit(text)

    def _select_pair(self, pair_id: str) -> None:
        for row in range(self.model.rowCount()):
            pair = self.model.pair_at(row)
            if pair is not None and pair.id == pair_id:
                self.table.selectRow(row)
                return

    @Slot()
    def unpair_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        pair = self.model.pair_at(rows[0].row()) if rows else None
        if pair is None:
            return
        row = rows[0].row()
        names = (
            self.model.index(row, COL_FIRST).data(),
            self.model.index(row, COL_SECOND).data(),
        )
        try:
            self._service.unpair(pair.id)
        except SafeSpaceError as exc:
            self._show_message("⚠ " + describe(exc))
            self.reload()
            return
        self._show_message("")
        self.reload()
        first, second = pair.member_ids
        text = fill(self.tr("The pair of %1 and %2 has ended."), *names)
        self._context.signals.status_message.emit(text)
        self.undo_bar.offer(text, lambda: self._pair_again(first, second))

    def _pair_again(self, first: str, second: str) -> None:
        try:
            pair = self._service.pair(first, second)
        except SafeSpaceError as exc:
            self._show_message("⚠ " + describe(exc))
            self.reload()
            return
        self.reload()
        self._select_pair(pair.id)
        self._context.signals.status_message.emit(self.tr("The pair is back."))
