"""W2 "Enrol a newcomer", typed and clicked through the wizard on the Members page.

Sam R. is enrolled with an alias only. The limits-of-confidentiality statement comes
first and must be acknowledged; each consent is its own page with its own yes/no;
contact fields cannot hold anything unless contact was agreed; nothing is saved until
"Enrol"; the consent records keep the date and the wording version shown.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from safespace_desktop.core.consent import ConsentMethod, ConsentPurpose, WordingKind
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import ContactDetails
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.dialogs.consent_wording import ConsentWordingDialog
from safespace_desktop.ui.members.dialogs.enrolment_wizard import EnrolmentWizard
from safespace_desktop.ui.members.table_model import COL_NAME
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from tests.gui.roster_gui import (
    choose,
    click,
    open_members_page,
    replace_text,
    session_context,
    show,
    unnamed_buttons,
)
from tests.unit.security_helpers import raw_rows

pytestmark = pytest.mark.gui

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS
ATTENDANCE = ConsentPurpose.KEEP_ATTENDANCE_HISTORY
PAIRING = ConsentPurpose.CHECKIN_PAIRING


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


def saved_rows(vault: Vault) -> int:
    return len(raw_rows(vault, "members")) + len(raw_rows(vault, "consents"))


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def open_wizard(qtbot, page: MembersView) -> EnrolmentWizard:
    click(qtbot, page.list.enrol_button)
    qtbot.waitUntil(
        lambda: page.dialog("enrolment") is not None and page.dialog("enrolment").isVisible()
    )
    wizard = page.dialog("enrolment")
    assert wizard is not None
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_w2_enrol_sam_with_an_alias_and_separate_consents(qtbot, context, vault):
    page = open_members_page(qtbot, context)
    wizard = open_wizard(qtbot, page)
    nothing = saved_rows(vault)

    # 1. An alias is enough; Next waits for it.
    assert wizard.currentId() == EnrolmentWizard.PAGE_NAME
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(wizard.name_page.name_edit, "Sam R.")
    assert next_button(wizard).isEnabled()
    assert unnamed_buttons(wizard) == []
    click(qtbot, next_button(wizard))

    # 2. What stays in the room comes first and must be acknowledged.
    assert wizard.currentId() == EnrolmentWizard.PAGE_STATEMENT
    statement = ConsentService(vault).confidentiality_statement()
    assert "serious and immediate danger" in wizard.statement_page.text_view.toPlainText()
    assert wizard.statement_page.version_label.text() == f"Wording version {statement.version}"
    assert not next_button(wizard).isEnabled()
    click(qtbot, wizard.statement_page.ack_check)
    click(qtbot, next_button(wizard))

    # 3. Each consent on its own page, nothing pre-ticked.
    contact = wizard.contact_page
    assert wizard.currentId() == EnrolmentWizard.PAGE_CONTACT
    assert "between meetings" in contact.text_view.toPlainText()
    assert contact.version_label.text() == "Wording version 1"
    assert not contact.yes_radio.isChecked() and not contact.no_radio.isChecked()
    assert not next_button(wizard).isEnabled()
    # Contact fields cannot be filled before a yes.
    assert all(not w.isEnabled() for w in contact.contact_widgets())
    assert "only be kept if they say yes" in contact.contact_note.text()
    qtbot.keyClicks(contact.phone_edit, "0123 456 789")
    assert contact.phone_edit.text() == ""
    click(qtbot, contact.yes_radio)
    qtbot.keyClicks(contact.phone_edit, "0123 456 789")
    qtbot.keyClicks(contact.best_time_edit, "after 6pm")
    # Changing the answer to no clears what was typed.
    click(qtbot, contact.no_radio)
    assert contact.phone_edit.text() == "" and not contact.phone_edit.isEnabled()
    click(qtbot, contact.yes_radio)
    qtbot.keyClicks(contact.phone_edit, "0123 456 789")
    qtbot.keyClicks(contact.best_time_edit, "after 6pm")
    choose(qtbot, contact.message_combo, "Yes, a message is OK")
    assert unnamed_buttons(wizard) == []
    click(qtbot, next_button(wizard))

    attendance = wizard.consent_pages[ATTENDANCE]
    assert wizard.currentId() == EnrolmentWizard.PAGE_ATTENDANCE
    assert not attendance.yes_radio.isChecked() and not attendance.no_radio.isChecked()
    click(qtbot, attendance.no_radio)
    click(qtbot, next_button(wizard))

    pairing = wizard.consent_pages[PAIRING]
    assert wizard.currentId() == EnrolmentWizard.PAGE_PAIRING
    click(qtbot, pairing.yes_radio)
    click(qtbot, next_button(wizard))

    # 4. The journal is optional.
    assert wizard.currentId() == EnrolmentWizard.PAGE_JOURNAL
    assert not wizard.journal_page.journal_check.isChecked()
    click(qtbot, next_button(wizard))

    # 5. Check and save: still nothing written.
    assert wizard.currentId() == EnrolmentWizard.PAGE_SAVE
    summary = wizard.save_page.summary.text()
    for line in (
        "Name: Sam R.",
        "Contact between meetings: yes (wording version 1)",
        "Keep attendance history: no",
        "Check-in pairs: yes",
        "Contact details: 0123 456 789, after 6pm, messages OK",
        "Journal invitation: no",
    ):
        assert line in summary
    assert "Pronouns" not in summary  # alias only
    assert saved_rows(vault) == nothing
    assert MembersService(vault).list_members() == []
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Enrol"
    click(qtbot, finish)
    qtbot.waitUntil(lambda: page.dialog("enrolment") is None)

    (sam,) = MembersService(vault).list_members()
    assert (sam.name, sam.pronouns, sam.note) == ("Sam R.", "", "")
    assert sam.contact == ContactDetails("0123 456 789", "", "after 6pm", True)
    log = ConsentService(vault).log(sam.id)
    assert {r.purpose for r in log} == {CONTACT, PAIRING}  # the "no" left no record
    today = page.controller.today()
    for record in log:
        assert record.given_on == today
        assert record.wording_version == 1
        assert record.method is ConsentMethod.IN_PERSON
    # The page shows Sam, selected, with the consents.
    assert (
        page.controller.current_member() is not None
        and page.controller.current_member().id == sam.id
    )
    assert [
        page.controller.proxy.index(r, COL_NAME).data()
        for r in range(page.controller.proxy.rowCount())
    ] == ["Sam R."]
    assert page.form.phone_edit.text() == "0123 456 789" and page.form.phone_edit.isEnabled()


def test_consent_record_keeps_the_version_that_was_shown(qtbot, context, vault):
    # A facilitator rewrites the contact question first (Group settings' editor).
    editor = ConsentWordingDialog(context)
    show(qtbot, editor, 900, 700)
    qtbot.waitUntil(editor.kind_combo.isEnabled)  # the wording loads off the GUI thread
    choose(qtbot, editor.kind_combo, "Contact between meetings")
    qtbot.waitUntil(lambda: editor.title_edit.text() == "Contact between meetings")
    assert editor.version_label.text().startswith("Version 1")
    assert not editor.save_button.isEnabled()
    replace_text(qtbot, editor.text_edit, "May we call you between meetings? Only if you like.")
    assert editor.save_button.text().replace("&", "") == "Save as version 2"
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.version_label.text().startswith("Version 2"))
    assert "Saved as version 2" in editor.message.text()
    assert unnamed_buttons(editor) == []
    editor.close()

    page = open_members_page(qtbot, context)
    wizard = open_wizard(qtbot, page)
    qtbot.keyClicks(wizard.name_page.name_edit, "Noor")
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.statement_page.ack_check)
    click(qtbot, next_button(wizard))
    assert wizard.contact_page.text_view.toPlainText() == (
        "May we call you between meetings? Only if you like."
    )
    assert wizard.contact_page.version_label.text() == "Wording version 2"
    click(qtbot, wizard.contact_page.yes_radio)
    for _ in range(2):
        click(qtbot, next_button(wizard))
        current = wizard.currentPage()
        click(qtbot, current.no_radio)  # type: ignore[attr-defined]
    click(qtbot, next_button(wizard))
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.save_page.on_paper_radio)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: page.dialog("enrolment") is None)

    (noor,) = MembersService(vault).list_members()
    (record,) = ConsentService(vault).log(noor.id)
    assert record.purpose is CONTACT
    assert record.wording_version == 2
    assert record.method is ConsentMethod.ON_PAPER
    shown = ConsentService(vault).wording_version(WordingKind.CONTACT_BETWEEN_MEETINGS, 2)
    assert shown.text == "May we call you between meetings? Only if you like."


def test_cancel_halfway_saves_nothing(qtbot, context, vault):
    page = open_members_page(qtbot, context)
    nothing = saved_rows(vault)
    wizard = open_wizard(qtbot, page)
    qtbot.keyClicks(wizard.name_page.name_edit, "Robin")
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.statement_page.ack_check)
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.contact_page.yes_radio)
    qtbot.keyClicks(wizard.contact_page.phone_edit, "0123 456 789")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: page.dialog("enrolment") is None)
    assert MembersService(vault).list_members() == []
    assert saved_rows(vault) == nothing


def test_a_bad_email_keeps_the_newcomer_on_the_contact_page(qtbot, context, vault):
    page = open_members_page(qtbot, context)
    wizard = open_wizard(qtbot, page)
    qtbot.keyClicks(wizard.name_page.name_edit, "Ada")
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.statement_page.ack_check)
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.contact_page.yes_radio)
    qtbot.keyClicks(wizard.contact_page.email_edit, "ada at home")
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == EnrolmentWizard.PAGE_CONTACT
    assert wizard.contact_page.error_label.isVisibleTo(wizard)
    assert "does not look complete" in wizard.contact_page.error_label.text()
    assert wizard.contact_page.email_edit.hasFocus()
    replace_text(qtbot, wizard.contact_page.email_edit, "ada@example.org")
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == EnrolmentWizard.PAGE_ATTENDANCE


def test_name_page_hints_at_a_shared_name(qtbot, context, vault):
    MembersService(vault).add_member(MemberDraft("Alex", "they/them"))
    page = open_members_page(qtbot, context)
    wizard = open_wizard(qtbot, page)
    qtbot.keyClicks(wizard.name_page.name_edit, "alex")
    qtbot.waitUntil(lambda: wizard.name_page.name_hint.isVisibleTo(wizard))
    assert "already called" in wizard.name_page.name_hint.text()
    click(qtbot, next_button(wizard))  # allowed: two people may share a name
    assert wizard.currentId() == EnrolmentWizard.PAGE_STATEMENT


def test_journal_invitation_after_enrolment_hands_over(qtbot, context, vault):
    page = open_members_page(qtbot, context)
    wizard = open_wizard(qtbot, page)
    qtbot.keyClicks(wizard.name_page.name_edit, "Sam R.")
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.statement_page.ack_check)
    click(qtbot, next_button(wizard))
    for _ in range(3):
        click(qtbot, wizard.currentPage().no_radio)  # type: ignore[attr-defined]
        click(qtbot, next_button(wizard))
    click(qtbot, wizard.journal_page.journal_check)
    click(qtbot, next_button(wizard))
    assert "Journal invitation: yes" in wizard.save_page.summary.text()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(
        lambda: page.dialog("invitation") is not None and page.dialog("invitation").isVisible(),
        timeout=5000,
    )
    dialog = page.dialog("invitation")
    assert dialog is not None
    assert "Give this code to Sam R." in dialog.instructions.text()
    (sam,) = MembersService(vault).list_members()
    assert sam.has_journal_account and sam.consents == frozenset()
    with qtbot.waitSignal(context.signals.hand_over_to_member) as handed:
        click(qtbot, dialog.hand_over_button)
    assert handed.args == [dialog.code]


def _mnemonics(wizard: QWizard) -> list[str]:
    """The Alt+letter of every visible button and label on the wizard's current page."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters: list[str] = []
    for widget in wizard.findChildren(QAbstractButton) + wizard.findChildren(QLabel):
        if not widget.isVisibleTo(wizard):
            continue
        if isinstance(widget, QLabel) and (
            widget.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(widget.text())
        ):
            continue  # headings: an "&" there is markup, not a shortcut
        text = widget.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    return letters


