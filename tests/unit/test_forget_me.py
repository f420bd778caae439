"""W10 "Data rights and retention": forget me, and the retention reminder.

The marker scan after "forget me": every text the forgotten member had (name,
pronouns, note, access needs, contact, their journal handle and entry) carries a
unique marker. Afterwards no file (DB, -wal, -shm) holds any marker in the clear,
no file holds any piece of the ciphertexts that held them (so the data is not merely
hidden behind a key the facilitators still have), and opening every sealed row with
the facilitator's keys shows none of them either. A second member's markers stay
findable in the decrypted view: the scans read real data.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.consent import ConsentEnd, ConsentPurpose
from safespace_desktop.core.errors import NotPermitted, ValidationError, WrongPassphrase
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import (
    AccessNeed,
    ContactDetails,
    GroupRole,
    MemberStatus,
    add_months,
    today_from,
)
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.enrolment import EnrolmentService
from safespace_desktop.services.forget import ForgetService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.services.retention import RetentionService
from safespace_desktop.services.slots import shred_slot
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import tables
from safespace_desktop.storage.records import Scope, SealedRecords
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.roster_helpers import (
    checkpointed_files,
    decrypted_text,
    old_blob_fragments,
    sealed_blobs,
)
from tests.unit.security_helpers import find_markers, new_marker, raw_rows, slot_ids

CONTACT = ConsentPurpose.CONTACT_BETWEEN_MEETINGS
PAIRING = ConsentPurpose.CHECKIN_PAIRING
ATTENDANCE = ConsentPurpose.KEEP_ATTENDANCE_HISTORY


def _journal_tables() -> tuple[type[tables.SealedRecordMixin], ...]:
    return tuple(getattr(tables, "JOURNAL_TABLES", ()))


def _write_journal_row(vault: Vault, slot_id: str, marker: str) -> str | None:
    """As the member: one sealed row in their journal (if the journal tables exist)."""
    journal_tables = _journal_tables()
    if not journal_tables:
        return None
    table = journal_tables[0]
    row_id = str(secrets.token_hex(16))
    row_id = f"{row_id[:8]}-{row_id[8:12]}-4{row_id[13:16]}-8{row_id[17:20]}-{row_id[20:32]}"
    with vault.transaction() as (db, keyring, _principal):
        state = RecordState()
        replica, counter, hlc = vault.next_write(db)
        state.write({"body": f"my journal {marker}"}, replica, counter, hlc)
        SealedRecords(table, Scope.journal(slot_id)).store(
            db, keyring.journal_key, row_id, state, counter, slot_id=slot_id
        )
    return str(table.__tablename__)  # type: ignore[attr-defined]


def test_w10_forget_me_leaves_nothing_on_disk(
    vault: Vault, vault_path: Path, clock: ManualClock
) -> None:
    data_dir = vault_path.parent.parent
    members, consent = MembersService(vault), ConsentService(vault)
    m = {k: new_marker() for k in ("name", "pronouns", "note", "access", "email", "time", "entry")}
    m["handle"] = "h" + new_marker()
    phone = "0" + "".join(secrets.choice("0123456789") for _ in range(14))
    bea_marker = new_marker()

    flow = EnrolmentService(vault).begin(
        MemberDraft(
            f"Sam {m['name']}",
            f"p {m['pronouns']}",
            f"note {m['note']}",
            role=GroupRole.CO_FACILITATOR,
            access_needs=frozenset({AccessNeed.STEP_FREE}),
            access_note=f"ramp {m['access']}",
        )
    )
    flow.acknowledge_statement()
    for purpose in (CONTACT, ATTENDANCE, PAIRING):
        flow.choose(purpose, True)
    flow.set_contact(ContactDetails(phone, f"{m['email']}@example.org", f"at {m['time']}", True))
    sam = EnrolmentService(vault).complete(flow).member
    vault.checkpoint()
    holding = sealed_blobs(vault, "members", [sam.id])  # the row as enrolment wrote it
    bea = members.add_member(MemberDraft("Bea", note=f"keep {bea_marker}"))
    consent.give(bea.id, PAIRING)
    PairingService(vault).pair(sam.id, bea.id)
    clock.advance(30 * 86400)
    members.archive(sam.id)  # Sam left a month ago…
    assert PairingService(vault).pairs() == []  # …which ended the check-in pair
    left_on = today_from(clock.now())

    invitation = EnrolmentService(vault).invite_journal(sam.id)
    vault.claim_invitation(invitation.code, m["handle"], MEMBER_PASS, exact_handle=True)
    journal_table = _write_journal_row(vault, invitation.slot_id, m["entry"])
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    clock.advance(7 * 86400)

    count_before = len(members.list_members())
    holding += sealed_blobs(vault, "members", [sam.id])
    sams_consents = [r["id"] for r in raw_rows(vault, "consents") if r["member_id"] == sam.id]
    holding += sealed_blobs(vault, "consents", sams_consents)
    wraps = [r["id"] for r in raw_rows(vault, "key_wraps") if r["slot_id"] == invitation.slot_id]
    holding += sealed_blobs(vault, "key_wraps", wraps, column="key_sealed")
    if journal_table is not None:
        holding += sealed_blobs(
            vault, journal_table, [r["id"] for r in raw_rows(vault, journal_table)]
        )
    markers = list(m.values()) + [phone]
    checkpointed_files(vault, data_dir)
    assert old_blob_fragments(data_dir, holding) != {}  # control: the scan sees them now
    assert m["name"] in decrypted_text(vault)

    # ---- forget
    result = ForgetService(vault).forget(sam.id)
    assert result.former_name == "Former member #1" and result.former_number == 1
    assert (result.consents_withdrawn, result.pairs_dissolved, result.journal_shredded) == (
        3,
        0,
        True,
    )

    former = members.get(sam.id)
    assert former.name == "Former member #1" and former.forgotten
    assert (former.pronouns, former.note, former.access_note) == ("", "", "")
    assert former.access_needs == frozenset() and former.contact == ContactDetails()
    assert former.role is GroupRole.MEMBER and not former.has_journal_account
    assert former.status is MemberStatus.LEFT and former.left_on == left_on
    assert former.joined_on == sam.joined_on
    assert former.consents == frozenset()
    # Counts stay right: the entry (and its id, which attendance rows will point at) stays.
    assert len(members.list_members()) == count_before
    assert sam.id in {x.id for x in members.list_members()}
    # The consent log shows the withdrawal; purpose, version and dates are kept.
    log = consent.log(sam.id)
    assert {(c.purpose, c.wording_version, c.given_on, c.ended) for c in log} == {
        (p, 1, sam.joined_on, ConsentEnd.FORGOTTEN) for p in (CONTACT, ATTENDANCE, PAIRING)
    }
    assert all(c.withdrawn_on == today_from(clock.now()) for c in log)
    assert PairingService(vault).pairs() == []
    assert consent.has_consent(bea.id, PAIRING)  # Bea's own consent is untouched
    # The journal slot is gone: wraps, rows and the slot itself.
    assert invitation.slot_id not in slot_ids(vault)
    assert [r for r in raw_rows(vault, "key_wraps") if r["slot_id"] == invitation.slot_id] == []
    for table in _journal_tables():
        name = str(table.__tablename__)  # type: ignore[attr-defined]
        assert [r for r in raw_rows(vault, name) if r.get("slot_id") == invitation.slot_id] == []

    # ---- the scans, while unlocked (forget already folded the WAL)
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    db_name = vault_path.name
    assert {db_name, f"{db_name}-wal", f"{db_name}-shm"} <= {p.name for p in files}
    assert find_markers(files, markers) == {}
    assert old_blob_fragments(data_dir, holding) == {}
    opened = decrypted_text(vault)
    assert [x for x in markers if x.casefold() in opened] == []
    assert bea_marker in opened  # sanity: the decrypted scan reads real data

    with pytest.raises(WrongPassphrase):
        vault.unlock(m["handle"], MEMBER_PASS)
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    # Forgetting twice changes nothing; the next person gets the next number.
    again = ForgetService(vault).forget(sam.id)
    assert again.former_number == 1 and again.consents_withdrawn == 0
    assert ForgetService(vault).forget(bea.id).former_name == "Former member #2"
    vault.lock()
    vault.close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert find_markers(files, markers + [bea_marker]) == {}
    assert old_blob_fragments(data_dir, holding) == {}

    reopened = Vault.open_existing(vault_path, clock=clock)
    try:
        reopened.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        names = sorted(x.name for x in MembersService(reopened).list_members())
        assert names == ["Former member #1", "Former member #2"]
    finally:
        reopened.close()


def test_forgetting_someone_without_a_journal_or_consents(vault: Vault) -> None:
    ana = MembersService(vault).add_member(MemberDraft("Ana"))
    result = ForgetService(vault).forget(ana.id)
    assert (result.consents_withdrawn, result.pairs_dissolved, result.journal_shredded) == (
        0,
        0,
        False,
    )
    assert MembersService(vault).get(ana.id).left_on == today_from(vault.clock.now())


def test_only_facilitators_forget_and_shred(vault: Vault) -> None:
    ana = MembersService(vault).add_member(MemberDraft("Ana"))
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "ana", MEMBER_PASS, exact_handle=True)
    with pytest.raises(NotPermitted):
        ForgetService(vault).forget(ana.id)
    with pytest.raises(NotPermitted):
        shred_slot(vault, invitation.slot_id)
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    facilitator_slot = vault.require_facilitator().slot_id
    with pytest.raises(NotPermitted):
        shred_slot(vault, facilitator_slot)  # never a facilitator's own account
    assert shred_slot(vault, invitation.slot_id) is True
    assert shred_slot(vault, invitation.slot_id) is False
    with pytest.raises(WrongPassphrase):
        vault.unlock("ana", MEMBER_PASS)


# --------------------------------------------------------------------------- retention
def test_retention_reminder_lists_people_who_left_long_ago(
    vault: Vault, clock: ManualClock
) -> None:
    members, retention = MembersService(vault), RetentionService(vault)
    today = today_from(clock.now())
    assert retention.retention_months() == 12
    long_ago = members.add_member(MemberDraft("Long ago"))
    members.set_status(long_ago.id, MemberStatus.LEFT, since=add_months(today, -13))
    exactly = members.add_member(MemberDraft("Exactly a year"))
    members.set_status(exactly.id, MemberStatus.LEFT, since=add_months(today, -12))
    recent = members.add_member(MemberDraft("Recent"))
    members.set_status(recent.id, MemberStatus.LEFT, since=today - timedelta(days=60))
    paused = members.add_member(MemberDraft("Paused"))
    members.set_status(paused.id, MemberStatus.PAUSED, since=add_months(today, -30))
    members.add_member(MemberDraft("Active"))
    gone = members.add_member(MemberDraft("Gone"))
    members.set_status(gone.id, MemberStatus.LEFT, since=add_months(today, -40))
    ForgetService(vault).forget(gone.id)

    due = retention.due()
    assert [(c.name, c.months_since) for c in due] == [("Long ago", 13), ("Exactly a year", 12)]
    assert due[0].left_on == add_months(today, -13)

    assert retention.set_retention_months(1) == 1
    assert [c.name for c in retention.due()] == ["Long ago", "Exactly a year", "Recent"]
    retention.set_retention_months(24)
    assert retention.due() == []
    assert [c.name for c in retention.due(today=add_months(today, 12))] == [
        "Long ago",
        "Exactly a year",
    ]

    retention.set_retention_months(12)
    offered = retention.due()[0]
    assert retention.forget(offered.member_id).former_name == "Former member #2"
    assert [c.name for c in retention.due()] == ["Exactly a year"]


@pytest.mark.parametrize("months", [0, 121, -3, True])
def test_retention_period_limits(vault: Vault, months: int) -> None:
    with pytest.raises(ValidationError) as caught:
        RetentionService(vault).set_retention_months(months)
    assert caught.value.field == "retention_months"
    assert RetentionService(vault).retention_months() == 12


def test_old_archived_entries_use_the_date_they_were_archived(
    vault: Vault, clock: ManualClock
) -> None:
    members = MembersService(vault)
    old = members.add_member(MemberDraft("Archived"))
    members.archive(old.id)
    assert RetentionService(vault).due() == []
    clock.advance(400 * 86400)
    assert [c.name for c in RetentionService(vault).due()] == ["Archived"]


def test_members_cannot_see_the_retention_list(vault: Vault) -> None:
    invitation = vault.invite_member()
    vault.claim_invitation(invitation.code, "ana", MEMBER_PASS, exact_handle=True)
    with pytest.raises(NotPermitted):
        RetentionService(vault).due()
