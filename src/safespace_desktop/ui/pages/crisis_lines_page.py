"""Crisis lines (facilitators only): add, edit, delete and mark lines as checked.

The directory is public information, shown on the lock screen with F1 before anyone
unlocks (DESIGN.md §3.2), so it is stored without encryption on purpose. Numbers are
never invented: the app ships two labelled examples, and each line says when a
facilitator last checked it. After six months a line asks to be checked again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
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

from safespace_desktop.core.errors import NotPermitted, SafeSpaceError
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.crisis_lines import (
    HOURS_MAX,
    NAME_MAX,
    NOTE_MAX,
    PHONE_MAX,
    CrisisLine,
    CrisisLinesService,
)
from safespace_desktop.ui.context import SessionContext
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.formatting import fill, format_date
from safespace_desktop.ui.widgets.confirm import ask
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label
from safespace_desktop.ui.widgets.page_layout import chain_tab_order, left_aligned, scrolling_column


class CrisisLinesPage(QWidget):
    """``CrisisLinesPage(context)``: the facilitator's editor for the crisis-line directory."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        if not context.principal.is_facilitator:
            raise NotPermitted()
        super().__init__(parent)
        self.context = context
        self.service = CrisisLinesService(context.vault)
        self.lines: list[CrisisLine] = []
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
            ]
        )

        self.list.currentRowChanged.connect(self._selected)
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self._save)
        self.verify_button.clicked.connect(self._verify)
        self.delete_button.clicked.connect(self._delete)
        self.new_button.clicked.connect(self._clear_form)
        self.refresh()

    def nav_title(self) -> str:
        return self.tr("Crisis lines")

    # ------------------------------------------------------------------ public
    def today(self) -> date:
        return today_from(self.context.vault.clock.now())

    def refresh(self, select_id: str | None = None) -> None:
        today = self.today()
        self.lines = self.service.list_lines()
        self.list.blockSignals(True)
        self.list.clear()
        for line in self.lines:
            item = QListWidgetItem(self.row_text(line, today))
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, line in enumerate(self.lines) if line.id == select_id), -1)
        self.list.setCurrentRow(row)
        self._selected(row)
        stale = [line for line in self.lines if line.needs_review(today)]
        if not self.lines:
            text = self.tr(
                "There are no crisis lines yet. Please add the lines for your area, so "
                "people can find them with F1."
            )
        elif stale:
            text = fill(
                self.tr(
                    "%1 of %2 lines need checking: they were never checked, or were last "
                    "checked more than six months ago."
                ),
                len(stale),
                len(self.lines),
            )
        else:
            text = self.tr("Every line was checked in the last six months. Thank you.")
        self.review_label.setText(text)

    def row_text(self, line: CrisisLine, today: date) -> str:
        first = line.name if not line.phone else f"{line.name} — {line.phone}"
        if line.is_example:
            status = self.tr("Example only: edit it with a line you have checked.")
        elif line.last_verified is None:
            status = self.tr("Needs checking: never checked.")
        elif line.needs_review(today):
            status = fill(
                self.tr("Needs checking: last checked %1, over six months ago."),
                format_date(line.last_verified),
            )
        else:
            status = fill(self.tr("Last checked %1."), format_date(line.last_verified))
        return f"{first}\n{status}"

    # ------------------------------------------------------------------ internals
    def _edit(self, name: str, limit: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(limit)
        return edit

    def _current(self) -> CrisisLine | None:
        row = self.list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _selected(self, _row: int) -> None:
        line = self._current()
        for button in (self.save_button, self.verify_button, self.delete_button):
            button.setEnabled(line is not None)
        if line is None:
            return
        self.name_edit.setText(line.name)
        self.phone_edit.setText(line.phone)
        self.hours_edit.setText(line.hours)
        self.note_edit.setText(line.note)

    def _clear_form(self) -> None:
        self.list.setCurrentRow(-1)
        for edit in (self.name_edit, self.phone_edit, self.hours_edit, self.note_edit):
            edit.clear()
        self._say("")
        self.name_edit.setFocus()

    def _fields(self) -> tuple[str, str, str, str]:
        return (
            self.name_edit.text(),
            self.phone_edit.text(),
            self.hours_edit.text(),
            self.note_edit.text(),
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _add(self) -> None:
        try:
            line = self.service.add(*self._fields())
        except SafeSpaceError as exc:
            self._say(describe(exc))
            return
        self.refresh(line.id)
        self._say(self.tr("Line added. Once you have checked the number, mark it as checked."))

    def _save(self) -> None:
        current = self._current()
        if current is None:
            return
        try:
            line = self.service.update(current.id, *self._fields())
        except SafeSpaceError as exc:
            self._say(describe(exc))
            return
        self.refresh(line.id)
        if line.last_verified is None and current.last_verified is not None:
            self._say(self.tr("Saved. The number changed, so please check it and mark it again."))
        else:
            self._say(self.tr("Saved."))

    def _verify(self) -> None:
        current = self._current()
        if current is None:
            return
        try:
            line = self.service.mark_verified(current.id, self.today())
        except SafeSpaceError as exc:
            self._say(describe(exc))
            return
        self.refresh(line.id)
        self._say(fill(self.tr("Marked “%1” as checked today."), line.name))

    def _delete(self) -> None:
        current = self._current()
        if current is None:
            return
        confirmed = ask(
            self,
            self.tr("Delete crisis line"),
            fill(self.tr("Delete “%1” from the crisis lines?"), current.name),
            self.tr("&Delete line"),
            destructive=True,
        )
        if not confirmed:
            return
        try:
            self.service.delete(current.id)
        except SafeSpaceError as exc:
            self._say(describe(exc))
            return
        self._clear_form()
        self.refresh()
        self._say(fill(self.tr("Deleted “%1”."), current.name))
