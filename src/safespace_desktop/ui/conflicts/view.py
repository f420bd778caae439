"""The conflicts page's layout: the list of conflicts, the versions of the chosen one
side by side, and a place to type a combination. It lays out; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.widgets.read_only import hold_read_only
from safespace_desktop.ui.wording.placeholders import fill

VersionShown = tuple[str, str, bool]  # heading, text, shown for now


class ConflictsView(QWidget):
    """Facilitators choose what to keep when two PCs changed the same thing."""

    keep_requested = Signal(int)  # index of the version to keep

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPage")
        self.controller: QObject | None = None  # set by the package's page factory
        self.read_only = False  # a vault on a write-protected disk: no Keep button works
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Conflicts to resolve"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "Sometimes two facilitators change the same thing on different computers "
                "before they sync. Nothing is lost: both versions are kept here until you "
                "choose one, or write a version that combines them. Your choice reaches "
                "the other computers with the next sync."
            )
        )
        self.summary = paragraph_label()
        self.summary.setAccessibleName(self.tr("How many conflicts"))
        self.busy_label = QLabel(self.tr("Loading…"))
        self.busy_label.setVisible(False)

        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(em * 8)
        list_caption = QLabel(self.tr("C&onflicts:"))
        list_caption.setBuddy(self.list)

        self.detail_heading = heading_label("", 1.2, weight=QFont.Weight.DemiBold)
        self.detail_heading.setAccessibleName(self.tr("Chosen conflict"))
        self.versions_row = QHBoxLayout()
        self.versions_row.setSpacing(em)
        self.version_texts: list[QPlainTextEdit] = []
        self.keep_buttons: list[QPushButton] = []
        self.version_headings: list[QLabel] = []
        self._version_widgets: list[QWidget] = []

        self.combination_caption = QLabel(self.tr("Or &write a version that combines them:"))
        self.combination_edit = QPlainTextEdit()
        self.combination_edit.setObjectName("combinationEdit")
        self.combination_edit.setAccessibleName(self.tr("Combined version"))
        self.combination_edit.setTabChangesFocus(True)
        self.combination_edit.setMinimumHeight(em * 5)
        self.combination_caption.setBuddy(self.combination_edit)
        self.start_from_both_button = QPushButton(self.tr("Start from &both versions"))
        self.start_from_both_button.setObjectName("startFromBothButton")
        self.keep_combination_button = QPushButton(self.tr("Keep &this combination"))
        self.keep_combination_button.setObjectName("keepCombinationButton")

        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(em * 2 // 3)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.summary)
        column.addWidget(self.busy_label)
        column.addWidget(list_caption)
        column.addWidget(self.list)
        column.addWidget(self.detail_heading)
        column.addLayout(self.versions_row)
        column.addWidget(self.combination_caption)
        column.addWidget(self.combination_edit)
        column.addLayout(left_aligned(self.start_from_both_button, self.keep_combination_button))
        column.addWidget(self.message)
        column.addStretch(1)
        scrolling_column(self, column)
        self.show_detail("", [], text_field=False)

    # ------------------------------------------------------------------ showing
    def show_rows(self, rows: list[str], select_row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in rows:
            self.list.addItem(QListWidgetItem(text))
        self.list.blockSignals(False)
        self.list.setCurrentRow(select_row)

    def show_summary(self, text: str) -> None:
        self.summary.setText(text)

    def show_detail(self, heading: str, versions: list[VersionShown], *, text_field: bool) -> None:
        """The chosen conflict's versions side by side; ``text_field`` offers a combination."""
        for widget in self._version_widgets:
            self.versions_row.removeWidget(widget)
            widget.deleteLater()
        self._version_widgets, self.version_texts = [], []
        self.keep_buttons, self.version_headings = [], []
        self.detail_heading.setText(heading)
        self.detail_heading.setVisible(bool(heading))
        for index, (version_heading, text, shown) in enumerate(versions):
            self._add_version(index, len(versions), version_heading, text, shown)
        for widget in (
            self.combination_caption,
            self.combination_edit,
            self.start_from_both_button,
            self.keep_combination_button,
        ):
            widget.setVisible(bool(versions) and text_field)
        self.combination_edit.clear()
        chain_tab_order(
            [
                self.list,
                *(
                    w
                    for pair in zip(self.version_texts, self.keep_buttons, strict=True)
                    for w in pair
                ),
                self.combination_edit,
                self.start_from_both_button,
                self.keep_combination_button,
            ]
        )

    def _add_version(self, index: int, total: int, heading: str, text: str, shown: bool) -> None:
        em = self.fontMetrics().height()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = paragraph_label(heading + (" " + self.tr("(shown for now)") if shown else ""))
        label.setObjectName(f"versionHeading{index}")
        edit = QPlainTextEdit()
        edit.setReadOnly(True)
        edit.setPlainText(text)
        edit.setObjectName(f"versionText{index}")
        edit.setAccessibleName(heading)
        edit.setTabChangesFocus(True)
        edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        edit.setMinimumHeight(em * 5)
        button = QPushButton(fill(self.tr("&Keep version %1"), index + 1))
        button.setObjectName(f"keepVersion{index}")
        button.setAccessibleName(fill(self.tr("Keep version %1 of %2"), index + 1, total))
        button.clicked.connect(lambda _checked=False, i=index: self.keep_requested.emit(i))
        layout.addWidget(label)
        layout.addWidget(edit)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.versions_row.addWidget(box, 1)
        self._version_widgets.append(box)
        self.version_texts.append(edit)
        self.keep_buttons.append(button)
        hold_read_only(self.read_only, [button])
        self.version_headings.append(label)

    def combination(self) -> str:
        return self.combination_edit.toPlainText()

    def set_combination(self, text: str) -> None:
        self.combination_edit.setPlainText(text)

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.list.setEnabled(not busy)

    def set_actions_enabled(self, enabled: bool) -> None:
        for button in (*self.keep_buttons, self.keep_combination_button):
            button.setEnabled(enabled)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
