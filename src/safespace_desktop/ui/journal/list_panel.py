"""The left side of the journal: search, list or calendar, filters and "On this day".

Only lays out and shows what the controller hands it. ``filters_changed`` fires when
a filter control changes; typing in the search field is reported by the field itself
(the controller waits for a pause in typing before it searches).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.model import MOOD_MAX, MOOD_MIN, JournalEntry
from safespace_desktop.ui.journal.model import JournalEntryDelegate, JournalListModel
from safespace_desktop.ui.journal.wording import (
    count_text,
    headline,
    long_date,
    mood_word,
    short_date,
)
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font
from safespace_desktop.ui.wording.dates import from_qdate, to_qdate
from safespace_desktop.ui.wording.placeholders import fill

# Date-range choices of the filter (index in the combo box).
RANGE_ANY, RANGE_WEEK, RANGE_4_WEEKS, RANGE_YEAR, RANGE_BETWEEN = range(5)
ON_THIS_DAY_SHOWN = 5


def framed() -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


class FiltersPanel(QFrame):
    """Dates, tag, mood and starred: shown under the Filters button."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.today = today
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)

        self.range_combo = QComboBox()
        self.range_combo.addItems(
            [
                self.tr("Any time"),
                self.tr("Last 7 days"),
                self.tr("Last 4 weeks"),
                self.tr("Last 12 months"),
                self.tr("Between two dates…"),
            ]
        )
        self.range_combo.setAccessibleName(self.tr("Dates"))
        range_label = QLabel(self.tr("Dates:"))
        range_label.setBuddy(self.range_combo)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(to_qdate(today))
        self.from_edit.setDate(to_qdate(today - timedelta(days=30)))
        self.to_edit.setDate(to_qdate(today))
        self.from_edit.setAccessibleName(self.tr("From this day"))
        self.to_edit.setAccessibleName(self.tr("Until this day"))
        self.between_row = QWidget()
        between = QHBoxLayout(self.between_row)
        between.setContentsMargins(0, 0, 0, 0)
        between.addWidget(self.from_edit, 1)
        between.addWidget(QLabel(self.tr("to")))
        between.addWidget(self.to_edit, 1)
        self.between_row.setVisible(False)

        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.addItem(self.tr("Any tag"), "")
        tag_label = QLabel(self.tr("Ta&g:"))
        tag_label.setBuddy(self.tag_combo)

        self.mood_combo = QComboBox()
        self.mood_combo.addItem(self.tr("Any mood"), 0)
        for mood in range(MOOD_MIN, MOOD_MAX + 1):
            self.mood_combo.addItem(fill(self.tr("%1 %2"), mood, mood_word(mood)), mood)
        self.mood_combo.setAccessibleName(self.tr("Mood"))
        mood_label = QLabel(self.tr("Mood:"))
        mood_label.setBuddy(self.mood_combo)

        self.starred_check = QCheckBox(self.tr("Starred only"))
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))

        grid.addWidget(range_label, 0, 0)
        grid.addWidget(self.range_combo, 0, 1)
        grid.addWidget(self.between_row, 1, 1)
        grid.addWidget(tag_label, 2, 0)
        grid.addWidget(self.tag_combo, 2, 1)
        grid.addWidget(mood_label, 3, 0)
        grid.addWidget(self.mood_combo, 3, 1)
        grid.addWidget(self.starred_check, 4, 1)
        grid.addWidget(self.clear_filters_button, 5, 1, Qt.AlignmentFlag.AlignRight)
        self.setVisible(False)

        self.range_combo.currentIndexChanged.connect(self._range_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.tag_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.mood_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.starred_check.toggled.connect(lambda _c: self.changed.emit())
        self.clear_filters_button.clicked.connect(self.clear)

    def controls(self) -> list[QWidget]:
        """In reading (tab) order."""
        return [
            self.range_combo,
            self.from_edit,
            self.to_edit,
            self.tag_combo,
            self.mood_combo,
            self.starred_check,
            self.clear_filters_button,
        ]

    def _range_changed(self, index: int) -> None:
        self.between_row.setVisible(index == RANGE_BETWEEN)
        self.changed.emit()

    def clear(self) -> None:
        for widget in self.controls():
            widget.blockSignals(True)
        self.range_combo.setCurrentIndex(RANGE_ANY)
        self.between_row.setVisible(False)
        self.tag_combo.setCurrentIndex(0)
        self.mood_combo.setCurrentIndex(0)
        self.starred_check.setChecked(False)
        for widget in self.controls():
            widget.blockSignals(False)
        self.changed.emit()

    # -- what is chosen -----------------------------------------------------------------
    def date_range(self) -> tuple[date | None, date | None]:
        choice = self.range_combo.currentIndex()
        if choice == RANGE_WEEK:
            return self.today - timedelta(days=6), None
        if choice == RANGE_4_WEEKS:
            return self.today - timedelta(days=27), None
        if choice == RANGE_YEAR:
            return self.today - timedelta(days=365), None
        if choice == RANGE_BETWEEN:
            start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
            return (start, end) if start <= end else (end, start)
        return None, None

    def tag(self) -> str:
        return str(self.tag_combo.currentData() or "")

    def mood(self) -> int:
        return int(self.mood_combo.currentData() or 0)

    def active_count(self) -> int:
        return sum(
            (
                self.range_combo.currentIndex() != RANGE_ANY,
                bool(self.tag()),
                bool(self.mood()),
                self.starred_check.isChecked(),
            )
        )

    def show_tags(self, tags: list[str]) -> bool:
        """Offer ``tags``; True when the chosen tag is gone (the filter changed)."""
        current = self.tag()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), "")
        for tag in tags:
            self.tag_combo.addItem(f"#{tag}", tag)
        found = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(found, 0))
        self.tag_combo.blockSignals(False)
        return bool(current) and found < 0


