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
from safespace_desktop.ui.pages.agreement_page import AgreementPage
from tests.gui.agreement_helpers import (
    LEFT,
    MakeContext,
    PrintCapture,
    assert_buttons_named,
    click,
    click_box_button,
    click_list_row,
    click_tab,
    list_texts,
    plain,
    show,
    type_number,
)

pytestmark = pytest.mark.gui

PEER = next(t for t in TEMPLATES if t.key == "peer-support")
OLD_LINE = agreement_lines(PEER.text)[4]
NEW_LINE = "One person speaks at a time; we pass the talking stone."
AMENDED_LINE = "Everyone may pass, and nobody has to explain why."


def open_page(qtbot, make_context: MakeContext) -> AgreementPage:
    page = AgreementPage(make_context())
    show(qtbot, page)
    return page


def replace_line(qtbot, page: AgreementPage, old: str, new: str) -> None:
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
    page = open_page(qtbot, make_context)
    messages: list[str] = []
    page.context.signals.status_message.connect(messages.append)
    assert page.nav_title() == "Group agreement"

    # Nothing yet: a friendly empty state with one way forward.
    assert page.empty_heading.isVisible()
    assert "hasn't written its agreement" in page.empty_heading.text()
    assert not page.history_list.isVisible()

    # Start from a template: each choice has a short description and a preview.
    click(qtbot, page.start_button)
    dialog = page.template_dialog
    assert dialog is not None and dialog.isVisible()
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
    assert page.text_edit.isVisible() and page.title_edit.isVisible()
    assert page.title_edit.text() == PEER.title
    assert OLD_LINE in page.text_edit.toPlainText()
    assert list_texts(page.history_list) == ["Draft: not adopted yet"]
    assert plain(page.adopt_button.text()) == "Adopt as version 1…"

    # Edit one line and save.
    replace_line(qtbot, page, OLD_LINE, NEW_LINE)
    assert "not saved yet" in page.draft_state.text()
    click(qtbot, page.save_button)
    assert page.draft_state.text() == "✓ Draft saved."
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
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert "read-only" in box.informativeText()
    assert_buttons_named(box)
    click_box_button(qtbot, box, "Adopt as version 1")
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
    record = page.record_dialog
    assert record is not None and record.isVisible()
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
    assert "7 of 7 present" in page.count_label.text()
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
    assert page.text_edit.isVisible()
    assert page.draft_heading.text() == "Draft for version 2"
    assert "Amending version 1." in page.draft_meta.text()
    assert list_texts(page.history_list)[0] == "Draft: amending version 1"
    assert plain(page.adopt_button.text()) == "Adopt as version 2…"
    old = agreement_lines(service.version(1).text)[3]
    replace_line(qtbot, page, old, AMENDED_LINE)

    # Going back to version 1 keeps the amendment (saved on the way) and v1 unchanged.
    click_list_row(qtbot, page.history_list, "Version 1")
    assert page.version_heading.text() == "Version 1, the current agreement"
    assert AMENDED_LINE not in page.version_text.toPlainText()
    (draft,) = service.drafts()
    assert AMENDED_LINE in draft.text
    # Amending again opens the same draft rather than starting a second one.
    click(qtbot, page.amend_button)
    assert "already have an amendment" in page.message.text()
    assert len(service.drafts()) == 1
    assert AMENDED_LINE in page.text_edit.toPlainText()

    click(qtbot, page.adopt_button)
    click_box_button(qtbot, page.confirm_box, "Adopt as version 2")
    assert [v.number for v in service.history()] == [1, 2]
    assert page.version_heading.text() == "Version 2, the current agreement"
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
    (printed,) = printer.printed_texts
    assert "Version 1, adopted" in printed and old in printed and AMENDED_LINE not in printed
    assert (tmp_path / "v1.pdf").stat().st_size > 1000


def test_more_agreed_than_present_is_refused_inline(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    service = adopt_v1_by_service(vault)
    page = open_page(qtbot, make_context)
    click(qtbot, page.record_button)
    record = page.record_dialog
    assert record is not None
    qtbot.waitUntil(record.isActiveWindow)
    type_number(qtbot, record.present_spin, 5)
    type_number(qtbot, record.agreed_spin, 7)
    click(qtbot, record.record_button)
    assert record.isVisible()  # still open, with the reason next to the numbers
    assert record.error_label.isVisible()
    assert "cannot be more than the number present" in record.error_label.text()
    assert record.agreed_spin.hasFocus()
    assert service.affirmations() == []

    type_number(qtbot, record.agreed_spin, 4)
    assert not record.error_label.isVisible()
    click(qtbot, record.record_button)
    qtbot.waitUntil(lambda: not record.isVisible())
    assert "4 of 5 present" in page.count_label.text()
    assert [(a.present, a.agreed) for a in service.affirmations()] == [(5, 4)]


def test_cancelling_the_count_records_nothing(
    qtbot, vault: Vault, make_context: MakeContext
) -> None:
    service = adopt_v1_by_service(vault)
    page = open_page(qtbot, make_context)
    click(qtbot, page.record_button)
    record = page.record_dialog
    assert record is not None
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
    dialog = page.template_dialog
    assert dialog is not None
    click(qtbot, dialog.buttons["blank"])
    assert "own line" in dialog.preview.toPlainText()
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.text_edit.toPlainText() == ""
    assert "blank page" in page.draft_meta.text()

    # Adopting an empty page is refused, kindly, and nothing is adopted.
    click(qtbot, page.adopt_button)
    click_box_button(qtbot, page.confirm_box, "Adopt as version 1")
    assert "The agreement is empty" in page.message.text()
    assert page.text_edit.isVisible() and page.text_edit.hasFocus()
    service = AgreementService(vault)
    assert service.history() == []

    qtbot.keyClicks(page.text_edit, "We listen.")
    assert "not saved yet" in page.draft_state.text()
    click(qtbot, page.discard_button)
    assert "not affected" in (page.confirm_box.informativeText() if page.confirm_box else "")
    click_box_button(qtbot, page.confirm_box, "Cancel")
    assert page.text_edit.isVisible() and len(service.drafts()) == 1

    click(qtbot, page.discard_button)
    click_box_button(qtbot, page.confirm_box, "Discard draft")
    assert service.drafts() == []
    assert page.empty_heading.isVisible()
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
    assert printer.dialogs == 1
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
    page = open_page(qtbot, make_context)
    messages: list[str] = []
    page.context.signals.status_message.connect(messages.append)
    pdf = tmp_path / "agreement.pdf"
    printer = PrintCapture(monkeypatch, pdf, accept=False)
    click(qtbot, page.print_button)
    assert printer.dialogs == 1
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
    assert page.text_edit.isVisible()
    assert too_long.strip() in page.text_edit.toPlainText()
    assert "not saved yet" in page.message.text()
    assert list_texts(page.history_list)[page.history_list.currentRow()].startswith("Draft")
    (draft,) = service.drafts()
    assert "We listen. We listen." not in draft.text
    QApplication.clipboard().clear()


def click_list_row_anyway(qtbot, page: AgreementPage, starts_with: str) -> None:
    view = page.history_list
    for row in range(view.count()):
        item = view.item(row)
        if item.text().startswith(starts_with):
            rect = view.visualItemRect(item)
            qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
            return
    raise AssertionError(starts_with)
