"""The care kit for facilitators (issue 13) driven like a person: the rota shows a week
without cover, notes a long run of leading, takes "away" and cover; a debrief is offered
after a meeting's notes (more strongly after a safety pause) and kept only in the
facilitator's own journal; the self-check keeps nothing unless asked; the succession
checklist's ticks persist."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from safespace_desktop.core.care import ChecklistItem, Feeling
from safespace_desktop.core.meetings.model import Cadence
from safespace_desktop.core.roster import today_from
from safespace_desktop.core.rota import RotaChoice
from safespace_desktop.core.run.meeting import MeetingSummary
from safespace_desktop.core.run.plan import RunPlan
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.care import CareService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.meeting_outcome import MeetingOutcomeService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.rota import RotaService
from safespace_desktop.services.sync.service import SyncService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.attendance.record_controller import MeetingRecordController
from safespace_desktop.ui.attendance.record_view import MeetingRecordView
from safespace_desktop.ui.care import care_page
from safespace_desktop.ui.care.view import CareView
from safespace_desktop.ui.rota import rota_page
from safespace_desktop.ui.rota.view import RotaView
from safespace_desktop.ui.session.context import SessionContext
from tests.gui.roster_gui import choose, click, session_context, settle, show
from tests.unit.security_helpers import find_markers, new_marker, vault_files

pytestmark = pytest.mark.gui
CO_PASS = "willow lantern copper autumn"


def assert_named(root: QWidget) -> None:
    for button in root.findChildren(QAbstractButton):
        assert button.text().strip() or button.accessibleName().strip(), button


def rows(view: RotaView) -> list[str]:
    return [view.list.item(i).text() for i in range(view.list.count())]


@pytest.fixture
def planned(vault: Vault) -> Vault:
    """Two facilitators (robin, you; and sky) and a weekly meeting."""
    vault.add_facilitator("sky", CO_PASS)
    MeetingsService(vault).set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    return vault


def open_rota(qtbot: QtBot, vault: Vault) -> RotaView:
    page = rota_page(context_of(vault))
    show(qtbot, page, 1146, 708)
    settle(qtbot)
    qtbot.waitUntil(lambda: page.list.count() > 0, timeout=5000)
    return page


_SESSIONS = ExitStack()


def context_of(vault: Vault) -> SessionContext:
    """A session for ``vault``'s unlocked facilitator, ended after the test."""
    return _SESSIONS.enter_context(session_context(vault))


@pytest.fixture(autouse=True)
def end_sessions() -> Iterator[None]:
    yield
    _SESSIONS.close()


def test_rota_shows_weeks_without_cover_and_takes_away_and_cover(
    qtbot: QtBot, planned: Vault
) -> None:
    page = open_rota(qtbot, planned)
    assert_named(page)
    assert "8 of the next 8 meetings need cover" in page.summary.text()
    assert all("needs cover: nobody to lead yet" in text for text in rows(page))
    assert page.list.item(0).font().bold()  # weight, not colour alone

    # Robin leads the first meeting and Sky supports, chosen with the keyboard.
    click_row(qtbot, page, 0)
    choose(qtbot, page.lead, "robin (you)")
    choose(qtbot, page.support, "sky")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: "leads: robin · supports: sky" in rows(page)[0], timeout=5000)
    assert not page.list.item(0).font().bold()
    assert "7 of the next 8 meetings need cover" in page.summary.text()

    # Robin will be away: the meeting needs cover until Sky steps up to cover.
    away = page.findChild(QCheckBox, f"rotaAway:{person(planned, 'robin')}")
    assert away is not None and away.accessibleName() == "robin (you) is away"
    away.setFocus()
    qtbot.keyClick(away, Qt.Key.Key_Space)
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: "the lead is away and nobody covers yet" in rows(page)[0], timeout=5000)
    choose(qtbot, page.cover, "sky")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: "leads: sky" in rows(page)[0], timeout=5000)
    assert "(covering)" in rows(page)[0]
    assert "The rota for" in page.message.text()
    assert RotaService(planned).overview().lines[0].leading == person(planned, "sky")


def click_row(qtbot: QtBot, page: RotaView, row: int) -> None:
    rect = page.list.visualItemRect(page.list.item(row))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def person(vault: Vault, handle: str) -> str:
    return next(p.id for p in RotaService(vault).people() if p.handle == handle)


