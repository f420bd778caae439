"""Security claims for private journals (crypto.md claims 1, 3, 5, 7 for journal rows).

1. Marker scan: a member writes entries (every field carries a marker), edits and
   deletes some, autosaves drafts, fills a safety plan, makes templates, answers a
   group prompt and exports a personal file. No marker appears, in UTF-8, UTF-16-LE
   or any case, in any byte of any file under the data folder (DB, -wal, -shm) —
   mid-session with a live WAL, and after lock and close — nor in the exported
   file, nor in the temp folder.
2. Deleting really removes the old bytes: after ``delete`` (tombstone, secure_delete,
   TRUNCATE checkpoint) the old sealed payload occurs in no file; replaced drafts,
   edited entries and safety plans are gone after lock.
3. Every plaintext column of every journal row is authenticated, and a payload
   copied to another row, table or person fails to open. A tampered row is reported
   and the rest of the journal still loads.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import IntegrityError
from safespace_desktop.core.model import (
    JournalEntryInput,
    JournalPreferences,
    SafetyPlan,
)
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.files import write_file_atomically
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.journal_codec import slot_singleton_id
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.journal_records import SlotRecords
from safespace_desktop.storage.tables import (
    JOURNAL_TABLES,
    JournalEntryRecord,
    SealedRecordMixin,
)
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS
from tests.unit.journal_helpers import Account, add_member, facilitator
from tests.unit.security_helpers import (
    find_bytes,
    find_markers,
    new_marker,
    raw_row,
    raw_rows,
    raw_update,
    vault_files,
)


@dataclass
class Markers:
    values: list[str] = field(default_factory=list)

    def __call__(self) -> str:
        value = new_marker()
        self.values.append(value)
        return value


def _marked_entry(m: Markers, *, upper: bool = False) -> JournalEntryInput:
    body = f"Body {m()} second line {m()} é ✓"
    return JournalEntryInput(
        body=body.upper() if upper else body,
        title=f"Title {m()}",
        mood=2,
        feelings=(f"f{m()}", f"g{m()}"),
        tags=(f"t{m()}",),
        starred=upper,
        prompt=f"Prompt {m()}",
    )


def _scenario(vault: Vault, m: Markers, export_dir: Path) -> Account:
    journal = JournalService(vault)
    prompts = PromptsService(vault, journal)
    plans = SafetyPlanService(vault)
    facilitator(vault)
    offered = prompts.offer_group_prompt(f"Group take-away {m()}")
    journal.add(JournalEntryInput(f"Facilitator check-in {m()}", title=f"Self-care {m()}"))
    sam = add_member(vault, "sam", f"sam passphrase {m()}")
    entries = [journal.add(_marked_entry(m, upper=i % 2 == 1)) for i in range(20)]
    for entry in entries[:5]:
        journal.update(entry.id, _marked_entry(m))
    for entry in entries[5:8]:
        journal.delete(entry.id)
    for i in range(10):  # autosave while typing
        journal.save_draft(JournalEntryInput(f"Draft {m()} " * (i + 1), title=f"D {m()}"))
    plans.save(
        SafetyPlan(
            warning_signs=(f"w {m()}", f"w {m()}"),
            coping_on_my_own=(f"c {m()}",),
            distractions=(f"d {m()}",),
            people_to_ask=(f"p {m()}",),
            professionals=(f"s {m()}",),
            safer_surroundings=(f"e {m()}",),
            reasons_for_living=(f"r {m()}", f"r {m()}"),
        )
    )
    plans.save(SafetyPlan(warning_signs=(f"w2 {m()}",), reasons_for_living=(f"r2 {m()}",)))
    template = prompts.create_template(f"Template {m()}", f"Template body {m()}")
    prompts.create_template(f"Other {m()}", f"Other body {m()}")
    prompts.delete_template(template.id)
    journal.set_preferences(JournalPreferences(show_on_this_day=True, receive_group_prompts=True))
    prompts.answer_group_prompt(offered.id, JournalEntryInput(f"My answer {m()}"))
    data = journal.export_personal_file(f"export passphrase {m()}")
    write_file_atomically(export_dir / "journal.ssjournal", data)
    write_file_atomically(export_dir / "other-place.bin", data)  # sanity: both scanned
    return sam


def test_no_journal_text_reaches_any_file(
    tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    private_tmp = tmp_path / "private-tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(private_tmp))
    data_dir = tmp_path / "data"
    export_dir = tmp_path / "usb-stick"
    export_dir.mkdir()
    control = new_marker()
    m = Markers()
    vault, _account = Vault.create(
        data_dir / "vaults" / "group.ssvault",
        label=f"Tuesday group {control}",
        group_name=f"Riverside {m()}",
        handle=FACILITATOR_HANDLE,
        passphrase_text=FACILITATOR_PASS,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    sam = _scenario(vault, m, export_dir)
    assert len(m.values) > 150

    # Mid-session: unlocked, with the WAL not yet folded.
    JournalService(vault).save_draft(JournalEntryInput(f"Last words {m()}"))
    files = list(vault_files(data_dir))
    wal = [p for p in files if p.name.endswith("-wal")]
    assert wal and wal[0].stat().st_size > 0, "expected a live WAL to scan"
    assert find_markers(files, m.values) == {}
    vault.lock()
    vault.close()

    files = list(vault_files(data_dir))
    assert find_markers(files, m.values) == {}
    assert find_markers(vault_files(export_dir), m.values) == {}
    assert sorted(os.listdir(private_tmp)) == []
    # Sanity control: the plaintext label is found, so the scan reads what was written.
    assert list(find_markers(files, [control])) == [str(p) for p in files if p.suffix == ".ssvault"]

    # And the data is really there.
    again = Vault.open_existing(data_dir / "vaults" / "group.ssvault", clock=clock)
    try:
        again.unlock(sam.handle, sam.secret)
        journal = JournalService(again)
        assert len(journal.list_entries()) == 20 - 3 + 1
        draft = journal.load_draft()
        assert draft is not None and draft.entry.body.startswith("Last words")
        assert SafetyPlanService(again).get().warning_signs[0].startswith("w2 ")
    finally:
        again.close()


# --------------------------------------------------------------------------- deletion
def _sealed(vault: Vault, table: str, row_id: str) -> bytes:
    return bytes(raw_row(vault, table, row_id)["payload_sealed"])


def test_deleting_an_entry_removes_its_old_bytes_from_every_file(
    vault: Vault, vault_path: Path
) -> None:
    add_member(vault, "sam")
    journal = JournalService(vault)
    keep = journal.add(JournalEntryInput("keep " * 50))
    gone = journal.add(JournalEntryInput("gone " * 2000))  # big enough for overflow pages
    small = journal.add(JournalEntryInput("small one"))
    vault.checkpoint()  # the old payloads are now in the main file too
    old = {gone.id: _sealed(vault, "journal_entries", gone.id)}
    old[small.id] = _sealed(vault, "journal_entries", small.id)
    files = [vault_path, Path(f"{vault_path}-wal"), Path(f"{vault_path}-shm")]
    needles = [blob[40:72] for blob in old.values()]  # 32 ciphertext bytes of each
    assert find_bytes([vault_path], needles) != {}  # sanity control: present before
    journal.delete(gone.id)
    journal.delete(small.id)
    assert find_bytes([f for f in files if f.exists()], needles) == {}
    assert find_bytes([vault_path], [_sealed(vault, "journal_entries", keep.id)[40:72]]) != {}


def test_replaced_drafts_plans_and_edited_entries_are_gone_after_lock(
    vault: Vault, vault_path: Path
) -> None:
    sam = add_member(vault, "sam")
    journal = JournalService(vault)
    plans = SafetyPlanService(vault)
    entry = journal.add(JournalEntryInput("first version"))
    journal.save_draft(JournalEntryInput("draft one"))
    plans.save(SafetyPlan(warning_signs=("first plan",)))
    vault.checkpoint()
    slot = sam.slot_id
    old = [
        _sealed(vault, "journal_entries", entry.id),
        _sealed(vault, "journal_drafts", slot_singleton_id(slot, "journal-draft")),
        _sealed(vault, "safety_plans", slot_singleton_id(slot, "safety-plan")),
    ]
    needles = [blob[40:72] for blob in old]
    assert len(find_bytes([vault_path], needles)[str(vault_path)]) == 3
    journal.update(entry.id, JournalEntryInput("second version"))
    journal.save_draft(JournalEntryInput("draft two"))
    plans.save(SafetyPlan(warning_signs=("second plan",)))
    vault.lock()
    files = [p for p in vault_files(vault_path.parent)]
    assert find_bytes(files, needles) == {}
    vault.unlock(sam.handle, sam.secret)
    journal.discard_draft()
    vault.lock()
    assert raw_rows(vault, "journal_drafts") == []


# --------------------------------------------------------------------------- tampering
def _journal_rows(vault: Vault) -> dict[str, list[dict[str, object]]]:
    return {t.__tablename__: raw_rows(vault, t.__tablename__) for t in JOURNAL_TABLES}  # type: ignore[attr-defined]


@pytest.fixture
def two_journals(vault: Vault) -> tuple[Account, Account]:
    people = []
    for handle in ("sam", "kit"):
        person = add_member(vault, handle)
        journal = JournalService(vault)
        prompts = PromptsService(vault, journal)
        journal.add(JournalEntryInput(f"{handle} one"))
        journal.add(JournalEntryInput(f"{handle} two"))
        journal.save_draft(JournalEntryInput(f"{handle} draft"))
        SafetyPlanService(vault).save(SafetyPlan(warning_signs=(f"{handle} sign",)))
        journal.set_preferences(JournalPreferences(show_on_this_day=True))
        prompts.create_template(f"{handle} template", "body")
        _add_favourite(vault, f"{handle}-favourite")  # resources (issue 11)
        people.append(person)
    rows = _journal_rows(vault)
    assert all(len(r) >= 2 for r in rows.values()), {k: len(v) for k, v in rows.items()}
    return people[0], people[1]


def _open(vault: Vault, table: type[SealedRecordMixin], row_id: str) -> object:
    principal = vault.principal
    assert principal is not None
    with vault.transaction() as (db, keyring, _p):
        return SlotRecords(table, principal.slot_id).get(db, keyring, row_id)


TABLES = {t.__tablename__: t for t in JOURNAL_TABLES}  # type: ignore[attr-defined]


@pytest.mark.parametrize("table_name", sorted(TABLES))
@pytest.mark.parametrize("column", ["key_id", "rev", "deleted"])
def test_every_plaintext_column_of_a_journal_row_is_authenticated(
    vault: Vault, two_journals: tuple[Account, Account], table_name: str, column: str
) -> None:
    sam, _kit = two_journals
    vault.unlock(sam.handle, sam.secret)
    row = next(r for r in raw_rows(vault, table_name) if r["slot_id"] == sam.slot_id)
    assert _open(vault, TABLES[table_name], str(row["id"])) is not None  # control
    changes: dict[str, Callable[[object], object]] = {
        "key_id": lambda v: os.urandom(16),
        "rev": lambda v: int(v) + 1,  # type: ignore[call-overload]
        "deleted": lambda v: 0 if v else 1,
    }
    raw_update(vault, table_name, str(row["id"]), **{column: changes[column](row[column])})
    with pytest.raises(IntegrityError):
        _open(vault, TABLES[table_name], str(row["id"]))


@pytest.mark.parametrize("table_name", sorted(TABLES))
def test_moving_a_row_to_another_person_is_reported_not_read(
    vault: Vault, two_journals: tuple[Account, Account], table_name: str
) -> None:
    """Changing ``slot_id`` moves a row into someone else's journal: it fails to open
    there (wrong key, wrong AD) and the rest of that journal still loads."""
    sam, kit = two_journals
    row = next(r for r in raw_rows(vault, table_name) if r["slot_id"] == sam.slot_id)
    one_per_person = table_name in {"journal_drafts", "safety_plans", "journal_settings"}
    if one_per_person:  # the attacker must first remove kit's own row
        with vault.engine.begin() as connection:
            connection.execute(
                text(f"DELETE FROM {table_name} WHERE slot_id = :s"), {"s": kit.slot_id}
            )
    raw_update(vault, table_name, str(row["id"]), slot_id=kit.slot_id)
    vault.unlock(kit.handle, kit.secret)
    with pytest.raises(IntegrityError):
        _open(vault, TABLES[table_name], str(row["id"]))
    with vault.transaction() as (db, keyring, _p):
        loaded, damaged = SlotRecords(TABLES[table_name], kit.slot_id).load_all(db, keyring)
    assert [d.id for d in damaged] == [row["id"]]
    assert bool(loaded) is not one_per_person
    vault.unlock(sam.handle, sam.secret)
    assert _open(vault, TABLES[table_name], str(row["id"])) is None  # not in sam's slot now


def test_a_moved_entry_does_not_break_the_list(
    vault: Vault, two_journals: tuple[Account, Account]
) -> None:
    sam, kit = two_journals
    row = next(r for r in raw_rows(vault, "journal_entries") if r["slot_id"] == sam.slot_id)
    raw_update(vault, "journal_entries", str(row["id"]), slot_id=kit.slot_id)
    vault.unlock(kit.handle, kit.secret)
    journal = JournalService(vault)
    assert sorted(e.body for e in journal.list_entries()) == ["kit one", "kit two"]
    assert [d.id for d in journal.damaged] == [row["id"]]


def test_payload_swaps_fail(vault: Vault, two_journals: tuple[Account, Account]) -> None:
    sam, kit = two_journals
    vault.unlock(sam.handle, sam.secret)
    mine = [r for r in raw_rows(vault, "journal_entries") if r["slot_id"] == sam.slot_id]
    theirs = next(r for r in raw_rows(vault, "journal_entries") if r["slot_id"] == kit.slot_id)
    # Another row of the same person and table.
    raw_update(
        vault, "journal_entries", str(mine[0]["id"]), payload_sealed=mine[1]["payload_sealed"]
    )
    with pytest.raises(IntegrityError):
        _open(vault, JournalEntryRecord, str(mine[0]["id"]))
    # Another person's payload (with its key id relabelled too).
    raw_update(
        vault,
        "journal_entries",
        str(mine[1]["id"]),
        payload_sealed=theirs["payload_sealed"],
    )
    with pytest.raises(IntegrityError):
        _open(vault, JournalEntryRecord, str(mine[1]["id"]))
    # Another table: the draft's payload into the safety plan row.
    draft = raw_rows(vault, "journal_drafts")
    plan_id = slot_singleton_id(sam.slot_id, "safety-plan")
    own_draft = next(r for r in draft if r["slot_id"] == sam.slot_id)
    raw_update(vault, "safety_plans", plan_id, payload_sealed=own_draft["payload_sealed"])
    with pytest.raises(IntegrityError):
        _open(vault, TABLES["safety_plans"], plan_id)


def _add_favourite(vault: Vault, resource_id: str) -> None:
    """Resources (issue 11): a person's favourites are a journal-key row too."""
    from safespace_desktop.services.resources import FavouritesService

    FavouritesService(vault).set_favourite(resource_id, True)
