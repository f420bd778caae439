"""The Meetings page driven like a facilitator (workflow W3): plan next Tuesday's
meeting from a template in a few keystrokes, reorder with Alt+Down, add a topic from
the backlog, see the overrun calmly, print the agenda to a PDF whose times add up to
the meeting's length. And a member's own Meetings page: public agenda only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton

from safespace_desktop.core.meetings.model import Cadence, SegmentDraft, SegmentKind
from safespace_desktop.core.meetings.recurrence import first_weekday_on_or_after
from safespace_desktop.core.meetings.templates import builtin_template
from safespace_desktop.core.roster import today_from
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.meetings import AgendaService, MeetingsService, TopicsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.meetings import meetings_page
from safespace_desktop.ui.meetings.dialogs import ScheduleDialog, TextDialog
from safespace_desktop.ui.meetings.view import MeetingsView
from safespace_desktop.ui.member_meetings import member_meetings_page
from safespace_desktop.ui.runtime import file_locations
from safespace_desktop.ui.session.context import SessionContext
from tests.conftest import MEMBER_PASS
from tests.gui.agreement_helpers import (
    MakeContext,
    PrintCapture,
    assert_buttons_named,
    click,
    list_texts,
    show,
    type_number,
)
from tests.gui.journal_helpers import assert_controls_named
from tests.gui.pdf_text import pdf_text
from tests.unit.security_helpers import find_markers, new_marker, vault_files

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def session(make_context: MakeContext) -> Iterator[MakeContext]:
    """Contexts closed at the end of the test, as the shell closes them on lock: work
    still running then drops its callbacks instead of starting more."""
    made: list[SessionContext] = []

    def make() -> SessionContext:
        made.append(make_context())
        return made[-1]

    yield make
    for context in made:
        context.close()


def open_page(qtbot, make_context: MakeContext) -> MeetingsView:
    page = meetings_page(make_context())
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.upcoming.count() > 0)
    return page


def choose_from_menu(qtbot, menu: QMenu, object_name: str) -> None:
    """While the menu is open (it runs its own loop), walk to the item with the
    keyboard and press Enter."""

    def pick() -> None:
        if not menu.isVisible():
            QTimer.singleShot(20, pick)
            return
        for _ in range(len(menu.actions()) + 1):
            active = menu.activeAction()
            if active is not None and active.objectName() == object_name:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)


def test_plan_next_tuesday_from_a_template_reorder_and_print(
    qtbot, vault: Vault, session: MakeContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    MeetingsService(vault).set_schedule(
        Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, place="Room 2"
    )
    TopicsService(vault).add("Sleep and stress")
    page = open_page(qtbot, session)
    assert_buttons_named(page)
    assert_controls_named(page)
    tuesday = first_weekday_on_or_after(today_from(vault.clock.now()), 1)
    assert page.upcoming.count() == 8 and page.upcoming.currentRow() == 0
    assert "Every" in page.schedule_label.text() and "18:30" in page.schedule_label.text()
    agenda = page.agenda
    qtbot.waitUntil(lambda: "Nothing is planned" in agenda.status.text())

    # A few keystrokes: focus the templates button, open it, pick SMART, Enter.
    qtbot.waitUntil(lambda: len(agenda.templates_menu.actions()) >= 5)
    agenda.templates_button.setFocus()
    choose_from_menu(qtbot, agenda.templates_menu, "template:smart-recovery")
    qtbot.keyClick(agenda.templates_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: agenda.segments.count() == 6)
    rows = list_texts(agenda.segments)
    assert rows[0].startswith("18:30  Welcome and opening statement (5 min)")
    assert "90 of 90 minutes" in agenda.total.text()
    stored = MeetingsService(vault).meetings()
    assert [m.on for m in stored] == [tuesday]

    # Alt+Down moves the welcome below the check-in.
    agenda.segments.setFocus()
    agenda.segments.setCurrentRow(0)
    qtbot.keyClick(agenda.segments, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: list_texts(agenda.segments)[1].startswith("18:46  Welcome"))
    assert list_texts(agenda.segments)[0].startswith("18:30  Check-in")
    assert agenda.segments.currentRow() == 1

    # Print the room copy to a PDF in tmp_path and read its text back.
    pdf = tmp_path / "agenda.pdf"
    printer = PrintCapture(monkeypatch, pdf)
    assert "may keep a copy" in agenda.print_note.text()
    click(qtbot, agenda.print_agenda_button)
    qtbot.waitUntil(lambda: printer.dialogs == 1 and pdf.exists())
    text = pdf_text(pdf)
    for line in (
        "18:30–18:46  Check-in (16 min)",
        "18:46–18:51  Welcome and opening statement (5 min)",
        "18:51–18:54  Agenda setting (3 min)",
        "18:54–19:42  Working time (48 min)",
        "19:42–19:45  Passing the hat (3 min)",
        "19:45–20:00  Check-out and closing (15 min)",
        "Ends at 20:00. Planned 90 of 90 minutes.",
    ):
        assert line in text, (line, text)
    assert "Usually 40 to 50 minutes" not in text  # facilitator notes stay off the room copy

    # The backlog topic goes onto the agenda; the agenda now runs over, calmly said.
    qtbot.waitUntil(lambda: agenda.topics.count() == 1)
    agenda.topics.setCurrentRow(0)
    click(qtbot, agenda.pick_topic_button)
    qtbot.waitUntil(lambda: agenda.segments.count() == 7)
    assert "Sleep and stress (15 min)" in list_texts(agenda.segments)[-1]
    assert "15 minutes more than the meeting has" in agenda.total.text()
    qtbot.waitUntil(lambda: agenda.topics.count() == 0)


def test_add_edit_and_keep_a_facilitator_note(qtbot, vault: Vault, session: MakeContext) -> None:
    day = today_from(vault.clock.now()) + timedelta(days=2)
    MeetingsService(vault).add_extra(day, start="10:00", minutes=60, place="Hall")
    page = open_page(qtbot, session)
    agenda = page.agenda
    agenda.segments.setFocus()
    qtbot.keyClick(agenda.segments, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: agenda.segments.count() == 1 and agenda.title_edit.hasFocus())
    qtbot.keyClicks(agenda.title_edit, "Grounding exercise")
    type_number(qtbot, agenda.minutes_box, 20)
    agenda.note_edit.setFocus()
    qtbot.keyClicks(agenda.note_edit, "Bring the stones")
    qtbot.keyClick(agenda.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Grounding exercise (20 min)" in list_texts(agenda.segments)[0])
    (detail_segment,) = (
        AgendaService(vault).detail(MeetingsService(vault).meetings()[0].id).segments
    )
    assert detail_segment.note == "Bring the stones" and detail_segment.public
    assert "40 minutes to spare" in agenda.total.text()


def test_a_member_sees_the_schedule_public_agenda_and_cancel_reason_only(
    qtbot, vault: Vault, session: MakeContext
) -> None:
    meetings = MeetingsService(vault)
    meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    first = meetings.ensure(meetings.overview().upcoming[0])
    from safespace_desktop.core.resources.model import Audience, ResourceDraft
    from safespace_desktop.services.resources import ResourcesService

    library = ResourcesService(vault)
    shared = library.add(ResourceDraft("Box breathing card"))
    private = library.add(ResourceDraft("SECRET-RESOURCE", audience=Audience.FACILITATORS))
    agenda = AgendaService(vault)
    agenda.add_segment(
        first.id,
        SegmentDraft(
            "Welcome",
            5,
            SegmentKind.WELCOME,
            note="SECRET-NOTE",
            resource_ids=(shared.id, private.id),
        ),
    )
    agenda.add_segment(
        first.id, SegmentDraft("Debrief SECRET-ITEM", 10, SegmentKind.DISCUSSION, public=False)
    )
    second = meetings.ensure(meetings.overview().upcoming[1])
    meetings.cancel(second.id, "The hall is closed for repairs")
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)

    page = member_meetings_page(session())
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.meetings.count() == 8)
    qtbot.waitUntil(lambda: "Welcome (5 min)" in page.agenda.toPlainText())
    assert_controls_named(page)
    assert "Every" in page.schedule_label.text()
    assert "SECRET" not in page.agenda.toPlainText()
    qtbot.waitUntil(lambda: "Box breathing card" in page.agenda.toPlainText())  # linked
    assert "The hall is closed for repairs" in list_texts(page.meetings)[1]
    page.meetings.setFocus()
    qtbot.keyClick(page.meetings, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "cancelled" in page.agenda.toPlainText())
    every = " ".join(
        w.text()
        for w in QApplication.allWidgets()
        if hasattr(w, "text") and callable(w.text) and isinstance(w.text(), str)
    )
    assert "SECRET" not in every


def test_large_print_agreement_and_the_agenda_stay_where_the_person_chooses(
    qtbot,
    vault: Vault,
    session: MakeContext,
    tmp_path: Path,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The print dialog starts in the start folder (beside a portable data folder), the
    PDF lands only where the person chose, and nothing typed reaches the vault's files."""
    stick = tmp_path / "stick"
    data = stick / "SafeSpace"
    data.mkdir(parents=True)
    monkeypatch.setattr(file_locations, "_portable_data_dir", data)
    agreement = AgreementService(vault)
    v1 = agreement.adopt(agreement.start_draft("peer-support").id)
    marker = new_marker()
    meetings = MeetingsService(vault)
    meeting = meetings.add_extra(
        today_from(vault.clock.now()) + timedelta(days=1), start="18:00", minutes=60
    )
    AgendaService(vault).apply_template(meeting.id, builtin_template("peer-circle"))
    AgendaService(vault).add_segment(
        meeting.id, SegmentDraft(f"Topic {marker}", 0, SegmentKind.DISCUSSION)
    )
    page = open_page(qtbot, session)
    agenda = page.agenda
    qtbot.waitUntil(lambda: agenda.segments.count() == 9)
    assert any("shows agreement version 1" in row for row in list_texts(agenda.segments))

    offered: list[str] = []
    chosen = stick / "agreement.pdf"

    def fake_exec(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        offered.append(printer.outputFileName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(chosen))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    qtbot.mouseClick(agenda.large_print_box, Qt.MouseButton.LeftButton)
    assert agenda.large_print_box.isChecked()
    click(qtbot, agenda.print_agreement_button)
    qtbot.waitUntil(lambda: chosen.exists() and "Sent to the printer" in agenda.message.text())
    assert offered and Path(offered[0]).parent == stick  # not the home folder
    text = pdf_text(chosen)
    assert v1.title in text and "Version 1" in text

    chosen = stick / "agenda.pdf"
    click(qtbot, agenda.print_agenda_button)
    qtbot.waitUntil(lambda: chosen.exists())
    text = pdf_text(chosen)
    assert "18:00–18:05  Welcome (5 min)" in text
    assert "Group agreement, version 1:" in text
    assert marker in text.replace("\n", " ")
    assert "Ends at 19:30. Planned 90 of 90 minutes." in text  # the template's own length
    vault.checkpoint()
    assert find_markers(list(vault_files(vault_path.parent.parent)), [marker]) == {}


def answer_dialog(qtbot, kind: type[QDialog], fill_in: Callable[[QDialog], None]) -> None:
    """When the page's modal dialog of ``kind`` opens, fill it in and press its OK."""

    def act() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, act)
            return
        dialog = found[0]
        fill_in(dialog)
        ok = dialog.findChild(QPushButton, "dialogOkButton")
        assert ok is not None
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_change_the_cadence_and_cancel_a_meeting_with_a_reason(
    qtbot, vault: Vault, session: MakeContext
) -> None:
    meetings = MeetingsService(vault)
    today = today_from(vault.clock.now())
    meetings.set_schedule(
        Cadence.WEEKLY, weekday=1, start="18:30", minutes=90, from_date=today - timedelta(days=60)
    )
    page = open_page(qtbot, session)
    past_before = list_texts(page.past)
    assert past_before

    def monthly(dialog: QDialog) -> None:
        assert isinstance(dialog, ScheduleDialog)
        dialog.cadence.setFocus()
        while dialog.cadence.currentData() != Cadence.MONTHLY.value:
            qtbot.keyClick(dialog.cadence, Qt.Key.Key_Down)
        dialog.week_of_month.setCurrentIndex(1)  # second
        type_number(qtbot, dialog.minutes, 120)

    answer_dialog(qtbot, ScheduleDialog, monthly)
    click(qtbot, page.schedule_button)
    qtbot.waitUntil(lambda: "second" in page.schedule_label.text())
    assert "120 minutes" in page.schedule_label.text()
    qtbot.waitUntil(lambda: list_texts(page.past) == past_before)  # the past stays as it was
    upcoming = MeetingsService(vault).overview().upcoming
    assert all(8 <= m.on.day <= 14 and m.minutes == 120 for m in upcoming)

    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, TextDialog)
        qtbot.keyClicks(dialog.edit, "The hall is closed for repairs")

    page.upcoming.setCurrentRow(0)
    qtbot.waitUntil(lambda: "Nothing is planned" in page.agenda.status.text())
    answer_dialog(qtbot, TextDialog, reason)
    click(qtbot, page.agenda.cancel_button)
    qtbot.waitUntil(lambda: "CANCELLED: The hall is closed" in list_texts(page.upcoming)[0])
    qtbot.waitUntil(lambda: page.agenda.restore_button.isVisible())
    assert MeetingsService(vault).meetings()[0].cancel_reason == "The hall is closed for repairs"


