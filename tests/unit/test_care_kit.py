"""The care kit (issue 13): the co-facilitator rota's rules and storage, the succession
checklist (synced), and reflections kept only in the facilitator's own journal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safespace_desktop.core.care import ChecklistItem, Feeling, Often, reflections
from safespace_desktop.core.errors import StaleEdit, ValidationError
from safespace_desktop.core.meetings.model import Cadence
from safespace_desktop.core.rota import LONG_RUN, RotaChoice, RotaMeeting, check_choice, plan
from safespace_desktop.services.care import CareService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.rota import RotaService
from safespace_desktop.services.vault import Vault
from tests.conftest import FACILITATOR_HANDLE
from tests.unit.security_helpers import find_markers, new_marker, raw_rows, vault_files

CO_PASS = "willow lantern copper autumn"


def meetings(count: int, start: date = date(2030, 1, 1)) -> list[RotaMeeting]:
    return [RotaMeeting(f"m{i}", start + timedelta(days=7 * i), "18:30") for i in range(count)]


# ---------------------------------------------------------------------- rules
def test_a_meeting_without_a_lead_or_with_an_uncovered_absent_lead_needs_cover() -> None:
    upcoming = meetings(4)
    choices = {
        "m0": (RotaChoice(lead="ana", support="bo"), 1),
        "m1": (RotaChoice(lead="ana", away=frozenset({"ana"})), 1),
        "m2": (RotaChoice(lead="ana", away=frozenset({"ana"}), cover="bo"), 1),
    }
    lines = plan(upcoming, choices, ["ana", "bo"])
    assert [line.needs_cover for line in lines] == [False, True, False, True]
    assert lines[2].leading == "bo"  # the cover leads
    assert lines[3].choice == RotaChoice()


def test_the_support_can_step_up_to_cover_an_absent_lead() -> None:
    choice = RotaChoice(lead="ana", support="bo", away=frozenset({"ana"}), cover="bo")
    assert check_choice(choice, ["ana", "bo"]) == ""
    line = plan(meetings(1), {"m0": (choice, 1)}, ["ana", "bo"])[0]
    assert (line.leading, line.supporting, line.needs_cover) == ("bo", "", False)


def test_someone_who_left_cannot_lead() -> None:
    lines = plan(meetings(1), {"m0": (RotaChoice(lead="gone"), 1)}, ["ana"])
    assert lines[0].needs_cover


def test_cancelled_meetings_need_nobody_and_do_not_break_a_run() -> None:
    upcoming = meetings(LONG_RUN + 1)
    upcoming[1] = RotaMeeting("m1", upcoming[1].on, "18:30", cancelled=True)
    choices = {m.id: (RotaChoice(lead="ana"), 1) for m in upcoming}
    lines = plan(upcoming, choices, ["ana"])
    assert not lines[1].needs_cover and lines[1].leading == ""
    assert [line.long_run for line in lines] == [False, False, False, False, True]


def test_past_leads_count_towards_a_long_run() -> None:
    past = meetings(3, date(2029, 12, 1))
    upcoming = meetings(2)
    choices = {m.id: (RotaChoice(lead="ana"), 1) for m in (*past, *upcoming)}
    lines = plan(upcoming, choices, ["ana"], past=past)
    assert [line.run_length for line in lines] == [4, 5]
    assert all(line.long_run for line in lines)


@given(st.lists(st.sampled_from(["ana", "bo", ""]), max_size=12))
def test_run_length_counts_only_the_same_person_in_a_row(leads: list[str]) -> None:
    upcoming = meetings(len(leads))
    choices = {m.id: (RotaChoice(lead=lead), 1) for m, lead in zip(upcoming, leads, strict=True)}
    lines = plan(upcoming, choices, ["ana", "bo"])
    for i, line in enumerate(lines):
        expected = 0
        while line.leading and i - expected >= 0 and leads[i - expected] == line.leading:
            expected += 1
        assert line.run_length == expected
        assert line.needs_cover == (not leads[i])


def test_choices_that_make_no_sense_are_refused() -> None:
    people = ["ana", "bo", "cy"]
    assert check_choice(RotaChoice(lead="ana", support="ana"), people) == "support"
    assert check_choice(RotaChoice(lead="ana", cover="ana"), people) == "cover"
    assert check_choice(RotaChoice(lead="zed"), people) == "lead"
    away = frozenset({"bo"})
    assert check_choice(RotaChoice(lead="ana", away=away, cover="bo"), people) == "cover"
    assert check_choice(RotaChoice(lead="ana", support="bo", away=away, cover="cy"), people) == ""


def test_the_self_check_never_scores_and_always_reflects() -> None:
    assert reflections({}) == ("steady",)
    calm = dict.fromkeys(Feeling, Often.NOT_LATELY)
    assert reflections(calm) == ("steady",)
    heavy = {**calm, Feeling.DREAD: Often.OFTEN, Feeling.ALONE: Often.SOMETIMES}
    assert reflections(heavy) == ("rest", "support", "share_the_lead")


# ---------------------------------------------------------------------- service
@pytest.fixture
def two_facilitators(vault: Vault) -> tuple[Vault, str, str]:
    vault.add_facilitator("sky", CO_PASS)
    people = RotaService(vault).people()
    robin = next(p.id for p in people if p.handle == FACILITATOR_HANDLE)
    sky = next(p.id for p in people if p.handle == "sky")
    MeetingsService(vault).set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
    return vault, robin, sky


def test_rota_saves_away_and_cover_and_refuses_a_stale_save(
    two_facilitators: tuple[Vault, str, str],
) -> None:
    vault, robin, sky = two_facilitators
    rota = RotaService(vault)
    first = rota.overview()
    assert len(first.lines) == 8 and all(line.needs_cover for line in first.lines)
    meeting = first.lines[0].meeting.id
    rev = rota.save(meeting, RotaChoice(lead=robin, support=sky), expected_rev=0)
    again = rota.overview()
    assert again.lines[0].leading == robin and again.lines[0].supporting == sky
    assert not again.lines[0].needs_cover and len(again.needing_cover) == 7
    rev = rota.save(
        meeting, RotaChoice(lead=robin, support=sky, away=frozenset({robin})), expected_rev=rev
    )
    assert rota.overview().lines[0].needs_cover
    rev = rota.save(
        meeting,
        RotaChoice(lead=robin, away=frozenset({robin}), cover=sky),
        expected_rev=rev,
    )
    line = rota.overview().lines[0]
    assert line.leading == sky and not line.needs_cover and line.rev == rev
    with pytest.raises(StaleEdit):
        rota.save(meeting, RotaChoice(lead=sky), expected_rev=rev - 1)
    with pytest.raises(ValidationError):
        rota.save(meeting, RotaChoice(lead=sky, support=sky), expected_rev=rev)


def test_a_moved_meeting_keeps_its_rota_and_a_cancelled_one_needs_nobody(
    two_facilitators: tuple[Vault, str, str],
) -> None:
    vault, robin, _sky = two_facilitators
    rota, service = RotaService(vault), MeetingsService(vault)
    first = rota.overview().lines[0].meeting
    rota.save(first.id, RotaChoice(lead=robin), expected_rev=0)
    stored = service.ensure(service.overview(count=1).upcoming[0])
    moved = service.move(stored.id, first.on + timedelta(days=2), expected_rev=stored.rev)
    line = next(li for li in rota.overview().lines if li.meeting.id == first.id)
    assert line.meeting.on == moved.on and line.leading == robin
    cancelled = service.cancel(first.id, "The hall is closed", expected_rev=moved.rev)
    line = next(li for li in rota.overview().lines if li.meeting.id == first.id)
    assert line.meeting.cancelled and not line.needs_cover
    service.restore(first.id, expected_rev=cancelled.rev)
    line = next(li for li in rota.overview().lines if li.meeting.id == first.id)
    assert line.leading == robin  # the choice came back with the meeting


def test_checklist_ticks_persist(vault: Vault) -> None:
    care = CareService(vault)
    assert care.checklist().ticked == {}
    care.set_ticked(ChecklistItem.JOIN_KIT, True)
    care.set_ticked(ChecklistItem.BACKUPS, True)
    care.set_ticked(ChecklistItem.BACKUPS, False)
    assert set(care.checklist().ticked) == {ChecklistItem.JOIN_KIT}


def test_reflections_stay_in_the_facilitators_own_journal(vault: Vault, vault_path: Path) -> None:
    from safespace_desktop.crypto import bundle as container
    from safespace_desktop.services.journal import JournalService
    from safespace_desktop.services.sync.service import SyncService

    markers = [new_marker() for _ in range(2)]
    care = CareService(vault)
    care.save_reflection("Debrief", f"What was hard: {markers[0]}", "debrief")
    care.save_reflection("Self-check", f"A note to myself {markers[1]}", "self-check")
    files = list(vault_files(vault_path.parent.parent))
    assert find_markers(files, markers) == {}
    bodies = " ".join(e.body for e in JournalService(vault).list_entries())
    assert all(m in bodies for m in markers)  # control: they are really there
    data, _seq = SyncService(vault).make_bundle()
    key = vault.keyring_for_tests().group_key.material()
    payload = container.open_bundle(data, lambda _e: key).records_jsonl
    assert b'"t":"facilitators"' in payload  # control: the bundle really opened
    for marker in markers:
        assert marker.encode() not in payload
    # Nothing of them sits in any group-wide table either (journal rows only).
    for table in ("rota_entries", "care_checklist", "follow_ups", "meeting_records"):
        assert all(m not in str(row) for row in raw_rows(vault, table) for m in markers)
    # Another facilitator's session sees none of them: they hold no key to open them.
    vault.add_facilitator("sky", CO_PASS)
    vault.unlock("sky", CO_PASS)
    theirs = " ".join(e.body for e in JournalService(vault).list_entries())
    assert all(m not in theirs for m in markers)


def test_rota_and_checklist_travel_to_another_facilitators_pc(tmp_path: Path) -> None:
    from tests.unit.sync.helpers import first_pc, join, send

    a = first_pc(tmp_path)
    b = join(a, tmp_path, "B")
    try:
        send(b, a)  # A learns about B's facilitator and device
        MeetingsService(a.vault).set_schedule(Cadence.WEEKLY, weekday=1, start="18:30", minutes=90)
        rota_a = RotaService(a.vault)
        people = {p.handle: p.id for p in rota_a.people()}
        first = rota_a.overview().lines[0].meeting.id
        rota_a.save(first, RotaChoice(lead=people["robin"], support=people["facb"]))
        CareService(a.vault).set_ticked(ChecklistItem.AGREEMENT, True)
        send(a, b)
        line = RotaService(b.vault).overview().lines[0]
        assert line.meeting.id == first and line.leading == people["robin"]
        assert line.supporting == people["facb"]
        assert set(CareService(b.vault).checklist().ticked) == {ChecklistItem.AGREEMENT}
        # B ticks another item while A unticks its own: both changes survive the merge.
        CareService(b.vault).set_ticked(ChecklistItem.BACKUPS, True)
        CareService(a.vault).set_ticked(ChecklistItem.AGREEMENT, False)
        send(b, a)
        send(a, b)
        for replica in (a, b):
            assert set(CareService(replica.vault).checklist().ticked) == {ChecklistItem.BACKUPS}
    finally:
        a.vault.close()
        b.vault.close()
