"""W5 (attendance part) driven like a facilitator: mark who came with the keyboard, count
the others without names, print a sign-in sheet, write the notes after the meeting.
Rows exist only for consenting members; withdrawing consent keeps the counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from safespace_desktop.core.attendance import AttendanceStatus
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.meeting_record import MeetingRecordService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.attendance import attendance_panel, meeting_record_panel
from safespace_desktop.ui.attendance.view import AttendanceView
from tests.gui.agreement_helpers import PrintCapture, assert_buttons_named
from tests.gui.pdf_text import pdf_text
from tests.gui.roster_gui import session_context, settle, show
from tests.unit.attendance_helpers import add_member, new_meeting_id
from tests.unit.security_helpers import raw_rows

pytestmark = pytest.mark.gui
ATTENDANCE = ConsentPurpose.KEEP_ATTENDANCE_HISTORY


def rows(view: AttendanceView) -> list[tuple[str, str]]:
    table = view.checklist
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def press(qtbot: QtBot, view: AttendanceView, key: Qt.Key) -> None:
    qtbot.keyClick(view.checklist, key)
    settle(qtbot)


def test_marking_a_meeting_with_the_keyboard(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = new_meeting_id(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    add_member(vault, "Alex", keep_attendance=True, pronouns="she/her")
    add_member(vault, "Alex", keep_attendance=True, pronouns="they/them")
    bo = add_member(vault, "Bo Smith-Surname", keep_attendance=False)
    with session_context(vault) as context:
        view = attendance_panel(context, meeting)
        show(qtbot, view)
        settle(qtbot)
        assert_buttons_named(view)
        names = [name for name, _status in rows(view)]
        # two Alexes are told apart by what the roster shows (pronouns)
        assert sorted(names[:2]) == [
            "Alex (she/her, joined Jan 2027)",
            "Alex (they/them, joined Jan 2027)",
        ]
        assert rows(view)[3][1] == "Counted below, without a name"

        view.checklist.setFocus()
        view.checklist.setCurrentCell(0, 0)
        press(qtbot, view, Qt.Key.Key_P)  # Alex (she/her) present, moves on
        press(qtbot, view, Qt.Key.Key_L)  # Alex (they/them) came late
        press(qtbot, view, Qt.Key.Key_A)  # Ana sent apologies
        assert [status for _n, status in rows(view)[:3]] == [
            "Present",
            "Came late",
            "Sent apologies",
        ]
        press(qtbot, view, Qt.Key.Key_P)  # Bo did not agree: nothing is stored
        message = view.findChild(QLabel, "attendanceMessage")
        assert message is not None and "has not agreed" in message.text()

        # Bo and two newcomers are counted without names
        others = view.findChild(QSpinBox, "othersPresent")
        newcomers = view.findChild(QSpinBox, "newcomers")
        assert others is not None and newcomers is not None
        others.setFocus()
        others.selectAll()
        qtbot.keyClicks(others, "1")
        newcomers.setFocus()
        newcomers.selectAll()
        qtbot.keyClicks(newcomers, "2")
        save = view.findChild(QPushButton, "saveCountsButton")
        assert save is not None
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        settle(qtbot)
        totals = view.findChild(QLabel, "attendanceTotals")
        assert totals is not None and "In the room: 5" in totals.text()

        # the sign-in sheet: first names only, blank rows, after the printer warning
        assert "may keep a copy" in view.print_button.accessibleDescription()
        pdf = tmp_path / "sign-in.pdf"
        printed = print_sign_in_sheet(qtbot, view, monkeypatch, pdf)
        assert "Smith-Surname" not in printed and "Bo" in printed
        assert "Alex (she/her, joined Jan 2027)" in printed and "Ana" in printed
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
        saved = " ".join(pdf_text(pdf).split())  # the saved PDF's text, read back
        assert "Sign-in sheet" in saved and "Ana" in saved and "Bo" in saved
        assert "Alex (she/her, joined Jan 2027)" in saved
        assert "Smith" not in saved and "Surname" not in saved

    sheet = AttendanceService(vault).sheet(meeting)
    stored = {line.member_id: line.status for line in sheet.lines}
    assert stored[ana] is AttendanceStatus.APOLOGIES and stored[bo] is None
    assert sheet.counts.present == 1 and sheet.counts.newcomers == 2
    assert len(raw_rows(vault, "attendance")) == 3  # only the three who agreed

    # Ana withdraws: her row goes, the totals stay
    before = sheet.total(AttendanceStatus.APOLOGIES)
    ConsentService(vault).withdraw(ana, ATTENDANCE)
    after = AttendanceService(vault).sheet(meeting)
    assert after.total(AttendanceStatus.APOLOGIES) == before
    assert AttendanceService(vault).history(ana) == []
    assert after.counts.apologies == 1  # Ana is now counted without her name


def print_sign_in_sheet(
    qtbot: QtBot, view: AttendanceView, monkeypatch: pytest.MonkeyPatch, pdf: Path
) -> str:
    """Tick "Large print", press Print, save as PDF (the system dialog is stubbed)."""
    capture = PrintCapture(monkeypatch, pdf)
    view.large_print.setChecked(True)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(capture.printed_texts))
    return capture.printed_texts[-1]


def test_a_meeting_of_one(qtbot: QtBot, vault: Vault) -> None:
    meeting = new_meeting_id(vault)
    MembersService(vault).add_member(MemberDraft("Solo", "", ""))
    with session_context(vault) as context:
        view = attendance_panel(context, meeting)
        show(qtbot, view)
        settle(qtbot)
        assert rows(view) == [("Solo", "Counted below, without a name")]
        view.present_count.setValue(1)
        qtbot.mouseClick(view.save_counts_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert AttendanceService(vault).sheet(meeting).came == 1


def test_a_meeting_of_twenty_five(qtbot: QtBot, vault: Vault) -> None:
    meeting = new_meeting_id(vault)
    for n in range(25):
        add_member(vault, f"Person{n:02d}", keep_attendance=True)
    with session_context(vault) as context:
        view = attendance_panel(context, meeting)
        show(qtbot, view, 1000, 1300)
        settle(qtbot)
        # on a tall screen the list of people takes the room, not a six-row box
        table = view.checklist
        shown = table.viewport().height() // table.rowHeight(0)
        assert shown >= 20, shown
        view.checklist.setFocus()
        view.checklist.setCurrentCell(0, 0)
        for _ in range(25):
            press(qtbot, view, Qt.Key.Key_P)
    assert AttendanceService(vault).sheet(meeting).total(AttendanceStatus.PRESENT) == 25


def test_notes_after_the_meeting(qtbot: QtBot, vault: Vault) -> None:
    meeting = new_meeting_id(vault)
    with session_context(vault) as context:
        view = meeting_record_panel(context, meeting)
        show(qtbot, view)
        settle(qtbot)
        assert_buttons_named(view)
        themes = view.findChild(QPlainTextEdit, "recordThemes")
        next_meeting = view.findChild(QLineEdit, "recordNextMeeting")
        assert themes is not None and next_meeting is not None
        themes.setFocus()
        qtbot.keyClicks(themes, "Sleep and stress")
        qtbot.keyClick(themes, Qt.Key.Key_Tab)
        assert next_meeting.hasFocus()  # Tab leaves the notes box, as everywhere
        qtbot.keyClicks(next_meeting, "Tuesday 18:30")
        # someone else saves first: our save is refused and our typing stays
        MeetingRecordService(vault).save(
            meeting, themes="theirs", next_meeting="", volunteers="", final_notes=""
        )
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert view.stale.isVisible() and themes.toPlainText() == "Sleep and stress"
        qtbot.mouseClick(view.stale.reload_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert themes.toPlainText() == "theirs"
        themes.selectAll()
        qtbot.keyClicks(themes, "Sleep and stress")
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert not view.stale.isVisible()
    assert MeetingRecordService(vault).get(meeting).themes == "Sleep and stress"


def test_embedded_as_tabs_in_the_meeting_detail(qtbot: QtBot, vault: Vault) -> None:
    """How the integrator embeds the panels: ``add_detail_tab`` on the Meetings page.
    A scheduled occurrence is stored only when the Attendance tab is shown for it."""
    from safespace_desktop.core.meetings.model import Cadence
    from safespace_desktop.services.meetings import MeetingsService
    from safespace_desktop.ui.meetings import meetings_page

    MeetingsService(vault).set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    ana = add_member(vault, "Ana", keep_attendance=True)
    with session_context(vault) as context:
        page = meetings_page(context)
        attendance = attendance_panel(context)
        notes = meeting_record_panel(context)
        page.add_detail_tab(attendance, "Attendance")
        page.add_detail_tab(notes, "Notes after")
        show(qtbot, page)
        settle(qtbot)
        assert MeetingsService(vault).meetings() == []  # nothing stored by selecting
        page.detail_tabs.setCurrentWidget(attendance)
        settle(qtbot)
        qtbot.waitUntil(lambda: attendance.checklist.rowCount() == 1, timeout=5000)
        attendance.checklist.setFocus()
        attendance.checklist.setCurrentCell(0, 0)
        press(qtbot, attendance, Qt.Key.Key_P)
        [stored] = MeetingsService(vault).meetings()
        assert AttendanceService(vault).history(ana) == [(stored.id, AttendanceStatus.PRESENT)]

        page.detail_tabs.setCurrentWidget(notes)
        settle(qtbot)
        themes = notes.findChild(QPlainTextEdit, "recordThemes")
        assert themes is not None
        themes.setFocus()
        qtbot.keyClicks(themes, "Starting again")
        qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert MeetingRecordService(vault).get(stored.id).themes == "Starting again"


def test_unsaved_notes_survive_a_lock(qtbot: QtBot, vault: Vault) -> None:
    from safespace_desktop.services.form_drafts import FormDraftsService

    meeting = new_meeting_id(vault)
    with session_context(vault) as context:
        view = meeting_record_panel(context, meeting)
        show(qtbot, view)
        settle(qtbot)
        view.themes.setFocus()
        qtbot.keyClicks(view.themes, "Half-written themes")
        context.signals.about_to_lock.emit()  # as the shell does before the keys go
        settle(qtbot)
        view.close()
    assert FormDraftsService(vault).load("meeting_record", meeting) is not None
    with session_context(vault) as context:
        again = meeting_record_panel(context, meeting)
        show(qtbot, again)
        settle(qtbot)
        qtbot.waitUntil(lambda: again.themes.toPlainText() == "Half-written themes")
        assert "back" in again.message.text()
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert MeetingRecordService(vault).get(meeting).themes == "Half-written themes"
    assert FormDraftsService(vault).load("meeting_record", meeting) is None


def test_the_totals_say_when_two_computers_entered_different_counts(qtbot: QtBot) -> None:
    """attendfix: concurrent counts from two PCs are both kept; the panel's totals line
    says so and where to choose (the shown counts are the one the app displays)."""
    from safespace_desktop.core.attendance import AttendanceSheet, HeadCounts
    from safespace_desktop.ui.attendance import wording

    calm = AttendanceSheet("m", (), HeadCounts(present=3), 2)
    torn = AttendanceSheet("m", (), HeadCounts(present=3), 2, ("present",))
    assert "Conflicts page" not in wording.totals(calm)
    assert "In the room: 3" in wording.totals(torn)
    assert "Conflicts page" in wording.totals(torn)


def test_the_sign_in_sheet_ends_with_blank_rows_for_newcomers(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QTextTable

    from safespace_desktop.ui.attendance.sign_in import BLANK_ROWS, sign_in_document

    names = ["Ana", "Alex (she/her)", "Alex (they/them)"]
    document = sign_in_document("Sign-in sheet", names, QFont(), large=True)
    (table,) = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert BLANK_ROWS >= 5 and table.rows() == 1 + len(names) + BLANK_ROWS

    def cell(row: int) -> str:
        start = table.cellAt(row, 0).firstCursorPosition()
        end = table.cellAt(row, 0).lastCursorPosition()
        start.setPosition(end.position(), start.MoveMode.KeepAnchor)
        return start.selectedText().strip()

    assert [cell(r) for r in range(1, 1 + len(names))] == names
    assert all(cell(r) == "" for r in range(1 + len(names), table.rows()))
