"""Evaluations and topic suggestions through the GUI (issue 13): the Feedback tab
suggests an evaluation after a consenting newcomer's third meeting (without a name),
the kiosk runs the evaluation form, a member's passphrase does not close the kiosk,
and a member's topic reaches the facilitators' backlog without a name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.attendance import AttendanceStatus
from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.feedback import EvaluationAnswer, EvaluationQuestion, EvaluationResponse
from safespace_desktop.core.meetings.model import TopicSource
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.meetings import TopicsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.feedback import feedback_panel
from safespace_desktop.ui.feedback.member_topic_view import MemberTopicBox
from safespace_desktop.ui.kiosk.forms import EvaluationForm
from safespace_desktop.ui.kiosk.view import KioskScreen
from safespace_desktop.ui.member_meetings import member_meetings_page
from safespace_desktop.ui.shell.workspace import Workspace
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.gui.conftest import AppHarness
from tests.gui.roster_gui import session_context, settle, show, unnamed_buttons
from tests.gui.test_feedback_kiosk import back_to_workspace, open_feedback_tab
from tests.gui.test_shell_session import unlock
from tests.unit.attendance_helpers import add_member, new_meeting_id

pytestmark = pytest.mark.gui


def test_the_tab_suggests_an_evaluation_after_a_third_meeting(qtbot: QtBot, vault: Vault) -> None:
    newcomer = add_member(vault, "Quillon Marsh", keep_attendance=True)
    meetings = [new_meeting_id(vault, days_ago=days) for days in (14, 7, 0)]
    for meeting in meetings:
        AttendanceService(vault).mark(meeting, newcomer, AttendanceStatus.PRESENT)
    with session_context(vault) as context:
        tab = feedback_panel(context, meetings[-1])
        show(qtbot, tab)
        settle(qtbot)
        qtbot.waitUntil(tab.suggestion.isVisible, timeout=5000)
        text = tab.suggestion.text()
        assert "Someone has now come to their third meeting." in text
        assert "Quillon" not in text and "Marsh" not in text
        assert tab.hidden_note.isVisible() and not tab.evaluation.isVisible()
        assert unnamed_buttons(tab) == []
        # the Home page says so too, above the follow-ups, without a name
        from safespace_desktop.ui.feedback.reminder_view import EvaluationReminder
        from safespace_desktop.ui.home import home_page

        home = home_page(context)
        show(qtbot, home)
        settle(qtbot)
        reminder = home.findChild(EvaluationReminder, "evaluationReminder")
        assert reminder is not None
        qtbot.waitUntil(reminder.isVisible, timeout=5000)
        assert "third meeting" in reminder.text.text() and "Feedback tab" in reminder.text.text()
        assert "Quillon" not in reminder.text.text()
        # once the evaluation is given, both notes go
        from safespace_desktop.core.feedback import FeedbackMode
        from safespace_desktop.services.feedback import FeedbackService

        service = FeedbackService(vault)
        ticket = service.kiosk_ticket(meetings[-1], FeedbackMode.EVALUATION)
        service.give_evaluation(ticket, _evaluation())
        context.changes.publish(ChangeSet.of(RecordKind.FEEDBACK))
        qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: not tab.suggestion.isVisible(), timeout=5000)


def _evaluation() -> EvaluationResponse:
    return EvaluationResponse(dict.fromkeys(EvaluationQuestion, EvaluationAnswer.MOSTLY))


def _answer(qtbot: QtBot, kiosk: KioskScreen, answer: str, change: str) -> None:
    form = kiosk.form
    assert isinstance(form, EvaluationForm)
    for question in ("safe", "heard", "agreement", "helps"):
        qtbot.mouseClick(
            kiosk.findChild(QWidget, f"kiosk_{question}_{answer}"), Qt.MouseButton.LeftButton
        )
    qtbot.keyClicks(form.change, change)
    qtbot.mouseClick(kiosk.send_button, Qt.MouseButton.LeftButton)
    assert form.is_empty()  # cleared the moment it is sent
    qtbot.waitUntil(
        lambda: kiosk.thanks.isVisible() and kiosk.send_button.isEnabled(), timeout=5000
    )


def test_evaluation_kiosk_and_a_member_cannot_close_it(qtbot: QtBot, harness: AppHarness) -> None:
    # A member account exists before the facilitator unlocks in the window.
    from safespace_desktop.services.vault import Vault as VaultFile

    path = harness.directory.list_vaults()[0].path
    setup = VaultFile.open_existing(path, clock=harness.clock)
    setup.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    setup.claim_invitation(setup.invite_member().code, "sam", MEMBER_PASS, exact_handle=True)
    setup.close()

    workspace = unlock(qtbot, harness)
    vault = harness.controller.vault
    assert vault is not None
    meeting = new_meeting_id(vault)
    tab = open_feedback_tab(qtbot, workspace)
    qtbot.waitUntil(lambda: tab.controller.meeting_id == meeting, timeout=5000)
    qtbot.waitUntil(tab.evaluation_button.isEnabled, timeout=5000)
    qtbot.mouseClick(tab.evaluation_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(harness.window.screen_widget, KioskScreen), timeout=5000)
    kiosk = harness.window.screen_widget
    assert isinstance(kiosk, KioskScreen) and isinstance(kiosk.form, EvaluationForm)
    assert unnamed_buttons(kiosk) == []

    # an empty form is not sent
    qtbot.mouseClick(kiosk.send_button, Qt.MouseButton.LeftButton)
    assert kiosk.error.isVisible() and not kiosk.thanks.isVisible()
    _answer(qtbot, kiosk, "always", "start on time")
    _answer(qtbot, kiosk, "mostly", "")
    _answer(qtbot, kiosk, "mostly", "more silence")

    # a member's own handle and passphrase do not close it, and leave nobody unlocked
    qtbot.mouseClick(kiosk.facilitator_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(kiosk.handle, "sam")
    qtbot.keyClicks(kiosk.passphrase.edit, MEMBER_PASS)
    qtbot.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kiosk.leave_error.isVisible, timeout=10000)
    assert "Only a facilitator" in kiosk.leave_error.text()
    assert harness.window.screen_widget is kiosk
    qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=5000)
    kiosk.handle.clear()
    qtbot.mouseClick(kiosk.back_button, Qt.MouseButton.LeftButton)

    workspace = back_to_workspace(qtbot, harness, kiosk)
    assert isinstance(workspace, Workspace)
    tab = open_feedback_tab(qtbot, workspace)
    qtbot.waitUntil(lambda: tab.controller.meeting_id == meeting, timeout=5000)
    qtbot.waitUntil(tab.evaluation.isVisible, timeout=5000)
    assert tab.evaluation_note.text() == "Evaluation: 3 people filled it in."
    first = [tab.evaluation.item(0, c).text() for c in range(tab.evaluation.columnCount())]
    assert first == ["Feeling safe sharing", "1", "2", "0", "0", "0"]
    changes = sorted(tab.changes.item(i).text() for i in range(tab.changes.count()))
    assert changes == ["more silence", "start on time"]
    assert not tab.summary.isVisible()  # no short-form responses: nothing of those


def test_a_members_topic_reaches_the_backlog_without_a_name(qtbot: QtBot, vault: Vault) -> None:
    from safespace_desktop.services.resources.suggestions import SuggestionsService

    SuggestionsService(vault).publish_box()  # as a facilitator's Feedback tab does
    vault.claim_invitation(vault.invite_member().code, "sam", MEMBER_PASS, exact_handle=True)
    with session_context(vault) as context:
        page = member_meetings_page(context)
        show(qtbot, page)
        settle(qtbot)
        box = page.findChild(MemberTopicBox, "memberTopicBox")
        assert box is not None and unnamed_buttons(box) == []
        box.topic.setFocus()
        qtbot.keyClicks(box.topic, "Talking to family at holidays")
        qtbot.keyClick(box.topic, Qt.Key.Key_Return)
        settle(qtbot)
        qtbot.waitUntil(lambda: "without your name" in box.message.text(), timeout=5000)
        assert box.topic.text() == ""
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    topics = TopicsService(vault).topics()
    assert [(t.text, t.source) for t in topics] == [
        ("Talking to family at holidays", TopicSource.SUGGESTED)
    ]
    assert "sam" not in repr(topics).casefold()
