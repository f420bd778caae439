"""Unsaved roster edits survive a lock: kept sealed, then offered back (issue 8).

Before, typing in the member form vanished without a word on Ctrl+L, auto-lock or
closing the window. Now the page keeps it as a sealed draft when the session ends and
offers it back the next time that member is opened: Restore or Discard.
"""

from __future__ import annotations

import secrets

import pytest
from PySide6.QtCore import Qt

from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.form_drafts import FormDraftsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from tests.gui.roster_gui import click, open_members_page, session_context, settle
from tests.unit.security_helpers import raw_rows

pytestmark = pytest.mark.gui


def lock_with_typing(qtbot, vault: Vault, type_into) -> None:
    """Open the Members page, type without saving, and let the session end."""
    with session_context(vault) as context:
        page = open_members_page(qtbot, context)
        type_into(page)
        assert page.controller.has_unsaved_changes()
        context.signals.about_to_lock.emit()  # what Ctrl+L, idle time and closing send
        settle(qtbot)
        page.close()


def test_unsaved_edits_are_kept_sealed_at_lock_and_restored(qtbot, vault: Vault) -> None:
    bea = MembersService(vault).add_member(MemberDraft("Bea", "she/her"))
    marker = secrets.token_hex(6)

    def type_into(page) -> None:
        qtbot.keyClicks(page.form.note_edit, f"Half-written {marker}")
        click(qtbot, page.form.access_checks[next(iter(page.form.access_checks))])

    lock_with_typing(qtbot, vault, type_into)
    assert MembersService(vault).get(bea.id).note == ""  # nothing was saved for real
    assert len(raw_rows(vault, "form_drafts")) == 1
    vault.checkpoint()
    assert marker.encode() not in vault.path.read_bytes()  # the draft is sealed

    with session_context(vault) as context:
        page = open_members_page(qtbot, context)
        banner = page.member.draft_banner
        assert page.controller.current_member().id == bea.id
        assert banner.isVisibleTo(page)
        assert "unsaved changes to this member from before the app locked" in banner.text.text()
        assert page.form.note_edit.toPlainText() == ""  # nothing is put back unasked
        click(qtbot, banner.restore_button)
        assert not banner.isVisibleTo(page)
        assert page.form.note_edit.toPlainText() == f"Half-written {marker}"
        assert any(check.isChecked() for check in page.form.access_checks.values())
        assert page.controller.has_unsaved_changes()
        assert FormDraftsService(vault).load("member", bea.id) is None  # offered once
        click(qtbot, page.member.save_button)
        assert MembersService(vault).get(bea.id).note == f"Half-written {marker}"


def test_a_kept_draft_can_be_discarded(qtbot, vault: Vault) -> None:
    bea = MembersService(vault).add_member(MemberDraft("Bea"))
    lock_with_typing(qtbot, vault, lambda page: qtbot.keyClicks(page.form.note_edit, "Oops"))

    with session_context(vault) as context:
        page = open_members_page(qtbot, context)
        banner = page.member.draft_banner
        assert banner.isVisibleTo(page)
        click(qtbot, banner.discard_button)
        assert not banner.isVisibleTo(page)
        assert page.form.note_edit.toPlainText() == ""
        assert not page.controller.has_unsaved_changes()
    assert FormDraftsService(vault).load("member", bea.id) is None
    assert raw_rows(vault, "form_drafts") == []


def test_a_new_member_being_typed_is_kept_too(qtbot, vault: Vault) -> None:
    def type_into(page) -> None:
        click(qtbot, page.list.add_button)
        qtbot.keyClicks(page.form.name_edit, "Newcomer Nia")

    lock_with_typing(qtbot, vault, type_into)
    assert MembersService(vault).list_members() == []

    with session_context(vault) as context:
        page = open_members_page(qtbot, context)
        assert not page.member.draft_banner.isVisibleTo(page)  # nobody shown yet
        click(qtbot, page.list.add_button)
        banner = page.member.draft_banner
        assert banner.isVisibleTo(page)
        assert "You were adding someone when the app locked" in banner.text.text()
        click(qtbot, banner.restore_button)
        assert page.form.name_edit.text() == "Newcomer Nia"
        qtbot.keyClick(page.form.name_edit, Qt.Key.Key_Return)
        settle(qtbot)
    assert [m.name for m in MembersService(vault).list_members()] == ["Newcomer Nia"]


def test_nothing_is_kept_when_nothing_was_typed(qtbot, vault: Vault) -> None:
    MembersService(vault).add_member(MemberDraft("Bea"))
    with session_context(vault) as context:
        page = open_members_page(qtbot, context)
        context.signals.about_to_lock.emit()
        settle(qtbot)
        page.close()
    assert raw_rows(vault, "form_drafts") == []
