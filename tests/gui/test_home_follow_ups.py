"""W5 (follow-up part) through the whole app, as a facilitator would: after unlocking,
Home is the first page; flag "J. stepped out - call tomorrow"; it stays on the
dashboard, overdue ones first, until it is marked done with one key (Space)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from safespace_desktop.core.meetings.model import Cadence
from safespace_desktop.core.model import Member, MemberDraft
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.follow_ups import FollowUpDraft, FollowUpsService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.home import home_page
from safespace_desktop.ui.home.view import HomeView
from safespace_desktop.ui.shell.workspace import Workspace
from tests.gui.agreement_helpers import assert_buttons_named
from tests.gui.conftest import AppHarness
from tests.gui.roster_gui import BoxAnswer, session_context, settle, show
from tests.gui.test_shell_session import unlock

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


def list_texts(view: HomeView) -> list[str]:
    return [view.list.item(i).text() for i in range(view.list.count())]


def wait_rows(qtbot: QtBot, view: HomeView, count: int) -> None:
    qtbot.waitUntil(lambda: view.list.count() == count, timeout=5000)


def test_w5_follow_up_stays_on_home_until_done(qtbot: QtBot, harness: AppHarness) -> None:
    workspace = unlock(qtbot, harness)
    assert isinstance(workspace, Workspace)
    assert workspace.specs[0].key == "home" and workspace.nav.currentRow() == 0
    view = workspace.current_page()
    assert isinstance(view, HomeView)
    qtbot.waitUntil(lambda: view.summary.text() != "", timeout=5000)
    assert_buttons_named(view)
    assert "Nothing to follow up" in view.summary.text()

    text = view.findChild(QLineEdit, "followUpText")
    assert text is not None
    text.setFocus()
    qtbot.keyClicks(text, "J. stepped out - call tomorrow")
    view.has_due.setChecked(True)
    tomorrow = today_from(harness.clock.now()) + timedelta(days=1)
    view.due_edit.setDate(view.due_edit.date().addDays(1))
    add = view.findChild(QPushButton, "addFollowUpButton")
    assert add is not None
    qtbot.mouseClick(add, LEFT)
    wait_rows(qtbot, view, 1)
    assert "J. stepped out - call tomorrow" in list_texts(view)[0]
    assert text.text() == ""  # the form is ready for the next one

    # still there after leaving Home and coming back
    workspace.show_page("members")
    workspace.show_page("home")
    wait_rows(qtbot, view, 1)

    # two days later it is overdue and comes first
    vault = harness.controller.vault
    assert vault is not None
    FollowUpsService(vault).add(FollowUpDraft("Order more tea", tomorrow + timedelta(days=5)))
    harness.clock.advance(2 * 86400)
    view.controller.load()  # type: ignore[union-attr]
    wait_rows(qtbot, view, 2)
    qtbot.waitUntil(lambda: list_texts(view)[0].startswith("Overdue"), timeout=5000)
    assert "J. stepped out" in list_texts(view)[0]
    assert "Overdue: 1." in view.summary.text()

    # one key marks it done; it leaves the dashboard
    view.list.setFocus()
    view.list.setCurrentRow(0)
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    wait_rows(qtbot, view, 1)
    assert "Order more tea" in list_texts(view)[0]
    message = view.findChild(QLabel, "homeMessage")
    assert message is not None and "Marked done" in message.text()
    done = [f for f in FollowUpsService(vault).list(include_done=True) if f.done]
    assert [f.text for f in done] == ["J. stepped out - call tomorrow"]


def test_linking_a_member_and_a_meeting_and_editing(qtbot: QtBot, vault: Vault) -> None:
    alex_a = MembersService(vault).add_member(MemberDraft("Alex", "she/her", ""))
    MembersService(vault).add_member(MemberDraft("Alex", "they/them", ""))
    meeting = MeetingsService(vault).add_extra(
        today_from(vault.clock.now()) - timedelta(days=1), start="18:30", minutes=90
    )
    MeetingsService(vault).set_schedule(
        Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, place="Hall"
    )
    with session_context(vault) as context:
        view = home_page(context)
        show(qtbot, view)
        settle(qtbot)
        assert view.next_meeting.text().startswith("Next meeting:")
        members = view.findChild(QComboBox, "followUpMember")
        meetings = view.findChild(QComboBox, "followUpMeeting")
        assert members is not None and meetings is not None
        names = [members.itemText(i) for i in range(members.count())]
        assert sum(1 for n in names if n.startswith("Alex (she/her")) == 1  # told apart
        members.setCurrentIndex(members.findData(alex_a.id))
        meetings.setCurrentIndex(meetings.findData(meeting.id))
        qtbot.keyClicks(view.text_edit, "Asked for a call")
        qtbot.mouseClick(view.add_button, LEFT)
        settle(qtbot)
        wait_rows(qtbot, view, 1)
        assert "(Alex" in list_texts(view)[0]
        [item] = FollowUpsService(vault).list()
        assert item.member_id == alex_a.id and item.meeting_id == meeting.id

        # edit it while someone else changes it first: refused, typing kept, Reload
        view.list.setCurrentRow(0)
        view.text_edit.selectAll()
        qtbot.keyClicks(view.text_edit, "Asked for a call on Friday")
        FollowUpsService(vault).update(item.id, FollowUpDraft("Theirs"), expected_rev=item.rev)
        qtbot.mouseClick(view.save_button, LEFT)
        settle(qtbot)
        assert view.stale.isVisible() and view.text_edit.text() == "Asked for a call on Friday"
        qtbot.mouseClick(view.stale.reload_button, LEFT)
        settle(qtbot)
        qtbot.waitUntil(lambda: view.text_edit.text() == "Theirs", timeout=5000)


def test_removing_a_follow_up_added_by_mistake(qtbot: QtBot, vault: Vault) -> None:
    FollowUpsService(vault).add(FollowUpDraft("Typo follow-up"))
    keep = FollowUpsService(vault).add(FollowUpDraft("Real one"))
    with session_context(vault) as context:
        view = home_page(context)
        show(qtbot, view)
        settle(qtbot)
        wait_rows(qtbot, view, 2)
        row = next(i for i, text in enumerate(list_texts(view)) if "Typo" in text)
        view.list.setCurrentRow(row)
        answer = BoxAnswer("Remove it")
        qtbot.mouseClick(view.remove_button, LEFT)
        qtbot.waitUntil(lambda: answer.clicked or bool(answer.problem), timeout=5000)
        assert answer.problem == ""
        settle(qtbot)
        wait_rows(qtbot, view, 1)
    assert [f.id for f in FollowUpsService(vault).list(include_done=True)] == [keep.id]


def test_the_list_comes_before_the_names(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: Home's first read is the follow-ups and the meetings only; the roster
    (1,000 people to open on the first Home of a session at M) is read after it, and
    the names and the "about whom" choices arrive with it."""
    sam = MembersService(vault).add_member(MemberDraft("Sam", "", ""))
    FollowUpsService(vault).add(FollowUpDraft("Call about the lift", member_id=sam.id))
    release = threading.Event()
    real = MembersService.list_members

    def held(self: MembersService, **kwargs: bool) -> list[Member]:
        release.wait(10)
        return real(self, **kwargs)

    monkeypatch.setattr(MembersService, "list_members", held)
    with session_context(vault) as context:
        view = home_page(context)
        show(qtbot, view)
        try:
            wait_rows(qtbot, view, 1)
            assert "Call about the lift" in list_texts(view)[0]
            assert "Sam" not in list_texts(view)[0]  # the roster is still being read
            members = view.findChild(QComboBox, "followUpMember")
            assert members is not None and members.findData(sam.id) < 0
        finally:
            release.set()
        qtbot.waitUntil(lambda: "(Sam)" in list_texts(view)[0], timeout=5000)
        assert members.findData(sam.id) > 0
        view.list.setCurrentRow(0)
        qtbot.waitUntil(lambda: view.text_edit.text() == "Call about the lift", timeout=5000)
        assert members.currentData() == sam.id
        settle(qtbot)
