"""Whose journal is on screen, group prompts, and what reaches the disk.

- A facilitator's "My reflections" shows only the facilitator's own entries: no text
  a member wrote appears in any widget of the application.
- Group prompts: a facilitator offers one from the prompts dialog; it reaches a
  member's journal only after the member opts in; answering writes an entry in the
  member's own journal; dismissing hides it for good.
- Marker scan (crypto.md claim 1, through the GUI): text typed into the title, entry,
  feelings, tags, a template and an autosaved draft is in no file under the data
  folder, in UTF-8, UTF-16-LE or case-folded, while unlocked and after lock + close.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.gui.journal_helpers import (
    MakePage,
    assert_controls_named,
    claim_member,
    click,
    destroy,
    headlines,
    page_factory,
    prompts_dialog,
    settle,
    visible_texts,
    wait_opened,
    write_entry,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[MakePage]:
    yield from page_factory(qtbot)


def forms(marker: str) -> list[bytes]:
    return [
        marker.encode("utf-8"),
        marker.encode("utf-16-le"),
        marker.casefold().encode("utf-8"),
        marker.upper().encode("utf-8"),
        marker.casefold().encode("utf-16-le"),
    ]


def scan(root: Path, markers: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in markers:
                if any(form in data for form in forms(marker)):
                    found.append((str(path), marker))
    return found


def test_a_facilitator_sees_only_their_own_reflections(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    member_words = f"member-only {secrets.token_hex(8)}"
    claim_member(vault)
    member_page = make_page(vault, add=False, autosave_delay_ms=30, autosave_max_ms=60)
    write_entry(qtbot, member_page, member_words, title=f"T {member_words}", tags="mine")
    qtbot.keyClicks(member_page.editor.body_edit, f"draft {member_words}")
    qtbot.waitUntil(lambda: JournalService(vault).load_draft() is not None, timeout=3000)
    destroy(member_page)
    vault.lock()

    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    before = QApplication.topLevelWidgets()
    page = make_page(vault, add=False)
    assert page.nav_title() == "My reflections"
    assert page.title.text() == "My reflections"
    assert headlines(page) == []
    assert page.right.currentWidget() is page.editor  # the member's draft is not offered
    assert not page.options.group_prompts_check.isVisibleTo(page.options)
    assert (
        page.entries.filters.tag_combo.count() == 1
    )  # "Any tag": the member's tags are not offered

    # The self-care check-in is one click away.
    assert page.prompt_panel.check_in_button is not None
    click(qtbot, page.prompt_panel.check_in_button)
    settle(qtbot, page)
    assert page.editor.title_edit.text() == "Self-care check-in"
    assert page.editor.body_edit.toPlainText().startswith("How am I?")
    qtbot.keyClicks(page.editor.body_edit, "Tired, but it went well.")
    click(qtbot, page.editor.save_button)
    settle(qtbot, page)
    assert headlines(page) == ["Self-care check-in"]
    click(qtbot, page.entries.calendar_button)
    settle(qtbot, page)
    click(qtbot, page.entries.filters_button)
    settle(qtbot, page)
    click(qtbot, page.options_button)
    settle(qtbot, page)
    assert_controls_named(page)

    texts = visible_texts()
    assert any("Tired, but it went well." in text for text in texts)
    leaks = [text for text in texts if member_words.split()[1] in text]
    assert leaks == []
    # And the member's entry is not in the facilitator's journal, whatever is searched.
    qtbot.keyClicks(page.entries.search_edit, member_words.split()[1])
    settle(qtbot, page)
    assert headlines(page) == []
    # Gone with the session: no stray window of the page is left behind.
    destroy(page)
    assert [w for w in QApplication.topLevelWidgets() if not any(w is b for b in before)] == []


def test_group_prompts_reach_a_member_only_after_opting_in(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    member = claim_member(vault)
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)

    # The facilitator offers a prompt from the prompts dialog.
    facilitator_page = make_page(vault, add=False)
    click(qtbot, facilitator_page.prompt_panel.prompts_button)
    settle(qtbot, facilitator_page)
    dialog = prompts_dialog(qtbot, facilitator_page)
    assert dialog is not None and dialog.group_tab is not None
    dialog.tabs.setCurrentWidget(dialog.group_tab)
    assert_controls_named(dialog)
    qtbot.keyClicks(dialog.group_text, "What will you carry into this week?")
    click(qtbot, dialog.offer_button)
    settle(qtbot, facilitator_page)
    assert dialog.offered_list.item(0).text().startswith("What will you carry into this week?")
    PromptsService(vault).offer_group_prompt("A second prompt for the group.")
    offered = {p.text: p.id for p in PromptsService(vault).offered_group_prompts()}
    assert set(offered) == {"What will you carry into this week?", "A second prompt for the group."}
    dialog.reject()
    destroy(facilitator_page)

    vault.unlock(member.handle, member.secret)
    page = make_page(vault)
    assert page.group_prompts.rows == [] and not page.group_prompts.isVisible()

    click(qtbot, page.options_button)
    settle(qtbot, page)
    assert not page.options.group_prompts_check.isChecked()
    click(qtbot, page.options.group_prompts_check)
    settle(qtbot, page)
    page.options.hide()
    assert {row.prompt.text for row in page.group_prompts.rows} == set(offered)
    assert page.group_prompts.isVisible()

    # Answer the first: an entry in the member's own journal, and the prompt leaves.
    answered = next(
        row for row in page.group_prompts.rows if row.prompt.text.startswith("What will")
    )
    prompt, write = answered.prompt, answered.write_button
    click(qtbot, write)
    assert page.editor.prompt_label.text() == prompt.text
    qtbot.keyClicks(page.editor.body_edit, "Patience with myself.")
    click(qtbot, page.editor.save_button)
    settle(qtbot, page)
    saved = JournalService(vault).list_entries()
    assert [(e.body, e.prompt) for e in saved] == [("Patience with myself.", prompt.text)]
    assert [row.prompt.text for row in page.group_prompts.rows] == [
        "A second prompt for the group."
    ]

    # Dismiss the second; it stays dismissed on the next unlock.
    dismiss = page.group_prompts.rows[0].dismiss_button
    click(qtbot, dismiss)
    settle(qtbot, page)
    assert page.group_prompts.rows == [] and not page.group_prompts.isVisible()
    again = make_page(vault)
    assert again.options.group_prompts_check.isChecked()
    assert again.group_prompts.rows == []
    # Nothing went back to the group: both prompts are still offered, unchanged.
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert {p.text for p in PromptsService(vault).offered_group_prompts()} == set(offered)


def test_marker_scan_after_typing_into_the_journal(
    qtbot: QtBot, vault: Vault, vault_path: Path, make_page: MakePage
) -> None:
    data = vault_path.parent.parent
    markers = [secrets.token_hex(8) for _ in range(8)]
    claim_member(vault)
    page = make_page(vault, add=False, autosave_delay_ms=30, autosave_max_ms=60)
    write_entry(
        qtbot,
        page,
        f"Body {markers[0]}",
        title=f"Title {markers[1]}",
        mood=2,
        feelings=f"f{markers[2]}",
        tags=f"t{markers[3]}",
    )
    # A template the member made.
    click(qtbot, page.prompt_panel.prompts_button)
    settle(qtbot, page)
    dialog = prompts_dialog(qtbot, page)
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.template_name, f"Name {markers[4]}")
    qtbot.keyClicks(dialog.template_body, f"Template {markers[5]}")
    click(qtbot, dialog.save_template_button)
    settle(qtbot, page)
    dialog.reject()
    # A draft, autosaved and never saved as an entry.
    click(qtbot, page.editor.new_button)
    settle(qtbot, page)
    qtbot.keyClicks(page.editor.title_edit, f"Draft title {markers[6]}")
    qtbot.keyClicks(page.editor.body_edit, f"Draft body {markers[7]}")
    qtbot.waitUntil(lambda: "sealed draft" in page.editor.status_label.text(), timeout=3000)

    journal = JournalService(vault)
    draft = journal.load_draft()
    assert draft is not None and markers[7] in draft.entry.body
    entry = journal.list_entries()[0]
    assert markers[0] in entry.body and entry.feelings == (f"f{markers[2]}",)
    # While unlocked, with a live WAL, nothing typed is on disk either.
    assert scan(data, markers) == []

    page.hide()  # the shell hides the page, then locks and closes
    destroy(page)
    vault.close()
    assert scan(data, markers) == []
    # Sanity control: the scanner does find a marker that reached a file.
    (data / "control.txt").write_text(markers[0], encoding="utf-16-le")
    assert scan(data, markers) == [(str(data / "control.txt"), markers[0])]


def test_locking_the_app_keeps_the_draft_and_hides_the_text(qtbot: QtBot, harness) -> None:  # type: ignore[no-untyped-def]
    """In the real shell: type, press Ctrl+L at once (before any autosave), unlock."""
    from PySide6.QtCore import Qt, QTimer

    from safespace_desktop.ui.journal.view import JournalView
    from safespace_desktop.ui.screens.lock_screen import LockScreen
    from safespace_desktop.ui.shell.workspace import Workspace
    from tests.gui.test_shell_session import type_unlock, unlock

    words = f"typed just before locking {secrets.token_hex(8)}"
    workspace = unlock(qtbot, harness)
    page = workspace.show_page("journal")
    assert isinstance(page, JournalView) and page.isVisible()
    wait_opened(qtbot, page)
    qtbot.keyClicks(page.editor.body_edit, words)
    idle = page.findChild(QTimer, "journalDraftIdleTimer")
    assert idle is not None and idle.isActive()  # nothing saved yet
    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = harness.window.screen_widget
    assert isinstance(screen, LockScreen)
    QApplication.processEvents()
    assert not any(words in text for text in visible_texts())

    type_unlock(qtbot, screen, FACILITATOR_HANDLE, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, Workspace), timeout=5000)
    workspace = harness.window.screen_widget
    page = workspace.show_page("journal")
    assert isinstance(page, JournalView)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.draft_card, timeout=3000)
    click(qtbot, page.draft_card.continue_button)
    settle(qtbot, page)
    assert page.editor.body_edit.toPlainText() == words


def test_a_draft_is_sealed_when_the_session_is_about_to_lock(
    qtbot: QtBot, vault: Vault, make_page: MakePage
) -> None:
    """Auto-lock, F12 or closing the window: the shell says "about to lock" before it
    wipes the keys; unsaved typing is sealed as a draft then, with nothing asked."""
    claim_member(vault)
    # Long intervals: neither timer saves; the page stays on screen.
    page = make_page(vault, autosave_delay_ms=60_000, autosave_max_ms=60_000)
    qtbot.keyClicks(page.editor.body_edit, "words from just before the idle lock")
    assert JournalService(vault).load_draft() is None
    assert page.isVisible()
    controller = page.controller
    assert controller is not None
    controller.context.signals.about_to_lock.emit()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: JournalService(vault).load_draft() is not None, timeout=3000)
    draft = JournalService(vault).load_draft()
    assert draft is not None and draft.entry.body == "words from just before the idle lock"
