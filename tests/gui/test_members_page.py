"""The facilitator's Members page, driven the way a person would use it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from safespace_desktop.core.model import MemberDraft, Role
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.members.table_model import (
    COL_JOURNAL,
    COL_NAME,
    COL_PRONOUNS,
    COL_STATUS,
    IdRole,
    MemberFilterProxy,
    MemberTableModel,
    ObjectRole,
    SortRole,
)
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from tests.conftest import MEMBER_PASS
from tests.gui.roster_gui import click, open_members_page, session_context, settle

pytestmark = pytest.mark.gui


# ---------------------------------------------------------------------------- helpers
@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


@pytest.fixture
def status_messages(context: SessionContext) -> list[str]:
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    return messages


class Questions:
    """Stands in for QMessageBox.question: records each title, returns ``answer``."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

    def __call__(self, _parent, title, _text, *_args, **_kwargs):
        self.titles.append(title)
        return self.answer


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    fake = Questions()
    monkeypatch.setattr(QMessageBox, "question", fake)
    return fake


def seed(vault: Vault, *people: tuple[str, str, str]) -> list[str]:
    service = MembersService(vault)
    return [service.add_member(MemberDraft(*person)).id for person in people]


def open_page(qtbot, context: SessionContext) -> MembersView:
    return open_members_page(qtbot, context, 1100, 700)


def shown_names(page: MembersView) -> list[str]:
    return [
        page.controller.proxy.index(r, COL_NAME).data()
        for r in range(page.controller.proxy.rowCount())
    ]


def shown_row(page: MembersView, row: int) -> list[str]:
    return [
        page.controller.proxy.index(row, c).data()
        for c in range(page.controller.proxy.columnCount())
    ]


