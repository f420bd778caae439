"""Attendance with consent (issue 9): rows exist only for members who agreed to keep
their attendance history; everyone else is a count. Withdrawing that consent or
"forget me" erases the person's rows and keeps the meeting's totals."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safespace_desktop.core.attendance import AttendanceStatus, HeadCounts
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.errors import ConsentRequired, StaleEdit, ValidationError
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.tables import AttendanceRecord
from tests.unit.attendance_helpers import add_member, new_meeting_id
from tests.unit.roster_helpers import checkpointed_files, old_blob_fragments, sealed_blobs
from tests.unit.security_helpers import raw_rows

PRESENT, LATE, APOLOGIES = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.APOLOGIES,
)
ATTENDANCE = ConsentPurpose.KEEP_ATTENDANCE_HISTORY


def _live_rows(vault: Vault) -> list[dict[str, object]]:
    """Every attendance row opened with the facilitator's keys, erased ones left out."""
    with vault.transaction() as (db, keyring, _principal):
        repo = SealedRecords(AttendanceRecord, Scope.group(vault.group_id))
        loaded, damaged = repo.load_all(db, keyring, include_deleted=True)
    assert damaged == []
    return [
        {"meeting_id": r.extra["meeting_id"], **r.state.values()}
        for r in loaded
        if not r.state.redacted
    ]


def test_a_status_is_kept_only_for_members_who_agreed(vault: Vault) -> None:
    service = AttendanceService(vault)
    meeting = new_meeting_id(vault)
    kept = add_member(vault, "Ana", keep_attendance=True)
    counted = add_member(vault, "Bo", keep_attendance=False)

    service.mark(meeting, kept, PRESENT)
    with pytest.raises(ConsentRequired) as refused:
        service.mark(meeting, counted, PRESENT)
    assert refused.value.field == "status"
    service.set_counts(meeting, HeadCounts(present=1, newcomers=2))

    rows = _live_rows(vault)
    assert [(r["member_id"], r["status"]) for r in rows] == [(kept, "present")]
    assert all(counted not in str(r) for r in raw_rows(vault, "attendance"))
    sheet = service.sheet(meeting)
    by_id = {line.member_id: line for line in sheet.lines}
    assert by_id[kept].kept and by_id[kept].status is PRESENT
    assert not by_id[counted].kept and by_id[counted].status is None
    assert sheet.total(PRESENT) == 2 and sheet.counts.newcomers == 2 and sheet.came == 4


