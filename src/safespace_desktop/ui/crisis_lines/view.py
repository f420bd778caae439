"""The crisis-line editor's layout. It lays out and shows; the controller decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.services.crisis_lines import HOURS_MAX, NAME_MAX, NOTE_MAX, PHONE_MAX
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner

LineFields = tuple[str, str, str, str]  # name, phone, hours, note


class CrisisLinesView(QWidget):
    """The facilitator's editor for the crisis-line directory (facilitators only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisLinesPage")
        self.controller: QObject | None = None  # set by the package's page factory
        em = self.fontMetrics().height()

        title = heading_label(self.tr("Crisis lines"), 1.6, weight=QFont.Weight.DemiBold)
        intro = paragraph_label(
            self.tr(
                "Anyone at this computer can open this list with F1, even before unlocking, "
                "so it is stored without encryption on purpose. Only add public phone lines "
                "here, never anything about a person. Numbers change: call or look up each "
                "line yourself, then mark it as checked."
            )
        )
        self.review_label = paragraph_label()
        self.review_label.setAccessibleName(self.tr("Review status"))
        review_frame = QFrame()
        review_frame.setFrameShape(QFrame.Shape.StyledPanel)
        review_layout = QVBoxLayout(review_frame)
        review_layout.addWidget(self.review_label)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Crisis lines"))
        self.list.setWordWrap(True)
        self.list.setSpacing(em // 4)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(em * 12)
        list_caption = QLabel(self.tr("&Lines, in the order people see them:"))
        list_caption.setBuddy(self.list)

        self.name_edit = self._edit(self.tr("Name"), NAME_MAX)
        self.phone_edit = self._edit(self.tr("Phone"), PHONE_MAX)
        self.hours_edit = self._edit(self.tr("Hours"), HOURS_MAX)
        self.note_edit = self._edit(self.tr("Note"), NOTE_MAX)
        self.name_edit.setPlaceholderText(self.tr("For example: National crisis line"))
        self.phone_edit.setPlaceholderText(self.tr("As people should dial it"))
        self.hours_edit.setPlaceholderText(self.tr("For example: Every day, 24 hours"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, edit in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("P&hone:"), self.phone_edit),
            (self.tr("H&ours:"), self.hours_edit),
            (self.tr("N&ote:"), self.note_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(edit)
            form.addRow(label, edit)

        self.add_button = QPushButton(self.tr("&Add as a new line"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.verify_button = QPushButton(self.tr("&Mark as checked today"))
        self.delete_button = QPushButton(self.tr("&Delete line"))
        self.new_button = QPushButton(self.tr("&Clear the form"))
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        # A save refused because someone else changed the line first: what was typed
        # stays in the fields, and Reload shows their version instead.
        self.stale = StaleEditBanner(
            "reloadCrisisLineButton",
            self.tr("Show the saved version of this line instead of what you typed"),
        )

        column = QVBoxLayout()
        column.setSpacing(em * 2 // 3)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(review_frame)
        column.addWidget(list_caption)
        column.addWidget(self.list)
        column.addLayout(left_aligned(self.verify_button, self.delete_button))
        column.addSpacing(em // 2)
        column.addWidget(
            heading_label(self.tr("Add or edit a line"), 1.2, weight=QFont.Weight.DemiBold)
        )
        column.addLayout(form)
        column.addLayout(left_aligned(self.save_button, self.add_button, self.new_button))
        column.addWidget(self.stale)
        column.addWidget(self.message)
        column.addStretch(1)
        scrolling_column(self, column)

        chain_tab_order(
            [
                self.list,
                self.verify_button,
                self.delete_button,
                self.name_edit,
                self.phone_edit,
                self.hours_edit,
                self.note_edit,
                self.save_button,
                self.add_button,
                self.new_button,
                self.stale.reload_button,
            ]
        )

    # ------------------------------------------------------------------ showing
    def show_rows(self, rows: list[tuple[str, str]], select_row: int) -> None:
        """``rows`` are (line id, text); selects ``select_row`` (-1 for none)."""
        self.list.blockSignals(True)
        self.list.clear()
        for line_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line_id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(select_row)

    def show_review(self, text: str) -> None:
        self.review_label.setText(text)

    def show_fields(self, fields: LineFields) -> None:
        for edit, value in zip(self._edits(), fields, strict=True):
            edit.setText(value)

    def fields(self) -> LineFields:
        name, phone, hours, note = (edit.text() for edit in self._edits())
        return name, phone, hours, note

    def set_line_actions_enabled(self, enabled: bool) -> None:
        for button in (self.save_button, self.verify_button, self.delete_button):
            button.setEnabled(enabled)

    def set_busy(self, busy: bool) -> None:
        for button in (self.add_button, self.new_button):
            button.setEnabled(not busy)
        self.list.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_stale(self, text: str) -> None:
        """Say that someone else changed the line first (with Reload); "" hides it."""
        self.stale.say(text)

    def clear_form(self) -> None:
        self.list.setCurrentRow(-1)
        for edit in self._edits():
            edit.clear()
        self.say("")
        self.show_stale("")
        self.name_edit.setFocus()

    def _edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit, QLineEdit]:
        return self.name_edit, self.phone_edit, self.hours_edit, self.note_edit

    @staticmethod
    def _edit(name: str, limit: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(limit)
        return edit