def click_row(qtbot, page: MembersView, row: int) -> None:
    rect = page.list.table.visualRect(page.controller.proxy.index(row, COL_NAME))
    qtbot.mouseClick(page.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def row_of_note(page: MembersView, note: str) -> int:
    for row in range(page.controller.proxy.rowCount()):
        if page.controller.proxy.member_at(row).note == note:  # type: ignore[union-attr]
            return row
    raise AssertionError(f"no row with note {note!r}")


def replace_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


# ---------------------------------------------------------------------------- the page
def test_nav_title_and_friendly_empty_state(qtbot, context):
    page = open_page(qtbot, context)
    assert page.nav_title() == "Members"
    assert page.detail.currentWidget() is page.detail.empty_state
    labels = " ".join(
        label.text() for label in page.detail.empty_state.findChildren(type(page.list.count_label))
    )
    assert "No one on the roster yet" in labels
    click(qtbot, page.detail.first_member_button)
    assert page.detail.currentWidget() is page.detail.member_page
    assert page.member.pane_title.text() == "New member"
    assert page.form.name_edit.hasFocus()


def test_add_a_member_by_typing_and_saving(qtbot, context, vault, status_messages):
    page = open_page(qtbot, context)
    click(qtbot, page.list.add_button)
    qtbot.keyClicks(page.form.name_edit, "Sam")
    qtbot.keyClicks(page.form.pronouns_combo.lineEdit(), "xe/xem")
    qtbot.keyClicks(page.form.note_edit, "Likes the window seat")
    assert page.controller.has_unsaved_changes()
    click(qtbot, page.member.save_button)

    assert shown_names(page) == ["Sam"]
    assert shown_row(page, 0) == ["Sam", "xe/xem", "Active", "Not invited"]
    stored = MembersService(vault).list_members()
    assert [(m.name, m.pronouns, m.note) for m in stored] == [
        ("Sam", "xe/xem", "Likes the window seat")
    ]
    assert page.controller.current_member() is not None
    assert page.controller.current_member().id == stored[0].id
    assert page.member.pane_title.text() == "Sam"
    assert not page.controller.has_unsaved_changes()
    assert status_messages == ["Added to the roster."]
    # The new row is the selected one.
    assert page.list.table.selectionModel().selectedRows()[0].row() == 0


def test_pronoun_choices_are_offered_and_free_text_allowed(qtbot, context, vault):
    page = open_page(qtbot, context)
    choices = [
        page.form.pronouns_combo.itemText(i) for i in range(page.form.pronouns_combo.count())
    ]
    assert choices == ["she/her", "he/him", "they/them"]
    click(qtbot, page.list.add_button)
    qtbot.keyClicks(page.form.name_edit, "Rae")
    page.form.pronouns_combo.setFocus()
    page.form.pronouns_combo.setCurrentIndex(2)
    click(qtbot, page.member.save_button)
    assert MembersService(vault).list_members()[0].pronouns == "they/them"


def test_edit_a_member_updates_the_row_in_place(qtbot, context, vault, status_messages):
    seed(vault, ("Bea", "she/her", ""), ("Chidi", "he/him", "Brings tea"))
    page = open_page(qtbot, context)
    assert shown_names(page) == ["Bea", "Chidi"]
    resets: list[bool] = []
    page.controller.model.modelReset.connect(lambda: resets.append(True))

    click_row(qtbot, page, 1)
    assert page.form.name_edit.text() == "Chidi"
    assert page.form.note_edit.toPlainText() == "Brings tea"
    replace_text(qtbot, page.form.name_edit, "Chidi O.")
    replace_text(qtbot, page.form.note_edit, "Brings tea and biscuits")
    click(qtbot, page.member.save_button)

    assert shown_names(page) == ["Bea", "Chidi O."]
    assert resets == []  # dataChanged, not a reset
    stored = {m.name: m for m in MembersService(vault).list_members()}
    assert stored["Chidi O."].note == "Brings tea and biscuits"
    assert "Chidi" not in stored
    assert status_messages[-1] == "Changes saved."
    assert page.member.pane_title.text() == "Chidi O."


def test_discard_changes_button_restores_saved_values(qtbot, context, vault):
    seed(vault, ("Bea", "she/her", "Quiet"))
    page = open_page(qtbot, context)
    assert not page.member.discard_button.isEnabled()
    qtbot.keyClicks(page.form.note_edit, " today")
    assert page.member.discard_button.isEnabled()
    click(qtbot, page.member.discard_button)
    assert page.form.note_edit.toPlainText() == "Quiet"
    assert not page.controller.has_unsaved_changes()
    assert MembersService(vault).list_members()[0].note == "Quiet"


def test_search_as_you_type_tells_two_alexes_apart(qtbot, context, vault):
    seed(
        vault,
        ("Alex", "they/them", "Works at the bakery"),
        ("Alex", "he/him", "Grows tomatoes"),
        ("Bea", "she/her", ""),
    )
    page = open_page(qtbot, context)
    assert len(shown_names(page)) == 3

    qtbot.keyClicks(page.list.search_edit, "ALEX")
    # Two people with the same name are shown with what tells them apart.
    assert shown_names(page) == [
        "Alex (he/him, joined Jan 2027)",
        "Alex (they/them, joined Jan 2027)",
    ]
    page.list.search_edit.clear()
    qtbot.keyClicks(page.list.search_edit, "bak")
    assert shown_names(page) == ["Alex (they/them, joined Jan 2027)"]
    assert shown_row(page, 0)[COL_PRONOUNS] == "they/them"
    page.list.search_edit.clear()
    qtbot.keyClicks(page.list.search_edit, "He/HIM")
    assert shown_row(page, 0)[COL_PRONOUNS] == "he/him"
    assert len(shown_names(page)) == 1
    page.list.search_edit.clear()
    qtbot.keyClicks(page.list.search_edit, "nobody here")
    assert shown_names(page) == []
    assert page.list.count_label.text() == "No one matches this search."
    page.list.search_edit.clear()
    assert len(shown_names(page)) == 3


def test_archive_hides_until_show_archived_and_restore_brings_back(
    qtbot, context, vault, questions
):
    ids = seed(vault, ("Bea", "she/her", ""), ("Kit", "they/them", ""))
    page = open_page(qtbot, context)
    click_row(qtbot, page, 1)
    assert page.form.name_edit.text() == "Kit"
    assert page.member.leaving.archive_button.text() == "Arc&hive"

    # Saying no changes nothing.
    questions.answer = QMessageBox.StandardButton.Cancel
    click(qtbot, page.member.leaving.archive_button)
    assert questions.titles == ["Archive this member?"]
    assert not MembersService(vault).get(ids[1]).archived
    assert shown_names(page) == ["Bea", "Kit"]

    questions.answer = QMessageBox.StandardButton.Yes
    click(qtbot, page.member.leaving.archive_button)
    assert MembersService(vault).get(ids[1]).archived
    assert shown_names(page) == ["Bea"]
    assert "1 archived not shown" in page.list.count_label.text()
    # The pane no longer shows Kit, who left the list; the step can be undone at once.
    assert page.detail.currentWidget() is page.detail.nothing_selected
    assert page.controller.current_member() is None
    assert page.undo_bar.message() == "Kit is archived. Nothing was deleted."

    click(qtbot, page.list.show_archived_check)
    assert page.list.show_archived_check.isChecked()
    assert shown_names(page) == ["Bea", "Kit"]
    assert shown_row(page, 1)[COL_STATUS] == "Left"
    click_row(qtbot, page, 1)
    assert page.member.leaving.archive_button.text() == "&Restore"
    assert "Archived" in page.member.pane_status.text()
    assert not page.member.journal.invite_button.isEnabled()

    click(qtbot, page.member.leaving.archive_button)  # Restore: no question
    assert len(questions.titles) == 2
    assert not MembersService(vault).get(ids[1]).archived
    assert shown_row(page, 1)[COL_STATUS] == "Active"
    assert page.member.leaving.archive_button.text() == "Arc&hive"
    click(qtbot, page.list.show_archived_check)
    assert shown_names(page) == ["Bea", "Kit"]


def test_empty_name_shows_inline_error_and_saves_nothing(qtbot, context, vault):
    page = open_page(qtbot, context)
    click(qtbot, page.list.add_button)
    qtbot.keyClicks(page.form.name_edit, "   ")
    qtbot.keyClicks(page.form.note_edit, "A note without a name")
    click(qtbot, page.member.save_button)

    assert page.form.name_error.isVisibleTo(page)
    assert "Please enter an alias or first name." in page.form.name_error.text()
    assert page.form.name_edit.accessibleDescription() == "Please enter an alias or first name."
    assert page.form.name_edit.hasFocus()
    assert MembersService(vault).list_members() == []
    assert shown_names(page) == []
    assert page.form.note_edit.toPlainText() == "A note without a name"  # nothing typed is lost

    qtbot.keyClicks(page.form.name_edit, "Jo")
    assert not page.form.name_error.isVisibleTo(page)


def test_switching_with_unsaved_edits_asks_first(qtbot, context, vault, questions):
    seed(vault, ("Bea", "she/her", ""), ("Chidi", "he/him", ""))
    page = open_page(qtbot, context)
    assert page.form.name_edit.text() == "Bea"
    qtbot.keyClicks(page.form.note_edit, "Half-written thought")

    questions.answer = QMessageBox.StandardButton.Cancel
    click_row(qtbot, page, 1)
    assert questions.titles == ["Discard changes?"]
    assert page.form.name_edit.text() == "Bea"
    assert page.form.note_edit.toPlainText() == "Half-written thought"
    assert page.list.table.selectionModel().selectedRows()[0].row() == 0

    questions.answer = QMessageBox.StandardButton.Discard
    click_row(qtbot, page, 1)
    assert page.form.name_edit.text() == "Chidi"
    assert page.form.note_edit.toPlainText() == ""
    assert MembersService(vault).list_members()[0].note == ""


def test_add_member_with_unsaved_edits_asks_first(qtbot, context, vault, questions):
    seed(vault, ("Bea", "she/her", ""))
    page = open_page(qtbot, context)
    qtbot.keyClicks(page.form.note_edit, "Draft")
    questions.answer = QMessageBox.StandardButton.Cancel
    click(qtbot, page.list.add_button)
    assert page.member.pane_title.text() == "Bea"
    questions.answer = QMessageBox.StandardButton.Discard
    click(qtbot, page.list.add_button)
    assert page.member.pane_title.text() == "New member"
    assert page.form.name_edit.text() == ""


def test_keyboard_down_arrow_moves_the_detail_pane(qtbot, context, vault):
    seed(vault, ("Bea", "she/her", ""), ("Chidi", "he/him", ""), ("Dana", "she/they", ""))
    page = open_page(qtbot, context)
    page.list.table.setFocus()
    assert page.form.name_edit.text() == "Bea"
    qtbot.keyClick(page.list.table, Qt.Key.Key_Down)
    assert page.form.name_edit.text() == "Chidi"
    qtbot.keyClick(page.list.table, Qt.Key.Key_Down)
    assert page.form.name_edit.text() == "Dana"
    assert page.form.pronouns_combo.currentText() == "she/they"
    qtbot.keyClick(page.list.table, Qt.Key.Key_Up)
    assert page.form.name_edit.text() == "Chidi"
    # Enter goes from the list to the form.
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.form.name_edit.hasFocus()


def test_shortcuts_focus_search_and_start_a_new_member(qtbot, context, vault):
    seed(vault, ("Bea", "she/her", ""))
    page = open_page(qtbot, context)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.list.search_edit.hasFocus()
    qtbot.keyClick(page.list.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.member.pane_title.text() == "New member"
    assert page.form.name_edit.hasFocus()
    qtbot.keyClicks(page.form.name_edit, "Eli")
    qtbot.keyClick(page.form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert sorted(m.name for m in MembersService(vault).list_members()) == ["Bea", "Eli"]


def test_every_button_has_words(qtbot, context, vault):
    page = open_page(qtbot, context)
    page.list.search_edit.setText("x")  # shows the line edit's clear button

    def check() -> None:
        buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
        assert buttons
        nameless = [
            b.metaObject().className() for b in buttons if not (b.text() or b.accessibleName())
        ]
        assert nameless == []

    check()  # empty roster
    click(qtbot, page.list.add_button)
    check()  # form for a new member
    qtbot.keyClicks(page.form.name_edit, "Bea")
    click(qtbot, page.member.save_button)
    check()  # form for a saved member
    for widget in (
        page.list.search_edit,
        page.list.table,
        page.form.name_edit,
        page.form.pronouns_combo,
        page.form.note_edit,
    ):
        assert widget.accessibleName()


def test_mnemonics_are_unique_and_labels_have_buddies(qtbot, context, vault):
    seed(vault, ("Bea", "", ""))
    page = open_page(qtbot, context)
    letters: list[str] = []
    for widget in page.findChildren(QWidget):
        text = getattr(widget, "text", None)
        if not widget.isVisibleTo(page) or not callable(text):
            continue
        value = text()
        if isinstance(value, str) and "&" in value.replace("&&", ""):
            letters.append(value[value.index("&") + 1].lower())
            if isinstance(widget, QLabel):
                assert widget.buddy() is not None, value
    assert len(letters) == len(set(letters)), letters
    assert {"e", "w", "d", "a", "p", "o", "s", "h", "i"} <= set(letters)


def test_reload_picks_up_outside_changes_and_keeps_unsaved_edits(qtbot, context, vault):
    seed(vault, ("Bea", "", ""))
    page = open_page(qtbot, context)
    qtbot.keyClicks(page.form.note_edit, "Typing, not saved")
    MembersService(vault).add_member(MemberDraft("Chidi"))
    page.controller.load()
    settle(qtbot)
    assert shown_names(page) == ["Bea", "Chidi"]
    assert page.form.name_edit.text() == "Bea"
    assert page.form.note_edit.toPlainText() == "Typing, not saved"
    assert page.controller.has_unsaved_changes()


def test_invite_to_keep_a_journal_gives_a_code_that_works(qtbot, context, vault):
    (sam_id,) = seed(vault, ("Sam", "they/them", ""))
    page = open_page(qtbot, context)
    assert page.member.journal.invite_button.isEnabled()
    click(qtbot, page.member.journal.invite_button)
    qtbot.waitUntil(
        lambda: page.dialog("invitation") is not None and page.dialog("invitation").isVisible()
    )

    dialog = page.dialog("invitation")
    assert dialog is not None
    code = dialog.code_label.text()
    assert code == dialog.code
    assert "Give this code to Sam." in dialog.instructions.text()
    assert "You will never see or set their passphrase." in dialog.instructions.text()
    assert dialog.code_label.font().fixedPitch() or dialog.code_label.font().styleHint()
    # The roster now remembers the journal slot and the button is disabled.
    assert MembersService(vault).get(sam_id).has_journal_account
    assert not page.member.journal.invite_button.isEnabled()
    assert shown_row(page, 0)[COL_JOURNAL] == "Invited"

    with qtbot.waitSignal(context.signals.hand_over_to_member) as handed:
        click(qtbot, dialog.hand_over_button)
    assert handed.args == [code]
    qtbot.waitUntil(lambda: page.dialog("invitation") is None)

    # The member claims it (this locks the facilitator, so it comes last).
    account = vault.claim_invitation(code, "sam-journal", MEMBER_PASS, exact_handle=True)
    assert account.principal.role is Role.MEMBER


def test_invitation_dialog_done_closes_without_handing_over(qtbot, context, vault):
    seed(vault, ("Sam", "", ""))
    page = open_page(qtbot, context)
    handed: list[str] = []
    context.signals.hand_over_to_member.connect(handed.append)
    click(qtbot, page.member.journal.invite_button)
    qtbot.waitUntil(
        lambda: page.dialog("invitation") is not None and page.dialog("invitation").isVisible()
    )
    click(qtbot, page.dialog("invitation").done_button)
    qtbot.waitUntil(lambda: page.dialog("invitation") is None)
    assert handed == []


def test_invite_failure_is_reported_kindly(qtbot, context, vault, monkeypatch):
    (sam_id,) = seed(vault, ("Sam", "", ""))
    page = open_page(qtbot, context)

    def broken_invite():
        raise OSError("zq-internal-detail")

    monkeypatch.setattr(vault, "invite_member", broken_invite)
    click(qtbot, page.member.journal.invite_button)
    qtbot.waitUntil(lambda: page.member.form_error.isVisibleTo(page))
    assert "could not save" in page.member.form_error.text()
    assert "zq-internal-detail" not in page.member.form_error.text()
    assert page.member.journal.invite_button.isEnabled()
    assert page.dialog("invitation") is None
    assert not MembersService(vault).get(sam_id).has_journal_account


def test_large_roster_loads_and_filters(qtbot, context, vault):
    service = MembersService(vault)
    ids = [
        service.add_member(MemberDraft(f"Person {i:04d}", "they/them" if i % 3 else "", f"n{i}")).id
        for i in range(1000)
    ]
    for member_id in ids[:50]:
        service.archive(member_id)
    page = open_page(qtbot, context)
    assert page.controller.model.rowCount() == 1000
    assert page.controller.proxy.rowCount() == 950
    assert shown_names(page)[:2] == ["Person 0050", "Person 0051"]
    qtbot.keyClicks(page.list.search_edit, "person 09")
    assert len(shown_names(page)) == 100
    assert all(name.startswith("Person 09") for name in shown_names(page))
    click(qtbot, page.list.show_archived_check)
    page.list.search_edit.clear()
    qtbot.keyClicks(page.list.search_edit, "Person 001")
    assert len(shown_names(page)) == 10  # 0010–0019, all archived but now shown
    assert {shown_row(page, r)[COL_STATUS] for r in range(10)} == {"Left"}


# ---------------------------------------------------------------------------- the model
def test_member_table_model_passes_qt_model_tester(qtmodeltester, vault):
    ids = seed(vault, ("Bea", "she/her", ""), ("alex", "", "bakery"), ("Chidi", "he/him", ""))
    service = MembersService(vault)
    model = MemberTableModel()
    model.set_members(service.list_members())
    qtmodeltester.check(model)
    proxy = MemberFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    # Roles and columns.
    row = model.row_of(ids[1])
    assert row is not None
    assert model.index(row, COL_NAME).data(IdRole) == ids[1]
    assert model.index(row, COL_NAME).data(ObjectRole).note == "bakery"
    assert model.index(row, COL_NAME).data(SortRole) == "alex"
    assert model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "Status"
    assert model.member_at(row).name == "alex"

    # Case-insensitive name sort, archived hidden until asked.
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["alex", "Bea", "Chidi"]
    archived = service.archive(ids[0])
    model.replace_member(archived)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["alex", "Chidi"]
    assert model.index(model.row_of(ids[0]), COL_STATUS).data() == "Left"
    proxy.set_show_archived(True)
    assert proxy.rowCount() == 3
    proxy.set_query("BAK")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["alex"]
    proxy.set_query("")

    # Inserts go through beginInsertRows, and the tester watches them.
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    added = service.add_member(MemberDraft("Dana"))
    model.add_member(added)
    assert inserted == [(3, 3)]
    assert model.row_of(added.id) == 3
    model.set_members(service.list_members())
    assert model.rowCount() == 4


def test_damaged_text_in_the_name_is_refused_at_the_field(qtbot, context, vault, monkeypatch):
    """Issue 17: a damaged paste (a lone surrogate) is shown at the field, never a crash."""
    page = open_page(qtbot, context)
    form = page.form
    qtbot.mouseClick(page.list.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name_edit, "Sam")
    qtbot.keyClicks(form.note_edit, "Met at the library")
    # PySide6 drops a lone surrogate on the way from Python into a QLineEdit, so the
    # damaged text another program pasted is simulated where the form reads the field.
    monkeypatch.setattr(form.name_edit, "text", lambda: "Sam \ud800")
    qtbot.mouseClick(page.member.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    qtbot.waitUntil(lambda: form.name_error.isVisibleTo(page))
    assert "Part of this text is damaged" in form.name_error.text()
    assert MembersService(vault).list_members() == []
    assert form.note_edit.toPlainText() == "Met at the library"  # nothing typed is lost


# ---------------------------------------------------------------------------- issue 8
def test_journal_column_tells_invited_from_claimed(qtbot, context, vault):
    """Once a member used their code the roster says so (it used to stay "Invited")."""
    from safespace_desktop.services.enrolment import EnrolmentService
    from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS

    sam_id, kit_id = seed(vault, ("Sam", "", ""), ("Kit", "", ""))
    enrolment = EnrolmentService(vault)
    sam_code = enrolment.invite_journal(sam_id).code
    enrolment.invite_journal(kit_id)
    vault.claim_invitation(sam_code, "sam-journal", MEMBER_PASS)
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)

    with session_context(vault) as fresh:
        page = open_page(qtbot, fresh)
        journal = {shown_row(page, r)[0]: shown_row(page, r)[COL_JOURNAL] for r in range(2)}
        assert journal == {"Kit": "Invited", "Sam": "Has a journal"}
        click_row(qtbot, page, 1)  # Sam
        section = page.member.journal
        assert "They keep a private journal" in section.journal_text.text()
        for button in (section.invite_button, section.withdraw_button, section.reissue_button):
            assert not button.isVisibleTo(page)


def test_an_open_invitation_can_be_withdrawn(qtbot, context, vault):
    from safespace_desktop.core.errors import InvitationInvalid
    from safespace_desktop.services.enrolment import EnrolmentService
    from tests.gui.roster_gui import BoxAnswer

    (kit_id,) = seed(vault, ("Kit", "", ""))
    code = EnrolmentService(vault).invite_journal(kit_id).code
    page = open_page(qtbot, context)
    section = page.member.journal
    assert "An invitation is open" in section.journal_text.text()
    assert not section.invite_button.isVisibleTo(page)
    assert section.withdraw_button.isVisibleTo(page) and section.reissue_button.isVisibleTo(page)

    answer = BoxAnswer("Withdraw")
    click(qtbot, section.withdraw_button)
    assert answer.clicked, answer.problem
    assert answer.seen[0][0] == "Withdraw the invitation?"
    assert shown_row(page, 0)[COL_JOURNAL] == "Not invited"
    assert section.invite_button.isVisibleTo(page) and section.invite_button.isEnabled()
    assert not section.withdraw_button.isVisibleTo(page)
    with pytest.raises(InvitationInvalid):
        vault.claim_invitation(code, "kit", MEMBER_PASS)


def test_a_lost_code_is_replaced_by_a_new_one(qtbot, context, vault):
    from safespace_desktop.core.errors import InvitationInvalid
    from tests.gui.roster_gui import BoxAnswer

    (kit_id,) = seed(vault, ("Kit", "", ""))
    page = open_page(qtbot, context)
    click(qtbot, page.member.journal.invite_button)
    first = page.dialog("invitation")
    assert first is not None
    old_code = first.code
    click(qtbot, first.done_button)
    assert page.dialog("invitation") is None
    assert shown_row(page, 0)[COL_JOURNAL] == "Invited"

    answer = BoxAnswer("Give a new code")
    click(qtbot, page.member.journal.reissue_button)
    assert answer.clicked, answer.problem
    dialog = page.dialog("invitation")
    assert dialog is not None and dialog.isVisible()
    assert dialog.code != old_code
    assert "Give this code to Kit." in dialog.instructions.text()
    new_code = dialog.code
    click(qtbot, dialog.done_button)
    stored = MembersService(vault).get(kit_id)
    assert stored.has_journal_account and shown_row(page, 0)[COL_JOURNAL] == "Invited"
    with pytest.raises(InvitationInvalid):
        vault.claim_invitation(old_code, "kit", MEMBER_PASS)
    account = vault.claim_invitation(new_code, "kit", MEMBER_PASS)
    assert account.principal.slot_id == stored.journal_slot_id


def test_the_pane_never_shows_someone_the_search_hides(qtbot, context, vault):
    seed(vault, ("Bea", "", ""), ("Chidi", "", ""))
    page = open_page(qtbot, context)
    assert page.member.pane_title.text() == "Bea"
    qtbot.keyClicks(page.list.search_edit, "chi")
    assert shown_names(page) == ["Chidi"]
    assert page.detail.currentWidget() is page.detail.nothing_selected
    assert page.controller.current_member() is None
    page.list.search_edit.clear()
    click_row(qtbot, page, 0)
    assert page.member.pane_title.text() == "Bea"
    # Unsaved typing is never thrown away: the form stays while the search hides them.
    qtbot.keyClicks(page.form.note_edit, "Typing")
    qtbot.keyClicks(page.list.search_edit, "chi")
    assert page.detail.currentWidget() is page.detail.member_page
    assert page.form.note_edit.toPlainText() == "Typing"
    assert page.list.table.selectionModel().selectedRows() == []


def test_messages_under_fields_do_not_move_the_fields(qtbot, context, vault):
    seed(vault, ("Bea", "", ""))
    page = open_page(qtbot, context)
    click(qtbot, page.list.add_button)
    form = page.form

    def places() -> list[int]:
        widgets = (form.pronouns_combo, form.role_combo, form.status_combo, form.note_edit)
        return [w.mapTo(form, w.rect().topLeft()).y() for w in widgets]

    before = places()
    # Reaching the name's length limit says so under the field, in its reserved line.
    form.name_edit.setFocus()
    form.name_edit.setText("x" * (form.name_edit.maxLength() - 1))
    qtbot.keyClicks(form.name_edit, "yz")
    assert form.name_edit.text().endswith("y")  # the z did not fit
    assert form.name_limit.isVisibleTo(page)
    assert "characters" in form.name_limit.text()
    assert places() == before
    # An error after Save takes the same place.
    replace_text(qtbot, form.name_edit, " ")
    assert not form.name_limit.isVisibleTo(page)
    click(qtbot, page.member.save_button)
    assert form.name_error.isVisibleTo(page)
    assert places() == before
    # Errors under the other fields have their own reserved lines as well.
    page.show_field_error("pronouns", "Please keep pronouns short.")
    assert form.pronouns_error.isVisibleTo(page)
    assert places() == before


def test_the_form_fits_the_pane_at_the_default_window_size(qtbot, context, vault):
    """Nothing is clipped on the right, and an error's words are all visible."""
    from safespace_desktop.ui.shell.main_window import MainWindow
    from safespace_desktop.ui.shell.workspace import Workspace

    seed(vault, ("Bea", "", ""))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(window.sizeHint())
    workspace = Workspace(context, "Riverside Circle")
    window.set_screen(workspace)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    page = workspace.show_page("members")  # Home is first (issue 9)
    settle(qtbot)
    scroll = page.member.form_scroll
    content = scroll.widget()
    assert content.minimumSizeHint().width() <= scroll.viewport().width()
    for widget in (page.form.note_edit, page.form.message_combo, page.form.since_edit):
        right = widget.mapTo(content, widget.rect().topRight()).x()
        assert right <= scroll.viewport().width(), widget.objectName()
    replace_text(qtbot, page.form.name_edit, " ")
    click(qtbot, page.member.save_button)
    error = page.form.name_error
    assert error.isVisibleTo(page)
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))
    assert error.width() <= scroll.viewport().width()
