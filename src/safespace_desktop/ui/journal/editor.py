"""The journal entry editor: title, day, mood, the entry itself, feelings, tags and star.

It only lays out and reports: ``changed`` fires on every edit a person makes, and
``current_input()`` gives what is on screen as a ``JournalEntryInput``. The
controller decides what to save, when to autosave a draft and what to ask before
leaving.

Feelings and Tags sit side by side, so the suggestion list that drops down under
Feelings never covers the Tags field.

Every text field here refuses to copy or cut (``private_text_edit``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safespace_desktop.core import journal as rules
from safespace_desktop.core.model import MOOD_MAX, MOOD_MIN, JournalEntryInput
from safespace_desktop.ui.journal.wording import long_date, mood_word
from safespace_desktop.ui.widgets.flow_row import FlowRow
from safespace_desktop.ui.widgets.headings import paragraph_label, scaled_font
from safespace_desktop.ui.widgets.private_text_edit import PrivateLineEdit, PrivatePlainTextEdit
from safespace_desktop.ui.widgets.stale_banner import StaleEditBanner
from safespace_desktop.ui.wording.dates import from_qdate, to_qdate
from safespace_desktop.ui.wording.placeholders import fill

NO_MOOD = 0

# A few feeling words to start from before a person has their own (theirs come first).
STARTER_FEELINGS = (
    "calm",
    "hopeful",
    "grateful",
    "proud",
    "relieved",
    "content",
    "tired",
    "anxious",
    "sad",
    "lonely",
    "angry",
    "overwhelmed",
    "restless",
    "numb",
)


def split_labels(text: str) -> tuple[str, ...]:
    """Comma-separated words as a tuple, blanks dropped (the service cleans the rest)."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def join_labels(labels: tuple[str, ...]) -> str:
    return ", ".join(labels)


class LabelCompleter(QCompleter):
    """Completes the word after the last comma of a comma-separated field."""

    def __init__(self, words: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QStringListModel(words, self)
        self.setModel(self.words)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_words(self, words: list[str]) -> None:
        self.words.setStringList(words)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].lstrip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(self.words.data(index, Qt.ItemDataRole.DisplayRole) or "")
        widget = self.widget()
        typed = widget.text() if isinstance(widget, PrivateLineEdit) else ""
        before, comma, _rest = typed.rpartition(",")
        return f"{before}{comma} {chosen}".lstrip() if comma else chosen


