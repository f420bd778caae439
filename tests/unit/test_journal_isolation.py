"""Claim 11: no facilitator key opens a member's journal key.

A vault with 3 facilitators and 5 members. Every key a facilitator holds or can
derive — facilitator keys, signing keys, the group and commons keys, their own
journal keys, their passphrase and recovery KEKs, and the invitation KEKs (they
saw the invitation codes) — is tried as an AES-GCM key against every member's
journal-key wrap, directly and through every HKDF ``info`` the code defines.
Every attempt raises ``InvalidTag``.

Structurally, every wrap of a journal key is a passphrase or recovery wrap of that
same slot, made with that person's own KEK.

The same attack runs against every journal row (entries, drafts, safety plans,
journal settings, templates) of every member and of every *other* facilitator, and
a facilitator session reads none of them through the services or the repository.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

import safespace_desktop
from safespace_desktop.core.model import Role
from safespace_desktop.crypto import seal
from safespace_desktop.crypto.keys import KEY_ID_BYTES
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import key_wraps as wraps
from safespace_desktop.storage.tables import KeyWrap
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.security_helpers import passphrase_kek, recovery_kek, wrap_row, wrap_rows

SRC = Path(safespace_desktop.__file__).parent


# --------------------------------------------------------------------------- HKDF infos
def _module_constants(tree: ast.Module) -> dict[str, bytes]:
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Constant):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, bytes):
                    constants[target.id] = node.value.value
    return constants


def hkdf_infos(root: Path = SRC) -> set[bytes]:
    """Every ``info`` passed to an HKDF constructor anywhere in the package."""
    infos: set[bytes] = set()
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        constants = _module_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in {"HKDF", "HKDFExpand"}:
                continue
            info = next((k.value for k in node.keywords if k.arg == "info"), None)
            if isinstance(info, ast.Constant) and isinstance(info.value, bytes):
                infos.add(info.value)
            elif isinstance(info, ast.Name) and info.id in constants:
                infos.add(constants[info.id])
            else:
                pytest.fail(f"{path}:{node.lineno}: HKDF info this test cannot resolve")
    return infos


def test_hkdf_infos_are_found() -> None:
    """Sanity control: the scan finds the infos we know about."""
    assert {b"safespace/kek-id/v1", b"safespace/recovery-kek/v1"} <= hkdf_infos()


# --------------------------------------------------------------------------- the vault
FACILITATORS = {
    FACILITATOR_HANDLE: FACILITATOR_PASS,
    "jo": "jo keeps a long passphrase too",
    "ash": "ash has yet another passphrase",
}
MEMBERS = {f"member{i}": f"member {i} has a long passphrase" for i in range(5)}


@dataclass
class Group:
    vault: Vault
    slots: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    journal_key_ids: dict[str, bytes] = field(default_factory=dict)
    facilitator_material: dict[str, bytes] = field(default_factory=dict)


@pytest.fixture
def group(vault: Vault) -> Iterator[Group]:
    g = Group(vault)
    principal = vault.require_facilitator()
    g.slots[FACILITATOR_HANDLE] = principal.slot_id
    g.codes[FACILITATOR_HANDLE] = vault.new_recovery_code()
    for handle in ("jo", "ash"):
        account = vault.add_facilitator(handle, FACILITATORS[handle])
        g.slots[handle] = account.principal.slot_id
        g.codes[handle] = account.recovery_code
    for handle, secret in MEMBERS.items():
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        invitation = vault.invite_member()
        # The facilitator saw the invitation code, so its KEK is facilitator material.
        invite_row = wrap_row(
            vault, invitation.slot_id, wraps.WRAPPER_INVITATION, wraps.TARGET_COMMONS_KEY
        )
        invite_kek = passphrase_kek(invitation.code.replace("-", ""), invite_row)
        assert invite_kek.key_id == invite_row.wrapper_key_id  # the code really is the KEK
        g.facilitator_material[f"invitation KEK of {handle}"] = invite_kek.material()
        account = vault.claim_invitation(invitation.code, handle, secret, exact_handle=True)
        g.slots[handle] = account.principal.slot_id
        g.codes[handle] = account.recovery_code
        g.journal_key_ids[handle] = vault.keyring_for_tests().journal_key.key_id
    for handle, secret in FACILITATORS.items():
        vault.unlock(handle, secret)
        keyring = vault.keyring_for_tests()
        assert keyring.facilitator_key is not None and keyring.signing_key is not None
        named = {
            "facilitator key": keyring.facilitator_key,
            "signing key": keyring.signing_key,
            "commons key": keyring.commons_key,
            "own journal key": keyring.journal_key,
            **{f"group key {k.hex()[:8]}": v for k, v in keyring.group_keys.items()},
        }
        for name, key in named.items():
            g.facilitator_material[f"{name} of {handle}"] = key.material()
        slot = g.slots[handle]
        pass_row = wrap_row(vault, slot, wraps.WRAPPER_PASSPHRASE, wraps.TARGET_FACILITATOR_KEY)
        rec_row = wrap_row(vault, slot, wraps.WRAPPER_RECOVERY, wraps.TARGET_FACILITATOR_KEY)
        g.facilitator_material[f"passphrase KEK of {handle}"] = passphrase_kek(
            secret, pass_row
        ).material()
        g.facilitator_material[f"recovery KEK of {handle}"] = recovery_kek(
            g.codes[handle], rec_row
        ).material()
    vault.lock()
    yield g


def _member_journal_wraps(g: Group) -> list[KeyWrap]:
    member_slots = {g.slots[h] for h in MEMBERS}
    rows = [
        r
        for r in wrap_rows(g.vault)
        if r.slot_id in member_slots and r.target == wraps.TARGET_JOURNAL_KEY
    ]
    assert len(rows) == 2 * len(MEMBERS)  # one passphrase and one recovery wrap each
    return rows


def _attempt(candidate: bytes, row: KeyWrap) -> bytes:
    """Open ``row`` with ``candidate`` as the AES-GCM key and the true AD."""
    blob = row.key_sealed
    header = blob[: 2 + KEY_ID_BYTES]
    nonce = blob[2 + KEY_ID_BYTES : seal.HEADER_BYTES]
    ad = header + seal.encode_ad(wraps._ad(row))
    return AESGCM(candidate).decrypt(nonce, blob[seal.HEADER_BYTES :], ad)


def _derived(material: bytes, row: KeyWrap, infos: set[bytes]) -> Iterator[tuple[str, bytes]]:
    yield "directly", material
    for info in sorted(infos):
        for salt_name, salt in (("no salt", None), ("the wrap's salt", row.salt)):
            hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info)
            yield f"HKDF {info!r} with {salt_name}", hkdf.derive(material)


def test_no_facilitator_key_opens_a_member_journal_wrap(group: Group) -> None:
    infos = hkdf_infos()
    rows = _member_journal_wraps(group)
    assert len(group.facilitator_material) >= 3 * 7 + len(MEMBERS)
    attempts = 0
    for row in rows:
        for name, material in group.facilitator_material.items():
            for how, candidate in _derived(material, row, infos):
                try:
                    _attempt(candidate, row)
                except InvalidTag:
                    attempts += 1
                else:
                    pytest.fail(f"{name} ({how}) opened {row.wrapper} wrap of {row.slot_id}")
    assert attempts >= len(rows) * len(group.facilitator_material) * (1 + 2 * len(infos))


def test_attack_harness_sanity_control(group: Group) -> None:
    """The same attempt succeeds with the member's own KEK, so the failures above
    are due to the keys, not to a broken harness."""
    for handle, secret in MEMBERS.items():
        slot = group.slots[handle]
        row = wrap_row(group.vault, slot, wraps.WRAPPER_PASSPHRASE, wraps.TARGET_JOURNAL_KEY)
        opened = _attempt(passphrase_kek(secret, row).material(), row)
        assert seal.unpad(opened)
        rec = wrap_row(group.vault, slot, wraps.WRAPPER_RECOVERY, wraps.TARGET_JOURNAL_KEY)
        assert seal.unpad(_attempt(recovery_kek(group.codes[handle], rec).material(), rec))


def test_journal_keys_are_wrapped_only_by_their_owner(group: Group) -> None:
    vault = group.vault
    secrets_by_slot = {group.slots[h]: s for h, s in {**FACILITATORS, **MEMBERS}.items()}
    codes_by_slot = {group.slots[h]: c for h, c in group.codes.items()}
    member_jk_ids = set(group.journal_key_ids.values())
    assert len(member_jk_ids) == len(MEMBERS)
    checked = 0
    for row in wrap_rows(vault):
        holds_a_journal_key = (
            row.target == wraps.TARGET_JOURNAL_KEY or row.target_key_id in member_jk_ids
        )
        if not holds_a_journal_key:
            continue
        checked += 1
        assert row.target == wraps.TARGET_JOURNAL_KEY
        assert row.wrapper in {wraps.WRAPPER_PASSPHRASE, wraps.WRAPPER_RECOVERY}, row.wrapper
        if row.wrapper == wraps.WRAPPER_PASSPHRASE:
            own = passphrase_kek(secrets_by_slot[row.slot_id], row)
        else:
            own = recovery_kek(codes_by_slot[row.slot_id], row)
        assert row.wrapper_key_id == own.key_id, "wrapped under someone else's KEK"
    assert checked == 2 * (len(FACILITATORS) + len(MEMBERS))
    for handle, key_id in group.journal_key_ids.items():
        holders = {r.slot_id for r in wrap_rows(vault) if r.target_key_id == key_id}
        assert holders == {group.slots[handle]}


def test_facilitator_session_cannot_reach_member_journal_keys(group: Group) -> None:
    """A facilitator's keyring resolves no member journal key id."""
    vault = group.vault
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    keyring = vault.keyring_for_tests()
    held = {k.key_id for k in keyring.all_keys()}
    assert held.isdisjoint(group.journal_key_ids.values())
    assert vault.principal is not None and vault.principal.role is Role.FACILITATOR


