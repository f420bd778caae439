"""A save that started before someone else's edit is refused kindly (issue 17, item 3):
the message shows at the form, what the person typed stays in the fields, and only
Reload (when they choose it) brings the other version."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.consent import WordingKind
from safespace_desktop.core.model import JournalEntryInput, MemberDraft
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.crisis_lines import CrisisLinesService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.agreement import agreement_page
from safespace_desktop.ui.crisis_lines import crisis_lines_page
from safespace_desktop.ui.crisis_lines.view import CrisisLinesView
from safespace_desktop.ui.dialogs.consent_wording import ConsentWordingDialog
from safespace_desktop.ui.members.view import MembersView
from safespace_desktop.ui.session.context import SessionContext
from tests.gui import journal_helpers
from tests.gui.roster_gui import click, open_members_page, session_context, settle, show

pytestmark = pytest.mark.gui

STALE_WORDS = "What you typed is still here"


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


def button_named(root: QWidget, name: str) -> QAbstractButton:
    found = [
        b
        for b in root.findChildren(QAbstractButton)
        if b.accessibleName() == name and b.isVisible()
    ]
    assert len(found) == 1, [b.accessibleName() for b in found]
    return found[0]


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


# ---------------------------------------------------------------------------- members
def test_a_stale_member_save_keeps_the_typing_and_reload_brings_their_version(
    qtbot: QtBot, context: SessionContext, vault: Vault
) -> None:
    bea = MembersService(vault).add_member(MemberDraft("Bea", note="Quiet"))
    page: MembersView = open_members_page(qtbot, context, 1100, 700)
    assert page.form.name_edit.text() == "Bea"
    assert not page.member.stale_banner.isVisibleTo(page)

    # Another facilitator's edit lands behind the page.
    MembersService(vault).update_member(bea.id, MemberDraft("Bea", note="Moved to Thursdays"))

    replace_text(qtbot, page.form.name_edit, "Bea T.")
    replace_text(qtbot, page.form.note_edit, "My own note, typed carefully")
    click(qtbot, page.member.save_button)

    banner = page.member.stale_banner
    assert banner.isVisibleTo(page)
    assert STALE_WORDS in banner.text.text()
    assert "Someone else changed this person's details" in banner.text.text()
    # Everything typed is still there; nothing of it was saved over their edit.
    assert page.form.name_edit.text() == "Bea T."
    assert page.form.note_edit.toPlainText() == "My own note, typed carefully"
    assert page.controller.has_unsaved_changes()
    stored = MembersService(vault).get(bea.id)
    assert (stored.name, stored.note) == ("Bea", "Moved to Thursdays")

    click(qtbot, button_named(page, "Reload"))
    assert page.form.name_edit.text() == "Bea"
    assert page.form.note_edit.toPlainText() == "Moved to Thursdays"
    assert not banner.isVisibleTo(page)
    assert not page.controller.has_unsaved_changes()

    # Made again on top of their version, the change saves.
    replace_text(qtbot, page.form.note_edit, "Moved to Thursdays; brings tea")
    click(qtbot, page.member.save_button)
    assert not banner.isVisibleTo(page)
    assert MembersService(vault).get(bea.id).note == "Moved to Thursdays; brings tea"


def test_a_change_the_page_hears_about_while_typing_still_makes_the_save_stale(
    qtbot: QtBot, context: SessionContext, vault: Vault
) -> None:
    # The page follows changes and keeps unsaved typing; the typing is still tied to the
    # version it was typed over, so saving it must not undo the other edit silently.
    chidi = MembersService(vault).add_member(MemberDraft("Chidi", note="Brings tea"))
    page: MembersView = open_members_page(qtbot, context, 1100, 700)
    replace_text(qtbot, page.form.note_edit, "Typing, not saved")
    MembersService(vault).update_member(chidi.id, MemberDraft("Chidi O.", note="Brings tea"))
    page.controller.refresh_rows({chidi.id})
    settle(qtbot)
    assert page.form.note_edit.toPlainText() == "Typing, not saved"

    click(qtbot, page.member.save_button)
    assert page.member.stale_banner.isVisibleTo(page)
    assert page.form.note_edit.toPlainText() == "Typing, not saved"
    assert MembersService(vault).get(chidi.id).name == "Chidi O."


def test_a_change_to_what_the_form_does_not_hold_is_no_conflict(
    qtbot: QtBot, context: SessionContext, vault: Vault
) -> None:
    # A journal invitation made while the note is being typed: saving the note cannot
    # undo it, so the save goes through and both stay.
    kai = MembersService(vault).add_member(MemberDraft("Kai"))
    page: MembersView = open_members_page(qtbot, context, 1100, 700)
    replace_text(qtbot, page.form.note_edit, "Prefers the quiet room")
    MembersService(vault).link_journal_slot(kai.id, "slot-opened-elsewhere")
    page.controller.refresh_rows({kai.id})
    settle(qtbot)

    click(qtbot, page.member.save_button)
    assert not page.member.stale_banner.isVisibleTo(page)
    stored = MembersService(vault).get(kai.id)
    assert stored.note == "Prefers the quiet room"
    assert stored.journal_slot_id == "slot-opened-elsewhere"


def test_a_member_save_with_nobody_else_editing_shows_no_refusal(
    qtbot: QtBot, context: SessionContext, vault: Vault
) -> None:
    ash = MembersService(vault).add_member(MemberDraft("Ash"))
    page: MembersView = open_members_page(qtbot, context, 1100, 700)
    for note in ("first", "second"):  # the second save starts from the first's revision
        replace_text(qtbot, page.form.note_edit, note)
        click(qtbot, page.member.save_button)
        assert not page.member.stale_banner.isVisibleTo(page)
        assert MembersService(vault).get(ash.id).note == note


# ---------------------------------------------------------------------------- crisis lines
def open_crisis_lines(qtbot: QtBot, context: SessionContext) -> CrisisLinesView:
    page = crisis_lines_page(context)
    show(qtbot, page, 900, 800)
    settle(qtbot)
    return page


def test_a_stale_crisis_line_save_keeps_the_typing_and_reload_brings_their_version(
    qtbot: QtBot, context: SessionContext, vault: Vault
) -> None:
    line = CrisisLinesService(vault).add("Night line", "0100 000 000", "Every night")
    page = open_crisis_lines(qtbot, context)
    row = next(i for i, x in enumerate(page.controller.lines) if x.id == line.id)
    page.list.setCurrentRow(row)
    assert page.name_edit.text() == "Night line"

    CrisisLinesService(vault).update(line.id, "Night line", "0100 000 111", "Every night")

    replace_text(qtbot, page.hours_edit, "Weeknights only")
    replace_text(qtbot, page.note_edit, "Ask for the duty worker")
    click(qtbot, page.save_button)

    assert page.stale.isVisibleTo(page)
    assert STALE_WORDS in page.stale.text.text()
    assert "changed this crisis line" in page.stale.text.text()
    assert page.fields() == (
        "Night line",
        "0100 000 000",
        "Weeknights only",
        "Ask for the duty worker",
    )
    stored = next(x for x in CrisisLinesService(vault).list_lines() if x.id == line.id)
    assert (stored.phone, stored.hours, stored.note) == ("0100 000 111", "Every night", "")

    click(qtbot, button_named(page, "Reload"))
    assert page.fields() == ("Night line", "0100 000 111", "Every night", "")
    assert not page.stale.isVisibleTo(page)

    replace_text(qtbot, page.hours_edit, "Weeknights only")
    click(qtbot, page.save_button)
    assert not page.stale.isVisibleTo(page)
    stored = next(x for x in CrisisLinesService(vault).list_lines() if x.id == line.id)
    assert (stored.phone, stored.hours) == ("0100 000 111", "Weeknights only")


def test_crisis_line_typing_survives_a_reload_of_the_list_and_stays_tied_to_its_version(
    qtbot: QtBot, context: SessionContext, vault: Vault
) -> None:
    line = CrisisLinesService(vault).add("Day line", "0200 000 000")
    page = open_crisis_lines(qtbot, context)
    page.list.setCurrentRow(next(i for i, x in enumerate(page.controller.lines) if x.id == line.id))
    replace_text(qtbot, page.note_edit, "Typing, not saved")

    CrisisLinesService(vault).update(line.id, "Day line (city)", "0200 000 000")
    page.controller.load()  # as when another page's change arrives
    settle(qtbot)
    assert page.fields() == ("Day line", "0200 000 000", "", "Typing, not saved")

    click(qtbot, page.save_button)
    assert page.stale.isVisibleTo(page)
    stored = next(x for x in CrisisLinesService(vault).list_lines() if x.id == line.id)
    assert (stored.name, stored.note) == ("Day line (city)", "")


# ---------------------------------------------------------------------------- agreement draft
def test_a_stale_agreement_draft_save_keeps_the_typing_and_reload_brings_their_version(
    qtbot: QtBot, context: SessionContext, vault: Vault
) -> None:
    service = AgreementService(vault)
    draft = service.start_draft("peer-support")
    page = agreement_page(context)
    show(qtbot, page, 1100, 720)
    settle(qtbot)
    qtbot.waitUntil(page.text_edit.isVisible)
    assert page.text_edit.toPlainText() == draft.text

    their_text = draft.text + "\nWe start on time."
    AgreementService(vault).update_draft(draft.id, text=their_text)

    page.text_edit.setFocus()
    page.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.text_edit, "We bring snacks in turn.")
    typed = page.text_edit.toPlainText()
    click(qtbot, page.save_button)

    assert page.stale.isVisibleTo(page)
    assert STALE_WORDS in page.stale.text.text()
    assert page.text_edit.toPlainText() == typed
    assert AgreementService(vault).draft(draft.id).text == their_text

    click(qtbot, button_named(page, "Reload"))
    qtbot.waitUntil(lambda: page.text_edit.toPlainText() == their_text)
    assert not page.stale.isVisibleTo(page)


# ---------------------------------------------------------------------------- journal
@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[journal_helpers.MakePage]:
    yield from journal_helpers.page_factory(qtbot)


def test_a_stale_journal_save_keeps_the_typing_and_reload_brings_the_saved_entry(
    qtbot: QtBot, vault: Vault, make_page: journal_helpers.MakePage
) -> None:
    journal_helpers.claim_member(vault)
    entry = JournalService(vault).add(JournalEntryInput("A quiet evening"))
    page = make_page(vault)
    editor = page.editor
    journal_helpers.select_row(qtbot, page, 0)
    assert editor.body_edit.toPlainText() == "A quiet evening"

    # The same entry is starred elsewhere (the page's own service, from the list) while
    # it is open in the editor.
    page.controller.journal.set_starred(entry.id, True)

    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, ", then a call with Mum")
    journal_helpers.click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.stale.isVisibleTo(page), timeout=5000)
    journal_helpers.settle(qtbot, page)

    assert STALE_WORDS in editor.stale.text.text()
    assert "entry was changed somewhere else" in editor.stale.text.text()
    assert editor.body_edit.toPlainText() == "A quiet evening, then a call with Mum"
    assert not editor.star_check.isChecked()  # what the editor held, untouched
    stored = JournalService(vault).get(entry.id)
    assert stored.starred and stored.body == "A quiet evening"

    journal_helpers.click(qtbot, button_named(page, "Reload"))
    qtbot.waitUntil(lambda: not editor.stale.isVisibleTo(page), timeout=5000)
    journal_helpers.settle(qtbot, page)
    assert editor.body_edit.toPlainText() == "A quiet evening"
    assert editor.star_check.isChecked()

    # From the reloaded revision the save goes through and keeps the star.
    qtbot.keyClicks(editor.body_edit, ", then a call with Mum")
    journal_helpers.click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.status_label.text() == "Saved.", timeout=5000)
    stored = JournalService(vault).get(entry.id)
    assert stored.starred and stored.body == "A quiet evening, then a call with Mum"


def test_a_journal_entry_changed_by_another_service_is_refused_then_reloaded(
    qtbot: QtBot, vault: Vault, make_page: journal_helpers.MakePage
) -> None:
    # Another window (its own service and in-memory copy) changes the entry: the
    # refusal still comes, and Reload shows that version, not the page's old copy.
    journal_helpers.claim_member(vault)
    entry = JournalService(vault).add(JournalEntryInput("Walked to the park"))
    page = make_page(vault)
    editor = page.editor
    journal_helpers.select_row(qtbot, page, 0)
    JournalService(vault).update(entry.id, JournalEntryInput("Walked to the river"))

    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, " in the rain")
    journal_helpers.click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.stale.isVisibleTo(page), timeout=5000)
    assert editor.body_edit.toPlainText() == "Walked to the park in the rain"

    journal_helpers.click(qtbot, button_named(page, "Reload"))
    qtbot.waitUntil(lambda: not editor.stale.isVisibleTo(page), timeout=5000)
    journal_helpers.settle(qtbot, page)
    assert editor.body_edit.toPlainText() == "Walked to the river"
    assert not editor.is_dirty()


def test_journal_saves_with_nobody_else_editing_show_no_refusal(
    qtbot: QtBot, vault: Vault, make_page: journal_helpers.MakePage
) -> None:
    journal_helpers.claim_member(vault)
    page = make_page(vault)
    editor = page.editor
    journal_helpers.write_entry(qtbot, page, "First words")
    for more in (" and more", " and still more"):  # each save starts from the last one
        editor.body_edit.setFocus()
        qtbot.keyClicks(editor.body_edit, more)
        journal_helpers.click(qtbot, editor.save_button)
        qtbot.waitUntil(lambda: editor.status_label.text() == "Saved.", timeout=5000)
        assert not editor.stale.isVisibleTo(page)
    assert JournalService(vault).list_entries()[0].body == "First words and more and still more"


# ---------------------------------------------------------------------------- consent wording
def test_a_stale_wording_save_keeps_the_typing_and_reload_brings_the_newer_version(
    qtbot: QtBot, context: SessionContext, vault: Vault
) -> None:
    editor = ConsentWordingDialog(context)
    show(qtbot, editor, 900, 700)
    qtbot.waitUntil(editor.kind_combo.isEnabled)
    assert editor.version_label.text().startswith("Version 1")
    reload = editor.reload_button
    assert not reload.isVisible()

    # Another facilitator's window saves version 2 while this one is open.
    kind = WordingKind.CONFIDENTIALITY
    ConsentService(vault).edit_wording(kind, "What is said here stays here.")
    replace_text(qtbot, editor.text_edit, "Only what you choose to share.")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: STALE_WORDS in editor.message.text(), timeout=5000)

    assert "new version of this text" in editor.message.text()
    assert editor.message.isVisible()
    assert editor.text_edit.toPlainText() == "Only what you choose to share."  # typing kept
    assert ConsentService(vault).wording(kind).text == "What is said here stays here."
    assert [w.version for w in ConsentService(vault).wording_history(kind)] == [1, 2]
    assert button_named(editor, "Reload") is reload

    click(qtbot, reload)
    qtbot.waitUntil(lambda: editor.version_label.text().startswith("Version 2"), timeout=5000)
    assert editor.text_edit.toPlainText() == "What is said here stays here."
    assert not reload.isVisible() and not editor.message.isVisible()

    # From the reloaded version the save goes through, and so does the next one.
    for version, text in ((3, "Only what you choose to share."), (4, "Kindly kept.")):
        replace_text(qtbot, editor.text_edit, text)
        click(qtbot, editor.save_button)
        qtbot.waitUntil(
            lambda v=version: editor.version_label.text().startswith(f"Version {v}"),
            timeout=5000,
        )
        assert ConsentService(vault).wording(kind).text == text
    assert not reload.isVisible()
