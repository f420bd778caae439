"""Claims 6 and 7: a sealed blob changed by one bit, or moved anywhere, never opens.

Claim 6 (bit flips) — every bit of a small sealed record read through the repository
raises ``IntegrityError`` and nothing else, and no data comes back.

Deliberate split with claim 10: the first byte of the envelope is its *format
version*. The design (DESIGN.md §3.2, crypto.md claim 10) wants a blob from a newer
(or unknown) format to be reported as ``UnsupportedFormatVersion`` so the person is
told to update the app instead of being told their data is damaged. A flip inside
the version byte therefore yields ``UnsupportedFormatVersion``; every other bit
position (algorithm, key id, nonce, ciphertext, tag) yields ``IntegrityError``.
Either way the record is refused and kept unchanged.

Claim 7 (swaps) — copying a valid blob to another row, table, group (a second vault)
or member slot, or relabelling its key id, makes the read fail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import (
    CorruptKeyMaterial,
    IntegrityError,
    UnsupportedFormatVersion,
)
from safespace_desktop.core.model import MemberDraft, Role
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto import seal
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.tables import GroupSettings as GroupSettingsRow
from safespace_desktop.storage.tables import MemberRecord
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.security_helpers import (
    flip_bit,
    passphrase_kek,
    raw_insert,
    raw_row,
    raw_rows,
    raw_update,
    wrap_row,
)

VERSION_BITS = range(8)  # byte 0: the envelope format version (claim 10)


def _members_repo(vault: Vault) -> SealedRecords:
    return SealedRecords(MemberRecord, Scope.group(vault.group_id))


def _store_small_record(vault: Vault) -> str:
    """The smallest record the repository writes: an empty state (64-byte bucket)."""
    record_id = str(uuid.uuid4())
    with vault.transaction() as (db, keyring, _p):
        _members_repo(vault).store(db, keyring.group_key, record_id, RecordState(), 1)
    return record_id


# --------------------------------------------------------------------------- claim 6
def test_every_bit_of_a_small_stored_record(vault: Vault) -> None:
    record_id = _store_small_record(vault)
    blob = raw_row(vault, "members", record_id)["payload_sealed"]
    assert len(blob) == seal.OVERHEAD + 64  # one 64-byte padding bucket
    repo = _members_repo(vault)
    for bit in range(len(blob) * 8):
        raw_update(vault, "members", record_id, payload_sealed=flip_bit(blob, bit))
        expected = UnsupportedFormatVersion if bit in VERSION_BITS else IntegrityError
        with vault.transaction() as (db, keyring, _p):
            try:
                repo.get(db, keyring, record_id)
            except expected:
                pass
            except Exception as exc:  # pragma: no cover - the failure message
                pytest.fail(f"bit {bit}: {type(exc).__name__} instead of {expected.__name__}")
            else:
                pytest.fail(f"bit {bit}: a flipped record opened")
    raw_update(vault, "members", record_id, payload_sealed=blob)
    with vault.transaction() as (db, keyring, _p):
        assert repo.get(db, keyring, record_id) is not None  # sanity control


def test_every_bit_of_a_real_member_record(vault: Vault) -> None:
    """A real roster entry, flipped in memory and opened by the repository."""
    member = MembersService(vault).add_member(MemberDraft("Alex Quinn", "they/them", "tea"))
    stored = raw_row(vault, "members", member.id)
    repo = _members_repo(vault)
    keyring = vault.keyring_for_tests()

    def row_with(blob: bytes) -> MemberRecord:
        return MemberRecord(
            id=stored["id"],
            format_version=stored["format_version"],
            key_id=stored["key_id"],
            rev=stored["rev"],
            deleted=bool(stored["deleted"]),
            payload_sealed=blob,
        )

    assert repo.open_row(keyring, row_with(stored["payload_sealed"])).state.get("name")
    blob = stored["payload_sealed"]
    outcomes: dict[str, int] = {}
    for bit in range(len(blob) * 8):
        try:
            repo.open_row(keyring, row_with(flip_bit(blob, bit)))
        except (IntegrityError, UnsupportedFormatVersion) as exc:
            outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
            assert isinstance(exc, UnsupportedFormatVersion) == (bit in VERSION_BITS), bit
        else:
            pytest.fail(f"bit {bit}: a flipped record opened")
    assert outcomes == {"UnsupportedFormatVersion": 8, "IntegrityError": len(blob) * 8 - 8}


def test_every_bit_of_a_key_wrap(vault: Vault) -> None:
    """Wraps use the same envelope: any flip is damaged key material (or, in the
    version byte, an unsupported format), never a key."""
    slot_id = vault.require_facilitator().slot_id
    row = wrap_row(vault, slot_id, wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY)
    kek = passphrase_kek(FACILITATOR_PASS, row)
    good = row.key_sealed
    wraps.unwrap(row, kek).wipe()  # sanity control
    for bit in range(len(good) * 8):
        row.key_sealed = flip_bit(good, bit)
        expected = UnsupportedFormatVersion if bit in VERSION_BITS else CorruptKeyMaterial
        with pytest.raises(expected):
            wraps.unwrap(row, kek)


def test_truncated_and_extended_blobs_fail(vault: Vault) -> None:
    record_id = _store_small_record(vault)
    blob = raw_row(vault, "members", record_id)["payload_sealed"]
    repo = _members_repo(vault)
    for damaged in (b"", blob[:1], blob[: seal.HEADER_BYTES], blob[:-1], blob + b"\x00"):
        raw_update(vault, "members", record_id, payload_sealed=damaged)
        with vault.transaction() as (db, keyring, _p), pytest.raises(IntegrityError):
            repo.get(db, keyring, record_id)


# --------------------------------------------------------------------------- claim 7
@dataclass
class Roster:
    vault: Vault
    members: MembersService
    a: str
    b: str


@pytest.fixture
def roster(vault: Vault) -> Roster:
    members = MembersService(vault)
    a = members.add_member(MemberDraft("Alex", "they/them", "first")).id
    b = members.add_member(MemberDraft("Bo", "he/him", "second")).id
    return Roster(vault, members, a, b)


def test_blob_copied_to_another_row_of_the_same_table(roster: Roster) -> None:
    vault = roster.vault
    blob = raw_row(vault, "members", roster.a)["payload_sealed"]
    raw_update(vault, "members", roster.b, payload_sealed=blob)
    with pytest.raises(IntegrityError) as caught:
        roster.members.get(roster.b)
    assert caught.value.row_id == roster.b
    assert [m.id for m in roster.members.list_members()] == [roster.a]
    assert [d.id for d in roster.members.damaged] == [roster.b]


def test_blob_and_every_column_copied_to_another_row_still_fails(roster: Roster) -> None:
    """Even with key_id, rev and deleted copied too, the row id in the AD differs."""
    vault = roster.vault
    source = raw_row(vault, "members", roster.a)
    raw_update(
        vault,
        "members",
        roster.b,
        key_id=source["key_id"],
        rev=source["rev"],
        deleted=source["deleted"],
        payload_sealed=source["payload_sealed"],
    )
    with pytest.raises(IntegrityError):
        roster.members.get(roster.b)


def test_blob_copied_into_another_table(roster: Roster) -> None:
    """A roster blob pasted over the group settings row does not open as settings."""
    vault = roster.vault
    settings_id = raw_rows(vault, "group_settings")[0]["id"]
    source = raw_row(vault, "members", roster.a)
    raw_update(vault, "group_settings", settings_id, payload_sealed=source["payload_sealed"])
    with pytest.raises(IntegrityError):
        vault.settings()
    raw_update(vault, "group_settings", settings_id, key_id=source["key_id"], rev=source["rev"])
    with pytest.raises(IntegrityError):
        vault.settings()


def test_only_the_table_name_differs(vault: Vault) -> None:
    """Same id, scope, key, rev and flag in two tables: the table name alone refuses it."""
    record_id = _store_small_record(vault)
    source = raw_row(vault, "members", record_id)
    raw_insert(vault, "group_settings", **source)
    group_scope = Scope.group(vault.group_id)
    with vault.transaction() as (db, keyring, _p):
        assert _members_repo(vault).get(db, keyring, record_id) is not None
        with pytest.raises(IntegrityError):
            SealedRecords(GroupSettingsRow, group_scope).get(db, keyring, record_id)


def test_blob_copied_into_another_group(roster: Roster, tmp_path: Path, clock: ManualClock) -> None:
    """A second vault (another group) refuses a blob copied from the first."""
    other, _account = Vault.create(
        tmp_path / "other" / "other.ssvault",
        label="Thursday group",
        group_name="Hillside Circle",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    try:
        other_members = MembersService(other)
        target = other_members.add_member(MemberDraft("Someone", "", "")).id
        blob = raw_row(roster.vault, "members", roster.a)["payload_sealed"]
        raw_update(other, "members", target, payload_sealed=blob)
        with pytest.raises(IntegrityError):
            other_members.get(target)
        assert other_members.list_members() == []
        assert [d.id for d in other_members.damaged] == [target]
    finally:
        other.close()


def test_scope_binding_with_the_same_key(vault: Vault) -> None:
    """Even a key shared by two scopes cannot move a record between them:
    another group id, the commons scope, or another member's journal slot."""
    key = SecretKey.generate()
    record_id = str(uuid.uuid4())

    class OneKey:
        def key(self, key_id: bytes) -> SecretKey:
            assert key_id == key.key_id
            return key

    group_a, group_b = str(uuid.uuid4()), str(uuid.uuid4())
    slot_a, slot_b = str(uuid.uuid4()), str(uuid.uuid4())
    pairs = [
        (Scope.group(group_a), Scope.group(group_b)),
        (Scope.group(group_a), Scope.commons(group_a)),
        (Scope.journal(slot_a), Scope.journal(slot_b)),
    ]
    for source, target in pairs:
        with vault.transaction() as (db, _keyring, _p):
            SealedRecords(MemberRecord, source).store(db, key, record_id, RecordState(), 1)
            assert SealedRecords(MemberRecord, source).get(db, OneKey(), record_id)
            with pytest.raises(IntegrityError):
                SealedRecords(MemberRecord, target).get(db, OneKey(), record_id)