def test_a_stale_segment_save_keeps_the_typing_and_offers_reload(
    qtbot, vault: Vault, session: MakeContext
) -> None:
    meeting = MeetingsService(vault).add_extra(
        today_from(vault.clock.now()) + timedelta(days=1), start="10:00", minutes=60
    )
    segment = AgendaService(vault).add_segment(
        meeting.id, SegmentDraft("Welcome", 5, SegmentKind.WELCOME)
    )
    page = open_page(qtbot, session)
    agenda = page.agenda
    qtbot.waitUntil(lambda: agenda.title_edit.text() == "Welcome")
    AgendaService(vault).update_segment(segment.id, minutes=7)  # someone else, meanwhile
    agenda.title_edit.setFocus()
    agenda.title_edit.selectAll()
    qtbot.keyClicks(agenda.title_edit, "Welcome and tea")
    click(qtbot, agenda.save_button)
    qtbot.waitUntil(lambda: agenda.stale.isVisible())
    assert agenda.title_edit.text() == "Welcome and tea"
    click(qtbot, agenda.stale.reload_button)
    qtbot.waitUntil(
        lambda: agenda.title_edit.text() == "Welcome" and agenda.minutes_box.value() == 7
    )


def test_a_segment_links_coping_resources_and_names_them(
    qtbot, vault: Vault, session: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The agenda's "Link coping resources…" opens the resources' picker (its own tests
    drive the dialog); the chosen resources are saved and named on the segment."""
    from safespace_desktop.core.resources.model import ResourceDraft
    from safespace_desktop.services.resources import ResourcesService
    from safespace_desktop.ui.meetings import agenda_controller

    grounding = ResourcesService(vault).add(ResourceDraft("Five senses grounding"))
    day = today_from(vault.clock.now()) + timedelta(days=2)
    meeting = MeetingsService(vault).add_extra(day, start="10:00", minutes=60, place="Hall")
    AgendaService(vault).add_segment(meeting.id, SegmentDraft("Check-in", 10, SegmentKind.CHECK_IN))
    offered: list[list[str]] = []

    def pick(_parent, _context, selected: list[str]) -> list[str]:
        offered.append(selected)
        return [grounding.id]

    monkeypatch.setattr(agenda_controller, "pick_resources", pick)
    page = open_page(qtbot, session)
    agenda = page.agenda
    qtbot.waitUntil(lambda: agenda.segments.count() == 1)
    agenda.segments.setCurrentRow(0)
    assert agenda.link_resources_button.isEnabled()
    qtbot.mouseClick(agenda.link_resources_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Five senses grounding" in agenda.resources.text(), timeout=5000)
    assert offered == [[]]
    (segment,) = AgendaService(vault).detail(meeting.id).segments
    assert segment.resource_ids == (grounding.id,)


def test_the_groups_own_templates_can_be_renamed_replaced_and_deleted(
    qtbot, vault: Vault, session: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from safespace_desktop.services.meetings import MeetingTemplatesService
    from safespace_desktop.ui.meetings import template_actions

    day = today_from(vault.clock.now()) + timedelta(days=2)
    meeting = MeetingsService(vault).add_extra(day, start="10:00", minutes=60, place="Hall")
    agenda = AgendaService(vault)
    agenda.add_segment(meeting.id, SegmentDraft("Welcome", 5, SegmentKind.WELCOME))
    saved = MeetingTemplatesService(vault).save_from_meeting(meeting.id, "Tuesday shape")
    agenda.add_segment(meeting.id, SegmentDraft("Check-out", 10, SegmentKind.CHECK_OUT))
    page = open_page(qtbot, session)
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 2)
    dialog = template_actions.manage_templates(page.agenda_controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)  # built-ins are not listed here
    assert "Tuesday shape — one part, 60 min" in dialog.list.item(0).text()

    def rename(text_dialog: QDialog) -> None:
        text_dialog.edit.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(text_dialog.edit, "Winter evenings")  # type: ignore[attr-defined]

    answer_dialog(qtbot, TextDialog, rename)
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Winter evenings" in dialog.list.item(0).text(), timeout=5000)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 parts" in dialog.list.item(0).text(), timeout=5000)
    template = MeetingTemplatesService(vault).template(saved.key)
    assert [s.title for s in template.segments] == ["Welcome", "Check-out"]

    monkeypatch.setattr(template_actions, "ask", lambda *_a, **_k: True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
    assert all(t.builtin for t in MeetingTemplatesService(vault).templates())


def test_the_agenda_list_lays_out_its_rows_where_they_can_be_seen(
    qtbot, vault: Vault, session: MakeContext
) -> None:
    day = today_from(vault.clock.now()) + timedelta(days=2)
    meeting = MeetingsService(vault).add_extra(day, start="10:00", minutes=60, place="Hall")
    for title in ("Welcome", "Check-in", "Closing"):
        AgendaService(vault).add_segment(meeting.id, SegmentDraft(title, 5, SegmentKind.WELCOME))
    page = open_page(qtbot, session)
    segments = page.agenda.segments
    qtbot.waitUntil(lambda: segments.count() == 3)
    for row in range(3):  # every row has a place in the view, not only in the model
        assert not segments.visualItemRect(segments.item(row)).isEmpty()


def test_a_segment_dropped_in_a_new_place_is_saved_in_that_order(
    qtbot, vault: Vault, session: MakeContext
) -> None:
    """Drag and drop inside the agenda: Qt moves the row in the list's model (what a
    drop does on an internal move), and the new order is saved for the meeting."""
    from PySide6.QtCore import QModelIndex

    day = today_from(vault.clock.now()) + timedelta(days=2)
    meeting = MeetingsService(vault).add_extra(day, start="10:00", minutes=60, place="Hall")
    for title in ("Welcome", "Check-in", "Closing"):
        AgendaService(vault).add_segment(meeting.id, SegmentDraft(title, 5, SegmentKind.WELCOME))
    page = open_page(qtbot, session)
    segments = page.agenda.segments
    qtbot.waitUntil(lambda: segments.count() == 3)
    assert segments.dragDropMode() == segments.DragDropMode.InternalMove
    assert segments.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)  # Welcome to the end

    def saved() -> list[str]:
        return [s.title for s in AgendaService(vault).detail(meeting.id).segments]

    qtbot.waitUntil(lambda: saved() == ["Check-in", "Closing", "Welcome"], timeout=5000)
    qtbot.waitUntil(lambda: list_texts(segments)[0].startswith("10:00  Check-in"))
    assert list_texts(segments)[2].startswith("10:10  Welcome")
    segments.setFocus()  # and Alt+Up brings it back up one place
    segments.setCurrentRow(2)
    qtbot.keyClick(segments, Qt.Key.Key_Up, ALT)
    qtbot.waitUntil(lambda: saved() == ["Check-in", "Welcome", "Closing"], timeout=5000)
    qtbot.waitUntil(lambda: segments.currentRow() == 1)


def test_move_a_meeting_to_another_day_and_time_through_its_dialog(
    qtbot, vault: Vault, session: MakeContext
) -> None:
    """The hall is double-booked: move next week's meeting to Wednesday at 19:00; the
    agenda moves with it and the list shows the new day."""
    from PySide6.QtCore import QTime

    from safespace_desktop.ui.meetings.dialogs import MeetingDialog
    from safespace_desktop.ui.wording.dates import to_qdate

    meetings = MeetingsService(vault)
    meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    first = meetings.ensure(meetings.overview().upcoming[0])
    AgendaService(vault).add_segment(first.id, SegmentDraft("Welcome", 5, SegmentKind.WELCOME))
    page = open_page(qtbot, session)
    qtbot.waitUntil(lambda: page.agenda.segments.count() == 1)
    wednesday = first.on + timedelta(days=1)

    def move(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.on.setFocus()
        dialog.on.setDate(to_qdate(wednesday))
        dialog.start.setFocus()
        dialog.start.setTime(QTime(19, 0))

    answer_dialog(qtbot, MeetingDialog, move)
    click(qtbot, page.agenda.move_button)
    qtbot.waitUntil(lambda: MeetingsService(vault).meeting(first.id).on == wednesday, timeout=5000)
    moved = MeetingsService(vault).meeting(first.id)
    assert moved.start == "19:00"
    assert [s.title for s in AgendaService(vault).detail(first.id).segments] == ["Welcome"]
    qtbot.waitUntil(
        lambda: any("Wed" in row and "19:00" in row for row in list_texts(page.upcoming))
    )
