"""Claim 3: every plaintext column a sealed row carries is authenticated.

Changing any single plaintext column of a sealed record with raw SQL (key_id, rev,
deleted and every extra foreign key such as ``facilitators.slot_id``) makes loading
that row raise ``IntegrityError``. For ``key_wraps`` every metadata column is bound
into the wrap's AD, so the wrap no longer opens with the right key-encryption key.

The column lists are derived from the table metadata, so a new plaintext column is
covered (or makes the test ask for a tamper rule) automatically.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.orm import Session

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.errors import (
    CorruptKeyMaterial,
    IntegrityError,
    UnsafeKdfParameters,
    WrongPassphrase,
    WrongRecoveryCode,
)
from safespace_desktop.core.model import MemberDraft, Role
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.services.retention import RetentionService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.records import Scope, SealedRecords
from safespace_desktop.storage.tables import (
    SYNCED_TABLES,
    FacilitatorRecord,
    KeyWrap,
    SealedRecordMixin,
)
from safespace_desktop.storage.tables import GroupSettings as GroupSettingsRow
from tests.unit.security_helpers import (
    copy_key,
    flip_bit,
    passphrase_kek,
    raw_row,
    raw_rows,
    raw_update,
    recovery_kek,
    slot_ids,
    wrap_row,
)

JO_PASS = "jo keeps a long passphrase too"

SCOPES: dict[str, Callable[[str], Scope]] = {
    "group_settings": Scope.commons,
    "facilitators": Scope.group,
    "members": Scope.group,
    "consents": Scope.group,
    "consent_wordings": Scope.commons,
    "checkin_pairs": Scope.group,
    "roster_settings": Scope.group,
    "agreement_drafts": Scope.group,
    "agreement_versions": Scope.commons,
    "agreement_affirmations": Scope.group,
}


def _table_name(table: type[SealedRecordMixin]) -> str:
    return str(table.__tablename__)  # type: ignore[attr-defined]


def _plaintext_columns(table: type[Any]) -> list[str]:
    """Every column except the lookup key and the sealed blob itself."""
    return [
        c.name
        for c in table.__table__.columns
        if not c.primary_key and not c.name.endswith("_sealed")
    ]


SYNCED_CASES = [(_table_name(t), column) for t in SYNCED_TABLES for column in _plaintext_columns(t)]
TABLES = {_table_name(t): t for t in SYNCED_TABLES}


def test_every_synced_table_has_a_scope_rule() -> None:
    assert set(SCOPES) == set(TABLES)


@dataclass
class World:
    vault: Vault
    member_id: str
    other_slot: str
    rows: dict[str, str]
    other_member: str = ""


@pytest.fixture
def world(vault: Vault) -> World:
    vault.add_facilitator("jo", JO_PASS)
    member = MembersService(vault).add_member(MemberDraft("Alex", "they/them", "likes tea"))
    robin_slot = vault.require_facilitator().slot_id
    others = [s for s in slot_ids(vault) if s != robin_slot]
    facilitator_row = next(
        r["id"] for r in raw_rows(vault, "facilitators") if r["slot_id"] == robin_slot
    )
    rows = {
        "group_settings": raw_rows(vault, "group_settings")[0]["id"],
        "facilitators": facilitator_row,
        "members": member.id,
    }
    return World(vault, member.id, others[0], rows)


@pytest.fixture
def full_world(world: World) -> World:
    """``world`` plus one row in each roster, consent and agreement table (issue 3)."""
    vault = world.vault
    other = MembersService(vault).add_member(MemberDraft("Bo")).id
    for member_id in (world.member_id, other):
        ConsentService(vault).give(member_id, ConsentPurpose.CHECKIN_PAIRING)
    PairingService(vault).pair(world.member_id, other)
    RetentionService(vault).set_retention_months(6)
    agreement = AgreementService(vault)
    agreement.adopt(agreement.start_draft("share-the-air").id)
    agreement.record_agreement(5, 4)
    agreement.start_draft("recovery")
    rows = dict(world.rows)
    for table in SCOPES:
        if table not in rows:
            candidates = raw_rows(vault, table)
            if table == "consents":
                candidates = [r for r in candidates if r["member_id"] == world.member_id]
            rows[table] = candidates[0]["id"]
    return World(vault, world.member_id, world.other_slot, rows, other)


def _tampered_values(world: World, column: str, original: Any) -> list[tuple[str, Any]]:
    keyring = world.vault.keyring_for_tests()
    if column == "key_id":
        known = [k.key_id for k in (keyring.group_key, keyring.commons_key)]
        other = next(k for k in known if k != original)
        return [("another existing key id", other), ("unknown key id", os.urandom(16))]
    if column == "rev":
        return [("rev + 1", original + 1), ("rev - 1", original - 1)]
    if column == "deleted":
        return [("tombstone flag flipped", not original)]
    if column == "slot_id":
        return [("another slot", world.other_slot), ("NULL", None)]
    if column == "member_id":
        return [("another member", world.other_member)]
    if column == "format_version":
        return [("older record format", original - 1)]
    pytest.fail(f"no tamper rule for plaintext column {column!r}: add one to this test")


def _repo(world: World, table_name: str) -> SealedRecords:
    return SealedRecords(TABLES[table_name], SCOPES[table_name](world.vault.group_id))


@pytest.mark.parametrize(("table_name", "column"), SYNCED_CASES)
def test_changing_a_plaintext_column_makes_the_row_fail(
    full_world: World, table_name: str, column: str
) -> None:
    world = full_world
    vault = world.vault
    row_id = world.rows[table_name]
    repo = _repo(world, table_name)
    original = raw_row(vault, table_name, row_id)[column]
    for label, value in _tampered_values(world, column, original):
        raw_update(vault, table_name, row_id, **{column: value})
        with vault.transaction() as (db, keyring, _p):
            with pytest.raises(IntegrityError) as caught:
                repo.get(db, keyring, row_id)
            assert (caught.value.table, caught.value.row_id) == (table_name, row_id), label
            for include_deleted in (True, False):
                loaded, damaged = repo.load_all(db, keyring, include_deleted=include_deleted)
                assert row_id not in {r.id for r in loaded}, label
                assert row_id in {d.id for d in damaged}, (label, include_deleted)
        # Sanity control: the original value opens again, so the tamper was the cause.
        raw_update(vault, table_name, row_id, **{column: original})
        with vault.transaction() as (db, keyring, _p):
            assert repo.get(db, keyring, row_id) is not None


def test_services_surface_integrity_errors(world: World) -> None:
    vault = world.vault
    members = MembersService(vault)
    raw_update(vault, "members", world.member_id, rev=999)
    with pytest.raises(IntegrityError):
        members.get(world.member_id)
    assert members.list_members() == []
    assert [d.id for d in members.damaged] == [world.member_id]
    settings_id = world.rows["group_settings"]
    raw_update(vault, "group_settings", settings_id, deleted=True)
    with pytest.raises(IntegrityError):
        vault.settings()


def test_relabelling_a_facilitator_row_to_another_slot_fails(world: World) -> None:
    vault = world.vault
    row_id = world.rows["facilitators"]
    raw_update(vault, "facilitators", row_id, slot_id=world.other_slot)
    repo = SealedRecords(FacilitatorRecord, Scope.group(vault.group_id))
    with vault.transaction() as (db, keyring, _p), pytest.raises(IntegrityError):
        repo.get(db, keyring, row_id)


def test_settings_row_cannot_be_hidden_by_a_tombstone_flip(world: World) -> None:
    """A flipped ``deleted`` flag must not silently hide a row from lists."""
    vault = world.vault
    settings_id = world.rows["group_settings"]
    raw_update(vault, "group_settings", settings_id, deleted=True)
    repo = SealedRecords(GroupSettingsRow, Scope.commons(vault.group_id))
    with vault.transaction() as (db, keyring, _p):
        loaded, damaged = repo.load_all(db, keyring)
    assert loaded == [] and [d.id for d in damaged] == [settings_id]


# --------------------------------------------------------------------------- key wraps
WRAP_COLUMNS = [c.name for c in KeyWrap.__table__.columns if c.name != "key_sealed"]
WRAP_KINDS = [
    (wraps.WRAPPER_PASSPHRASE, wraps.TARGET_FACILITATOR_KEY),
    (wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY),
    (wraps.WRAPPER_RECOVERY, wraps.TARGET_JOURNAL_KEY),
    (wraps.WRAPPER_FACILITATOR_KEY, wraps.TARGET_GROUP_KEY),
]


@dataclass
class WrapWorld:
    vault: Vault
    slot_id: str
    other_slot: str
    recovery_code: str
    facilitator_key: SecretKey


@pytest.fixture
def wrap_world(vault: Vault) -> Iterator[WrapWorld]:
    account = vault.add_facilitator("jo", JO_PASS)
    robin_slot = vault.require_facilitator().slot_id
    vault.unlock("jo", JO_PASS)
    keyring = vault.keyring_for_tests()
    assert keyring.facilitator_key is not None
    fk = copy_key(keyring.facilitator_key)
    vault.lock()
    yield WrapWorld(vault, account.principal.slot_id, robin_slot, account.recovery_code, fk)
    fk.wipe()


def _kek_for(world: WrapWorld, row: KeyWrap) -> SecretKey:
    if row.wrapper == wraps.WRAPPER_PASSPHRASE:
        return passphrase_kek(JO_PASS, row)
    if row.wrapper == wraps.WRAPPER_RECOVERY:
        return recovery_kek(world.recovery_code, row)
    return world.facilitator_key


def _wrap_tamper(world: WrapWorld, column: str, original: Any) -> Any:
    if column == "id":
        return str(uuid.uuid4())
    if column == "slot_id":
        return world.other_slot
    if column == "wrapper":
        if original == wraps.WRAPPER_RECOVERY:
            return wraps.WRAPPER_PASSPHRASE
        return wraps.WRAPPER_RECOVERY
    if column == "target":
        return wraps.TARGET_COMMONS_KEY
    if isinstance(original, bytes):
        return flip_bit(original, 0)
    if column == "salt":
        return os.urandom(16)
    if column.startswith("kdf_"):
        if original is not None:
            return original + 1
        # A key-wrapping-key wrap has no KDF: give it plausible fast-profile values.
        return {"kdf_memory_kib": 256, "kdf_iterations": 1, "kdf_lanes": 1}.get(column, 0x13)
    pytest.fail(f"no tamper rule for key_wraps.{column}: add one to this test")


def _load_wrap(vault: Vault, wrap_id: str) -> KeyWrap:
    with Session(vault.engine, expire_on_commit=False) as db:
        row = db.get(KeyWrap, wrap_id)
        assert row is not None
        db.expunge(row)
        return row


def _try_account(world: WrapWorld, row: KeyWrap) -> None:
    if row.wrapper == wraps.WRAPPER_RECOVERY:
        world.vault.recover("jo", world.recovery_code, "a fresh passphrase for jo")
    else:
        world.vault.unlock("jo", JO_PASS)


@pytest.mark.parametrize("column", WRAP_COLUMNS)
@pytest.mark.parametrize(("wrapper", "target"), WRAP_KINDS)
def test_changing_any_wrap_metadata_column_breaks_the_wrap(
    wrap_world: WrapWorld, clock: ManualClock, wrapper: str, target: str, column: str
) -> None:
    vault = wrap_world.vault
    row = wrap_row(vault, wrap_world.slot_id, wrapper, target)
    kek = _kek_for(wrap_world, row)
    wraps.unwrap(row, kek).wipe()  # sanity control: the untouched wrap opens
    original = getattr(row, column)
    value = _wrap_tamper(wrap_world, column, original)
    assert value != original
    raw_update(vault, "key_wraps", row.id, **{column: value})
    tampered = _load_wrap(vault, value if column == "id" else row.id)
    with pytest.raises(CorruptKeyMaterial):
        wraps.unwrap(tampered, kek)
    # End to end the account no longer opens (which error depends on the column:
    # a changed salt or KDF cost derives a different KEK, which reads as a wrong
    # passphrase or unsafe parameters; everything else reads as damaged key material).
    with pytest.raises(
        (CorruptKeyMaterial, WrongPassphrase, WrongRecoveryCode, UnsafeKdfParameters)
    ):
        _try_account(wrap_world, row)
    assert not vault.is_unlocked
    # Sanity control: putting the value back makes the wrap and the account open again.
    raw_update(vault, "key_wraps", tampered.id, **{column: original})
    wraps.unwrap(_load_wrap(vault, row.id), kek).wipe()
    clock.advance(3600)  # past any throttle wait the failed attempt caused
    _try_account(wrap_world, row)
    assert vault.is_unlocked and vault.principal is not None
    assert vault.principal.role is Role.FACILITATOR


def test_wrap_columns_are_all_covered() -> None:
    assert set(WRAP_COLUMNS) == {
        "id",
        "slot_id",
        "wrapper",
        "wrapper_key_id",
        "target",
        "target_key_id",
        "kdf_memory_kib",
        "kdf_iterations",
        "kdf_lanes",
        "kdf_version",
        "salt",
    }, "a new key_wraps column: make sure key_wraps._ad binds it, then update this list"