def test_rota_gently_notes_one_person_leading_many_in_a_row(qtbot: QtBot, planned: Vault) -> None:
    rota = RotaService(planned)
    robin = person(planned, "robin")
    for line in rota.overview().lines[:4]:
        rota.save(line.meeting.id, RotaChoice(lead=robin))
    page = open_rota(qtbot, planned)
    qtbot.waitUntil(lambda: page.long_run_frame.isVisible(), timeout=5000)
    assert "robin would lead 4 meetings in a row" in page.long_run.text()
    assert "Sharing the lead" in page.long_run.text()

    # Sky takes the fourth: the note goes.
    click_row(qtbot, page, 3)
    choose(qtbot, page.lead, "sky")
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: not page.long_run_frame.isVisible(), timeout=5000)


def test_home_says_which_meeting_needs_cover(qtbot: QtBot, planned: Vault) -> None:
    from safespace_desktop.ui.home import home_page

    rota = RotaService(planned)
    robin = person(planned, "robin")
    for line in rota.overview().lines[1:]:
        rota.save(line.meeting.id, RotaChoice(lead=robin, support=person(planned, "sky")))
    home = home_page(context_of(planned))
    show(qtbot, home)
    settle(qtbot)
    label = home.findChild(QWidget, "rotaNeedsCover")
    assert label is not None
    qtbot.waitUntil(lambda: label.isVisible(), timeout=5000)
    assert "needs cover" in label.text()  # type: ignore[attr-defined]


# ---------------------------------------------------------------------- debrief
def past_meeting(vault: Vault, days_ago: int) -> str:
    day = today_from(vault.clock.now()) - timedelta(days=days_ago)
    return MeetingsService(vault).add_extra(day, start="18:30", minutes=60).id


def open_notes(qtbot: QtBot, vault: Vault, meeting_id: str) -> MeetingRecordView:
    view = MeetingRecordView()
    view.controller = MeetingRecordController(context_of(vault), view, meeting_id)
    show(qtbot, view, 1000, 900)
    settle(qtbot)
    return view


def bundle_payload(vault: Vault) -> bytes:
    data, _seq = SyncService(vault).make_bundle()
    key = vault.keyring_for_tests().group_key.material()
    return container.open_bundle(data, lambda _e: key).records_jsonl


def group_records_text(vault: Vault) -> str:
    """Every group-wide record, opened: what any facilitator of the group could read."""
    from safespace_desktop.storage.registry import ScopeKind, sealed_types
    from safespace_desktop.storage.repositories import group_records

    texts = []
    with vault.unit_of_work() as uow:
        for record in sealed_types():
            if record.scope in (ScopeKind.GROUP, ScopeKind.COMMONS):
                repo = group_records(record.table, uow.group_id)  # type: ignore[arg-type]
                loaded, _damaged = repo.load_all(uow, uow.keys, include_deleted=True)
                texts += [json.dumps(item.state.to_json(), default=str) for item in loaded]
    assert any("Riverside Circle" in text for text in texts)  # control: they opened
    return " ".join(texts)


def test_debrief_is_offered_after_notes_and_kept_only_in_my_journal(
    qtbot: QtBot, vault: Vault, vault_path: Path
) -> None:
    meeting = past_meeting(vault, 1)
    view = open_notes(qtbot, vault, meeting)
    assert not view.debrief.isVisible()  # nothing before the notes are saved
    view.themes.setFocus()
    qtbot.keyClicks(view.themes, "Sleep, and asking for help")
    click(qtbot, view.save_button)
    qtbot.waitUntil(lambda: view.debrief.isVisible(), timeout=5000)
    assert "Would a short debrief help?" in view.debrief.note.text()
    assert not view.debrief.write_button.hasFocus()  # a gentle offer, not a push
    assert not view.debrief.editor.isVisible()  # nothing opens by itself
    assert_named(view)

    before = len(JournalService(vault).list_entries())
    click(qtbot, view.debrief.write_button)
    assert view.debrief.editor.isVisible() and view.debrief.editor.hasFocus()
    assert "What was hard:" in view.debrief.text()
    assert "safety pause" not in view.debrief.text()
    marker = new_marker()
    qtbot.keyClicks(view.debrief.editor, f" tired but glad {marker}")
    click(qtbot, view.debrief.save_button)
    qtbot.waitUntil(lambda: "kept in your reflections" in view.debrief.message.text(), timeout=5000)

    entries = JournalService(vault).list_entries()
    assert len(entries) == before + 1
    assert marker in entries[0].body and "debrief" in entries[0].tags
    assert entries[0].title.startswith("Debrief after the meeting on")
    assert marker not in group_records_text(vault)
    assert marker.encode() not in bundle_payload(vault)
    assert find_markers(list(vault_files(vault_path.parent.parent)), [marker]) == {}


