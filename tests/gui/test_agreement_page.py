"""The group agreement page (facilitators), driven by typing and clicking: workflow W1,
amending with a readable difference, meeting counts with no names, and printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from safespace_desktop.core.agreement import TEMPLATES, agreement_lines
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.agreement import agreement_page
from safespace_desktop.ui.agreement.record_dialog import RecordAgreementDialog
from safespace_desktop.ui.agreement.template_dialog import AgreementTemplateDialog
from safespace_desktop.ui.agreement.view import AgreementView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.shell.workspace import Workspace, page_specs
from tests.gui.agreement_helpers import (
    LEFT,
    MakeContext,
    PrintCapture,
    assert_buttons_named,
    click,
    click_box_button,
    click_list_row,
    click_tab,
    confirm_box,
    list_texts,
    open_dialog,
    plain,
    show,
    type_number,
)

pytestmark = pytest.mark.gui

PEER = next(t for t in TEMPLATES if t.key == "peer-support")
OLD_LINE = agreement_lines(PEER.text)[4]
NEW_LINE = "One person speaks at a time; we pass the talking stone."
AMENDED_LINE = "Everyone may pass, and nobody has to explain why."


def open_page(
    qtbot, make_context: MakeContext, context: SessionContext | None = None
) -> AgreementView:
    page = agreement_page(context or make_context())
    show(qtbot, page)
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot, page: AgreementView) -> None:
    """The page loads off the GUI thread, with a calm "Loading…" line meanwhile."""
    qtbot.waitUntil(lambda: not page.busy_label.isVisible())


def replace_line(qtbot, page: AgreementView, old: str, new: str) -> None:
    """Find a line in the editor (as Ctrl+F would) and type over it."""
    page.text_edit.setFocus()
    assert page.text_edit.find(old), old
    qtbot.keyClicks(page.text_edit, new)


def adopt_v1_by_service(vault: Vault) -> AgreementService:
    service = AgreementService(vault)
    draft = service.start_draft("peer-support")
    service.update_draft(draft.id, text=draft.text.replace(OLD_LINE, NEW_LINE))
    service.adopt(draft.id)
    return service


def test_w1_group_agreement_at_the_first_meeting(
    qtbot, vault: Vault, make_context: MakeContext, clock: ManualClock
) -> None:
    context = make_context()
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    page = open_page(qtbot, make_context, context)
    assert [s.title for s in page_specs(context.principal) if s.key == "agreement"] == [
        "Group agreement"
    ]

    # Nothing yet: a friendly empty state with one way forward.
    assert page.empty_heading.isVisible()
    assert "hasn't written its agreement" in page.empty_heading.text()
    assert not page.history_list.isVisible()

    # Start from a template: each choice has a short description and a preview.
    click(qtbot, page.start_button)
    dialog = open_dialog(qtbot, page, AgreementTemplateDialog)
    assert_buttons_named(dialog)
    assert {plain(b.text()) for b in dialog.buttons.values()} >= {
        "Share the air",
        "A blank page",
        PEER.title,
    }
    assert set(dialog.buttons) == {t.key for t in TEMPLATES} | {"blank"}
    click(qtbot, dialog.buttons["share-the-air"])
    assert "Share the air: say your piece" in dialog.preview.toPlainText()
    click(qtbot, dialog.buttons["peer-support"])
    assert OLD_LINE in dialog.preview.toPlainText()
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The draft editor opens with the template's wording.
    qtbot.waitUntil(page.text_edit.isVisible)
    assert page.title_edit.isVisible()
    assert page.title_edit.text() == PEER.title
    assert OLD_LINE in page.text_edit.toPlainText()
    assert list_texts(page.history_list) == ["Draft: not adopted yet"]
    assert plain(page.adopt_button.text()) == "Adopt as version 1…"

    # Edit one line and save.
    replace_line(qtbot, page, OLD_LINE, NEW_LINE)
    assert "not saved yet" in page.draft_state.text()
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.draft_state.text() == "✓ Draft saved.")
    service = AgreementService(vault)
    (saved,) = service.drafts()
    assert NEW_LINE in saved.text and OLD_LINE not in saved.text
    assert "Draft saved." in messages

    # The changes so far read as words, not colours.
    click_tab(qtbot, page.draft_tabs, "Changes so far")
    changes = page.changes_view.toPlainText()
    assert f"\u2212 Removed: {OLD_LINE}" in changes
    assert f"+ Added: {NEW_LINE}" in changes
    assert "Lines added: 1. Lines removed: 1." in page.changes_summary.text()

    # Adopt as version 1, after a confirmation that explains versions are read-only.
    click(qtbot, page.adopt_button)
    box = confirm_box(qtbot, page)
    assert "read-only" in box.informativeText()
    assert_buttons_named(box)
    click_box_button(qtbot, box, "Adopt as version 1")
    qtbot.waitUntil(lambda: page.version_heading.text() == "Version 1, the current agreement")
    current = service.current()
    assert current is not None and current.number == 1
    assert service.drafts() == []
    assert page.version_heading.text() == "Version 1, the current agreement"
    assert "Adopted" in page.version_meta.text()
    assert list_texts(page.history_list)[0].startswith("Version 1 (current)")

    # v1 is read-only: no editor on screen, adopting is off, typing changes nothing.
    assert not page.text_edit.isVisible() and not page.title_edit.isVisible()
    assert not page.adopt_button.isEnabled() and not page.save_button.isEnabled()
    assert page.version_text.isReadOnly()
    before = page.version_text.toPlainText()
    assert NEW_LINE in before and PEER.title in before
    page.version_text.setFocus()
    qtbot.keyClicks(page.version_text, "typed over")
    assert page.version_text.toPlainText() == before
    editable = [
        w
        for kind in (QLineEdit, QTextEdit, QPlainTextEdit)
        for w in page.findChildren(kind)
        if w.isVisible() and not w.isReadOnly()
    ]
    assert editable == []

    # Record "agreed: 7 of 7 present" (numbers only; the date defaults to today).
    assert "No agreement at a meeting has been recorded" in page.count_label.text()
    click(qtbot, page.record_button)
    record = open_dialog(qtbot, page, RecordAgreementDialog)
    assert_buttons_named(record)
    today = today_from(clock.now())
    assert record.date_edit.date() == QDate(today.year, today.month, today.day)
    assert "never any names" in " ".join(
        label.text() for label in record.findChildren(type(page.message))
    )
    type_number(qtbot, record.present_spin, 7)
    type_number(qtbot, record.agreed_spin, 7)
    click(qtbot, record.record_button)
    qtbot.waitUntil(lambda: not record.isVisible())
    qtbot.waitUntil(lambda: "7 of 7 present" in page.count_label.text())
    assert "Recorded: 7 of 7 present agreed." in page.message.text()
    (count,) = service.affirmations()
    assert (count.version, count.present, count.agreed, count.meeting_on) == (1, 7, 7, today)

    # Its history shows the edit, compared with the template it started from.
    click_tab(qtbot, page.version_tabs, "Differences from the previous version")
    assert page.diff_view.isVisible()
    diff = page.diff_view.toPlainText()
    assert f"\u2212 Removed: {OLD_LINE}" in diff and f"+ Added: {NEW_LINE}" in diff
    assert f"“{PEER.title}” template" in page.diff_summary.text()
    assert_buttons_named(page)


def test_amending_makes_version_2_with_a_readable_difference(
    qtbot,
    vault: Vault,
    make_context: MakeContext,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    service = adopt_v1_by_service(vault)
    service.record_agreement(7, 7)
    clock.advance(7 * 86400)
    page = open_page(qtbot, make_context)
    assert page.version_heading.text() == "Version 1, the current agreement"
    assert "7 of 7 present" in page.count_label.text()
    assert not page.side_start_button.isVisible()  # templates are for the very start

    click(qtbot, page.amend_button)
    qtbot.waitUntil(page.text_edit.isVisible)
    assert page.draft_heading.text() == "Draft for version 2"
    assert "Amending version 1." in page.draft_meta.text()
    assert list_texts(page.history_list)[0] == "Draft: amending version 1"
    assert plain(page.adopt_button.text()) == "Adopt as version 2…"
    old = agreement_lines(service.version(1).text)[3]
    replace_line(qtbot, page, old, AMENDED_LINE)

    # Going back to version 1 keeps the amendment (saved on the way) and v1 unchanged.
    click_list_row_anyway(qtbot, page, "Version 1")
    qtbot.waitUntil(page.version_text.isVisible)
    assert page.version_heading.text() == "Version 1, the current agreement"
    assert AMENDED_LINE not in page.version_text.toPlainText()
    (draft,) = service.drafts()
    assert AMENDED_LINE in draft.text
    # Amending again opens the same draft rather than starting a second one.
    click(qtbot, page.amend_button)
    assert "already have an amendment" in page.message.text()
    qtbot.waitUntil(page.text_edit.isVisible)
    assert len(service.drafts()) == 1
    assert AMENDED_LINE in page.text_edit.toPlainText()

    click(qtbot, page.adopt_button)
    click_box_button(qtbot, confirm_box(qtbot, page), "Adopt as version 2")
    qtbot.waitUntil(lambda: page.version_heading.text() == "Version 2, the current agreement")
    assert [v.number for v in service.history()] == [1, 2]
    rows = list_texts(page.history_list)
    assert rows[0].startswith("Version 2 (current)") and rows[1].startswith("Version 1\n")
    assert "No agreement at a meeting has been recorded" in page.count_label.text()

    click_tab(qtbot, page.version_tabs, "Differences from the previous version")
    diff = page.diff_view.toPlainText()
    assert f"+ Added: {AMENDED_LINE}" in diff
    assert f"\u2212 Removed: {old}" in diff
    assert "Compared with version 1." in page.diff_summary.text()
    assert "Lines added: 1. Lines removed: 1." in page.diff_summary.text()

    # The earlier version is still there, read-only, and cannot be amended.
    click_list_row(qtbot, page.history_list, "Version 1")
    assert page.version_heading.text() == "Version 1, an earlier agreement"
    assert old in page.version_text.toPlainText()
    assert "7 of 7 present" in page.count_label.text()
    assert not page.amend_button.isVisible()
    assert not page.record_button.isVisible()  # counts go with the version in use
    assert service.version(1).text == service.history()[0].text

    # An earlier version can still be printed as it was.
    printer = PrintCapture(monkeypatch, tmp_path / "v1.pdf")
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: bool(printer.printed_texts))
    (printed,) = printer.printed_texts
    assert "Version 1, adopted" in printed and old in printed and AMENDED_LINE not in printed
    assert (tmp_path / "v1.pdf").stat().st_size > 1000


def test_more_agreed_than_present_is_refused_inline(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    service = adopt_v1_by_service(vault)
    page = open_page(qtbot, make_context)
    click(qtbot, page.record_button)
    record = open_dialog(qtbot, page, RecordAgreementDialog)
    qtbot.waitUntil(record.isActiveWindow)
    type_number(qtbot, record.present_spin, 5)
    type_number(qtbot, record.agreed_spin, 7)
    click(qtbot, record.record_button)
    qtbot.waitUntil(record.error_label.isVisible)
    assert record.isVisible()  # still open, with the reason next to the numbers
    assert "cannot be more than the number present" in record.error_label.text()
    assert record.agreed_spin.hasFocus()
    assert service.affirmations() == []

    type_number(qtbot, record.agreed_spin, 4)
    assert not record.error_label.isVisible()
    click(qtbot, record.record_button)
    qtbot.waitUntil(lambda: not record.isVisible())
    qtbot.waitUntil(lambda: "4 of 5 present" in page.count_label.text())
    assert [(a.present, a.agreed) for a in service.affirmations()] == [(5, 4)]


def test_cancelling_the_count_records_nothing(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    service = adopt_v1_by_service(vault)
    page = open_page(qtbot, make_context)
    click(qtbot, page.record_button)
    record = open_dialog(qtbot, page, RecordAgreementDialog)
    type_number(qtbot, record.present_spin, 6)
    click(qtbot, record.cancel_button)
    assert not record.isVisible()
    assert service.affirmations() == []
    assert "No agreement at a meeting has been recorded" in page.count_label.text()


def test_blank_start_must_have_wording_and_a_draft_can_be_discarded(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    page = open_page(qtbot, make_context)
    click(qtbot, page.start_button)
    dialog = open_dialog(qtbot, page, AgreementTemplateDialog)
    click(qtbot, dialog.buttons["blank"])
    assert "own line" in dialog.preview.toPlainText()
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(page.text_edit.isVisible)
    assert page.text_edit.toPlainText() == ""
    assert "blank page" in page.draft_meta.text()

    # Adopting an empty page is refused, kindly, and nothing is adopted.
    click(qtbot, page.adopt_button)
    click_box_button(qtbot, confirm_box(qtbot, page), "Adopt as version 1")
    qtbot.waitUntil(lambda: "The agreement is empty" in page.message.text())
    assert page.text_edit.isVisible() and page.focusWidget() is page.text_edit
    service = AgreementService(vault)
    assert service.history() == []

    qtbot.keyClicks(page.text_edit, "We listen.")
    assert "not saved yet" in page.draft_state.text()
    click(qtbot, page.discard_button)
    box = confirm_box(qtbot, page)
    assert "not affected" in box.informativeText()
    click_box_button(qtbot, box, "Cancel")
    assert page.text_edit.isVisible() and len(service.drafts()) == 1

    click(qtbot, page.discard_button)
    click_box_button(qtbot, confirm_box(qtbot, page), "Discard draft")
    qtbot.waitUntil(page.empty_heading.isVisible)
    assert service.drafts() == []
    assert not page.text_edit.isVisible()


def test_print_sends_the_agreement_to_the_printer(
    qtbot, vault: Vault, make_context: MakeContext, monkeypatch, tmp_path: Path
) -> None:
    service = adopt_v1_by_service(vault)
    service.record_agreement(7, 7)
    page = open_page(qtbot, make_context)
    assert page.print_note.isVisible()
    assert "may keep a copy" in page.print_note.text()

    pdf = tmp_path / "agreement.pdf"
    printer = PrintCapture(monkeypatch, pdf)
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: printer.dialogs == 1)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    # Qt compresses PDF text, so check what was laid out for the printer.
    (printed,) = printer.printed_texts
    assert printed.startswith(PEER.title)
    assert NEW_LINE in printed
    assert "Version 1, adopted" in printed
    assert "7 of 7 present" in printed


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot, vault: Vault, make_context: MakeContext, monkeypatch, tmp_path: Path
) -> None:
    adopt_v1_by_service(vault)
    context = make_context()
    page = open_page(qtbot, make_context, context)
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    pdf = tmp_path / "agreement.pdf"
    printer = PrintCapture(monkeypatch, pdf, accept=False)
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: printer.dialogs == 1)
    assert printer.printed_texts == [] and not pdf.exists()
    assert "Sent to the printer." not in messages


def test_every_control_has_a_name_and_the_keyboard_reaches_them(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    adopt_v1_by_service(vault)
    AgreementService(vault).amend()
    page = open_page(qtbot, make_context)
    assert_buttons_named(page)
    for widget in (
        page.history_list,
        page.version_text,
        page.diff_view,
        page.title_edit,
        page.text_edit,
        page.changes_view,
    ):
        assert widget.accessibleName().strip(), widget
    click_list_row(qtbot, page.history_list, "Draft")
    assert page.text_edit.isVisible()
    page.title_edit.setFocus()
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Tab)
    assert page.draft_tabs.hasFocus() or page.text_edit.hasFocus()


def test_a_draft_that_cannot_be_saved_keeps_its_wording_on_screen(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    service = adopt_v1_by_service(vault)
    service.amend()
    page = open_page(qtbot, make_context)
    click_list_row(qtbot, page.history_list, "Draft")
    # Paste far too much text at the end of the wording.
    too_long = "We listen. " * 2000
    QApplication.clipboard().setText(too_long)
    page.text_edit.setFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.text_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "under 20000 characters" in page.message.text()

    # Moving to version 1 would lose the edit, so the page stays on the draft and says why.
    click_list_row_anyway(qtbot, page, "Version 1")
    qtbot.waitUntil(lambda: "not saved yet" in page.message.text())
    assert page.text_edit.isVisible()
    assert too_long.strip() in page.text_edit.toPlainText()
    assert list_texts(page.history_list)[page.history_list.currentRow()].startswith("Draft")
    (draft,) = service.drafts()
    assert "We listen. We listen." not in draft.text
    QApplication.clipboard().clear()


def click_list_row_anyway(qtbot, page: AgreementView, starts_with: str) -> None:
    view = page.history_list
    for row in range(view.count()):
        item = view.item(row)
        if item.text().startswith(starts_with):
            rect = view.visualItemRect(item)
            qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
            return
    raise AssertionError(starts_with)


def test_unsaved_wording_is_kept_sealed_when_the_session_locks_and_offered_back(
    qtbot, vault: Vault, make_context: MakeContext, vault_path: Path
) -> None:
    """Issue 8: Ctrl+L, auto-lock or closing must not lose a draft's unsaved typing."""
    service = adopt_v1_by_service(vault)
    service.amend()
    context = make_context()
    page = open_page(qtbot, make_context, context)
    click_list_row(qtbot, page.history_list, "Draft")
    marker = "Kept-at-lock marker 7f3a: we text a buddy after meetings."
    page.text_edit.setFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.text_edit, marker)
    assert "not saved yet" in page.draft_state.text()

    # The shell says the session is ending; nothing is asked, the typing is kept sealed.
    context.signals.about_to_lock.emit()
    qtbot.waitUntil(lambda: service.drafts()[0].has_kept_edits)
    (draft,) = service.drafts()
    assert marker not in draft.text  # the saved wording is untouched
    assert draft.kept_text is not None and marker in draft.kept_text
    vault.checkpoint()
    assert marker.encode() not in vault_path.read_bytes()  # sealed, never plaintext
    page.close()

    # Next time the page opens, the draft is shown with the kept typing and a way back.
    page = open_page(qtbot, make_context)
    qtbot.waitUntil(page.kept_bar.isVisible)
    assert page.text_edit.isVisible() and marker in page.text_edit.toPlainText()
    assert "not saved yet" in page.draft_state.text()
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.draft_state.text() == "✓ Draft saved.")
    assert not page.kept_bar.isVisible()
    (draft,) = service.drafts()
    assert marker in draft.text and not draft.has_kept_edits