# --------------------------------------------------------------------------- journal rows
def _write_journals(g: Group) -> dict[str, str]:
    """Everyone writes entries, a draft, a safety plan, preferences and a template."""
    from safespace_desktop.core.model import JournalEntryInput, JournalPreferences, SafetyPlan
    from safespace_desktop.services.journal import JournalService
    from safespace_desktop.services.prompts import PromptsService
    from safespace_desktop.services.safety_plan import SafetyPlanService

    vault = g.vault
    journal = JournalService(vault)
    owners = {}
    for handle, secret in {**FACILITATORS, **MEMBERS}.items():
        vault.unlock(handle, secret)
        journal.add(JournalEntryInput(f"{handle} writes privately", mood=3, tags=("t",)))
        journal.add(JournalEntryInput(f"{handle} again"))
        journal.save_draft(JournalEntryInput(f"{handle} draft"))
        SafetyPlanService(vault).save(SafetyPlan(warning_signs=(f"{handle} sign",)))
        journal.set_preferences(JournalPreferences(receive_group_prompts=True))
        PromptsService(vault, journal).create_template(f"{handle} template", "body")
        owners[g.slots[handle]] = handle
    vault.lock()
    return owners


def _journal_rows(vault: Vault) -> list[tuple[type, Any]]:
    from sqlalchemy.orm import Session

    from safespace_desktop.storage.tables import JOURNAL_TABLES

    found = []
    with Session(vault.engine, expire_on_commit=False) as db:
        for table in JOURNAL_TABLES:
            found += [(table, row) for row in db.query(table)]
        db.expunge_all()
    return found