def test_after_a_safety_pause_the_debrief_is_offered_more_strongly(
    qtbot: QtBot, vault: Vault
) -> None:
    meeting = past_meeting(vault, 2)
    summary = MeetingSummary((), 4, 0, 0, 1, 0, None, None, 0)
    MeetingOutcomeService(vault).finish(RunPlan(meeting, "", 60, (), ()), summary, {}, [], "")
    view = open_notes(qtbot, vault, meeting)
    view.final_notes.setFocus()
    qtbot.keyClicks(view.final_notes, "We paused and came back together")
    click(qtbot, view.save_button)
    qtbot.waitUntil(lambda: view.debrief.isVisible(), timeout=5000)
    assert "A safety pause was used at this meeting" in view.debrief.note.text()
    assert view.debrief.note.font().bold()
    qtbot.waitUntil(view.debrief.write_button.hasFocus, timeout=3000)
    qtbot.keyClick(view.debrief.write_button, Qt.Key.Key_Space)  # the focused button
    assert "The safety pause:" in view.debrief.text()

    # "Not now" is one key away, and keeps nothing.
    before = len(JournalService(vault).list_entries())
    click(qtbot, view.debrief.later_button)
    assert not view.debrief.editor.isVisible()
    assert "any time from the Care kit" in view.debrief.message.text()
    assert len(JournalService(vault).list_entries()) == before


# ---------------------------------------------------------------------- care page
def open_care(qtbot: QtBot, vault: Vault) -> CareView:
    page = care_page(context_of(vault))
    show(qtbot, page, 1146, 708)
    settle(qtbot)
    return page


def test_care_page_debrief_for_a_chosen_meeting(qtbot: QtBot, vault: Vault) -> None:
    meeting = past_meeting(vault, 3)
    summary = MeetingSummary((), 4, 0, 0, 2, 0, None, None, 0)
    MeetingOutcomeService(vault).finish(RunPlan(meeting, "", 60, (), ()), summary, {}, [], "")
    page = open_care(qtbot, vault)
    assert_named(page)
    qtbot.waitUntil(lambda: page.meeting.count() == 2, timeout=5000)
    assert page.meeting.currentData() == meeting
    qtbot.waitUntil(lambda: "safety pause" in page.debrief.note.text(), timeout=5000)
    assert not page.debrief.later_button.isVisible()  # the page is not an offer to dismiss
    click(qtbot, page.debrief.write_button)
    assert "The safety pause:" in page.debrief.text()
    choose(qtbot, page.meeting, "No particular meeting")
    qtbot.waitUntil(lambda: "Would a short debrief" in page.debrief.note.text(), timeout=5000)


def test_self_check_reflects_without_a_score_and_saves_only_on_request(
    qtbot: QtBot, vault: Vault, vault_path: Path
) -> None:
    page = open_care(qtbot, vault)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the tab's key
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.self_check, timeout=3000)
    check = page.self_check
    before = len(JournalService(vault).list_entries())
    choose(qtbot, check.combos[Feeling.DREAD], "Often")
    choose(qtbot, check.combos[Feeling.ALONE], "Sometimes")
    click(qtbot, check.reflect_button)
    assert check.reflection_frame.isVisible()
    text = check.reflections.text()
    assert "share the load" in text and "one person you could talk to" in text
    assert "score" not in text.casefold() and not any(ch.isdigit() for ch in text)
    assert "crisis lines" in check.crisis_note.text()
    assert len(JournalService(vault).list_entries()) == before  # nothing kept yet

    marker = new_marker()
    check.note.setFocus()
    qtbot.keyClicks(check.note, f"Ask Sky to lead in March {marker}")
    click(qtbot, check.keep_button)
    qtbot.waitUntil(lambda: "kept in your reflections" in check.message.text(), timeout=5000)
    entries = JournalService(vault).list_entries()
    assert len(entries) == before + 1 and marker in entries[0].body
    assert "self-check" in entries[0].tags
    assert check.note.toPlainText() == ""  # the form is cleared once kept
    assert marker not in group_records_text(vault)
    assert marker.encode() not in bundle_payload(vault)
    assert find_markers(list(vault_files(vault_path.parent.parent)), [marker]) == {}