def test_marking_again_changes_the_one_row_and_clearing_removes_the_mark(vault: Vault) -> None:
    service = AttendanceService(vault)
    meeting = new_meeting_id(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    service.mark(meeting, ana, PRESENT)
    service.mark(meeting, ana, LATE)
    assert len(raw_rows(vault, "attendance")) == 1
    assert service.sheet(meeting).total(LATE) == 1
    service.mark(meeting, ana, None)
    assert service.sheet(meeting).total(LATE) == 0
    assert [line.status for line in service.sheet(meeting).lines] == [None]


def test_withdrawing_consent_erases_rows_and_keeps_every_total(
    vault: Vault, vault_path: Path
) -> None:
    service = AttendanceService(vault)
    first, second = new_meeting_id(vault), new_meeting_id(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    cy = add_member(vault, "Cy", keep_attendance=True)
    service.mark(first, ana, PRESENT)
    service.mark(second, ana, APOLOGIES)
    service.mark(first, cy, LATE)
    service.set_counts(first, HeadCounts(present=3, newcomers=1))
    before = {m: service.sheet(m) for m in (first, second)}
    held = sealed_blobs(
        vault, "attendance", [r["id"] for r in raw_rows(vault, "attendance")]
    )  # ciphertexts that named Ana (and Cy)

    ConsentService(vault).withdraw(ana, ATTENDANCE)

    assert [r["member_id"] for r in _live_rows(vault)] == [cy]
    for meeting, old in before.items():
        now = service.sheet(meeting)
        for status in (PRESENT, LATE, APOLOGIES):
            assert now.total(status) == old.total(status), (meeting, status)
        assert now.counts.newcomers == old.counts.newcomers
    assert service.sheet(first).counts.present == 4  # Ana is now counted without a name
    assert service.sheet(second).counts.apologies == 1
    line = next(x for x in service.sheet(first).lines if x.member_id == ana)
    assert not line.kept and line.status is None
    with pytest.raises(ConsentRequired):
        service.mark(first, ana, PRESENT)
    # The ciphertexts that held Ana's rows are gone from every file.
    directory = vault_path.parent
    assert checkpointed_files(vault, directory)
    now = sealed_blobs(vault, "attendance", [r["id"] for r in raw_rows(vault, "attendance")])
    ana_blobs = [b for b in held if b not in now]
    assert len(ana_blobs) == 2
    assert old_blob_fragments(directory, ana_blobs) == {}


def test_consenting_again_later_starts_a_fresh_history(vault: Vault) -> None:
    service = AttendanceService(vault)
    meeting = new_meeting_id(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    service.mark(meeting, ana, PRESENT)
    ConsentService(vault).withdraw(ana, ATTENDANCE)
    ConsentService(vault).give(ana, ATTENDANCE)
    service.mark(meeting, ana, LATE)
    assert service.history(ana) == [(meeting, LATE)]
    assert service.sheet(meeting).total(PRESENT) == 1  # the earlier mark stays a count


def test_forget_me_keeps_the_counts(vault: Vault) -> None:
    service = AttendanceService(vault)
    meeting = new_meeting_id(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    service.mark(meeting, ana, LATE)
    service.set_counts(meeting, HeadCounts(present=2))
    ForgetService(vault).forget(ana)
    sheet = service.sheet(meeting)
    assert sheet.total(LATE) == 1 and sheet.total(PRESENT) == 2
    assert sheet.counts == HeadCounts(present=2, late=1)
    assert _live_rows(vault) == []
    assert all(line.member_id != ana for line in sheet.lines)  # former members not listed


@pytest.mark.parametrize("size", [1, 25])
def test_a_meeting_of_one_and_a_meeting_of_twenty_five(vault: Vault, size: int) -> None:
    service = AttendanceService(vault)
    meeting = new_meeting_id(vault)
    ids = [add_member(vault, f"Person {n}", keep_attendance=n % 5 != 0) for n in range(size)]
    counted = 0
    for n, member_id in enumerate(ids):
        if n % 5 != 0:
            service.mark(meeting, member_id, PRESENT)
        else:
            counted += 1
    service.set_counts(meeting, HeadCounts(present=counted))
    sheet = service.sheet(meeting)
    assert len(sheet.lines) == size and sheet.total(PRESENT) == size and sheet.came == size


def test_two_alexes_are_told_apart(vault: Vault) -> None:
    meeting = new_meeting_id(vault)
    add_member(vault, "Alex", keep_attendance=True, pronouns="she/her")
    add_member(vault, "Alex", keep_attendance=True, pronouns="they/them")
    lines = AttendanceService(vault).sheet(meeting).lines
    assert [line.name for line in lines] == ["Alex", "Alex"]
    hints = {line.tell_apart for line in lines}
    assert len(hints) == 2 and all(hints)


def test_counts_refuse_a_stale_save_and_bad_numbers(vault: Vault) -> None:
    service = AttendanceService(vault)
    meeting = new_meeting_id(vault)
    rev = service.set_counts(meeting, HeadCounts(present=1), expected_rev=0)
    service.set_counts(meeting, HeadCounts(present=2), expected_rev=rev)
    with pytest.raises(StaleEdit) as stale:
        service.set_counts(meeting, HeadCounts(present=9), expected_rev=rev)
    assert stale.value.kind == "attendance_counts"
    assert service.sheet(meeting).counts.present == 2
    with pytest.raises(ValidationError) as bad:
        service.set_counts(meeting, HeadCounts(present=-1))
    assert bad.value.code == "out_of_range"
    with pytest.raises(ValidationError):
        service.sheet("")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    marks=st.lists(st.sampled_from([PRESENT, LATE, APOLOGIES, None]), min_size=3, max_size=3),
    withdraw=st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_totals_never_change_when_people_withdraw(
    vault: Vault, marks: list[AttendanceStatus | None], withdraw: list[bool]
) -> None:
    """Invariant: whatever was marked, withdrawing any consents keeps each total."""
    service = AttendanceService(vault)
    meeting = new_meeting_id(vault)
    ids = [add_member(vault, f"P{n}", keep_attendance=True) for n in range(3)]
    for member_id, status in zip(ids, marks, strict=True):
        service.mark(meeting, member_id, status)
    before = service.sheet(meeting)
    for member_id, leaves in zip(ids, withdraw, strict=True):
        if leaves:
            ConsentService(vault).withdraw(member_id, ATTENDANCE)
    after = service.sheet(meeting)
    for status in (PRESENT, LATE, APOLOGIES):
        assert after.total(status) == before.total(status)


def test_row_ids_are_keyed_so_the_file_alone_cannot_tell_whose_row_it_is(vault: Vault) -> None:
    """Meeting, member and consent ids are all in the clear; the row id is an HMAC under
    the group key, so recomputing it needs the key (a plain uuid5 would not)."""
    import uuid

    from safespace_desktop.crypto.keyed_ids import attendance_row_uuid
    from safespace_desktop.crypto.keys import SecretKey
    from safespace_desktop.services.attendance_rows import attendance_row_id

    meeting = new_meeting_id(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    AttendanceService(vault).mark(meeting, ana, PRESENT)
    [consent] = [r for r in raw_rows(vault, "consents") if r["member_id"] == ana]
    [row] = raw_rows(vault, "attendance")
    parts = (meeting, ana, str(consent["id"]))
    keyring = vault.keyring_for_tests()
    assert row["id"] == attendance_row_id(keyring, *parts)  # same on every PC with the key
    assert row["id"] != attendance_row_uuid(SecretKey.generate(), *parts)
    plain = uuid.uuid5(uuid.UUID(vault.group_id), f"attendance:{meeting}:{ana}:{parts[2]}")
    assert row["id"] != str(plain)


def test_a_row_moved_to_another_meeting_in_the_file_does_not_count_there(vault: Vault) -> None:
    """``attendance.meeting_id`` is bound into the row's AD: relabelled, it fails to open."""
    from tests.unit.security_helpers import raw_update

    service = AttendanceService(vault)
    first, second = new_meeting_id(vault), new_meeting_id(vault, days_ago=7)
    ana = add_member(vault, "Ana", keep_attendance=True)
    service.mark(first, ana, PRESENT)
    [row] = raw_rows(vault, "attendance")
    raw_update(vault, "attendance", row["id"], meeting_id=second)
    assert service.sheet(second).total(PRESENT) == 0
    assert service.sheet(first).total(PRESENT) == 0


@pytest.mark.parametrize("how", ["withdraw", "forget"])
def test_folding_a_person_marked_at_many_meetings_keeps_every_total(vault: Vault, how: str) -> None:
    """attendfix: the fold is one pass over the person's rows (bulk reads, one write per
    meeting's counts); every meeting's totals stay exactly as they were, other people's
    rows are untouched, and nothing of the person's rows is left to read."""
    service = AttendanceService(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    bo = add_member(vault, "Bo", keep_attendance=True)
    statuses = (PRESENT, LATE, APOLOGIES)
    meetings = [new_meeting_id(vault, days_ago=n) for n in range(24)]
    for n, meeting in enumerate(meetings):
        if n % 4 != 3:  # not marked at every meeting
            service.mark(meeting, ana, statuses[n % 3])
        service.mark(meeting, bo, statuses[(n + 1) % 3])
        if n % 5 == 0:
            service.set_counts(meeting, HeadCounts(present=2, late=n % 3, newcomers=1))
    before = {m: service.sheet(m) for m in meetings}
    if how == "withdraw":
        ConsentService(vault).withdraw(ana, ATTENDANCE)
    else:
        ForgetService(vault).forget(ana)
    for meeting in meetings:
        after = service.sheet(meeting)
        for status in statuses:
            assert after.total(status) == before[meeting].total(status), (meeting, status)
        assert after.counts.newcomers == before[meeting].counts.newcomers
        assert not any(line.member_id == ana and line.status for line in after.lines)
    rows = _live_rows(vault)
    assert {r["member_id"] for r in rows} == {bo} and len(rows) == len(meetings)
    assert service.history(bo) == sorted((m, statuses[(n + 1) % 3]) for n, m in enumerate(meetings))


def test_counts_cannot_drop_below_the_people_folded_in(vault: Vault) -> None:
    """attendfix: people folded into the counts when their consent was withdrawn stay
    counted; a facilitator can add to the counts but not type them away."""
    service = AttendanceService(vault)
    meeting = new_meeting_id(vault)
    ana = add_member(vault, "Ana", keep_attendance=True)
    service.mark(meeting, ana, LATE)
    ConsentService(vault).withdraw(ana, ATTENDANCE)
    sheet = service.sheet(meeting)
    assert sheet.counts == HeadCounts(late=1)
    with pytest.raises(ValidationError) as refused:
        service.set_counts(meeting, HeadCounts(), expected_rev=sheet.counts_rev)
    assert refused.value.field == "late" and refused.value.code == "out_of_range"
    assert refused.value.params["minimum"] == 1
    rev = service.set_counts(meeting, HeadCounts(present=2, late=3, newcomers=1))
    assert service.sheet(meeting).counts == HeadCounts(present=2, late=3, newcomers=1)
    assert service.sheet(meeting).counts_rev == rev
