"""W6 through the whole app (issue 13): a facilitator starts the feedback screen from a
meeting's Feedback tab; three people answer one after another; the facilitator sees
nothing after two and the aggregates after three. The kiosk shows nothing of the vault,
locks the session behind it, and closes only for a facilitator's passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.meetings.model import TopicSource
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.meetings import TopicsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.feedback.view import FeedbackView
from safespace_desktop.ui.kiosk.forms import MeetingForm
from safespace_desktop.ui.kiosk.view import KioskScreen
from safespace_desktop.ui.meetings.view import MeetingsView
from safespace_desktop.ui.shell.workspace import Workspace
from tests.conftest import FACILITATOR_PASS
from tests.gui.conftest import AppHarness
from tests.gui.roster_gui import unnamed_buttons
from tests.gui.test_shell_session import unlock, visible_text
from tests.unit.attendance_helpers import new_meeting_id
from tests.unit.security_helpers import find_markers, new_marker, raw_rows, vault_files

pytestmark = pytest.mark.gui

ROSTER = ("Marisol Quenby", "Tobias Wrenfield", "Oyelaran Pike")


def open_feedback_tab(qtbot: QtBot, workspace: Workspace) -> FeedbackView:
    page = workspace.show_page("meetings")
    assert isinstance(page, MeetingsView)
    qtbot.waitUntil(lambda: page.upcoming.count() + page.past.count() > 0, timeout=5000)
    # The Feedback tab's panel is built when the tab is first opened (issue 15).
    page.detail_tabs.setCurrentWidget(page.findChild(QWidget, "feedbackTab"))
    tab = page.findChild(FeedbackView, "feedbackPanel")
    assert tab is not None
    return tab


def start_kiosk(qtbot: QtBot, h: AppHarness, tab: FeedbackView) -> KioskScreen:
    qtbot.waitUntil(lambda: bool(tab.controller and tab.controller.meeting_id), timeout=5000)
    qtbot.waitUntil(tab.kiosk_button.isEnabled, timeout=5000)
    tab.kiosk_button.setFocus()
    qtbot.keyClick(tab.kiosk_button, Qt.Key.Key_Space)  # keyboard reachable
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, KioskScreen), timeout=5000)
    kiosk = h.window.screen_widget
    assert isinstance(kiosk, KioskScreen)
    vault = h.controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=5000)  # the session locked
    return kiosk


def give(
    qtbot: QtBot, kiosk: KioskScreen, rating: int, helped: str, better: str, topic: str = ""
) -> None:
    form = kiosk.form
    assert isinstance(form, MeetingForm)
    button = kiosk.findChild(QWidget, f"kioskRating{rating}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.helped, helped)
    qtbot.keyClicks(form.better, better)
    if topic:
        qtbot.keyClicks(form.topic, topic)
    qtbot.mouseClick(kiosk.send_button, Qt.MouseButton.LeftButton)
    # cleared the moment it is sent
    assert (form.rating(), form.helped.toPlainText(), form.better.toPlainText()) == (0, "", "")
    assert form.topic.text() == ""
    qtbot.waitUntil(
        lambda: kiosk.thanks.isVisible() and kiosk.send_button.isEnabled(), timeout=5000
    )


def leave(qtbot: QtBot, kiosk: KioskScreen, passphrase: str) -> None:
    qtbot.mouseClick(kiosk.facilitator_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentIndex() == 1
    qtbot.keyClicks(kiosk.passphrase.edit, passphrase)
    qtbot.keyClick(kiosk.passphrase.edit, Qt.Key.Key_Return)


def back_to_workspace(qtbot: QtBot, h: AppHarness, kiosk: KioskScreen) -> Workspace:
    leave(qtbot, kiosk, FACILITATOR_PASS)
    qtbot.waitUntil(lambda: isinstance(h.window.screen_widget, Workspace), timeout=10000)
    workspace = h.window.screen_widget
    assert isinstance(workspace, Workspace)
    assert h.window.menuBar().isVisible() and h.window.statusBar().isVisible()
    return workspace


def test_w6_three_kiosk_responses(qtbot: QtBot, harness: AppHarness, tmp_path: Path) -> None:
    workspace = unlock(qtbot, harness)
    vault = harness.controller.vault
    assert isinstance(vault, Vault)
    markers = [new_marker() for _ in range(7)]
    for name in ROSTER:
        MembersService(vault).add_member(MemberDraft(name, "", ""))
    meeting = new_meeting_id(vault)
    tab = open_feedback_tab(qtbot, workspace)
    qtbot.waitUntil(lambda: tab.controller.meeting_id == meeting, timeout=5000)
    qtbot.waitUntil(tab.hidden_note.isVisible, timeout=5000)

    kiosk = start_kiosk(qtbot, harness, tab)
    # the whole window is the form: no menus, no status bar, nothing of the vault
    assert not harness.window.menuBar().isVisible()
    assert not harness.window.statusBar().isVisible()
    assert not harness.window.switch_action.isEnabled()
    assert not harness.window.lock_action.isEnabled()
    shown = " ".join(visible_text(harness.window)).casefold()
    for marker in (*ROSTER, "riverside circle", "robin", "tuesday group"):
        assert marker.casefold() not in shown, marker
    assert unnamed_buttons(kiosk) == []
    harness.window.close()  # closing the window is refused while the kiosk shows
    assert harness.window.isVisible() and harness.window.screen_widget is kiosk

    give(
        qtbot,
        kiosk,
        5,
        f"the quiet start {markers[0]}",
        f"more tea {markers[1]}",
        f"sleep {markers[2]}",
    )
    give(qtbot, kiosk, 3, f"being heard {markers[3]}", f"a longer break {markers[4]}")
    # someone walks away half-way: after a quiet while the form clears itself (the
    # timer's end is simulated, never waited for)
    form = kiosk.form
    assert isinstance(form, MeetingForm)
    qtbot.keyClicks(form.better, "half a thought")
    assert not kiosk.thanks.isVisible()  # typing again hides the last thank-you
    controller = kiosk.controller  # type: ignore[attr-defined]
    assert controller.idle_timer.isActive()
    controller.idle_timer.timeout.emit()
    assert form.better.toPlainText() == ""
    # the kiosk never shows what was given: not even the thank-you repeats it
    shown = " ".join(visible_text(kiosk))
    assert all(m not in shown for m in markers)

    leave(qtbot, kiosk, "not the right passphrase at all")
    qtbot.waitUntil(kiosk.leave_error.isVisible, timeout=10000)
    assert harness.window.screen_widget is kiosk and not vault.is_unlocked
    assert kiosk.passphrase.text() == ""
    qtbot.mouseClick(kiosk.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentIndex() == 0

    workspace = back_to_workspace(qtbot, harness, kiosk)
    tab = open_feedback_tab(qtbot, workspace)
    qtbot.waitUntil(lambda: tab.controller.meeting_id == meeting, timeout=5000)
    qtbot.waitUntil(tab.hidden_note.isVisible, timeout=5000)
    assert not tab.summary.isVisible() and tab.helped.count() == 0
    assert all(m not in " ".join(tab.item_texts()) for m in markers)

    kiosk = start_kiosk(qtbot, harness, tab)
    give(qtbot, kiosk, 4, f"the reading {markers[5]}", f"start on time {markers[6]}")
    workspace = back_to_workspace(qtbot, harness, kiosk)
    tab = open_feedback_tab(qtbot, workspace)
    qtbot.waitUntil(lambda: tab.controller.meeting_id == meeting, timeout=5000)
    qtbot.waitUntil(tab.summary.isVisible, timeout=5000)
    assert tab.summary.text() == "3 replies. Average rating 4.0 out of 5."
    counts = [tab.ratings.item(r, 1).text() for r in range(tab.ratings.rowCount())]
    assert counts == ["0", "0", "1", "1", "1"]
    helped = sorted(tab.helped.item(i).text() for i in range(tab.helped.count()))
    assert helped == sorted(
        [f"the quiet start {markers[0]}", f"being heard {markers[3]}", f"the reading {markers[5]}"]
    )
    assert not tab.hidden_note.isVisible()

    # storage: no member id, no time finer than the meeting date (payloads in the
    # service tests); here the plaintext columns of every row
    member_ids = [m.id for m in MembersService(vault).list_members()]
    for row in raw_rows(vault, "feedback_drops"):
        assert set(row) == {
            "id", "format_version", "key_id", "rev", "deleted", "payload_sealed",
            "wrapped_key_sealed",
        }  # fmt: skip
        assert all(mid not in str(v) for v in row.values() for mid in member_ids)
    # the topic went to the backlog, without a name
    topics = TopicsService(vault).topics()
    assert [(t.text, t.source) for t in topics] == [(f"sleep {markers[2]}", TopicSource.SUGGESTED)]
    # no free text typed at the kiosk reaches any file in the clear (WAL included)
    assert find_markers(list(vault_files(tmp_path / "data")), markers) == {}
