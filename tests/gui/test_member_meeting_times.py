"""A member's agenda shows when each public part starts. Internal parts count for the
time but never show: a member learns only that time passes before a public part, as on
a printed public agenda."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from safespace_desktop.core.meetings.model import (
    Cadence,
    Meeting,
    MemberMeeting,
    PublicSegment,
    SegmentDraft,
    SegmentKind,
)
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.member_meetings import member_meetings_page
from safespace_desktop.ui.member_meetings.controller import agenda_lines, segment_starts
from tests.conftest import MEMBER_PASS
from tests.gui.agreement_helpers import list_texts, show, type_number
from tests.gui.test_meetings_page import MakeContext, open_page, session  # noqa: F401

pytestmark = pytest.mark.gui


def test_public_parts_show_their_start_counting_the_internal_parts_before_them(
    qtbot,
    vault: Vault,
    session: MakeContext,  # noqa: F811
) -> None:
    meetings = MeetingsService(vault)
    meetings.set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    first = meetings.ensure(meetings.overview().upcoming[0])
    agenda = AgendaService(vault)
    for draft in (
        SegmentDraft("Welcome", 5, SegmentKind.WELCOME),
        SegmentDraft("Huddle SECRET-ITEM", 10, SegmentKind.DISCUSSION, public=False),
        SegmentDraft("Check-in", 20, SegmentKind.CHECK_IN),
        SegmentDraft("Rota SECRET-ROTA", 5, SegmentKind.DISCUSSION, public=False),
        SegmentDraft("Closing", 10, SegmentKind.CLOSING),
    ):
        agenda.add_segment(first.id, draft)

    # The facilitator makes the internal huddle 15 minutes, with the keyboard.
    page = open_page(qtbot, session)
    editor = page.agenda
    qtbot.waitUntil(lambda: editor.segments.count() == 5)
    editor.segments.setFocus()
    editor.segments.setCurrentRow(1)
    qtbot.waitUntil(lambda: editor.title_edit.text() == "Huddle SECRET-ITEM")
    type_number(qtbot, editor.minutes_box, 15)
    qtbot.keyClick(editor.minutes_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Huddle SECRET-ITEM (15 min)" in list_texts(editor.segments)[1])
    # Moving the rota above the check-in moves the check-in later too.
    editor.segments.setCurrentRow(3)
    qtbot.keyClick(editor.segments, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Rota SECRET-ROTA" in list_texts(editor.segments)[2])

    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)
    member = member_meetings_page(session())
    show(qtbot, member)
    qtbot.waitUntil(lambda: "Closing" in member.agenda.toPlainText())
    text = member.agenda.toPlainText()
    assert "18:30  Welcome (5 min)" in text
    assert "18:55  Check-in (20 min)" in text  # after 5 + 15 + 5 minutes
    assert "19:15  Closing (10 min)" in text
    assert "SECRET" not in text
    # The members' rows hold only the public parts, each with its start.
    public = AgendaService(vault).for_members(first.id).segments
    assert [(s.title, s.starts_at) for s in public] == [
        ("Welcome", 0),
        ("Check-in", 25),
        ("Closing", 45),
    ]


def test_agendas_saved_before_starts_were_kept_show_times_only_when_nothing_is_hidden() -> None:
    meeting = Meeting(id="m", on=date(2027, 1, 19), start="18:30", minutes=60, place="")

    def old(position: int, title: str, minutes: int) -> PublicSegment:
        return PublicSegment(f"s{position}", position, title, minutes, SegmentKind.DISCUSSION)

    # Every part is public (no gap in positions): the times are exact.
    whole = MemberMeeting(meeting, (old(0, "Welcome", 5), old(1, "Sharing", 40)))
    assert segment_starts(whole) == [0, 5]
    assert "18:35  Sharing (40 min) — Discussion" in agenda_lines(whole)
    # A gap means an internal part the member cannot see: no guessed times at all.
    gap = MemberMeeting(meeting, (old(0, "Welcome", 5), old(2, "Sharing", 40)))
    assert segment_starts(gap) == [None, None]
    assert "Sharing (40 min) — Discussion" in agenda_lines(gap)
    assert not any(line.startswith("18:") for line in agenda_lines(gap))
