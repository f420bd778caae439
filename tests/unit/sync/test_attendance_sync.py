"""Attendance across key epochs and between PCs (issue 9 follow-up, attendfix).

- A row's id is keyed by the founding epoch: marking the same person at the same
  meeting after a revocation rotated the epoch updates their one row, and two PCs on
  different epochs agree which row it is.
- Head counts two facilitators enter between syncs stay both until someone picks one
  (conflicts inbox); people folded into the counts when their consent is withdrawn are
  a per-replica counter, so withdrawals on two PCs both count, everywhere.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from safespace_desktop.core.attendance import AttendanceStatus, HeadCounts
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.keyed_ids import attendance_row_uuid
from safespace_desktop.services import attendance_rows as rows
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.conflicts import ConflictsService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.key_grants import KeyGrantsService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.revocation import RevocationService
from tests.unit.attendance_helpers import add_member, new_meeting_id
from tests.unit.sync.helpers import Replica, dump, send

PRESENT, LATE, APOLOGIES = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.APOLOGIES,
)
ATTENDANCE = ConsentPurpose.KEEP_ATTENDANCE_HISTORY
TABLES = ("attendance", "attendance_counts")


def _rows_at(replica: Replica, meeting_id: str) -> list[rows.StoredMark]:
    """Every live attendance row of the meeting, duplicates included."""
    with replica.vault.transaction() as (db, keyring, _p):
        loaded, damaged = db.group.attendance.load_where(db, keyring, meeting_id=meeting_id)
    assert damaged == []
    return [m for m in map(rows.live_mark, loaded) if m is not None]


def _status(replica: Replica, meeting_id: str, member_id: str) -> AttendanceStatus | None:
    sheet = AttendanceService(replica.vault).sheet(meeting_id)
    return next(line.status for line in sheet.lines if line.member_id == member_id)


def _rotate(a: Replica, b: Replica, c: Replica) -> None:
    """A revokes C's computer (epoch 0 → 1); B is not told yet."""
    RevocationService(a.vault).revoke_device(c.replica_id)
    assert a.vault.keyring_for_tests().current_epoch == 1
    assert b.vault.keyring_for_tests().current_epoch == 0


def _give_key_file(a: Replica, b: Replica) -> None:
    KeyGrantsService(b.vault).accept(KeyGrantsService(a.vault).key_file())
    assert b.vault.keyring_for_tests().current_epoch == 1