class CalendarPanel(QWidget):
    """A month calendar: days with entries are bold and underlined, with words."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumDate(to_qdate(today))
        self.calendar.setSelectedDate(to_qdate(today))
        self.calendar.setAccessibleName(self.tr("Calendar of entries"))
        self.legend = paragraph_label(
            self.tr("Days with entries are bold and underlined. Pick a day to see its entries.")
        )
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addWidget(self.legend)
        for name, text in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
        ):
            button = self.calendar.findChild(QToolButton, name)
            if button is not None:
                button.setAccessibleName(text)
                button.setToolTip(text)
        self.setVisible(False)

    def month_shown(self) -> tuple[int, int]:
        return self.calendar.yearShown(), self.calendar.monthShown()

    def selected_day(self) -> date:
        return from_qdate(self.calendar.selectedDate())

    def mark_days(self, year: int, month: int, days: dict[date, int]) -> None:
        """Mark the days of the shown month that have entries."""
        if (year, month) != self.month_shown():
            return  # the person moved on to another month meanwhile
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        for day, count in days.items():
            mark = QTextCharFormat()
            mark.setFontWeight(QFont.Weight.Bold)
            mark.setFontUnderline(True)
            mark.setToolTip(count_text(count))
            self.calendar.setDateTextFormat(to_qdate(day), mark)
        month_name = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
        if days:
            listed = ", ".join(str(day.day) for day in sorted(days))
            description = fill(self.tr("Days with entries in %1: %2."), month_name, listed)
        else:
            description = fill(self.tr("No entries in %1."), month_name)
        self.calendar.setAccessibleDescription(description)
        self.legend.setAccessibleDescription(description)


class OnThisDayPanel(QFrame):
    """Entries from this day in earlier years (only when the person turned it on)."""

    open_entry = Signal(object)  # JournalEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        self.buttons: list[tuple[JournalEntry, QToolButton]] = []
        self.setVisible(False)

    def show_entries(self, found: list[JournalEntry] | None) -> None:
        """``None`` hides the panel (the option is off)."""
        self.buttons = []
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if found is None:
            self.setVisible(False)
            return
        heading = QLabel(self.tr("On this day"))
        heading.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.layout_.addWidget(heading)
        if not found:
            self.layout_.addWidget(
                paragraph_label(self.tr("Nothing from this day in earlier years."))
            )
        for entry in found[:ON_THIS_DAY_SHOWN]:
            button = QToolButton()
            button.setText(fill(self.tr("%1: %2"), short_date(entry.entry_date), headline(entry)))
            button.setAutoRaise(True)
            button.setAccessibleName(
                fill(self.tr("Open the entry from %1"), long_date(entry.entry_date))
            )
            button.clicked.connect(lambda _checked=False, e=entry: self.open_entry.emit(e))
            self.layout_.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append((entry, button))
        self.setVisible(True)


class EntryListPanel(QWidget):
    """Finding entries: search, list or calendar, filters, "On this day", the count."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, em // 2, 0)
        layout.setSpacing(em // 2)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search your journal"))
        self.search_edit.setAccessibleName(self.tr("Search entries"))
        self.search_edit.setToolTip(self.tr("Search as you type (Ctrl+F)"))
        for clear in self.search_edit.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        search_label = QLabel(self.tr("Searc&h:"))
        search_label.setBuddy(self.search_edit)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)

        self.list_button = QPushButton(self.tr("L&ist"))
        self.calendar_button = QPushButton(self.tr("&Calendar"))
        self.view_group = QButtonGroup(self)
        for button in (self.list_button, self.calendar_button):
            button.setCheckable(True)
            self.view_group.addButton(button)
        self.list_button.setChecked(True)
        self.list_button.setToolTip(self.tr("Show entries as a list"))
        self.calendar_button.setToolTip(self.tr("Pick a day on a calendar"))
        self.filters_button = QPushButton(self.tr("Filte&rs"))
        self.filters_button.setCheckable(True)
        view_row = QHBoxLayout()
        view_row.addWidget(self.list_button)
        view_row.addWidget(self.calendar_button)
        view_row.addStretch(1)
        view_row.addWidget(self.filters_button)

        self.filters = FiltersPanel(today)
        self.on_this_day = OnThisDayPanel()
        self.calendar_panel = CalendarPanel(today)
        self.calendar = self.calendar_panel.calendar

        self.model = JournalListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setItemDelegate(JournalEntryDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Journal entries, newest first"))
        self.list_view.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.list_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        list_policy = self.list_view.sizePolicy()
        list_policy.setVerticalStretch(1)
        self.list_view.setSizePolicy(list_policy)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout.addLayout(search_row)
        layout.addLayout(view_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.on_this_day)
        layout.addWidget(self.calendar_panel)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.count_label)

        self.filters_button.toggled.connect(self.filters.setVisible)
        self.list_button.toggled.connect(lambda shown: self.calendar_panel.setVisible(not shown))

    def controls(self) -> list[QWidget]:
        """In reading (tab) order."""
        return [
            self.search_edit,
            self.list_button,
            self.calendar_button,
            self.filters_button,
            *self.filters.controls(),
            self.calendar,
            self.list_view,
        ]

    def calendar_mode(self) -> bool:
        return self.calendar_button.isChecked()

    def focus_search(self) -> None:
        if not self.isEnabled():
            return
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- showing ------------------------------------------------------------------------
    def show_entries(
        self, entries: list[JournalEntry], select_id: str | None, matched: int | None = None
    ) -> None:
        self.model.set_entries(entries, matched)
        self.select_entry(select_id)

    def select_entry(self, entry_id: str | None) -> None:
        selection = self.list_view.selectionModel()
        row = self.model.row_of(entry_id) if entry_id else -1
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)

    def clear_selection(self) -> None:
        self.list_view.selectionModel().clearSelection()

    def show_count(self, shown: int, total: int, day: date | None) -> None:
        if day is not None:
            text = fill(self.tr("%1 on %2"), count_text(shown), long_date(day))
        elif shown == total:
            text = count_text(total)
        else:
            text = fill(self.tr("%1 of %2 match"), shown, count_text(total))
        self.count_label.setText(text)
        active = self.filters.active_count()
        self.filters_button.setText(
            fill(self.tr("Filte&rs (%1 on)"), active) if active else self.tr("Filte&rs")
        )
        self.filters_button.setAccessibleDescription(
            fill(self.tr("%1 filters are on"), active) if active else self.tr("No filters are on")
        )

    def set_busy(self, busy: bool) -> None:
        """While the journal opens: the list is greyed and the count says so."""
        self.list_view.setEnabled(not busy)
        if busy:
            self.count_label.setText(self.tr("Opening your journal…"))