def test_wrap_copied_into_another_members_slot(vault: Vault, clock: ManualClock) -> None:
    """A member's journal-key wrap pasted into another member's slot does not open,
    not even with all of its metadata (so the first member's passphrase works)."""
    slots = {}
    for handle in ("sam", "kit"):
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        account = vault.claim_invitation(
            vault.invite_member().code, handle, MEMBER_PASS, exact_handle=True
        )
        slots[handle] = account.principal.slot_id
    vault.lock()
    sam = wrap_row(vault, slots["sam"], wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY)
    kit = wrap_row(vault, slots["kit"], wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY)
    raw_update(vault, "key_wraps", kit.id, key_sealed=sam.key_sealed)
    with pytest.raises(CorruptKeyMaterial):
        vault.unlock("kit", MEMBER_PASS)
    # Now transplant everything but the id and slot: wrapper key id, salt, KDF cost.
    for kit_row in (
        wrap_row(vault, slots["kit"], wraps.WRAPPER_PASSPHRASE, target)
        for target in (wraps.TARGET_COMMONS_KEY, wraps.TARGET_JOURNAL_KEY)
    ):
        sam_row = wrap_row(vault, slots["sam"], wraps.WRAPPER_PASSPHRASE, kit_row.target)
        raw_update(
            vault,
            "key_wraps",
            kit_row.id,
            wrapper_key_id=sam_row.wrapper_key_id,
            target_key_id=sam_row.target_key_id,
            salt=sam_row.salt,
            key_sealed=sam_row.key_sealed,
        )
    with pytest.raises(CorruptKeyMaterial):
        vault.unlock("kit", MEMBER_PASS)
    assert not vault.is_unlocked
    vault.unlock("sam", MEMBER_PASS)  # sanity control: the original still opens
    assert vault.principal is not None and vault.principal.role is Role.MEMBER


def test_relabelled_key_id(roster: Roster) -> None:
    """Relabel a group record to the other existing key (the commons key): the
    column alone, and the column together with the envelope's key id bytes."""
    vault = roster.vault
    keyring = vault.keyring_for_tests()
    commons_id = keyring.commons_key.key_id
    source = raw_row(vault, "members", roster.a)
    raw_update(vault, "members", roster.a, key_id=commons_id)
    with pytest.raises(IntegrityError):
        roster.members.get(roster.a)
    blob = source["payload_sealed"]
    relabelled = blob[:2] + commons_id + blob[2 + len(commons_id) :]
    raw_update(vault, "members", roster.a, payload_sealed=relabelled)
    with pytest.raises(IntegrityError):
        roster.members.get(roster.a)
    # And an unknown key id in the column only (a single-column change).
    raw_update(vault, "members", roster.a, key_id=SecretKey.generate().key_id, payload_sealed=blob)
    with pytest.raises(IntegrityError):
        roster.members.get(roster.a)
    assert [m.id for m in roster.members.list_members()] == [roster.b]
    assert [d.id for d in roster.members.damaged] == [roster.a]
