"""The private journal: "Journal" for members, "My reflections" for facilitators.

Left: search as you type (Ctrl+F), filters, and the entries as a list or a calendar.
Right: the editor. Above both: the prompt of the day, prompts and templates, prompts
a facilitator offered the group (only for members who chose to receive them), and
the page's options ("On this day" is off unless the person turns it on).

Everything here is the unlocked person's own journal, read and written through
``JournalService`` with their own journal key: a facilitator's page shows only the
facilitator's own reflections.

Drafts: while the person types, the editor's content is sealed as a draft about
3 seconds after the last change, and at least every 10 seconds during continuous
typing, and whenever the page is hidden (another page, lock, quick-hide). After the
next unlock the draft is offered back. The timers belong to the page, so they die
with it when the shell destroys the session's pages on lock.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
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
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import NotFound, SafeSpaceError, VaultLocked
from safespace_desktop.core.model import (
    MOOD_MAX,
    MOOD_MIN,
    GroupPrompt,
    JournalDraft,
    JournalEntry,
    JournalEntryInput,
    JournalFilter,
    JournalPreferences,
    JournalTemplate,
)
from safespace_desktop.services.prompts import SELF_CARE_CHECK_IN, PromptsService
from safespace_desktop.ui.dialogs.journal_prompts import PromptsDialog
from safespace_desktop.ui.errors import describe
from safespace_desktop.ui.formatting import fill, from_qdate, to_qdate
from safespace_desktop.ui.item_models.journal_list import (
    JournalEntryDelegate,
    JournalListModel,
    headline,
    long_date,
    mood_word,
    short_date,
)
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.headings import heading_label, paragraph_label, scaled_font
from safespace_desktop.ui.widgets.journal_editor import JournalEditor

AUTOSAVE_DELAY_MS = 3_000  # after the last change
AUTOSAVE_MAX_MS = 10_000  # at the latest, during continuous typing
GROUP_PROMPTS_SHOWN = 3
ON_THIS_DAY_SHOWN = 5

# Date-range choices of the filter (index in the combo box).
RANGE_ANY, RANGE_WEEK, RANGE_4_WEEKS, RANGE_YEAR, RANGE_BETWEEN = range(5)


def _framed() -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


class JournalPage(QWidget):
    """The unlocked person's own journal (members and facilitators alike)."""

    def __init__(
        self,
        context: SessionContext,
        parent: QWidget | None = None,
        *,
        autosave_delay_ms: int = AUTOSAVE_DELAY_MS,
        autosave_max_ms: int = AUTOSAVE_MAX_MS,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.is_facilitator = context.principal.is_facilitator
        self.journal = context.journal
        self.prompts = PromptsService(context.vault, self.journal)
        context.changes.follow(self, [RecordKind.JOURNAL_ENTRY], self._on_journal_changed)
        self.today = date.fromtimestamp(context.vault.clock.now())
        self.prompts_dialog: PromptsDialog | None = None
        self.pending_draft: JournalDraft | None = None
        self.group_prompt_rows: list[tuple[GroupPrompt, QFrame, QPushButton, QPushButton]] = []
        self.on_this_day_buttons: list[tuple[JournalEntry, QToolButton]] = []
        self._day_filter: date | None = None
        self._draft_written = False
        self._selecting = False
        self._prefs = JournalPreferences()

        # Autosave: one timer restarts on every change, the other caps the wait.
        self.draft_idle_timer = QTimer(self)
        self.draft_idle_timer.setSingleShot(True)
        self.draft_idle_timer.setInterval(autosave_delay_ms)
        self.draft_cap_timer = QTimer(self)
        self.draft_cap_timer.setSingleShot(True)
        self.draft_cap_timer.setInterval(autosave_max_ms)
        self.draft_idle_timer.timeout.connect(self.write_draft)
        self.draft_cap_timer.timeout.connect(self.write_draft)

        self._build()
        self._connect()
        self._load()

    def nav_title(self) -> str:
        return self.tr("My reflections") if self.is_facilitator else self.tr("Journal")

    # ================================================================= layout
    def _build(self) -> None:
        em = self.fontMetrics().height()
        self.title = heading_label(self.nav_title(), 1.6)
        self.title.setAccessibleName(self.nav_title())
        self.subtitle = paragraph_label(
            self.tr(
                "A private place for you. Other facilitators cannot open it, and nothing "
                "you write here can be copied out of the app."
            )
            if self.is_facilitator
            else self.tr(
                "Only you can open your journal: not a facilitator, not anyone else who "
                "uses this computer. Nothing you write here can be copied out of the app."
            )
        )
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.options_button = QPushButton(self.tr("&Options…"))
        self.options_button.setToolTip(self.tr("Choose what your journal page shows"))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.options_button, 0, Qt.AlignmentFlag.AlignTop)

        self.options_frame = self._options_frame()
        self.prompt_frame = self._prompt_frame()
        self.group_frame = QWidget()
        self.group_layout = QVBoxLayout(self.group_frame)
        self.group_layout.setContentsMargins(0, 0, 0, 0)
        self.group_frame.setVisible(False)

        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        # Left: finding entries ----------------------------------------------------------
        self.left = QWidget()
        left = QVBoxLayout(self.left)
        left.setContentsMargins(0, 0, em // 2, 0)
        left.setSpacing(em // 2)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search your journal"))
        self.search_edit.setAccessibleName(self.tr("Search entries"))
        self.search_edit.setToolTip(self.tr("Search as you type (Ctrl+F)"))
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

        self.filters_frame = self._filters_frame()
        self.on_this_day_frame = _framed()
        self.on_this_day_layout = QVBoxLayout(self.on_this_day_frame)
        self.on_this_day_frame.setVisible(False)

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumDate(to_qdate(self.today))
        self.calendar.setSelectedDate(to_qdate(self.today))
        self.calendar.setAccessibleName(self.tr("Calendar of entries"))
        self.calendar_legend = paragraph_label(
            self.tr("Days with entries are bold and underlined. Pick a day to see its entries.")
        )
        self.calendar_legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.calendar_box = QWidget()
        calendar_layout = QVBoxLayout(self.calendar_box)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_layout.addWidget(self.calendar)
        calendar_layout.addWidget(self.calendar_legend)
        self.calendar_box.setVisible(False)

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
        self.list_view.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        self.list_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        list_policy = self.list_view.sizePolicy()
        list_policy.setVerticalStretch(1)
        self.list_view.setSizePolicy(list_policy)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        left.addLayout(search_row)
        left.addLayout(view_row)
        left.addWidget(self.filters_frame)
        left.addWidget(self.on_this_day_frame)
        left.addWidget(self.calendar_box)
        left.addWidget(self.list_view, 1)
        left.addWidget(self.count_label)

        # Right: the editor, or the offer of an unfinished draft --------------------------
        self.editor = JournalEditor(self.today)
        self.draft_card = self._draft_card()
        self.right = QStackedWidget()
        self.right.addWidget(self.editor)
        self.right.addWidget(self.draft_card)
        right_holder = QWidget()
        right_layout = QVBoxLayout(right_holder)
        right_layout.setContentsMargins(em // 2, 0, 0, 0)
        right_layout.addWidget(self.right)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(right_holder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        content = QWidget()
        page = QVBoxLayout(content)
        page.setContentsMargins(em * 3 // 2, em, em * 3 // 2, em)
        page.setSpacing(em * 2 // 3)
        page.addLayout(header)
        page.addWidget(self.prompt_frame)
        page.addWidget(self.group_frame)
        page.addWidget(self.message)
        page.addWidget(self.splitter, 1)
        # On a small screen the page scrolls rather than squeezing or clipping anything.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        average = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([average * 46, average * 90])

        self._name_qt_buttons()

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)

    def _name_qt_buttons(self) -> None:
        """Names for the buttons Qt adds inside the search field and the calendar."""
        for clear in self.search_edit.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        for name, text in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
        ):
            button = self.calendar.findChild(QToolButton, name)
            if button is not None:
                button.setAccessibleName(text)
                button.setToolTip(text)

    def _options_frame(self) -> QFrame:
        frame = QFrame(self, Qt.WindowType.Popup)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(self.tr("Journal options"))
        heading = QLabel(self.tr("Journal options"))
        heading.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        self.on_this_day_check = QCheckBox(
            self.tr("Show “On this day”: entries from this day in earlier years")
        )
        on_this_day_hint = paragraph_label(
            self.tr(
                "This is off unless you turn it on, because old entries can bring back hard days."
            )
        )
        on_this_day_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.group_prompts_check = QCheckBox(
            self.tr("Show prompts that facilitators offer to the group")
        )
        group_hint = paragraph_label(
            self.tr(
                "What you write in answer stays in your journal. Nobody can see whether "
                "you answered."
            )
        )
        group_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(frame)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em, em * 2 // 3, em, em)
        layout.addWidget(heading)
        layout.addWidget(self.on_this_day_check)
        layout.addWidget(on_this_day_hint)
        layout.addWidget(self.group_prompts_check)
        layout.addWidget(group_hint)
        if self.is_facilitator:  # facilitators offer group prompts; they do not receive them
            self.group_prompts_check.setVisible(False)
            group_hint.setVisible(False)
        frame.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        frame.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        frame.setVisible(False)
        return frame

    def show_options(self) -> None:
        """Open the options below their button (a popup: a click elsewhere closes it)."""
        frame = self.options_frame
        frame.adjustSize()
        corner = self.options_button.mapToGlobal(
            QPoint(self.options_button.width(), self.options_button.height())
        )
        frame.move(corner.x() - frame.width(), corner.y())
        frame.show()
        self.on_this_day_check.setFocus(Qt.FocusReason.PopupFocusReason)

    def _prompt_frame(self) -> QFrame:
        frame = _framed()
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        grid = QGridLayout(frame)
        em = self.fontMetrics().height()
        grid.setContentsMargins(em, em * 2 // 3, em, em * 2 // 3)
        grid.setHorizontalSpacing(em)
        grid.setColumnStretch(1, 1)
        row = 0
        self.check_in_button: QPushButton | None = None
        if self.is_facilitator:
            check_in_title = QLabel(self.tr("Self-care check-in"))
            check_in_title.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
            check_in_text = paragraph_label(
                self.tr(
                    "How am I? What was hard? What do I need? Facilitators need support too: "
                    "a few minutes for yourself after a meeting."
                )
            )
            self.check_in_button = QPushButton(self.tr("Start a self-care chec&k-in"))
            grid.addWidget(check_in_title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(check_in_text, row, 1)
            grid.addWidget(
                self.check_in_button, row, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
            )
            row += 1
        day_title = QLabel(self.tr("Prompt of the day"))
        day_title.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.prompt_of_the_day = self.prompts.prompt_of_the_day(self.today)
        self.prompt_label = paragraph_label(self.prompt_of_the_day.text)
        self.prompt_label.setAccessibleName(self.tr("Prompt of the day"))
        italic = QFont(self.prompt_label.font())
        italic.setItalic(True)
        self.prompt_label.setFont(italic)
        self.write_prompt_button = QPushButton(self.tr("&Write about this"))
        self.write_prompt_button.setAccessibleName(self.tr("Write about the prompt of the day"))
        self.prompts_button = QPushButton(self.tr("&Prompts and templates…"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.write_prompt_button)
        buttons.addWidget(self.prompts_button)
        grid.addWidget(day_title, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.prompt_label, row, 1)
        grid.addLayout(buttons, row, 2, Qt.AlignmentFlag.AlignTop)
        return frame

    def _filters_frame(self) -> QFrame:
        frame = _framed()
        grid = QGridLayout(frame)
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
            edit.setMaximumDate(to_qdate(self.today))
        self.from_edit.setDate(to_qdate(self.today - timedelta(days=30)))
        self.to_edit.setDate(to_qdate(self.today))
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
        frame.setVisible(False)
        return frame

    def _draft_card(self) -> QWidget:
        holder = QWidget()
        card = _framed()
        card.setAutoFillBackground(True)
        card.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        em = self.fontMetrics().height()
        heading = heading_label(self.tr("Welcome back"), 1.3)
        self.draft_text = paragraph_label()
        self.draft_text.setAccessibleName(self.tr("Unfinished entry"))
        note = paragraph_label(
            self.tr("It was kept sealed while you were away. Nobody else could read it.")
        )
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.continue_draft_button = QPushButton(self.tr("&Continue it"))
        self.discard_draft_button = QPushButton(self.tr("&Discard it"))
        self.continue_draft_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_draft_button)
        buttons.addWidget(self.discard_draft_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(em * 3 // 2, em, em * 3 // 2, em)
        layout.setSpacing(em * 2 // 3)
        layout.addWidget(heading)
        layout.addWidget(self.draft_text)
        layout.addWidget(note)
        layout.addLayout(buttons)
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, em * 2, 0, 0)
        outer.addWidget(card)
        outer.addStretch(1)
        return holder

    def _connect(self) -> None:
        self.options_button.clicked.connect(self.show_options)
        self.on_this_day_check.toggled.connect(self._set_on_this_day)
        self.group_prompts_check.toggled.connect(self._set_group_prompts)
        if self.check_in_button is not None:
            self.check_in_button.clicked.connect(lambda: self.start_template(SELF_CARE_CHECK_IN))
        self.write_prompt_button.clicked.connect(
            lambda: self.start_prompt(self.prompt_of_the_day.text)
        )
        self.prompts_button.clicked.connect(self.open_prompts)

        self.search_edit.textChanged.connect(self.refresh_list)
        self.list_button.toggled.connect(self._view_changed)
        self.filters_button.toggled.connect(self.filters_frame.setVisible)
        self.range_combo.currentIndexChanged.connect(self._range_changed)
        self.from_edit.dateChanged.connect(self.refresh_list)
        self.to_edit.dateChanged.connect(self.refresh_list)
        self.tag_combo.currentIndexChanged.connect(self.refresh_list)
        self.mood_combo.currentIndexChanged.connect(self.refresh_list)
        self.starred_check.toggled.connect(self.refresh_list)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh_calendar())
        self.calendar.selectionChanged.connect(self._calendar_day_chosen)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)

        self.editor.changed.connect(self._editor_changed)
        self.editor.save_button.clicked.connect(self.save_entry)
        self.editor.new_button.clicked.connect(self.new_entry)
        self.editor.delete_button.clicked.connect(self.delete_entry)
        self.continue_draft_button.clicked.connect(self.continue_draft)
        self.discard_draft_button.clicked.connect(self.discard_offered_draft)

        self.find_shortcut.activated.connect(self.focus_search)
        self.save_shortcut.activated.connect(self.save_entry)
        self.new_shortcut.activated.connect(self.new_entry)

        order: list[QWidget] = [
            self.options_button,
            *([self.check_in_button] if self.check_in_button is not None else []),
            self.write_prompt_button,
            self.prompts_button,
            self.search_edit,
            self.list_button,
            self.calendar_button,
            self.filters_button,
            self.range_combo,
            self.from_edit,
            self.to_edit,
            self.tag_combo,
            self.mood_combo,
            self.starred_check,
            self.clear_filters_button,
            self.calendar,
            self.list_view,
            self.editor.remove_prompt_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ================================================================= loading
    def _load(self) -> None:
        try:
            self._prefs = self.journal.preferences()
        except SafeSpaceError as exc:
            self.show_message(describe(exc))
        for check, value in (
            (self.on_this_day_check, self._prefs.show_on_this_day),
            (self.group_prompts_check, self._prefs.receive_group_prompts),
        ):
            check.blockSignals(True)
            check.setChecked(value)
            check.blockSignals(False)
        self.refresh_labels()
        self.refresh_list()
        self.refresh_calendar()
        self.refresh_on_this_day()
        self.refresh_group_prompts()
        if self.journal.damaged:
            self.show_message(
                self.tr(
                    "Some entries could not be opened because they seem damaged. "
                    "They have been left exactly as they were."
                )
            )
        self._offer_draft()

    def _offer_draft(self) -> None:
        try:
            draft = self.journal.load_draft()
        except SafeSpaceError:
            return
        if draft is None:
            return
        entry = draft.entry
        if not (
            entry.title.strip() or entry.body.strip() or entry.feelings or entry.tags or entry.mood
        ):
            self._discard_draft()
            return
        self.pending_draft = draft
        saved_at = QDateTime.fromMSecsSinceEpoch(int(draft.saved_at.timestamp() * 1000))
        when = QLocale().toString(saved_at, "dddd d MMMM 'at' HH:mm")
        self.draft_text.setText(
            fill(
                self.tr("You have an unfinished entry from %1. Would you like to continue it?"),
                when,
            )
        )
        self.right.setCurrentWidget(self.draft_card)
        self._set_browsing_enabled(False)

    def _set_browsing_enabled(self, enabled: bool) -> None:
        for widget in (self.left, self.prompt_frame, self.group_frame, self.on_this_day_frame):
            widget.setEnabled(enabled)

    # ================================================================= refreshing
    def current_filter(self) -> JournalFilter:
        date_from, date_to = self._date_range()
        if self._day_filter is not None:
            date_from = date_to = self._day_filter
        tag = self.tag_combo.currentData()
        mood = self.mood_combo.currentData()
        return JournalFilter(
            text=self.search_edit.text(),
            date_from=date_from,
            date_to=date_to,
            tags=(str(tag),) if tag else (),
            moods=frozenset({int(mood)}) if mood else frozenset(),
            starred_only=self.starred_check.isChecked(),
        )

    def _date_range(self) -> tuple[date | None, date | None]:
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

    def _active_filter_count(self) -> int:
        return sum(
            (
                self.range_combo.currentIndex() != RANGE_ANY,
                bool(self.tag_combo.currentData()),
                bool(self.mood_combo.currentData()),
                self.starred_check.isChecked(),
            )
        )

    def _on_journal_changed(self, _changes: ChangeSet) -> None:
        # An import elsewhere (My account) brought entries in.
        self.refresh_list()
        self.refresh_calendar()

    def refresh_list(self, *_args: object) -> None:
        """Run the search and filters again and show the result, keeping the selection."""
        try:
            entries = self.journal.list_entries(self.current_filter())
            total = self.journal.count()
        except SafeSpaceError as exc:
            self.show_message(describe(exc))
            return
        self._selecting = True
        try:
            self.model.set_entries(entries)
            self._select_row_of(self.editor.entry_id)
        finally:
            self._selecting = False
        active = self._active_filter_count()
        self.filters_button.setText(
            fill(self.tr("Filte&rs (%1 on)"), active) if active else self.tr("Filte&rs")
        )
        self.filters_button.setAccessibleDescription(
            fill(self.tr("%1 filters are on"), active) if active else self.tr("No filters are on")
        )
        shown = len(entries)
        if self._day_filter is not None:
            text = fill(self.tr("%1 on %2"), self._count_text(shown), long_date(self._day_filter))
        elif shown == total:
            text = self._count_text(total)
        else:
            text = fill(self.tr("%1 of %2 match"), shown, self._count_text(total))
        self.count_label.setText(text)

    def _count_text(self, count: int) -> str:
        # Spelled out rather than "%n entries": the English plural catalogue fills
        # forms from "(s)", which cannot make "entry" / "entries".
        if count == 1:
            return self.tr("1 entry")
        return fill(self.tr("%1 entries"), count)

    def _select_row_of(self, entry_id: str | None) -> None:
        selection = self.list_view.selectionModel()
        row = self.model.row_of(entry_id) if entry_id else -1
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)

    def refresh_labels(self) -> None:
        """Tag filter choices and the editor's word suggestions."""
        try:
            tags = self.journal.tags()
            feelings = self.journal.feelings_used()
        except SafeSpaceError:
            return
        self.editor.set_suggestions(feelings, tags)
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), "")
        for tag in tags:
            self.tag_combo.addItem(f"#{tag}", tag)
        found = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(found, 0))
        self.tag_combo.blockSignals(False)
        if current and found < 0:
            self.refresh_list()

    def refresh_calendar(self) -> None:
        """Mark the shown month's days that have entries (bold and underlined, with words)."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        try:
            days = self.journal.days_with_entries(year, month)
        except SafeSpaceError:
            return
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        for day, count in days.items():
            mark = QTextCharFormat()
            mark.setFontWeight(QFont.Weight.Bold)
            mark.setFontUnderline(True)
            mark.setToolTip(self._count_text(count))
            self.calendar.setDateTextFormat(to_qdate(day), mark)
        month_name = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
        if days:
            listed = ", ".join(str(day.day) for day in days)
            description = fill(self.tr("Days with entries in %1: %2."), month_name, listed)
        else:
            description = fill(self.tr("No entries in %1."), month_name)
        self.calendar.setAccessibleDescription(description)
        self.calendar_legend.setAccessibleDescription(description)

    def refresh_on_this_day(self) -> None:
        for _entry, button in self.on_this_day_buttons:
            button.deleteLater()
        self.on_this_day_buttons = []
        while self.on_this_day_layout.count():
            item = self.on_this_day_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self._prefs.show_on_this_day:
            self.on_this_day_frame.setVisible(False)
            return
        try:
            found = self.journal.on_this_day(self.today)
        except SafeSpaceError:
            found = []
        heading = QLabel(self.tr("On this day"))
        heading.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.on_this_day_layout.addWidget(heading)
        heading.show()
        if not found:
            empty = paragraph_label(self.tr("Nothing from this day in earlier years."))
            self.on_this_day_layout.addWidget(empty)
            empty.show()
        for entry in found[:ON_THIS_DAY_SHOWN]:
            button = QToolButton()
            button.setText(fill(self.tr("%1: %2"), short_date(entry.entry_date), headline(entry)))
            button.setAutoRaise(True)
            button.setAccessibleName(
                fill(self.tr("Open the entry from %1"), long_date(entry.entry_date))
            )
            button.clicked.connect(lambda _checked=False, e=entry: self.open_entry(e))
            self.on_this_day_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.show()
            self.on_this_day_buttons.append((entry, button))
        self.on_this_day_frame.setVisible(True)

    def refresh_group_prompts(self) -> None:
        for _prompt, frame, _write, _dismiss in self.group_prompt_rows:
            self.group_layout.removeWidget(frame)
            frame.deleteLater()
        self.group_prompt_rows = []
        if self.is_facilitator:
            self.group_frame.setVisible(False)
            return
        try:
            offered = self.prompts.group_prompts_for_me()
        except SafeSpaceError:
            offered = []
        for prompt in offered[:GROUP_PROMPTS_SHOWN]:
            frame = _framed()
            title = QLabel(
                fill(self.tr("A prompt from your group, %1"), short_date(prompt.offered_on))
            )
            title.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
            text = paragraph_label(prompt.text)
            text.setAccessibleName(self.tr("Group prompt"))
            write = QPushButton(self.tr("Write about this"))
            write.setAccessibleName(self.tr("Write about this group prompt"))
            dismiss = QPushButton(self.tr("Dismiss"))
            dismiss.setAccessibleName(self.tr("Dismiss this group prompt"))
            write.clicked.connect(lambda _checked=False, p=prompt: self.answer_group_prompt(p))
            dismiss.clicked.connect(lambda _checked=False, p=prompt: self.dismiss_group_prompt(p))
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(text)
            row = QHBoxLayout(frame)
            row.addLayout(column, 1)
            row.addWidget(write, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
            self.group_layout.addWidget(frame)
            frame.show()  # at once, not after the next event-loop turn
            self.group_prompt_rows.append((prompt, frame, write, dismiss))
        self.group_frame.setVisible(bool(self.group_prompt_rows))

    def _after_change(self) -> None:
        self.refresh_labels()
        self.refresh_list()
        self.refresh_calendar()
        self.refresh_on_this_day()

    # ================================================================= browsing
    def focus_search(self) -> None:
        if not self.left.isEnabled():
            return
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_filters(self) -> None:
        for widget in (self.range_combo, self.tag_combo, self.mood_combo, self.starred_check):
            widget.blockSignals(True)
        self.range_combo.setCurrentIndex(RANGE_ANY)
        self.between_row.setVisible(False)
        self.tag_combo.setCurrentIndex(0)
        self.mood_combo.setCurrentIndex(0)
        self.starred_check.setChecked(False)
        for widget in (self.range_combo, self.tag_combo, self.mood_combo, self.starred_check):
            widget.blockSignals(False)
        self.refresh_list()

    def _range_changed(self, index: int) -> None:
        self.between_row.setVisible(index == RANGE_BETWEEN)
        self.refresh_list()

    def _view_changed(self, list_view: bool) -> None:
        self.calendar_box.setVisible(not list_view)
        if list_view:
            self._day_filter = None
        else:
            self._day_filter = from_qdate(self.calendar.selectedDate())
            self.refresh_calendar()
        self.refresh_list()

    def _calendar_day_chosen(self) -> None:
        if self.calendar_button.isChecked():
            self._day_filter = from_qdate(self.calendar.selectedDate())
            self.refresh_list()

    def show_calendar(self, shown: bool = True) -> None:
        (self.calendar_button if shown else self.list_button).setChecked(True)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        entry = self.model.entry_at(current.row())
        if entry is None or entry.id == self.editor.entry_id:
            return
        if not self.may_leave_editor():
            self._selecting = True
            try:
                self._select_row_of(self.editor.entry_id)
            finally:
                self._selecting = False
            return
        self.editor.load(entry.to_input(), entry.id)

    def open_entry(self, entry: JournalEntry) -> None:
        """Show ``entry`` in the editor (asking first about unsaved changes)."""
        if entry.id == self.editor.entry_id or not self.may_leave_editor():
            return
        self.editor.load(entry.to_input(), entry.id)
        self._selecting = True
        try:
            self._select_row_of(entry.id)
        finally:
            self._selecting = False

    # ================================================================= writing
    def ask_unsaved_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved yet. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def may_leave_editor(self) -> bool:
        """Whether the editor may show something else: saved, discarded or nothing to lose."""
        if self.right.currentWidget() is not self.editor:
            return False
        if not self.editor.is_dirty():
            return True
        if self.editor.entry_id is None and self.editor.is_blank():
            return True
        answer = self.ask_unsaved_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_entry()
        if answer == QMessageBox.StandardButton.Discard:
            self._stop_autosave()
            self._discard_draft()
            return True
        return False

    def new_entry(self) -> None:
        if not self.may_leave_editor():
            return
        self.editor.load(JournalEntryInput(), None)
        if self._day_filter is not None and self._day_filter <= self.today:
            self.editor.set_date(self._day_filter)
            self.editor.load(self.editor.current_input(), None)
        self.list_view.selectionModel().clearSelection()
        self.editor.body_edit.setFocus()

    def start_prompt(self, text: str, group_prompt_id: str | None = None) -> None:
        if not self.may_leave_editor():
            return
        self.list_view.selectionModel().clearSelection()
        self.editor.start_with(prompt=text, group_prompt_id=group_prompt_id)

    def start_template(self, template: JournalTemplate) -> None:
        if not self.may_leave_editor():
            return
        self.list_view.selectionModel().clearSelection()
        self.editor.start_with(title=template.name, body=template.body)

    def open_prompts(self) -> None:
        dialog = PromptsDialog(self.prompts, self.is_facilitator, self)
        dialog.write_about.connect(self.start_prompt)
        dialog.use_template.connect(self.start_template)
        dialog.finished.connect(dialog.deleteLater)
        self.prompts_dialog = dialog
        dialog.open()

    def answer_group_prompt(self, prompt: GroupPrompt) -> None:
        self.start_prompt(prompt.text, group_prompt_id=prompt.id)

    def dismiss_group_prompt(self, prompt: GroupPrompt) -> None:
        try:
            self.prompts.dismiss_group_prompt(prompt.id)
        except SafeSpaceError as exc:
            self.show_message(describe(exc))
            return
        self.refresh_group_prompts()

    def save_entry(self) -> bool:
        """Save what the editor shows; True when it was saved."""
        if self.right.currentWidget() is not self.editor:
            return False
        entry = self.editor.current_input()
        try:
            if self.editor.entry_id is not None:
                saved = self.journal.update(self.editor.entry_id, entry)
            elif self.editor.group_prompt_id is not None:
                try:
                    saved = self.prompts.answer_group_prompt(self.editor.group_prompt_id, entry)
                except NotFound:  # withdrawn meanwhile: keep the words anyway
                    saved = self.journal.add(entry)
            else:
                saved = self.journal.add(entry)
        except SafeSpaceError as exc:
            self.editor.show_message(describe(exc))
            return False
        answered = self.editor.group_prompt_id is not None
        self._stop_autosave()
        self._draft_written = False
        self.editor.load(saved.to_input(), saved.id)
        self.editor.status_label.setText(self.tr("Saved."))
        self.context.signals.status_message.emit(self.tr("Entry saved."))
        self._after_change()
        if answered:
            self.refresh_group_prompts()
        return True

    def confirm_delete(self, entry: JournalEntry) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            fill(
                self.tr("Delete the entry for %1? It will be gone for good and cannot be undone."),
                long_date(entry.entry_date),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_entry(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None:
            return
        try:
            entry = self.journal.get(entry_id)
        except SafeSpaceError as exc:
            self.editor.show_message(describe(exc))
            return
        if not self.confirm_delete(entry):
            return
        try:
            self.journal.delete(entry_id)
        except SafeSpaceError as exc:
            self.editor.show_message(describe(exc))
            return
        self._stop_autosave()
        if self._draft_written:
            self._discard_draft()
        self.editor.load(JournalEntryInput(), None)
        self.editor.status_label.setText(self.tr("Entry deleted."))
        self.context.signals.status_message.emit(self.tr("Entry deleted."))
        self._after_change()

    # ================================================================= drafts
    def _editor_changed(self) -> None:
        if not self.editor.is_dirty():
            self._stop_autosave()
            if self._draft_written:
                self._discard_draft()
            self.editor.status_label.clear()
            return
        if not self._draft_written:
            self.editor.status_label.setText(self.tr("Not saved yet."))
        self.draft_idle_timer.start()  # restarts on every change
        if not self.draft_cap_timer.isActive():
            self.draft_cap_timer.start()

    def _stop_autosave(self) -> None:
        self.draft_idle_timer.stop()
        self.draft_cap_timer.stop()

    def write_draft(self) -> None:
        """Seal what the editor shows as the draft (the autosave timers call this)."""
        self._stop_autosave()
        if not self.context.vault.is_unlocked or self.right.currentWidget() is not self.editor:
            return
        if not self.editor.is_dirty():
            return
        try:
            self.journal.save_draft(self.editor.current_input(), self.editor.entry_id)
        except VaultLocked:
            return
        except SafeSpaceError as exc:
            self.editor.status_label.setText(
                fill(self.tr("Not saved yet, and no draft could be kept: %1"), describe(exc))
            )
            return
        self._draft_written = True
        now = QDateTime.fromMSecsSinceEpoch(int(self.context.vault.clock.now() * 1000))
        self.editor.status_label.setText(
            fill(
                self.tr("Not saved yet. A sealed draft was kept at %1."),
                QLocale().toString(now.time(), QLocale.FormatType.ShortFormat),
            )
        )

    def _discard_draft(self) -> None:
        if not self.context.vault.is_unlocked:
            return
        try:
            self.journal.discard_draft()
        except SafeSpaceError:
            return
        self._draft_written = False

    def continue_draft(self) -> None:
        draft = self.pending_draft
        self.pending_draft = None
        self.right.setCurrentWidget(self.editor)
        self._set_browsing_enabled(True)
        if draft is None:
            return
        saved: JournalEntryInput | None = None
        entry_id = draft.editing_id
        if entry_id is not None:
            try:
                saved = self.journal.get(entry_id).to_input()
            except SafeSpaceError:
                entry_id = None  # the entry is gone: the words come back as a new entry
        self.editor.load(saved or JournalEntryInput(), entry_id)
        self.editor.load(draft.entry, entry_id, keep_dirty=True)
        self._draft_written = True
        self.editor.status_label.setText(self.tr("Not saved yet (brought back from your draft)."))
        self._selecting = True
        try:
            self._select_row_of(entry_id)
        finally:
            self._selecting = False
        self.editor.body_edit.setFocus()
        self.editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)

    def discard_offered_draft(self) -> None:
        self.pending_draft = None
        self._discard_draft()
        self.right.setCurrentWidget(self.editor)
        self._set_browsing_enabled(True)
        self.context.signals.status_message.emit(self.tr("The unfinished entry was discarded."))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page, locking or quick-hiding: keep what was typed as a draft now,
        # while the vault is still unlocked (the shell hides pages before it locks).
        if self.draft_idle_timer.isActive() or self.draft_cap_timer.isActive():
            self.write_draft()
        super().hideEvent(event)

    # ================================================================= options
    def _set_on_this_day(self, shown: bool) -> None:
        self._store_preferences(
            JournalPreferences(
                show_on_this_day=shown, receive_group_prompts=self._prefs.receive_group_prompts
            )
        )
        self.refresh_on_this_day()

    def _set_group_prompts(self, receive: bool) -> None:
        self._store_preferences(
            JournalPreferences(
                show_on_this_day=self._prefs.show_on_this_day, receive_group_prompts=receive
            )
        )
        self.refresh_group_prompts()

    def _store_preferences(self, prefs: JournalPreferences) -> None:
        try:
            self._prefs = self.journal.set_preferences(prefs)
        except SafeSpaceError as exc:
            self.show_message(describe(exc))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
