"""The roster's detail pane: role, status with dates and Undo, access needs, contact details
that exist only under consent, and the consent log with Give and Withdraw."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.consent import ConsentEnd, ConsentMethod, ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import (
    AccessNeed,
    ContactDetails,
    GroupRole,
    MemberStatus,
    today_from,
)
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.members.consent_model import COL_ENDED, COL_GIVEN, COL_PURPOSE
from safespace_desktop.ui.members.table_model import COL_NAME, COL_STATUS
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.wording.dates import format_date
from tests.gui.roster_gui import (
    BoxAnswer,
    choose,
    click,
    open_members_page,
    session_context,
    settle,
    unnamed_buttons,
)

pytestmark = pytest.mark.gui

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS
PAIRING = ConsentPurpose.CHECKIN_PAIRING
DAY = 86400


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


def select(qtbot, page: MembersView, member_id: str) -> None:
    row = page.controller.proxy.proxy_row_of(member_id)
    assert row is not None
    rect = page.list.table.visualRect(page.controller.proxy.index(row, COL_NAME))
    qtbot.mouseClick(page.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (
        page.controller.current_member() is not None
        and page.controller.current_member().id == member_id
    )


def log_rows(page: MembersView) -> list[list[str]]:
    model = page.member.consent.consent_model
    return [
        [model.index(r, c).data() for c in (COL_PURPOSE, COL_GIVEN, COL_ENDED)]
        for r in range(model.rowCount())
    ]


def record_consent(qtbot, page: MembersView, purpose: ConsentPurpose, *, on_paper=False) -> None:
    click(qtbot, page.member.consent.consent_buttons[purpose])
    qtbot.waitUntil(
        lambda: page.dialog("consent") is not None and page.dialog("consent").isVisible()
    )
    dialog = page.dialog("consent")
    assert dialog is not None
    if on_paper:
        click(qtbot, dialog.on_paper_radio)
    click(qtbot, dialog.record_button)
    qtbot.waitUntil(lambda: page.dialog("consent") is None)


def test_detail_pane_edits_role_access_needs_and_note(qtbot, context, vault):
    (bea,) = [MembersService(vault).add_member(MemberDraft("Bea", "she/her"))]
    page = open_members_page(qtbot, context)
    assert page.member.pane_title.text() == "Bea"
    assert page.form.role_combo.currentText() == "Member"
    assert "Active member of the group" in page.member.pane_status.text()

    choose(qtbot, page.form.role_combo, "Co-facilitator")
    click(qtbot, page.form.access_checks[AccessNeed.LARGE_PRINT])
    click(qtbot, page.form.access_checks[AccessNeed.HEARING_LOOP])
    qtbot.keyClicks(page.form.access_note_edit, "Needs a chair with arms")
    qtbot.keyClicks(page.form.note_edit, "Brings the biscuits")
    assert page.controller.has_unsaved_changes()
    click(qtbot, page.member.save_button)

    stored = MembersService(vault).get(bea.id)
    assert stored.role is GroupRole.CO_FACILITATOR
    assert stored.access_needs == {AccessNeed.LARGE_PRINT, AccessNeed.HEARING_LOOP}
    assert stored.access_note == "Needs a chair with arms"
    assert stored.facilitator_note == "Brings the biscuits"
    assert not page.controller.has_unsaved_changes()
    # Loading the person again shows what was saved.
    page.controller.load()
    settle(qtbot)
    assert page.form.access_checks[AccessNeed.LARGE_PRINT].isChecked()
    assert not page.form.access_checks[AccessNeed.QUIET_SPACE].isChecked()
    assert page.form.role_combo.currentText() == "Co-facilitator"


def test_status_change_in_words_with_date_and_undo(qtbot, context, vault, clock: ManualClock):
    members = MembersService(vault)
    kit = members.add_member(MemberDraft("Kit", "they/them"))
    joined = today_from(clock.now())
    clock.advance(40 * DAY)
    today = today_from(clock.now())
    page = open_members_page(qtbot, context)
    assert page.controller.proxy.index(0, COL_STATUS).data() == "Active"
    assert page.form.since_edit.date().toPython() == joined

    choose(qtbot, page.form.status_combo, "Paused")
    assert page.form.since_edit.date().toPython() == today  # a new status starts today
    click(qtbot, page.member.save_button)

    stored = members.get(kit.id)
    assert (stored.status, stored.status_since) == (MemberStatus.PAUSED, today)
    assert page.controller.proxy.index(0, COL_STATUS).data() == "Paused"
    assert f"Taking a break since {format_date(today)}" in page.member.pane_status.text()
    assert page.undo_bar.isVisibleTo(page)
    assert "Kit is now paused" in page.undo_bar.message()

    click(qtbot, page.undo_bar.undo_button)
    stored = members.get(kit.id)
    assert (stored.status, stored.status_since) == (MemberStatus.ACTIVE, joined)
    assert page.controller.proxy.index(0, COL_STATUS).data() == "Active"
    assert page.form.status_combo.currentText() == "Active"
    assert not page.undo_bar.isVisibleTo(page)


def test_archive_offers_undo_that_restores(qtbot, context, vault, questions):
    members = MembersService(vault)
    kit = members.add_member(MemberDraft("Kit"))
    page = open_members_page(qtbot, context)
    click(qtbot, page.member.leaving.archive_button)
    assert members.get(kit.id).status is MemberStatus.LEFT
    assert page.controller.proxy.rowCount() == 0  # archived people are hidden
    assert "Kit is archived" in page.undo_bar.message()
    click(qtbot, page.undo_bar.undo_button)
    assert members.get(kit.id).status is MemberStatus.ACTIVE
    assert page.controller.proxy.rowCount() == 1
    assert page.member.leaving.archive_button.text() == "Arc&hive"


def test_contact_fields_only_with_consent_and_withdrawal_erases(qtbot, context, vault):
    members = MembersService(vault)
    sam = members.add_member(MemberDraft("Sam R."))
    page = open_members_page(qtbot, context)

    # No consent: the fields are disabled and the pane says why, kindly.
    assert all(not w.isEnabled() for w in page.form.contact_widgets)
    assert "have not agreed to be contacted" in page.form.contact_hint.text()
    qtbot.keyClicks(page.form.phone_edit, "0123 456 789")  # a disabled field takes nothing
    assert page.form.phone_edit.text() == ""
    assert page.member.consent.consent_states[CONTACT].text() == "Not given"
    assert page.member.consent.consent_empty.isVisibleTo(page)

    record_consent(qtbot, page, CONTACT, on_paper=True)
    assert all(w.isEnabled() for w in page.form.contact_widgets)
    assert "agreed to be contacted" in page.form.contact_hint.text()
    (record,) = ConsentService(vault).log(sam.id)
    assert record.purpose is CONTACT and record.method is ConsentMethod.ON_PAPER
    assert record.wording_version == 1 and record.given_on == page.controller.today()
    assert log_rows(page) == [
        [
            "Contact between meetings\nwording version 1",
            f"{format_date(record.given_on)}\non paper",
            "Still given",
        ]
    ]
    assert page.member.consent.consent_buttons[CONTACT].text() == "Withdraw…"

    qtbot.keyClicks(page.form.phone_edit, "0123 456 789")
    qtbot.keyClicks(page.form.email_edit, "sam@example.org")
    qtbot.keyClicks(page.form.best_time_edit, "weekday evenings")
    choose(qtbot, page.form.message_combo, "No messages, please")
    click(qtbot, page.member.save_button)
    assert members.get(sam.id).contact == ContactDetails(
        "0123 456 789", "sam@example.org", "weekday evenings", False
    )

    # Withdrawing warns what is erased; saying Cancel keeps everything.
    answer = BoxAnswer("Cancel")
    click(qtbot, page.member.consent.consent_buttons[CONTACT])
    assert answer.clicked, answer.problem
    assert "will be erased" in answer.seen[0][1] and "cannot be undone" in answer.seen[0][1]
    assert members.get(sam.id).contact.phone == "0123 456 789"

    answer = BoxAnswer("Withdraw and erase")
    click(qtbot, page.member.consent.consent_buttons[CONTACT])
    assert answer.clicked, answer.problem
    assert members.get(sam.id).contact == ContactDetails()
    assert page.form.phone_edit.text() == "" and not page.form.phone_edit.isEnabled()
    assert not page.controller.has_unsaved_changes()
    (ended,) = ConsentService(vault).log(sam.id)
    assert ended.ended is ConsentEnd.WITHDRAWN
    assert log_rows(page)[0][2] == f"Withdrawn on {format_date(ended.withdrawn_on)}"
    assert page.member.consent.consent_states[CONTACT].text() == "Not given"


def test_a_bad_email_is_explained_and_nothing_is_saved(qtbot, context, vault):
    members = MembersService(vault)
    sam = members.add_member(MemberDraft("Sam"))
    ConsentService(vault).give(sam.id, CONTACT)
    page = open_members_page(qtbot, context)
    qtbot.keyClicks(page.form.note_edit, "new note")
    qtbot.keyClicks(page.form.email_edit, "sam at example")
    click(qtbot, page.member.save_button)
    assert page.form.contact_error.isVisibleTo(page)
    assert "does not look complete" in page.form.contact_error.text()
    assert page.form.email_edit.hasFocus()
    stored = members.get(sam.id)
    assert stored.contact == ContactDetails() and stored.note == ""  # nothing half-saved


def test_consent_given_keeps_unsaved_edits(qtbot, context, vault):
    MembersService(vault).add_member(MemberDraft("Bea"))
    page = open_members_page(qtbot, context)
    qtbot.keyClicks(page.form.note_edit, "Half-written")
    record_consent(qtbot, page, PAIRING)
    assert page.form.note_edit.toPlainText() == "Half-written"
    assert page.controller.has_unsaved_changes()
    assert page.member.consent.consent_states[PAIRING].text().startswith("Yes, since")


def test_same_names_are_shown_with_what_tells_them_apart(qtbot, context, vault):
    members = MembersService(vault)
    members.add_member(MemberDraft("Alex", "they/them"))
    members.add_member(MemberDraft("Alex", "he/him"))
    page = open_members_page(qtbot, context)
    names = [
        page.controller.proxy.index(r, COL_NAME).data()
        for r in range(page.controller.proxy.rowCount())
    ]
    assert names == ["Alex (he/him, joined Jan 2027)", "Alex (they/them, joined Jan 2027)"]
    assert page.member.pane_title.text() == "Alex (he/him, joined Jan 2027)"
    # Typing a name someone already has shows a kind hint (never a refusal).
    click(qtbot, page.list.add_button)
    qtbot.keyClicks(page.form.name_edit, "Alex")
    qtbot.waitUntil(lambda: page.form.name_hint.isVisibleTo(page))
    assert "already called" in page.form.name_hint.text()
    click(qtbot, page.member.save_button)
    assert len(members.list_members()) == 3


def test_every_button_has_words_with_a_full_pane(qtbot, context, vault):
    members = MembersService(vault)
    sam = members.add_member(MemberDraft("Sam"))
    ConsentService(vault).give(sam.id, CONTACT)
    page = open_members_page(qtbot, context)
    assert unnamed_buttons(page) == []
    for button in page.member.consent.consent_buttons.values():
        assert button.accessibleName().startswith(("Withdraw consent", "Record consent"))
    for widget in (
        page.form.role_combo,
        page.form.status_combo,
        page.form.since_edit,
        page.form.joined_edit,
        page.form.access_note_edit,
        page.form.phone_edit,
        page.form.email_edit,
        page.form.best_time_edit,
        page.form.message_combo,
        page.member.consent.consent_table,
    ):
        assert widget.accessibleName(), widget


def test_a_thousand_members_load_filter_and_show_consents(qtbot, context, vault):
    members = MembersService(vault)
    added = members.add_members(
        [MemberDraft(f"Person {i:04d}", "they/them" if i % 2 else "") for i in range(1000)]
    )
    consent = ConsentService(vault)
    for member in added[:20]:
        consent.give(member.id, PAIRING)
    page = open_members_page(qtbot, context)
    assert page.controller.model.rowCount() == 1000
    qtbot.keyClicks(page.list.search_edit, "person 001")
    assert page.controller.proxy.rowCount() == 10
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Down)
    assert page.member.pane_title.text() == "Person 0011"
    assert page.member.consent.consent_states[PAIRING].text().startswith("Yes, since")
    page.list.search_edit.clear()
    assert page.controller.proxy.rowCount() == 1000


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch):
    from PySide6.QtWidgets import QMessageBox

    answers: list[str] = []

    def question(_parent, title, _text, *_args, **_kwargs):
        answers.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


def test_leaving_via_the_status_list_keeps_the_pane_and_asks_nothing(
    qtbot, context, vault, questions
):
    members = MembersService(vault)
    kit = members.add_member(MemberDraft("Kit"))
    members.add_member(MemberDraft("Bea"))
    page = open_members_page(qtbot, context)
    select(qtbot, page, kit.id)
    qtbot.keyClicks(page.form.note_edit, "Moved away")
    choose(qtbot, page.form.status_combo, "Left")
    click(qtbot, page.member.save_button)
    assert questions == []  # no "Discard changes?" in the middle of saving
    stored = members.get(kit.id)
    assert stored.status is MemberStatus.LEFT and stored.note == "Moved away"
    assert page.member.pane_title.text() == "Kit"
    assert not page.list.table.selectionModel().hasSelection()
    assert "Kit is archived as having left" in page.undo_bar.message()
    click(qtbot, page.undo_bar.undo_button)
    assert members.get(kit.id).status is MemberStatus.ACTIVE