def test_marking_again_after_a_rotation_updates_the_same_row(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    service = AttendanceService(a.vault)
    meeting = new_meeting_id(a.vault)
    ana = add_member(a.vault, "Ana", keep_attendance=True)
    service.mark(meeting, ana, PRESENT)
    [before] = _rows_at(a, meeting)
    _rotate(a, b, c)
    a.clock.advance(1)
    service.mark(meeting, ana, LATE)
    [after] = _rows_at(a, meeting)  # one row, not a second history
    assert after.record.id == before.record.id and after.status is LATE
    assert service.history(ana) == [(meeting, LATE)]
    # Withdrawing folds that one row: the meeting counts the person once.
    ConsentService(a.vault).withdraw(ana, ATTENDANCE)
    assert _rows_at(a, meeting) == []
    assert AttendanceService(a.vault).sheet(meeting).counts == HeadCounts(late=1)


def test_a_row_an_older_version_keyed_by_a_later_epoch_is_still_found(trio) -> None:  # type: ignore[no-untyped-def]
    """Before this fix, ids were keyed by the current epoch: a vault rotated then holds
    rows under epoch 1's id. Marking finds and updates that row (no second one) and
    withdrawing the consent erases it."""
    a, b, c = trio
    meeting = new_meeting_id(a.vault)
    ana = add_member(a.vault, "Ana", keep_attendance=True)
    _rotate(a, b, c)
    with a.vault.transaction() as (db, keyring, _p):
        consent = next(r for r in db.group.consents.load_where(db, keyring, member_id=ana)[0])
        legacy_id = attendance_row_uuid(keyring.group_key, meeting, ana, consent.id)
        assert legacy_id != rows.attendance_row_id(keyring, meeting, ana, consent.id)
        state = RecordState()
        stamp = db.next_write()
        state.write(
            {"member_id": ana, "status": "present", "marked_on": "2026-01-01", "_deleted": False},
            stamp.replica,
            stamp.counter,
            stamp.hlc,
        )
        db.group.attendance.store(
            db, keyring.group_key, legacy_id, state, stamp.counter, meeting_id=meeting
        )
    assert _status(a, meeting, ana) is PRESENT
    a.clock.advance(1)
    AttendanceService(a.vault).mark(meeting, ana, APOLOGIES)
    [row] = _rows_at(a, meeting)
    assert row.record.id == legacy_id and row.status is APOLOGIES
    ConsentService(a.vault).withdraw(ana, ATTENDANCE)
    assert _rows_at(a, meeting) == []
    assert AttendanceService(a.vault).sheet(meeting).counts == HeadCounts(apologies=1)


def test_two_pcs_on_different_epochs_mark_the_same_person_into_one_row(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    meeting = new_meeting_id(a.vault)
    ana = add_member(a.vault, "Ana", keep_attendance=True)
    send(a, b)
    _rotate(a, b, c)
    a.clock.advance(1)
    AttendanceService(a.vault).mark(meeting, ana, PRESENT)  # on epoch 1
    b.clock.advance(2)
    AttendanceService(b.vault).mark(meeting, ana, LATE)  # still on epoch 0
    _give_key_file(a, b)
    send(b, a)
    send(a, b)
    for replica in (a, b):
        assert len(_rows_at(replica, meeting)) == 1, replica.name
        assert _status(replica, meeting, ana) is LATE  # the later of two concurrent marks
    assert dump(a, TABLES) == dump(b, TABLES)


def test_counts_entered_on_two_pcs_are_kept_until_someone_picks_one(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    meeting = new_meeting_id(a.vault)
    AttendanceService(a.vault).set_counts(meeting, HeadCounts(present=4))
    send(a, b)
    a.clock.advance(1)
    sheet = AttendanceService(a.vault).sheet(meeting)
    AttendanceService(a.vault).set_counts(
        meeting, HeadCounts(present=5, newcomers=1), expected_rev=sheet.counts_rev
    )
    b.clock.advance(2)
    sheet = AttendanceService(b.vault).sheet(meeting)
    AttendanceService(b.vault).set_counts(  # newcomers untouched here: not written
        meeting, HeadCounts(present=7), expected_rev=sheet.counts_rev
    )
    send(b, a)
    send(a, b)
    for replica in (a, b):
        sheet = AttendanceService(replica.vault).sheet(meeting)
        assert sheet.counts == HeadCounts(present=7, newcomers=1)  # same winner everywhere
        assert sheet.counts_conflicts == ("present",)
        [conflict] = ConflictsService(replica.vault).list_conflicts()
        assert conflict.field == "present"
        assert sorted(v.value for v in conflict.versions) == [5, 7]
        day = MeetingsService(replica.vault).meeting(meeting).on
        assert conflict.record_label == day.isoformat()  # which meeting, by its day
    # Changing another count does not settle the conflict behind anyone's back.
    a.clock.advance(1)
    sheet = AttendanceService(a.vault).sheet(meeting)
    AttendanceService(a.vault).set_counts(
        meeting, HeadCounts(present=7, newcomers=2), expected_rev=sheet.counts_rev
    )
    assert AttendanceService(a.vault).sheet(meeting).counts_conflicts == ("present",)
    # Resolving on one PC clears it on the other after the next sync.
    [conflict] = ConflictsService(a.vault).list_conflicts()
    ConflictsService(a.vault).resolve(
        "attendance_counts", conflict.record_id, "present", 5, expected_rev=conflict.rev
    )
    send(a, b)
    for replica in (a, b):
        sheet = AttendanceService(replica.vault).sheet(meeting)
        assert sheet.counts == HeadCounts(present=5, newcomers=2)
        assert sheet.counts_conflicts == ()
        assert ConflictsService(replica.vault).list_conflicts() == []
    assert dump(a, TABLES) == dump(b, TABLES)


def test_withdrawals_on_two_pcs_between_syncs_both_count(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    meeting = new_meeting_id(a.vault)
    ana = add_member(a.vault, "Ana", keep_attendance=True)
    bo = add_member(a.vault, "Bo", keep_attendance=True)
    AttendanceService(a.vault).mark(meeting, ana, PRESENT)
    AttendanceService(a.vault).mark(meeting, bo, LATE)
    AttendanceService(a.vault).set_counts(meeting, HeadCounts(present=3))
    send(a, b)
    a.clock.advance(1)
    ConsentService(a.vault).withdraw(ana, ATTENDANCE)
    b.clock.advance(1)
    ConsentService(b.vault).withdraw(bo, ATTENDANCE)
    b.clock.advance(1)
    sheet = AttendanceService(b.vault).sheet(meeting)
    AttendanceService(b.vault).set_counts(
        meeting, HeadCounts(present=3, late=1, newcomers=2), expected_rev=sheet.counts_rev
    )
    send(a, b)
    send(b, a)
    for replica in (a, b):
        sheet = AttendanceService(replica.vault).sheet(meeting)
        assert sheet.counts == HeadCounts(present=4, late=1, newcomers=2), replica.name
        assert [line.status for line in sheet.lines] == [None, None]
        assert sheet.counts_conflicts == ()
        assert ConflictsService(replica.vault).list_conflicts() == []
    assert dump(a, TABLES) == dump(b, TABLES)


# ------------------------------------------------------------------ counter property
_STATUSES = st.sampled_from([PRESENT, LATE, APOLOGIES])
_OPS = st.lists(
    st.one_of(
        st.tuples(st.just("fold"), st.integers(0, 2), _STATUSES),
        st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(ops=_OPS)
def test_folded_counts_converge_and_every_fold_counts_once(ops) -> None:  # type: ignore[no-untyped-def]
    """Three replicas fold people into one meeting's counts and merge in any order: after
    everyone has merged everyone, every replica holds the same state, which counts each
    fold exactly once (grow-only counter per replica, max per replica, summed)."""
    names = ("r0", "r1", "r2")
    states = [RecordState() for _ in names]
    counters = [0, 0, 0]
    folded: Counter[AttendanceStatus] = Counter()
    hlc = 0
    for op in ops:
        if op[0] == "fold":
            _, who, status = op
            counters[who] += 1
            hlc += 1
            value = rows._with_folded(states[who], names[who], {status: 1})  # noqa: SLF001
            states[who].write({rows.FOLDED_FIELD: value}, names[who], counters[who], hlc)
            folded[status] += 1
        else:
            _, src, dst = op
            states[dst] = states[dst].merge(states[src])
    final = states[0].merge(states[1]).merge(states[2])
    for state in states:
        assert state.merge(final).to_json() == final.to_json()
        everyone = state.merge(states[1]).merge(states[2]).merge(states[0])
        assert everyone.to_json() == final.to_json()
    assert rows.folded_counts(final) == HeadCounts(
        present=folded[PRESENT], late=folded[LATE], apologies=folded[APOLOGIES]
    )