class JournalEditor(QWidget):
    """Edits one entry; the controller owns saving, drafts and navigation."""

    changed = Signal()  # the person edited something

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.entry_id: str | None = None
        # The revision (``edited_hlc``) of the entry as opened: a save states it, so a
        # change made elsewhere meanwhile is refused instead of overwritten.
        self.entry_rev: int | None = None
        self.prompt = ""
        self.group_prompt_id: str | None = None  # a group prompt this new entry answers
        self._baseline = JournalEntryInput()
        self._loading = False

        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.25, QFont.Weight.DemiBold))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Editor heading"))

        # The prompt this entry answers ----------------------------------------------------
        self.prompt_frame = QFrame()
        self.prompt_frame.setFrameShape(QFrame.Shape.StyledPanel)
        prompt_title = QLabel(self.tr("Prompt:"))
        prompt_title.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.prompt_label = paragraph_label()
        self.prompt_label.setAccessibleName(self.tr("Prompt you are writing about"))
        italic = QFont(self.prompt_label.font())
        italic.setItalic(True)
        self.prompt_label.setFont(italic)
        self.remove_prompt_button = QPushButton(self.tr("Remove prompt"))
        self.remove_prompt_button.setAccessibleName(self.tr("Remove the prompt from this entry"))
        prompt_row = QHBoxLayout(self.prompt_frame)
        prompt_row.addWidget(prompt_title, 0, Qt.AlignmentFlag.AlignTop)
        prompt_row.addWidget(self.prompt_label, 1)
        prompt_row.addWidget(self.remove_prompt_button, 0, Qt.AlignmentFlag.AlignTop)
        self.prompt_frame.setVisible(False)

        # Fields ----------------------------------------------------------------------------
        self.title_edit = PrivateLineEdit()
        self.title_edit.setMaxLength(rules.TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("Optional"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_edit)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setMinimumDate(to_qdate(rules.EARLIEST_DATE))
        self.date_edit.setMaximumDate(to_qdate(today))
        self.date_edit.setDate(to_qdate(today))
        self.date_edit.setAccessibleName(self.tr("Day this entry is about"))
        self.date_edit.setToolTip(
            self.tr("You can choose an earlier day to write about a day that has passed.")
        )
        date_label = QLabel(self.tr("&Day:"))
        date_label.setBuddy(self.date_edit)

        self.star_check = QCheckBox(self.tr("Star this entr&y"))
        self.star_check.setAccessibleName(self.tr("Starred"))

        self.mood_group = QButtonGroup(self)
        self.mood_buttons: dict[int, QRadioButton] = {}
        mood_row = FlowRow()  # wraps onto a second line rather than widen the page
        none_button = QRadioButton(self.tr("Not now"))
        none_button.setAccessibleName(self.tr("Mood: not noted"))
        self.mood_group.addButton(none_button, NO_MOOD)
        self.mood_buttons[NO_MOOD] = none_button
        for mood in range(MOOD_MIN, MOOD_MAX + 1):
            button = QRadioButton(fill(self.tr("%1 %2"), mood, mood_word(mood)))
            button.setAccessibleName(
                fill(self.tr("Mood %1 of %2, %3"), mood, MOOD_MAX, mood_word(mood))
            )
            self.mood_group.addButton(button, mood)
            self.mood_buttons[mood] = button
        for mood in [*range(MOOD_MIN, MOOD_MAX + 1), NO_MOOD]:
            mood_row.addWidget(self.mood_buttons[mood])
        none_button.setChecked(True)
        self.mood_label = QLabel(self.tr("&Mood:"))
        self.mood_label.setBuddy(self.mood_buttons[MOOD_MIN])

        self.body_edit = PrivatePlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(
            self.tr(
                "Write whatever you like. Only you can read this.\n\n"
                "You can use Markdown if you know it: *italic*, **bold**, - lists."
            )
        )
        self.body_edit.setAccessibleName(self.tr("Entry text"))
        policy = self.body_edit.sizePolicy()
        # Grows into the room there is; asks only for its minimum, so the whole editor
        # (and its buttons) fits the default window without scrolling.
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        policy.setVerticalStretch(1)
        self.body_edit.setSizePolicy(policy)
        self.body_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        body_label = QLabel(self.tr("&Entry:"))
        body_label.setBuddy(self.body_edit)

        self.feelings_edit = PrivateLineEdit()
        self.feelings_edit.setPlaceholderText(self.tr("for example: tired, hopeful"))
        self.feelings_edit.setAccessibleName(self.tr("Feelings, separated by commas"))
        self.feelings_completer = LabelCompleter(list(STARTER_FEELINGS), self.feelings_edit)
        self.feelings_edit.setCompleter(self.feelings_completer)
        feelings_label = QLabel(self.tr("&Feelings:"))
        feelings_label.setBuddy(self.feelings_edit)

        self.tags_edit = PrivateLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("for example: work, family"))
        self.tags_edit.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags_completer = LabelCompleter([], self.tags_edit)
        self.tags_edit.setCompleter(self.tags_completer)
        tags_label = QLabel(self.tr("T&ags:"))
        tags_label.setBuddy(self.tags_edit)

        # Buttons and status ----------------------------------------------------------------
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this entry (Ctrl+S)"))
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Delete this entry for good"))
        self.status_label = QLabel()
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status_label.setAccessibleName(self.tr("Saving status"))
        self.status_label.setWordWrap(True)
        self.message = paragraph_label()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        # A save refused because the entry changed elsewhere first (with Reload).
        self.stale = StaleEditBanner(
            "reloadEntryButton",
            self.tr("Show the saved version of this entry instead of what you typed"),
        )

        # Layout ----------------------------------------------------------------------------
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.addWidget(title_label, 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date_edit)
        date_row.addSpacing(self.fontMetrics().height())
        date_row.addWidget(self.star_check)
        date_row.addStretch(1)
        grid.addWidget(date_label, 1, 0)
        grid.addLayout(date_row, 1, 1, 1, 3)
        grid.addWidget(self.mood_label, 2, 0)
        grid.addLayout(mood_row, 2, 1, 1, 3)
        grid.addWidget(body_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.body_edit, 3, 1, 1, 3)
        grid.setRowStretch(3, 1)
        # Side by side: the feelings suggestions drop down under Feelings only, so the
        # Tags field stays visible and reachable while they are open.
        labels_row = QHBoxLayout()
        labels_row.setContentsMargins(0, 0, 0, 0)
        labels_row.addWidget(self.feelings_edit, 1)
        labels_row.addSpacing(self.fontMetrics().height())
        labels_row.addWidget(tags_label)
        labels_row.addWidget(self.tags_edit, 1)
        grid.addWidget(feelings_label, 4, 0)
        grid.addLayout(labels_row, 4, 1, 1, 3)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        em = self.fontMetrics().height()
        layout.setSpacing(em // 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt_frame)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.stale)
        layout.addLayout(buttons)

        # Tab order: reading order.
        order: list[QWidget] = [
            self.remove_prompt_button,
            self.title_edit,
            self.date_edit,
            self.star_check,
            *[self.mood_buttons[m] for m in [*range(MOOD_MIN, MOOD_MAX + 1), NO_MOOD]],
            self.body_edit,
            self.feelings_edit,
            self.tags_edit,
            self.new_button,
            self.delete_button,
            self.save_button,
            self.stale.reload_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        # Every edit a person makes is reported once.
        self.title_edit.textEdited.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        self.feelings_edit.textChanged.connect(self._edited)
        self.tags_edit.textChanged.connect(self._edited)
        self.date_edit.dateChanged.connect(self._edited)
        self.star_check.toggled.connect(self._edited)
        self.mood_group.idToggled.connect(self._mood_toggled)
        self.remove_prompt_button.clicked.connect(self._remove_prompt)

        self.load(JournalEntryInput(), None)

    # -- state -----------------------------------------------------------------------------
    def load(
        self,
        entry: JournalEntryInput,
        entry_id: str | None,
        *,
        group_prompt_id: str | None = None,
        keep_dirty: bool = False,
        entry_rev: int | None = None,
    ) -> None:
        """Show ``entry`` (``entry_id`` None for a new one) as the saved state.

        With ``keep_dirty`` (a draft offered back) the saved state stays what it was,
        so the text counts as unsaved.
        """
        self._loading = True
        try:
            self.entry_id = entry_id
            self.entry_rev = entry_rev if entry_id is not None else None
            self.group_prompt_id = group_prompt_id
            self.title_edit.setText(entry.title)
            self.title_edit.setCursorPosition(0)
            self.date_edit.setDate(to_qdate(entry.entry_date or self.today))
            self.mood_buttons[entry.mood if entry.mood is not None else NO_MOOD].setChecked(True)
            self.body_edit.setPlainText(entry.body)
            self.body_edit.moveCursor(QTextCursor.MoveOperation.End)  # carry on writing
            self.feelings_edit.setText(join_labels(entry.feelings))
            self.tags_edit.setText(join_labels(entry.tags))
            self.star_check.setChecked(entry.starred)
            self._set_prompt(entry.prompt)
            self.delete_button.setEnabled(entry_id is not None)
            self.message.setVisible(False)
            self.show_stale("")
            self.status_label.clear()
            self._update_heading()
        finally:
            self._loading = False
        if not keep_dirty:
            self._baseline = self.current_input()

    def current_input(self) -> JournalEntryInput:
        mood = self.mood_group.checkedId()
        return JournalEntryInput(
            body=self.body_edit.toPlainText(),
            title=self.title_edit.text(),
            entry_date=from_qdate(self.date_edit.date()),
            mood=mood if MOOD_MIN <= mood <= MOOD_MAX else None,
            feelings=split_labels(self.feelings_edit.text()),
            tags=split_labels(self.tags_edit.text()),
            starred=self.star_check.isChecked(),
            prompt=self.prompt,
        )

    def saved_input(self) -> JournalEntryInput:
        """What was last loaded or saved (the state ``is_dirty`` compares with)."""
        return self._baseline

    def is_dirty(self) -> bool:
        return self.current_input() != self._baseline

    def is_blank(self) -> bool:
        """Nothing written and no mood chosen (a new entry with nothing in it yet)."""
        current = self.current_input()
        return not (
            current.title.strip()
            or current.body.strip()
            or current.mood is not None
            or current.feelings
            or current.tags
        )

    def set_suggestions(self, feelings: list[str], tags: list[str]) -> None:
        """Completion words: the person's own feelings first, then a few starters."""
        own = {f.casefold() for f in feelings}
        self.feelings_completer.set_words(
            [*feelings, *(f for f in STARTER_FEELINGS if f.casefold() not in own)]
        )
        self.tags_completer.set_words(tags)

    def set_today(self, today: date) -> None:
        self.today = today
        self.date_edit.setMaximumDate(to_qdate(today))

    def start_with(
        self,
        *,
        prompt: str = "",
        title: str = "",
        body: str = "",
        group_prompt_id: str | None = None,
    ) -> None:
        """A new entry that starts from a prompt or a template (counts as unsaved)."""
        self.load(JournalEntryInput(), None)
        self._loading = True
        try:
            self.group_prompt_id = group_prompt_id
            self._set_prompt(prompt)
            self.title_edit.setText(title)
            self.body_edit.setPlainText(body)
            self._update_heading()
        finally:
            self._loading = False
        self.body_edit.setFocus()
        cursor = self.body_edit.textCursor()
        first_line_end = body.find("\n")
        cursor.setPosition(first_line_end + 1 if first_line_end >= 0 else len(body))
        self.body_edit.setTextCursor(cursor)
        if body or title or prompt:
            self.changed.emit()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_stale(self, text: str) -> None:
        """Say that the entry changed elsewhere first (with Reload); "" hides it."""
        self.stale.say(text)

    # -- pieces ----------------------------------------------------------------------------
    def _set_prompt(self, prompt: str) -> None:
        self.prompt = prompt
        self.prompt_label.setText(prompt)
        self.prompt_frame.setVisible(bool(prompt))

    def _remove_prompt(self) -> None:
        self._set_prompt("")
        self.group_prompt_id = None
        self.title_edit.setFocus()
        self._edited()

    def _update_heading(self) -> None:
        if self.entry_id is None:
            self.heading.setText(self.tr("New entry"))
        else:
            self.heading.setText(
                fill(self.tr("Entry for %1"), long_date(from_qdate(self.date_edit.date())))
            )

    def _mood_toggled(self, _mood: int, checked: bool) -> None:
        if checked:
            self._edited()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.message.setVisible(False)
        self.changed.emit()

    def mood_button(self, mood: int | None) -> QAbstractButton:
        return self.mood_buttons[mood if mood is not None else NO_MOOD]

    def set_date(self, day: date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def shown_date(self) -> QDate:
        return self.date_edit.date()
