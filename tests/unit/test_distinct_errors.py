"""Claims 8 and 10: failures are told apart, and damaged data is kept, not "repaired".

Claim 8 — a wrong passphrase raises ``WrongPassphrase``; the right passphrase with a
damaged wrap raises ``CorruptKeyMaterial``; one damaged record does not stop the
unlock or the list, is reported in ``MembersService.damaged`` and stays byte-for-byte.

Claim 10 — an unknown envelope, payload, wrap or vault format version raises
``UnsupportedFormatVersion`` (not ``IntegrityError``) and the stored bytes are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import (
    CorruptKeyMaterial,
    IntegrityError,
    UnsupportedFormatVersion,
    WrongPassphrase,
)
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto import seal
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.tables import MemberRecord
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.security_helpers import flip_bit, raw_row, raw_update, wrap_row

# A bit well inside the ciphertext of a wrap (past the 30-byte header).
CIPHERTEXT_BIT = (seal.HEADER_BYTES + 5) * 8 + 3


def _damage_wrap(vault: Vault, slot_id: str, wrapper: str, target: str) -> bytes:
    row = wrap_row(vault, slot_id, wrapper, target)
    damaged = flip_bit(row.key_sealed, CIPHERTEXT_BIT)
    raw_update(vault, "key_wraps", row.id, key_sealed=damaged)
    return damaged


# --------------------------------------------------------------------------- claim 8
def test_wrong_passphrase(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase) as caught:
        vault.unlock(FACILITATOR_HANDLE, "this is not the passphrase")
    assert caught.value.attempts == 1
    assert not vault.is_unlocked


@pytest.mark.parametrize(
    ("wrapper", "target"),
    [
        (wraps.WRAPPER_PASSPHRASE, wraps.TARGET_FACILITATOR_KEY),
        (wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY),
        (wraps.WRAPPER_FACILITATOR_KEY, wraps.TARGET_GROUP_KEY),
        (wraps.WRAPPER_FACILITATOR_KEY, wraps.TARGET_COMMONS_KEY),
        (wraps.WRAPPER_FACILITATOR_KEY, wraps.TARGET_SIGNING_KEY),
    ],
)
def test_right_passphrase_damaged_wrap(vault: Vault, wrapper: str, target: str) -> None:
    slot_id = vault.require_facilitator().slot_id
    vault.lock()
    damaged = _damage_wrap(vault, slot_id, wrapper, target)
    for _ in range(7):  # more than the free attempts: damage is not a failed guess
        with pytest.raises(CorruptKeyMaterial):
            vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert vault.throttle_wait(FACILITATOR_HANDLE) == 0
    assert not vault.is_unlocked
    # The wrong passphrase is still reported as such, not as damage.
    with pytest.raises(WrongPassphrase):
        vault.unlock(FACILITATOR_HANDLE, "this is not the passphrase")
    assert wrap_row(vault, slot_id, wrapper, target).key_sealed == damaged  # kept as is


def test_member_right_passphrase_damaged_journal_wrap(vault: Vault) -> None:
    account = vault.claim_invitation(
        vault.invite_member().code, "sam", MEMBER_PASS, exact_handle=True
    )
    vault.lock()
    slot_id = account.principal.slot_id
    _damage_wrap(vault, slot_id, wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY)
    with pytest.raises(CorruptKeyMaterial):
        vault.unlock("sam", MEMBER_PASS)
    with pytest.raises(WrongPassphrase):
        vault.unlock("sam", "not sam's passphrase at all")


def test_right_recovery_code_damaged_wrap(vault: Vault) -> None:
    account = vault.add_facilitator("jo", "jo keeps a long passphrase too")
    vault.lock()
    slot_id = account.principal.slot_id
    _damage_wrap(vault, slot_id, wraps.WRAPPER_RECOVERY, wraps.TARGET_JOURNAL_KEY)
    with pytest.raises(CorruptKeyMaterial):
        vault.recover("jo", account.recovery_code, "a new passphrase for jo now")
    assert not vault.is_unlocked
    vault.unlock("jo", "jo keeps a long passphrase too")  # the passphrase path still works


def _blob(vault: Vault, member_id: str) -> bytes:
    return bytes(raw_row(vault, "members", member_id)["payload_sealed"])


def test_one_damaged_record_is_reported_and_kept(
    vault: Vault, vault_path: Path, clock: ManualClock
) -> None:
    members = MembersService(vault)
    ids = [members.add_member(MemberDraft(f"Person {i}", "", f"note {i}")).id for i in range(6)]
    victim = ids[2]
    damaged = flip_bit(_blob(vault, victim), CIPHERTEXT_BIT)
    raw_update(vault, "members", victim, payload_sealed=damaged)
    vault.close()

    again = Vault.open_existing(vault_path, clock=clock)
    try:
        again.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)  # unlock is unaffected
        members = MembersService(again)
        listed = members.list_members()
        assert sorted(m.id for m in listed) == sorted(set(ids) - {victim})
        assert [(d.table, d.id, type(d.error)) for d in members.damaged] == [
            ("members", victim, IntegrityError)
        ]
        with pytest.raises(IntegrityError):
            members.get(victim)
        for change in (
            lambda: members.update_member(victim, MemberDraft("Overwrite", "", "")),
            lambda: members.archive(victim),
        ):
            with pytest.raises(IntegrityError):
                change()
        members.update_member(ids[0], MemberDraft("Person zero", "", "edited"))
        members.add_member(MemberDraft("Someone new", "", ""))
        assert _blob(again, victim) == damaged
        again.lock()
    finally:
        again.close()
    reopened = Vault.open_existing(vault_path, clock=clock)
    try:
        assert _blob(reopened, victim) == damaged  # byte-for-byte, after lock and close
    finally:
        reopened.close()


# --------------------------------------------------------------------------- claim 10
@pytest.mark.parametrize("version", [0, 2, 0xFF])
def test_unknown_envelope_version(vault: Vault, vault_path: Path, version: int) -> None:
    members = MembersService(vault)
    keep = members.add_member(MemberDraft("Keeps working", "", "")).id
    member = members.add_member(MemberDraft("From the future", "", "")).id
    future = bytes([version]) + _blob(vault, member)[1:]
    raw_update(vault, "members", member, payload_sealed=future)
    with pytest.raises(UnsupportedFormatVersion) as caught:
        members.get(member)
    assert caught.value.version == version
    assert [m.id for m in members.list_members()] == [keep]
    assert [(d.id, type(d.error)) for d in members.damaged] == [(member, UnsupportedFormatVersion)]
    with pytest.raises(UnsupportedFormatVersion):
        members.update_member(member, MemberDraft("Overwrite", "", ""))
    members.update_member(keep, MemberDraft("Still works", "", ""))
    vault.lock()
    assert _blob(vault, member) == future


def test_unknown_payload_version(vault: Vault) -> None:
    """A correctly sealed payload that declares a newer document version."""
    repo = SealedRecords(MemberRecord, Scope.group(vault.group_id))
    record_id = str(uuid.uuid4())
    keyring = vault.keyring_for_tests()
    with vault.transaction() as (db, _k, _p):
        repo.store(db, keyring.group_key, record_id, RecordState(), 1)
        row = db.session.get(MemberRecord, record_id)
        assert row is not None
        document = json.dumps({"v": 2, "s": RecordState().to_json()}).encode()
        row.payload_sealed = seal.seal(keyring.group_key, document, repo._ad(row))
    stored = _blob(vault, record_id)
    with vault.transaction() as (db, keys, _p):
        with pytest.raises(UnsupportedFormatVersion) as caught:
            repo.get(db, keys, record_id)
        assert caught.value.version == 2
    assert _blob(vault, record_id) == stored


def test_unknown_wrap_version(vault: Vault) -> None:
    slot_id = vault.require_facilitator().slot_id
    vault.lock()
    row = wrap_row(vault, slot_id, wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY)
    future = b"\x07" + row.key_sealed[1:]
    raw_update(vault, "key_wraps", row.id, key_sealed=future)
    with pytest.raises(UnsupportedFormatVersion) as caught:
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert caught.value.version == 7
    assert (
        wrap_row(vault, slot_id, wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY).key_sealed
        == future
    )


def _open_fds_to(path: Path) -> list[str]:
    fd_dir = Path("/proc/self/fd")
    found = []
    for entry in fd_dir.iterdir():
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


@pytest.mark.parametrize(("column", "value"), [("format_version", 9), ("schema_version", 99)])
def test_unknown_vault_format(
    vault: Vault, vault_path: Path, clock: ManualClock, column: str, value: int
) -> None:
    with vault.engine.begin() as connection:
        connection.execute(text(f"UPDATE vault_meta SET {column} = :v"), {"v": value})
    vault.close()
    before = hashlib.sha256(vault_path.read_bytes()).hexdigest()
    with pytest.raises(UnsupportedFormatVersion) as caught:
        Vault.open_existing(vault_path, clock=clock)
    assert caught.value.version == value
    del caught
    assert hashlib.sha256(vault_path.read_bytes()).hexdigest() == before
    if sys.platform.startswith("linux"):
        # The refused file is not left open until some later garbage collection (on
        # Windows an open handle would keep the file locked).
        assert _open_fds_to(vault_path) == []