def test_checklist_ticks_persist_and_link_to_their_pages(qtbot: QtBot, vault: Vault) -> None:
    page = open_care(qtbot, vault)
    qtbot.keyClick(page, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # the tab's key
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.checklist, timeout=3000)
    checks = page.checklist.checks
    assert "0 of 6 done" in page.checklist.summary.text()
    checks[ChecklistItem.JOIN_KIT].setFocus()
    qtbot.keyClick(checks[ChecklistItem.JOIN_KIT], Qt.Key.Key_Space)
    settle(qtbot)
    backups = checks[ChecklistItem.BACKUPS]  # clicked on its box, as a person would
    qtbot.mouseClick(backups, Qt.MouseButton.LeftButton, pos=QPoint(8, backups.height() // 2))
    settle(qtbot)
    qtbot.waitUntil(lambda: "2 of 6 done" in page.checklist.summary.text(), timeout=5000)
    assert page.checklist.when[ChecklistItem.JOIN_KIT].text().startswith("Done on")
    assert set(CareService(vault).checklist().ticked) == {
        ChecklistItem.JOIN_KIT,
        ChecklistItem.BACKUPS,
    }
    opened: list[str] = []
    page.checklist.open_page.connect(opened.append)
    click(qtbot, page.checklist.findChild(QAbstractButton, "checklistOpen:join_kit"))
    assert opened == ["sync"]  # where the join kit is made

    again = open_care(qtbot, vault)
    again.tabs.setCurrentWidget(again.checklist)
    qtbot.waitUntil(
        lambda: again.checklist.checks[ChecklistItem.JOIN_KIT].isChecked(), timeout=5000
    )
    assert again.checklist.checks[ChecklistItem.BACKUPS].isChecked()
    assert not again.checklist.checks[ChecklistItem.ROTA].isChecked()


def test_the_run_console_offers_a_debrief_after_every_meeting(qtbot: QtBot) -> None:
    from safespace_desktop.ui.run.panels import ClosingPanel

    panel = ClosingPanel()
    show(qtbot, panel, 700, 500)
    panel.show_summary("People who came: 5.", debrief=False)
    assert panel.debrief_button.isVisible()  # offered without a safety pause too
    assert "Would a short debrief help?" in panel.debrief_note.text()
    assert not panel.debrief_button.isDefault()  # Enter does not start it
    panel.follow_up_button.setFocus()
    panel.show_summary("People who came: 5.", debrief=True)
    assert "A safety pause was used today" in panel.debrief_note.text()
    assert panel.debrief_button.isDefault()
    qtbot.waitUntil(panel.debrief_button.hasFocus, timeout=3000)


def test_a_rota_save_over_someone_elses_change_is_refused_and_kept(
    qtbot: QtBot, planned: Vault
) -> None:
    page = open_rota(qtbot, planned)
    click_row(qtbot, page, 0)
    choose(qtbot, page.lead, "robin (you)")
    # Meanwhile another facilitator put Sky in to lead (e.g. from a sync import).
    first = RotaService(planned).overview().lines[0].meeting.id
    RotaService(planned).save(first, RotaChoice(lead=person(planned, "sky")), expected_rev=0)
    click(qtbot, page.save_button)
    qtbot.waitUntil(page.stale.isVisible, timeout=5000)
    assert "Someone else changed the rota" in page.stale.text.text()
    assert page.lead.currentText() == "robin (you)"  # the choice is still there
    click(qtbot, page.stale.reload_button)
    qtbot.waitUntil(lambda: page.lead.currentText() == "sky", timeout=5000)
    assert not page.stale.isVisible()
