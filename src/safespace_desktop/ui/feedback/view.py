"""A meeting's Feedback tab (issue 13): start the kiosk or an evaluation, see the
suggested evaluations, and, once at least three people replied, the aggregates and the
shuffled texts. It lays out and shows; ``FeedbackController`` decides."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.attendance.meeting_tab import MeetingTab
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner


def _table(name: str, object_name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    # a handful of rows, shown whole: the page scrolls, not the table
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:  # unused (no row numbers) but still a child: name it
        corner.setAccessibleName(QCoreApplication.translate("Feedback", "Select all rows"))
    return table


def _texts(name: str, object_name: str) -> QListWidget:
    texts = QListWidget()
    texts.setObjectName(object_name)
    texts.setAccessibleName(name)
    texts.setWordWrap(True)
    texts.setMinimumHeight(texts.fontMetrics().height() * 5)
    return texts


class FeedbackView(MeetingTab):
    kiosk_requested = Signal()
    evaluation_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.controller: QObject | None = None  # set by the package's factory
        em = self.fontMetrics().height()
        title = heading_label(self.tr("Feedback"), 1.4, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "After the meeting, let people say how it went, without names. The feedback "
                "screen fills the window and locks your session; people answer one after "
                "another; your passphrase closes it."
            )
        )
        self.suggestion = paragraph_label()
        self.suggestion.setObjectName("evaluationSuggestion")
        self.suggestion.setAccessibleName(self.tr("Suggested evaluation"))
        self.suggestion.setVisible(False)
        self.kiosk_button = QPushButton(self.tr("Start the feed&back screen"))
        self.kiosk_button.setObjectName("startKioskButton")
        self.kiosk_button.setAccessibleName(self.tr("Start the feedback screen"))
        self.evaluation_button = QPushButton(self.tr("Start an &evaluation"))
        self.evaluation_button.setObjectName("startEvaluationButton")
        self.evaluation_button.setAccessibleName(self.tr("Start an evaluation"))
        self.kiosk_button.clicked.connect(self.kiosk_requested)
        self.evaluation_button.clicked.connect(self.evaluation_requested)
        self.message = paragraph_label()
        self.message.setObjectName("feedbackMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        self.stale = StaleEditBanner("feedbackReload", self.tr("Show the feedback again"))
        self.stale.setVisible(False)

        self.hidden_note = paragraph_label()
        self.hidden_note.setObjectName("feedbackHiddenNote")
        self.hidden_note.setAccessibleName(self.tr("Why nothing is shown"))
        self.summary = paragraph_label()
        self.summary.setObjectName("feedbackSummary")
        self.summary.setAccessibleName(self.tr("Ratings summary"))
        self.ratings = _table(
            self.tr("How many gave each rating"),
            "feedbackRatings",
            [self.tr("Rating"), self.tr("How many")],
        )
        self.helped = _texts(self.tr("What helped, in a random order"), "feedbackHelped")
        self.better = _texts(self.tr("What could be better, in a random order"), "feedbackBetter")
        self.evaluation_note = paragraph_label()
        self.evaluation_note.setObjectName("evaluationNote")
        self.evaluation_note.setAccessibleName(self.tr("Evaluation"))
        self.evaluation = _table(
            self.tr("Evaluation answers"),
            "evaluationCounts",
            [
                self.tr("Question"),
                self.tr("Yes, always"),
                self.tr("Mostly"),
                self.tr("Sometimes"),
                self.tr("Not really"),
                self.tr("No answer"),
            ],
        )
        self.changes = _texts(
            self.tr("What people would change, in a random order"), "evaluationChanges"
        )
        self.helped_label = QLabel(self.tr("What &helped:"))
        self.helped_label.setBuddy(self.helped)
        self.better_label = QLabel(self.tr("What co&uld be better:"))
        self.better_label.setBuddy(self.better)
        self.changes_label = QLabel(self.tr("What people would &change:"))
        self.changes_label.setBuddy(self.changes)

        column = QVBoxLayout()
        column.setSpacing(em // 2)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.suggestion)
        column.addLayout(left_aligned(self.kiosk_button, self.evaluation_button))
        column.addWidget(self.message)
        column.addWidget(self.stale)
        column.addWidget(self.hidden_note)
        column.addWidget(self.summary)
        column.addWidget(self.ratings)
        column.addWidget(self.helped_label)
        column.addWidget(self.helped)
        column.addWidget(self.better_label)
        column.addWidget(self.better)
        column.addWidget(self.evaluation_note)
        column.addWidget(self.evaluation)
        column.addWidget(self.changes_label)
        column.addWidget(self.changes)
        column.addStretch(1)
        scrolling_column(self, column)
        chain_tab_order(
            [
                self.kiosk_button,
                self.evaluation_button,
                self.ratings,
                self.helped,
                self.better,
                self.evaluation,
                self.changes,
            ]
        )
        self.show_results(None)
        self.show_evaluation(None)

    # ------------------------------------------------------------------ showing
    def set_busy(self, busy: bool) -> None:
        self.kiosk_button.setEnabled(not busy)
        self.evaluation_button.setEnabled(not busy)

    def show_suggestion(self, text: str) -> None:
        self.suggestion.setText(text)
        self.suggestion.setVisible(bool(text))

    def show_hidden(self, text: str) -> None:
        self.hidden_note.setText(text)
        self.hidden_note.setVisible(bool(text))

    def show_results(
        self,
        summary: str | None,
        rows: Sequence[tuple[str, str]] = (),
        helped: Sequence[str] = (),
        better: Sequence[str] = (),
    ) -> None:
        """Aggregates and texts; ``None`` hides every part of them."""
        shown = summary is not None
        self.summary.setText(summary or "")
        self._fill(self.ratings, [list(row) for row in rows])
        for texts_widget, texts in ((self.helped, helped), (self.better, better)):
            texts_widget.clear()
            texts_widget.addItems(list(texts))
        for widget in (
            self.summary,
            self.ratings,
            self.helped_label,
            self.helped,
            self.better_label,
            self.better,
        ):
            widget.setVisible(shown)

    def show_evaluation(
        self, note: str | None, rows: Sequence[Sequence[str]] = (), changes: Sequence[str] = ()
    ) -> None:
        """Evaluation counts and texts; ``None`` hides them, a note alone says why."""
        self.evaluation_note.setText(note or "")
        self.evaluation_note.setVisible(bool(note))
        shown = bool(rows)
        self._fill(self.evaluation, [list(row) for row in rows])
        self.changes.clear()
        self.changes.addItems(list(changes))
        for widget in (self.evaluation, self.changes_label, self.changes):
            widget.setVisible(shown)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(max(height, table.fontMetrics().height() * 3))

    def item_texts(self) -> list[str]:
        """Every text the tab shows now (tests scan it)."""
        found = [self.summary.text(), self.hidden_note.text(), self.suggestion.text()]
        for widget in (self.helped, self.better, self.changes):
            found += [widget.item(i).text() for i in range(widget.count())]
        return found