def _attempt_row(candidate: bytes, table: type, row: Any) -> bytes:
    from safespace_desktop.storage.records import Scope, SealedRecords

    blob = row.payload_sealed
    header = blob[: 2 + KEY_ID_BYTES]
    nonce = blob[2 + KEY_ID_BYTES : seal.HEADER_BYTES]
    ad = header + seal.encode_ad(SealedRecords(table, Scope.journal(row.slot_id))._ad(row))
    return AESGCM(candidate).decrypt(nonce, blob[seal.HEADER_BYTES :], ad)


def test_no_facilitator_key_opens_anyone_elses_journal_rows(group: Group) -> None:
    owners = _write_journals(group)
    infos = hkdf_infos()
    rows = _journal_rows(group.vault)
    people = len(FACILITATORS) + len(MEMBERS)
    index_rows = [r for t, r in rows if t.__tablename__ == "journal_index_blocks"]
    assert len(rows) - len(index_rows) == people * 6  # 2 entries, draft, plan, settings, template
    assert len(index_rows) >= people  # and each journal's sealed index (issue 15)
    salts = {
        slot: [None, *(w.salt for w in wrap_rows(group.vault, slot) if w.salt)] for slot in owners
    }
    attempts = 0
    for table, row in rows:
        owner = owners[row.slot_id]
        for name, material in group.facilitator_material.items():
            if name.endswith(f" of {owner}") and owner in FACILITATORS:
                continue  # a facilitator's own keys open their own journal, as they should
            for how, candidate in _derived_with_salts(material, salts[row.slot_id], infos):
                try:
                    _attempt_row(candidate, table, row)
                except InvalidTag:
                    attempts += 1
                else:
                    pytest.fail(f"{name} ({how}) opened {table.__tablename__} of {owner}")
    assert attempts >= len(rows) * (len(group.facilitator_material) - 7) * (1 + 3 * len(infos))


