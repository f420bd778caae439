"""The member journal (W7) driven through the GUI, typed and clicked like a person.

A member claims an invitation, writes entries, finds them again by searching and
filtering, moves one to another day, sees the calendar, is offered back a draft
after a crash, and cannot copy anything out of the editor.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.model import JournalEntryInput, JournalPreferences
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.journal.actions.editing import save_entry
from safespace_desktop.ui.journal.model import (
    DateRole,
    JournalListModel,
    MoodRole,
    StarredRole,
)
from safespace_desktop.ui.journal.view import JournalView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.shell.workspace import page_specs
from tests.gui.journal_helpers import (
    CTRL,
    MakePage,
    assert_controls_named,
    claim_member,
    click,
    destroy,
    headlines,
    page_factory,
    prompts_dialog,
    select_row,
    settle,
    write_entry,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[MakePage]:
    yield from page_factory(qtbot)


def today_of(vault: Vault) -> date:
    return date.fromtimestamp(vault.clock.now())


def seed(vault: Vault) -> dict[str, str]:
    """A few entries written earlier (through the service: not what is tested here)."""
    journal = JournalService(vault)
    day = today_of(vault)
    made = journal.add_many(
        [
            JournalEntryInput(
                "The river walk before breakfast.",
                title="Walk",
                mood=4,
                tags=("outdoors",),
                entry_date=day - timedelta(days=2),
            ),
            JournalEntryInput(
                "Could not sleep, again.",
                title="Night",
                mood=1,
                tags=("sleep",),
                starred=True,
                entry_date=day - timedelta(days=20),
            ),
            JournalEntryInput(
                "Coffee with Jo.", title="Coffee", mood=5, entry_date=day - timedelta(days=60)
            ),
        ]
    )
    return {entry.title: entry.id for entry in made}


# ----------------------------------------------------------------------------- W7 writing
def test_member_writes_an_entry_and_finds_it_in_the_list(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    claim_member(vault)
    seed(vault)
    page = make_page(vault)
    seen: list[str] = []
    page.controller.context.signals.status_message.connect(seen.append)
    assert page.nav_title() == "Journal"
    assert headlines(page) == ["Walk", "Night", "Coffee"]  # newest first

    # Ctrl+N, type, choose mood 2, a feeling and a tag, then Ctrl+S.
    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_N, CTRL)
    settle(qtbot, page)
    assert page.editor.heading.text() == "New entry"
    qtbot.keyClicks(page.editor.title_edit, "Tuesday")
    qtbot.keyClicks(page.editor.body_edit, "Went to the group and said a little.")
    click(qtbot, page.editor.mood_buttons[2])
    settle(qtbot, page)
    assert page.editor.mood_buttons[2].text() == "2 low"
    qtbot.keyClicks(page.editor.feelings_edit, "hopeful")
    qtbot.keyClicks(page.editor.tags_edit, "group")
    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_S, CTRL)
    settle(qtbot, page)

    assert page.editor.status_label.text() == "Saved."
    assert seen == ["Entry saved."]
    assert headlines(page)[0] == "Tuesday"
    row = page.entries.model.index(0)
    assert row.data(MoodRole) == 2
    sentence = row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Mood 2 of 5, low" in sentence and "tags: group" in sentence
    assert "Mood 2 of 5, low" in row.data(Qt.ItemDataRole.DisplayRole)
    assert page.entries.list_view.currentIndex().row() == 0  # the saved entry stays selected
    assert page.editor.heading.text().startswith("Entry for ")
    assert page.editor.delete_button.isEnabled()

    saved = JournalService(vault).list_entries()[0]
    assert (saved.title, saved.body, saved.mood) == (
        "Tuesday",
        "Went to the group and said a little.",
        2,
    )
    assert saved.feelings == ("hopeful",) and saved.tags == ("group",)
    assert saved.entry_date == today_of(vault)

    # Feeling words the member used before are suggested, after a comma too.
    click(qtbot, page.editor.new_button)
    settle(qtbot, page)
    qtbot.keyClicks(page.editor.feelings_edit, "tired, ho")
    completer = page.editor.feelings_completer
    assert completer.currentCompletion() == "tired, hopeful"  # what Enter would put in
    assert completer.pathFromIndex(completer.currentIndex()) == "tired, hopeful"
    page.editor.feelings_edit.clear()
    assert page.editor.tags_completer.words.stringList() == ["group", "outdoors", "sleep"]

    # Nothing to save yet: a kind explanation, nothing written.
    click(qtbot, page.editor.new_button)
    settle(qtbot, page)
    click(qtbot, page.editor.save_button)
    settle(qtbot, page)
    assert "Please write something" in page.editor.message.text()
    assert len(JournalService(vault).list_entries()) == 4


def test_star_is_shown_in_words_not_colour(qtbot: QtBot, vault: Vault, make_page: MakePage) -> None:
    claim_member(vault)
    page = make_page(vault)
    write_entry(qtbot, page, "A good one.", title="Keep", star=True)
    write_entry(qtbot, page, "Plain.", title="Plain")
    starred, plain = page.entries.model.index(1), page.entries.model.index(0)
    assert starred.data(StarredRole) and not plain.data(StarredRole)
    assert "Starred" in starred.data(Qt.ItemDataRole.DisplayRole)
    assert "starred" in starred.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "tarred" not in plain.data(Qt.ItemDataRole.DisplayRole)
    assert "No mood noted" in plain.data(Qt.ItemDataRole.DisplayRole)


# ----------------------------------------------------------------------------- finding
def test_search_as_you_type_and_the_filters(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    claim_member(vault)
    seed(vault)
    page = make_page(vault)

    # Ctrl+F goes to the search field; each typed letter narrows the list.
    qtbot.keyClick(page.entries.list_view, Qt.Key.Key_F, CTRL)
    assert page.window().focusWidget() is page.entries.search_edit
    qtbot.keyClicks(page.entries.search_edit, "riv")
    settle(qtbot, page)
    assert headlines(page) == ["Walk"]
    assert page.entries.count_label.text() == "1 of 3 entries match"
    qtbot.keyClicks(page.entries.search_edit, "er breakfast")
    settle(qtbot, page)
    assert headlines(page) == ["Walk"]
    qtbot.keyClicks(page.entries.search_edit, "x")
    settle(qtbot, page)
    assert headlines(page) == []
    page.entries.search_edit.clear()
    settle(qtbot, page)
    assert headlines(page) == ["Walk", "Night", "Coffee"]

    click(qtbot, page.entries.filters_button)
    settle(qtbot, page)
    assert page.entries.filters.isVisible()
    # Tag: the person's own tags are offered.
    assert [
        page.entries.filters.tag_combo.itemText(i)
        for i in range(page.entries.filters.tag_combo.count())
    ] == [
        "Any tag",
        "#outdoors",
        "#sleep",
    ]
    page.entries.filters.tag_combo.setCurrentIndex(
        page.entries.filters.tag_combo.findText("#sleep")
    )
    settle(qtbot, page)
    assert headlines(page) == ["Night"]
    assert page.entries.filters_button.text().replace("&", "") == "Filters (1 on)"
    page.entries.filters.tag_combo.setCurrentIndex(0)
    settle(qtbot, page)
    # Mood.
    page.entries.filters.mood_combo.setCurrentIndex(
        page.entries.filters.mood_combo.findText("5 really good")
    )
    settle(qtbot, page)
    assert headlines(page) == ["Coffee"]
    page.entries.filters.mood_combo.setCurrentIndex(0)
    settle(qtbot, page)
    # Starred only.
    click(qtbot, page.entries.filters.starred_check)
    settle(qtbot, page)
    assert headlines(page) == ["Night"]
    click(qtbot, page.entries.filters.starred_check)
    settle(qtbot, page)
    # Date range: last 4 weeks, then between two chosen days.
    page.entries.filters.range_combo.setCurrentIndex(
        page.entries.filters.range_combo.findText("Last 4 weeks")
    )
    settle(qtbot, page)
    assert headlines(page) == ["Walk", "Night"]
    page.entries.filters.range_combo.setCurrentIndex(
        page.entries.filters.range_combo.findText("Between two dates…")
    )
    settle(qtbot, page)
    assert page.entries.filters.from_edit.isVisible() and page.entries.filters.to_edit.isVisible()
    day = today_of(vault)
    page.entries.filters.from_edit.setDate(QDate(*(day - timedelta(days=70)).timetuple()[:3]))
    settle(qtbot, page)
    page.entries.filters.to_edit.setDate(QDate(*(day - timedelta(days=10)).timetuple()[:3]))
    settle(qtbot, page)
    assert headlines(page) == ["Night", "Coffee"]
    # Filters and search combine.
    qtbot.keyClicks(page.entries.search_edit, "coffee")
    settle(qtbot, page)
    assert headlines(page) == ["Coffee"]
    click(qtbot, page.entries.filters.clear_filters_button)
    settle(qtbot, page)
    page.entries.search_edit.clear()
    settle(qtbot, page)
    assert headlines(page) == ["Walk", "Night", "Coffee"]
    assert page.entries.filters_button.text().replace("&", "") == "Filters"


def test_changing_the_entry_date_moves_the_entry(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    claim_member(vault)
    seed(vault)
    page = make_page(vault)
    write_entry(qtbot, page, "About last week, written today.", title="Looking back")
    assert headlines(page)[0] == "Looking back"

    # Step the day back with the keyboard, as a person would in the date field.
    page.editor.date_edit.setFocus()
    page.editor.date_edit.setCurrentSection(QDateTimeEdit.Section.DaySection)  # clicks "15"
    for _ in range(10):
        qtbot.keyClick(page.editor.date_edit, Qt.Key.Key_Down)
    expected = today_of(vault) - timedelta(days=10)
    assert page.editor.current_input().entry_date == expected
    click(qtbot, page.editor.save_button)
    settle(qtbot, page)

    assert headlines(page) == ["Walk", "Looking back", "Night", "Coffee"]
    moved = page.entries.model.index(1)
    assert moved.data(DateRole) == expected
    assert JournalService(vault).search("last week")[0].entry_date == expected
    # A day in the future cannot be chosen.
    assert page.editor.date_edit.maximumDate() == QDate(*today_of(vault).timetuple()[:3])


def test_calendar_marks_days_and_picking_a_day_filters_the_list(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    claim_member(vault)
    seed(vault)
    page = make_page(vault)
    day = today_of(vault)
    write_entry(qtbot, page, "Today's words.", title="Today")

    click(qtbot, page.entries.calendar_button)
    settle(qtbot, page)
    assert page.entries.calendar.isVisible()
    mark = page.entries.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
    assert mark.fontUnderline() and mark.fontWeight() == QFont.Weight.Bold
    assert mark.toolTip()  # says how many entries, in words
    plain_day = day - timedelta(days=1)
    plain = page.entries.calendar.dateTextFormat(
        QDate(plain_day.year, plain_day.month, plain_day.day)
    )
    assert not plain.fontUnderline()
    description = page.entries.calendar.accessibleDescription()
    assert description.startswith("Days with entries in") and str(day.day) in description
    # The calendar opens on today: the list shows today's entry only.
    assert headlines(page) == ["Today"]
    assert page.entries.count_label.text().startswith("1 entry on ")

    # Two days back with the arrow keys is the walk.
    grid = page.entries.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert grid is not None
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    settle(qtbot, page)
    assert headlines(page) == []
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    settle(qtbot, page)
    assert headlines(page) == ["Walk"]
    # Back to the list: every entry again.
    click(qtbot, page.entries.list_button)
    settle(qtbot, page)
    assert not page.entries.calendar.isVisible()
    assert headlines(page) == ["Today", "Walk", "Night", "Coffee"]


# ----------------------------------------------------------------------------- editing
def test_switching_entries_asks_about_unsaved_changes(
    qtbot: QtBot, vault: Vault, make_page: MakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim_member(vault)
    seed(vault)
    page = make_page(vault)
    select_row(qtbot, page, 0)
    assert page.editor.title_edit.text() == "Walk"
    qtbot.keyClicks(page.editor.body_edit, " Then rain.")

    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    select_row(qtbot, page, 1)
    assert page.editor.title_edit.text() == "Walk"  # stayed, text kept
    assert page.entries.list_view.currentIndex().row() == 0
    assert page.editor.body_edit.toPlainText().endswith("Then rain.")

    answers.append(QMessageBox.StandardButton.Save)
    select_row(qtbot, page, 1)
    assert page.editor.title_edit.text() == "Night"
    assert JournalService(vault).search("then rain")[0].title == "Walk"

    qtbot.keyClicks(page.editor.body_edit, " Not kept.")
    answers.append(QMessageBox.StandardButton.Discard)
    click(qtbot, page.editor.new_button)
    settle(qtbot, page)
    assert page.editor.body_edit.toPlainText() == ""
    assert JournalService(vault).search("not kept") == []
    assert JournalService(vault).load_draft() is None


def test_delete_asks_first(
    qtbot: QtBot, vault: Vault, make_page: MakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim_member(vault)
    ids = seed(vault)
    page = make_page(vault)
    select_row(qtbot, page, 0)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    click(qtbot, page.editor.delete_button)
    settle(qtbot, page)
    assert "gone for good" in asked[0]
    assert headlines(page) == ["Walk", "Night", "Coffee"]
    click(qtbot, page.editor.delete_button)
    settle(qtbot, page)
    assert headlines(page) == ["Night", "Coffee"]
    assert page.editor.heading.text() == "New entry" and page.editor.title_edit.text() == ""
    assert ids["Walk"] not in {e.id for e in JournalService(vault).list_entries()}


# ----------------------------------------------------------------------------- copy
def test_the_editor_never_copies_or_cuts_to_the_clipboard(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    claim_member(vault)
    page = make_page(vault)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("what the clipboard held before")
    editor = page.editor
    qtbot.keyClicks(editor.title_edit, "secret title words")
    qtbot.keyClicks(editor.body_edit, "secret body words")

    for field in (editor.title_edit, editor.body_edit, editor.tags_edit):
        if field is editor.tags_edit:
            qtbot.keyClicks(field, "secret tag")
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        for key in (Qt.Key.Key_C, Qt.Key.Key_X):
            qtbot.keyClick(field, key, CTRL)
            assert clipboard.text() == "what the clipboard held before"
        qtbot.keyClick(field, Qt.Key.Key_Insert, CTRL)  # the other Copy binding
        qtbot.keyClick(field, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)  # Cut
        assert clipboard.text() == "what the clipboard held before"
        # The right-click menu offers no Copy and no Cut.
        menu = field.context_menu()  # type: ignore[attr-defined]
        labels = [a.text().replace("&", "") for a in menu.actions() if a.isEnabled()]
        assert not [label for label in labels if "Copy" in label or "Cut" in label], labels
        assert any("Paste" in a.text().replace("&", "") for a in menu.actions())
        menu.deleteLater()
    # Cut did not remove anything either.
    assert editor.title_edit.text() == "secret title words"
    assert editor.body_edit.toPlainText() == "secret body words"
    # Dragging a selection out carries no text.
    assert not editor.body_edit.createMimeDataFromSelection().hasText()

    # Pasting in still works.
    clipboard.setText(" and pasted words")
    editor.body_edit.moveCursor(editor.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_V, CTRL)
    assert editor.body_edit.toPlainText() == "secret body words and pasted words"


# ----------------------------------------------------------------------------- on this day
def test_on_this_day_is_off_until_the_member_turns_it_on(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    claim_member(vault)
    day = today_of(vault)
    JournalService(vault).add(
        JournalEntryInput(
            "A hard day a year ago.", title="Last year", entry_date=day.replace(year=day.year - 1)
        )
    )
    page = make_page(vault)
    assert not page.entries.on_this_day.isVisible()
    assert JournalService(vault).preferences() == JournalPreferences()

    click(qtbot, page.options_button)
    settle(qtbot, page)
    assert page.options.isVisible()
    assert not page.options.on_this_day_check.isChecked()
    click(qtbot, page.options.on_this_day_check)
    settle(qtbot, page)
    assert page.entries.on_this_day.isVisible()
    assert [entry.title for entry, _button in page.entries.on_this_day.buttons] == ["Last year"]
    assert JournalService(vault).preferences().show_on_this_day

    # Opening it from there shows the entry.
    page.options.hide()
    _entry, button = page.entries.on_this_day.buttons[0]
    click(qtbot, button)
    assert page.editor.title_edit.text() == "Last year"

    # The choice is remembered (sealed in the member's own settings).
    again = make_page(vault)
    assert again.entries.on_this_day.isVisible() and again.options.on_this_day_check.isChecked()
    click(qtbot, again.options_button)
    settle(qtbot, again)
    click(qtbot, again.options.on_this_day_check)
    settle(qtbot, again)
    assert not again.entries.on_this_day.isVisible()
    assert not JournalService(vault).preferences().show_on_this_day


# ----------------------------------------------------------------------------- drafts
def test_a_draft_autosaves_and_survives_a_crash(
    qtbot: QtBot, vault: Vault, vault_path: Path, clock: ManualClock, make_page: MakePage
) -> None:
    member = claim_member(vault)
    page = make_page(vault, add=False, autosave_delay_ms=60, autosave_max_ms=400)
    qtbot.keyClicks(page.editor.title_edit, "Half")
    qtbot.keyClicks(page.editor.body_edit, "typed before the power cut")
    assert page.editor.status_label.text() == "Not saved yet."
    qtbot.waitUntil(lambda: "sealed draft" in page.editor.status_label.text(), timeout=3000)
    draft = JournalService(vault).load_draft()
    assert draft is not None and draft.entry.body == "typed before the power cut"

    # The process dies: no lock, no checkpoint, no page tidy-up.
    destroy(page)
    vault.engine.dispose()
    reopened = Vault.open_existing(vault_path, clock=clock)
    try:
        reopened.unlock(member.handle, member.secret)
        after = make_page(reopened)
        assert after.right.currentWidget() is after.draft_card
        assert "You have an unfinished entry from" in after.draft_card.text.text()
        assert not after.entries.isEnabled()  # choose first, then browse
        assert "typed before" not in after.editor.body_edit.toPlainText()
        click(qtbot, after.draft_card.continue_button)
        settle(qtbot, after)
        assert after.right.currentWidget() is after.editor
        assert after.editor.title_edit.text() == "Half"
        assert after.editor.body_edit.toPlainText() == "typed before the power cut"
        assert after.editor.is_dirty()
        # Saving the entry discards the draft.
        click(qtbot, after.editor.save_button)
        settle(qtbot, after)
        journal = JournalService(reopened)
        assert journal.load_draft() is None
        assert [e.body for e in journal.list_entries()] == ["typed before the power cut"]
    finally:
        reopened.close()


def test_leaving_the_page_keeps_a_draft_and_it_can_be_discarded(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    member = claim_member(vault)
    ids = seed(vault)
    # Long intervals: only hiding the page (as the shell does before it locks) saves.
    page = make_page(vault, add=False, autosave_delay_ms=60_000, autosave_max_ms=60_000)
    select_row(qtbot, page, 0)
    qtbot.keyClicks(page.editor.body_edit, " And the heron.")
    assert JournalService(vault).load_draft() is None
    page.hide()
    qtbot.waitUntil(lambda: JournalService(vault).load_draft() is not None, timeout=3000)
    draft = JournalService(vault).load_draft()
    assert draft is not None and draft.editing_id == ids["Walk"]
    destroy(page)
    vault.lock()

    vault.unlock(member.handle, member.secret)
    after = make_page(vault)
    assert after.right.currentWidget() is after.draft_card
    click(qtbot, after.draft_card.discard_button)
    settle(qtbot, after)
    assert after.right.currentWidget() is after.editor and after.entries.isEnabled()
    assert JournalService(vault).load_draft() is None
    assert JournalService(vault).get(ids["Walk"]).body == "The river walk before breakfast."

    # Continuing a draft of an existing entry edits that entry.
    select_row(qtbot, after, 0)
    qtbot.keyClicks(after.editor.body_edit, " Heron again.")
    after.hide()
    qtbot.waitUntil(lambda: JournalService(vault).load_draft() is not None, timeout=3000)
    third = make_page(vault)
    click(qtbot, third.draft_card.continue_button)
    settle(qtbot, third)
    assert third.editor.entry_id == ids["Walk"]
    assert third.entries.list_view.currentIndex().row() == 0
    click(qtbot, third.editor.save_button)
    settle(qtbot, third)
    assert JournalService(vault).get(ids["Walk"]).body.endswith("Heron again.")
    assert len(JournalService(vault).list_entries()) == 3


def test_no_autosave_timer_fires_after_the_page_is_destroyed(
    qtbot: QtBot, vault: Vault, make_page: MakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim_member(vault)
    calls: list[str] = []
    original = JournalService.save_draft

    def counting(self, entry, editing_id=None):  # type: ignore[no-untyped-def]
        calls.append(entry.body)
        return original(self, entry, editing_id)

    monkeypatch.setattr(JournalService, "save_draft", counting)
    QGuiApplication.processEvents()
    before = QApplication.topLevelWidgets()
    page = make_page(vault, add=False, autosave_delay_ms=50, autosave_max_ms=100)
    qtbot.keyClicks(page.editor.body_edit, "typing when the app locks")
    idle = page.findChild(QTimer, "journalDraftIdleTimer")
    cap = page.findChild(QTimer, "journalDraftCapTimer")
    assert idle is not None and idle.isActive() and cap is not None and cap.isActive()
    destroy(page)
    qtbot.wait(300)
    assert calls == []
    # Nothing of the page is left behind as a stray window.
    assert [w for w in QApplication.topLevelWidgets() if not any(w is b for b in before)] == []
    assert JournalService(vault).load_draft() is None


# ----------------------------------------------------------------------------- prompts
def test_prompt_of_the_day_library_and_templates(
    qtbot: QtBot, vault: Vault, make_page: MakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim_member(vault)
    page = make_page(vault)
    prompt = PromptsService(vault).prompt_of_the_day().text
    assert page.prompt_panel.prompt_label.text() == prompt
    click(qtbot, page.prompt_panel.write_prompt_button)
    settle(qtbot, page)
    assert page.editor.prompt_frame.isVisible() and page.editor.prompt_label.text() == prompt
    qtbot.keyClicks(page.editor.body_edit, "My sister.")
    click(qtbot, page.editor.save_button)
    settle(qtbot, page)
    assert JournalService(vault).list_entries()[0].prompt == prompt

    # The library, by group.
    click(qtbot, page.prompt_panel.prompts_button)
    settle(qtbot, page)
    dialog = prompts_dialog(qtbot, page)
    assert dialog is not None and dialog.isVisible()
    assert_controls_named(dialog)
    coping = dialog.groups_list.findItems("Coping", Qt.MatchFlag.MatchExactly)[0]
    dialog.groups_list.setCurrentItem(coping)
    first = dialog.library_list.item(0)
    dialog.library_list.setCurrentItem(first)
    click(qtbot, dialog.write_button)
    assert not dialog.isVisible()
    assert page.editor.prompt_label.text() == first.text()
    click(qtbot, page.editor.remove_prompt_button)
    settle(qtbot, page)
    assert not page.editor.prompt_frame.isVisible()

    # A member's own template: make it, use it, delete it.
    click(qtbot, page.prompt_panel.prompts_button)
    settle(qtbot, page)
    dialog = prompts_dialog(qtbot, page)
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    assert dialog.templates_list.item(0).text() == "You have no templates yet."
    qtbot.keyClicks(dialog.template_name, "Evening")
    qtbot.keyClicks(dialog.template_body, "Best part:")
    click(qtbot, dialog.save_template_button)
    settle(qtbot, page)
    assert dialog.templates_list.item(0).text() == "Evening"
    assert dialog.templates_list.currentRow() == 0
    click(qtbot, dialog.use_button)
    assert page.editor.title_edit.text() == "Evening"
    assert page.editor.body_edit.toPlainText() == "Best part:"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    click(qtbot, page.prompt_panel.prompts_button)
    settle(qtbot, page)
    dialog = prompts_dialog(qtbot, page)
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    dialog.templates_list.setCurrentRow(0)
    monkeypatch.setattr(dialog, "confirm_delete_template", lambda _t: True)
    click(qtbot, dialog.delete_template_button)
    settle(qtbot, page)
    assert dialog.templates_list.item(0).text() == "You have no templates yet."
    assert PromptsService(vault).list_templates() == []


# ----------------------------------------------------------------------------- the shell
def test_members_open_on_their_journal_and_facilitators_reflect_before_their_account(
    vault: Vault, make_context: Callable[..., SessionContext]
) -> None:
    claim_member(vault)
    assert vault.principal is not None
    member_specs = page_specs(vault.principal)
    assert member_specs[0].key == "journal"
    page = member_specs[0].factory(make_context(vault))
    assert isinstance(page, JournalView)
    page.deleteLater()
    vault.unlock("robin", "lantern meadow pebble harbour")
    assert vault.principal is not None
    specs = page_specs(vault.principal)
    keys = [spec.key for spec in specs]
    assert keys.index("journal") == keys.index("account") - 1
    assert specs[keys.index("journal")].title == "My reflections"


def test_every_control_is_named(qtbot: QtBot, vault: Vault, make_page: MakePage) -> None:
    claim_member(vault)
    seed(vault)
    page = make_page(vault)
    assert_controls_named(page)
    click(qtbot, page.entries.filters_button)
    settle(qtbot, page)
    click(qtbot, page.entries.calendar_button)
    settle(qtbot, page)
    page.entries.filters.range_combo.setCurrentIndex(
        page.entries.filters.range_combo.findText("Between two dates…")
    )
    settle(qtbot, page)
    assert_controls_named(page)
    click(qtbot, page.options_button)
    settle(qtbot, page)
    assert_controls_named(page.options)


def test_the_list_model_is_a_well_behaved_qt_model(qtmodeltester, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    claim_member(vault)
    seed(vault)
    model = JournalListModel()
    model.set_entries(JournalService(vault).list_entries())
    qtmodeltester.check(model)
    assert model.row_of(model.index(2).data(Qt.ItemDataRole.UserRole + 1)) == 2


# ----------------------------------------------------------------------------- issue 8
def test_the_header_promises_only_what_is_true(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    """Copying out of the editor is blocked, but My account offers a readable export:
    the header says exactly that, for members and facilitators."""
    claim_member(vault)
    member_page = make_page(vault)
    vault.unlock("robin", "lantern meadow pebble harbour")
    facilitator_page = make_page(vault)
    for page in (member_page, facilitator_page):
        promise = page.subtitle.text()
        assert page.subtitle.isVisible()
        assert "can be copied out" not in promise
        assert "Copying from the editor is blocked" in promise
        assert "clipboard" in promise
        assert "export" in promise and "My account" in promise


def test_the_feelings_suggestions_leave_the_tags_field_visible(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    claim_member(vault)
    page = make_page(vault)
    editor = page.editor
    editor.feelings_edit.setFocus()
    qtbot.keyClicks(editor.feelings_edit, "t")  # "tired" is among the starter words
    popup = editor.feelings_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)

    def on_screen(widget: QWidget) -> QRect:
        return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())

    assert popup.model().rowCount() > 0
    assert not on_screen(popup).intersects(on_screen(editor.tags_edit))
    # The Tags field stays on screen, uncovered, and can be typed into while it is open.
    assert editor.tags_edit.isVisible() and not editor.tags_edit.visibleRegion().isEmpty()
    click_at = on_screen(editor.tags_edit).center()
    assert not on_screen(popup).contains(click_at)


def test_opening_and_searching_decrypt_off_the_gui_thread(
    qtbot: QtBot, vault: Vault, make_page: MakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal of thousands of entries must not freeze the window: the page opens
    and searches through query operations on the worker thread."""
    claim_member(vault)
    seed(vault)
    threads: list[str] = []
    original = JournalService.list_entries

    def recording(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    prepared: list[str] = []
    original_prepare = JournalService.prepare_search

    def recording_prepare(self):  # type: ignore[no-untyped-def]
        prepared.append(threading.current_thread().name)
        return original_prepare(self)

    monkeypatch.setattr(JournalService, "list_entries", recording)
    monkeypatch.setattr(JournalService, "prepare_search", recording_prepare)
    page = make_page(vault)
    assert headlines(page) == ["Walk", "Night", "Coffee"]
    assert prepared == []  # opening never waits for the search part (issue 15) ...
    qtbot.keyClicks(page.entries.search_edit, "coffee")
    settle(qtbot, page)
    assert headlines(page) == ["Coffee"]
    assert threads  # the list was read ...
    assert threading.main_thread().name not in threads  # ... never on the GUI thread
    assert len(prepared) == 1  # ... the first keystroke reads it, once, on the worker
    assert threading.main_thread().name not in prepared


def test_an_answer_to_a_withdrawn_group_prompt_keeps_the_words(vault: Vault) -> None:
    """The save action's fallback: a group prompt withdrawn while the person was writing
    does not cost them their words; the answer is kept as an ordinary entry."""
    claim_member(vault)
    journal = JournalService(vault)
    entry = JournalEntryInput("Still worth keeping.", prompt="A prompt that was withdrawn")
    saved = save_entry(journal, PromptsService(vault, journal), None, "withdrawn-id", entry)
    assert [(e.id, e.body, e.prompt) for e in journal.list_entries()] == [
        (saved.id, "Still worth keeping.", "A prompt that was withdrawn")
    ]


def test_a_long_journal_scrolls_in_pages(qtbot: QtBot, vault: Vault, make_page: MakePage) -> None:
    """The list shows the newest page at once and reads more as the person scrolls."""
    from safespace_desktop.ui.journal.queries import PAGE_SIZE

    claim_member(vault)
    day = today_of(vault)
    count = PAGE_SIZE * 2 + 37
    JournalService(vault).add_many(
        [
            JournalEntryInput(f"Entry number {n}", entry_date=day - timedelta(days=n))
            for n in range(count)
        ]
    )
    page = make_page(vault)
    view, model = page.entries.list_view, page.entries.model
    assert model.rowCount() == PAGE_SIZE
    assert str(count) in page.entries.count_label.text()  # the count is of them all
    assert model.entry_at(0).body == "Entry number 0"  # type: ignore[union-attr]
    for expected in (PAGE_SIZE * 2, count):
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_End)  # to the end, as a person would
        qtbot.waitUntil(lambda expected=expected: model.rowCount() == expected, timeout=5000)
    assert model.entry_at(count - 1).body == f"Entry number {count - 1}"  # type: ignore[union-attr]
    assert len({model.entry_at(r).id for r in range(count)}) == count  # type: ignore[union-attr]