def test_kept_typing_can_be_set_aside_for_the_saved_wording(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    service = adopt_v1_by_service(vault)
    draft = service.amend()
    service.keep_edits(draft.id, title=draft.title, text="Only this line was typed.")
    page = open_page(qtbot, make_context)
    qtbot.waitUntil(page.kept_bar.isVisible)
    assert page.text_edit.toPlainText() == "Only this line was typed."
    click(qtbot, page.drop_kept_button)
    qtbot.waitUntil(lambda: page.text_edit.toPlainText() == draft.text)
    assert not page.kept_bar.isVisible()
    assert "kept changes are gone" in page.message.text()
    assert not service.drafts()[0].has_kept_edits


def test_a_locked_page_with_nothing_typed_keeps_nothing(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    service = adopt_v1_by_service(vault)
    service.amend()
    context = make_context()
    page = open_page(qtbot, make_context, context)
    click_list_row(qtbot, page.history_list, "Draft")
    context.signals.about_to_lock.emit()
    qtbot.wait(50)
    context.runner.shutdown()  # every queued operation has run
    assert not service.drafts()[0].has_kept_edits


def test_ctrl_l_in_the_real_app_keeps_the_typing_and_the_next_unlock_offers_it(
    qtbot, harness
) -> None:
    """The whole path: the shell's Ctrl+L, the keys wiped after the kept draft is sealed."""
    from safespace_desktop.ui.screens.lock_screen import LockScreen
    from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
    from tests.gui.test_shell_session import open_first_vault, type_unlock

    def unlock() -> AgreementView:
        screen = harness.window.screen_widget
        if not isinstance(screen, LockScreen):
            screen = open_first_vault(harness)
        type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
        qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
        workspace = harness.window.screen_widget
        page = workspace.show_page("agreement")
        assert isinstance(page, AgreementView)
        wait_loaded(qtbot, page)
        return page

    page = unlock()
    click(qtbot, page.start_button)
    dialog = open_dialog(qtbot, page, AgreementTemplateDialog)
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(page.text_edit.isVisible)
    page.text_edit.setFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.text_edit, "Typed just before Ctrl+L.")
    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: harness.controller.vault is not None)
    qtbot.waitUntil(lambda: not harness.controller.vault.is_unlocked, timeout=5000)

    page = unlock()
    qtbot.waitUntil(page.kept_bar.isVisible)
    assert "Typed just before Ctrl+L." in page.text_edit.toPlainText()