def _derived_with_salts(
    material: bytes, salts: list[bytes | None], infos: set[bytes]
) -> Iterator[tuple[str, bytes]]:
    """The material itself, and through every HKDF info with no salt or the owner's
    wrap salts."""
    yield "directly", material
    for info in sorted(infos):
        for salt in salts:
            hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info)
            yield f"HKDF {info!r} with salt {salt!r}", hkdf.derive(material)


def test_journal_row_harness_sanity_control(group: Group) -> None:
    """Each person's own journal key opens their rows with the same harness."""
    owners = _write_journals(group)
    vault = group.vault
    for handle, secret in {**FACILITATORS, **MEMBERS}.items():
        vault.unlock(handle, secret)
        material = vault.keyring_for_tests().journal_key.material()
        own = [(t, r) for t, r in _journal_rows(vault) if owners[r.slot_id] == handle]
        blocks = [r for t, r in own if t.__tablename__ == "journal_index_blocks"]
        assert (
            len(own) - len(blocks) == 6 and 2 <= len(blocks) <= 4
        )  # + list and search blocks (#15)
        for table, row in own:
            assert seal.unpad(_attempt_row(material, table, row))


def test_a_facilitator_session_reads_no_member_journal(group: Group) -> None:
    from safespace_desktop.core.errors import IntegrityError
    from safespace_desktop.services.journal import JournalService
    from safespace_desktop.services.safety_plan import SafetyPlanService
    from safespace_desktop.storage.journal_records import SlotRecords

    _write_journals(group)
    vault = group.vault
    for handle, secret in FACILITATORS.items():
        vault.unlock(handle, secret)
        journal = JournalService(vault)
        assert {e.body for e in journal.list_entries()} == {
            f"{handle} writes privately",
            f"{handle} again",
        }
        assert journal.search("writes") == [journal.list_entries()[1]]
        assert SafetyPlanService(vault).get().warning_signs == (f"{handle} sign",)
        keyring = vault.keyring_for_tests()
        for table, row in _journal_rows(vault):
            if row.slot_id == group.slots[handle]:
                continue
            with vault.transaction() as (db, _keys, _principal):
                repo = SlotRecords(table, row.slot_id)
                with pytest.raises(IntegrityError):
                    repo.get(db, keyring, row.id)
                loaded, damaged = repo.load_all(db, keyring)
                assert loaded == [] and damaged