def test_every_page_of_the_wizard_has_unique_alt_keys(qtbot, context, vault):
    """Alt+B was bound twice (Back and "Best time"); no page may repeat a letter."""
    page = open_members_page(qtbot, context)
    wizard = open_wizard(qtbot, page)
    qtbot.keyClicks(wizard.name_page.name_edit, "Sam R.")
    seen_pages = []
    while True:
        letters = _mnemonics(wizard)
        assert len(letters) == len(set(letters)), (wizard.currentId(), letters)
        seen_pages.append(wizard.currentId())
        current = wizard.currentPage()
        if wizard.currentId() == EnrolmentWizard.PAGE_STATEMENT:
            click(qtbot, wizard.statement_page.ack_check)
        elif hasattr(current, "yes_radio"):
            click(qtbot, current.yes_radio)
        if wizard.currentId() == EnrolmentWizard.PAGE_SAVE:
            break
        click(qtbot, next_button(wizard))
    assert seen_pages == list(range(EnrolmentWizard.PAGE_SAVE + 1))


def test_a_name_cut_at_the_limit_is_said_at_the_field(qtbot, context, vault):
    page = open_members_page(qtbot, context)
    wizard = open_wizard(qtbot, page)
    edit = wizard.name_page.name_edit
    edit.setText("x" * (edit.maxLength() - 1))
    assert not wizard.name_page.name_limit.isVisibleTo(wizard)
    qtbot.keyClicks(edit, "yz")
    assert len(edit.text()) == edit.maxLength()
    assert wizard.name_page.name_limit.isVisibleTo(wizard)
