"""The rota page's layout: the next meetings on the left of the reader's eye, the chosen
meeting's lead, support, who is away and who covers below. It lays out and shows; the
controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.rota import RotaChoice
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.widgets.read_only import hold_read_only
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner
from safespace_desktop.ui.wording.placeholders import fill

Person = tuple[str, str]  # id, shown name


class RotaView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaPage")
        self.controller: QObject | None = None  # set by the package's page factory
        self.read_only = False  # a vault on a write-protected disk: the ticks are held
        em = self.fontMetrics().height()
        self._people: list[Person] = []

        title = heading_label(self.tr("Rota"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "Who leads and who supports each of the next meetings. Groups stay well "
                "when at least two people share the facilitating and take turns leading."
            )
        )
        self.summary = paragraph_label()
        self.summary.setObjectName("rotaSummary")
        self.summary.setAccessibleName(self.tr("Rota summary"))
        self.long_run = paragraph_label()
        self.long_run.setObjectName("rotaLongRun")
        self.long_run.setAccessibleName(self.tr("A note about sharing the lead"))
        self.long_run_frame = QFrame()
        self.long_run_frame.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(self.long_run_frame).addWidget(self.long_run)
        self.long_run_frame.setVisible(False)

        self.list = QListWidget()
        self.list.setObjectName("rotaList")
        self.list.setAccessibleName(self.tr("The next meetings"))
        self.list.setWordWrap(True)
        self.list.setSpacing(em // 5)
        self.list.setMinimumHeight(em * 13)
        list_caption = QLabel(self.tr("The &next meetings:"))
        list_caption.setBuddy(self.list)

        self.editing = heading_label("", 1.15, weight=QFont.Weight.DemiBold)
        self.editing.setObjectName("rotaEditing")
        self.lead = self._combo("rotaLead", self.tr("Who leads"))
        self.support = self._combo("rotaSupport", self.tr("Who supports"))
        self.cover = self._combo("rotaCover", self.tr("Who covers for someone away"))
        self.away_box = QWidget()
        self.away_box.setAccessibleName(self.tr("Who is away"))
        self.away_layout = QHBoxLayout(self.away_box)
        self.away_layout.setContentsMargins(0, 0, 0, 0)
        self.away_checks: list[QCheckBox] = []
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget in (
            (self.tr("&Leads:"), self.lead),
            (self.tr("&Supports:"), self.support),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(QLabel(self.tr("Away:")), self.away_box)
        cover_label = QLabel(self.tr("&Cover:"))
        cover_label.setBuddy(self.cover)
        form.addRow(cover_label, self.cover)

        self.save_button = QPushButton(self.tr("Save the &rota for this meeting"))
        self.save_button.setObjectName("saveRotaButton")
        self.stale = StaleEditBanner(
            "reloadRotaButton", self.tr("Show the saved rota instead of your choices")
        )
        self.message = paragraph_label()
        self.message.setObjectName("rotaMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em // 2)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.summary)
        column.addWidget(self.long_run_frame)
        column.addWidget(list_caption)
        column.addWidget(self.list)
        column.addSpacing(em // 2)
        column.addWidget(self.editing)
        column.addLayout(form)
        column.addLayout(left_aligned(self.save_button))
        column.addWidget(self.stale)
        column.addWidget(self.message)
        column.addStretch(1)
        scrolling_column(self, column)
        self._chain()
        self.set_editing_enabled(False)

    @staticmethod
    def _combo(object_name: str, accessible_name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(object_name)
        combo.setAccessibleName(accessible_name)
        return combo

    def _chain(self) -> None:
        chain_tab_order(
            [
                self.list,
                self.lead,
                self.support,
                *self.away_checks,
                self.cover,
                self.save_button,
                self.stale.reload_button,
            ]
        )

    # ------------------------------------------------------------------ showing
    def show_people(self, people: list[Person], nobody: str, no_cover: str) -> None:
        """The facilitators every choice offers (kept selections stay chosen)."""
        if people == self._people and self.away_checks:
            return
        choice = self.choice()
        self._people = list(people)
        for combo, none in ((self.lead, nobody), (self.support, nobody), (self.cover, no_cover)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none, "")
            for person_id, shown in people:
                combo.addItem(shown, person_id)
            combo.blockSignals(False)
        while self.away_layout.count():
            taken = self.away_layout.takeAt(0)
            if taken is not None and (old := taken.widget()) is not None:
                old.deleteLater()
        self.away_checks = []
        for person_id, shown in people:
            check = QCheckBox(shown)
            check.setObjectName(f"rotaAway:{person_id}")
            check.setAccessibleName(fill(self.tr("%1 is away"), shown))
            check.setProperty("personId", person_id)
            self.away_layout.addWidget(check)
            self.away_checks.append(check)
        self.away_layout.addStretch(1)
        hold_read_only(self.read_only, self.away_checks)
        self._chain()
        self.show_choice(choice)

    def show_rows(self, rows: list[tuple[str, str, bool]], select_row: int) -> None:
        """``rows`` are (meeting id, text, needs cover); a meeting needing cover is bold."""
        self.list.blockSignals(True)
        self.list.clear()
        for meeting_id, text, needs_cover in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, meeting_id)
            if needs_cover:
                font = item.font()
                font.setBold(True)  # weight, not colour alone, marks what needs doing
                item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(select_row)

    def show_summary(self, summary: str, long_run: str) -> None:
        self.summary.setText(summary)
        self.long_run.setText(long_run)
        self.long_run_frame.setVisible(bool(long_run))

    def show_editing(self, text: str) -> None:
        self.editing.setText(text)

    def choice(self) -> RotaChoice:
        away = frozenset(
            str(check.property("personId")) for check in self.away_checks if check.isChecked()
        )
        return RotaChoice(
            lead=str(self.lead.currentData() or ""),
            support=str(self.support.currentData() or ""),
            away=away,
            cover=str(self.cover.currentData() or ""),
        )

    def show_choice(self, choice: RotaChoice) -> None:
        for combo, chosen in (
            (self.lead, choice.lead),
            (self.support, choice.support),
            (self.cover, choice.cover),
        ):
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
        for check in self.away_checks:
            check.setChecked(str(check.property("personId")) in choice.away)

    def set_editing_enabled(self, enabled: bool) -> None:
        for widget in (self.lead, self.support, self.cover, self.save_button, self.away_box):
            widget.setEnabled(enabled)

    def set_busy(self, busy: bool) -> None:
        self.list.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_stale(self, text: str) -> None:
        self.stale.say(text)
