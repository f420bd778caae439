"""The conflicts page (issue #12): both versions side by side with who and when, keyboard
operable, and resolving by typing a combination clears the conflict."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit
from pytestqt.qtbot import QtBot

from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.conflicts import ConflictsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.conflicts import conflicts_page
from safespace_desktop.ui.conflicts.view import ConflictsView
from safespace_desktop.ui.session.context import SessionContext
from tests.gui.roster_gui import session_context, show
from tests.unit.conflict_helpers import make_conflict

pytestmark = pytest.mark.gui


@pytest.fixture
def context(vault: Vault) -> Iterator[SessionContext]:
    with session_context(vault) as made:
        yield made


@pytest.fixture
def member_id(vault: Vault) -> str:
    member = MembersService(vault).add_member(MemberDraft("Alex", "they/them", "tea"))
    make_conflict(vault, "members", member.id, "note", "Prefers the window seat", "Likes tea")
    return member.id


def open_page(qtbot: QtBot, context: SessionContext) -> ConflictsView:
    page = conflicts_page(context)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.list.count() > 0 or "No conflicts" in page.summary.text())
    return page


def test_versions_side_by_side_with_who_and_when(
    qtbot: QtBot, context: SessionContext, member_id: str
) -> None:
    page = open_page(qtbot, context)
    assert page.list.count() == 1
    assert "Alex" in page.list.item(0).text() and "Note" in page.list.item(0).text()
    texts = [page.findChild(QPlainTextEdit, f"versionText{i}") for i in (0, 1)]
    assert [t.toPlainText() for t in texts if t] == ["Prefers the window seat", "Likes tea"]
    for text in texts:
        assert text is not None and text.isReadOnly()
        assert "edited at" in text.accessibleName() and "another computer" in text.accessibleName()
    for button in page.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.text().strip() or button.accessibleName().strip()


def test_resolving_by_typing_a_combination(
    qtbot: QtBot, context: SessionContext, vault: Vault, member_id: str
) -> None:
    page = open_page(qtbot, context)
    # Keyboard only: Tab from the list reaches the versions, then the combination box.
    page.list.setFocus()
    edit = page.combination_edit
    for _ in range(8):
        if edit.hasFocus():
            break
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "Window seat, and tea at the break")
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is page.keep_combination_button
    qtbot.keyClick(page.keep_combination_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "No conflicts" in page.summary.text())
    assert "Saved your choice" in page.message.text()
    assert ConflictsService(vault).list_conflicts() == []
    [member] = [m for m in MembersService(vault).list_members() if m.id == member_id]
    assert member.note == "Window seat, and tea at the break"


def test_keeping_one_version_with_its_button(
    qtbot: QtBot, context: SessionContext, vault: Vault, member_id: str
) -> None:
    page = open_page(qtbot, context)
    qtbot.mouseClick(page.keep_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 0)
    [member] = [m for m in MembersService(vault).list_members() if m.id == member_id]
    assert member.note == "Prefers the window seat"
