"""Versioned migrations: the committed schema-1 vault upgrades without keys, every
record in it still opens for the people who hold its keys, and a failed upgrade
leaves the file exactly as it was (DESIGN.md §3.2; issue 8, item 6)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import IntegrityError, UnsupportedFormatVersion
from safespace_desktop.core.model import JournalEntryInput, MemberDraft, Role
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.agreement import AgreementService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.crisis_lines import CrisisLinesService
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.pairing import PairingService
from safespace_desktop.services.prompts import PromptsService
from safespace_desktop.services.retention import RetentionService
from safespace_desktop.services.safety_plan import SafetyPlanService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import migrations
from safespace_desktop.storage.journal_records import SlotRecords
from safespace_desktop.storage.migrations.steps import Migration, column_names
from safespace_desktop.storage.records import (
    LEGACY_RECORD_FORMAT,
    RECORD_FORMAT,
    Scope,
    SealedRecords,
)
from safespace_desktop.storage.tables import (
    JOURNAL_TABLES,
    SCHEMA_VERSION,
    SYNCED_TABLES,
    AgreementVersionRecord,
    ConsentWordingRecord,
    GroupPromptRecord,
    GroupSettings,
    SealedRecordMixin,
)
from tests.unit.security_helpers import raw_rows, raw_update

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-schema1.safespace"
PASSPHRASES = {
    "sam": "demo kettle harbour maple",
    "priya": "demo lantern orchard cobble",
    "river": "demo pebble meadow sparrow",
    "jordan": "demo thistle candle rainbow",
}
COMMONS_TABLES = {ConsentWordingRecord, AgreementVersionRecord, GroupSettings, GroupPromptRecord}
GROUP_WIDE = (*SYNCED_TABLES, GroupPromptRecord)


@pytest.fixture
def old_path(tmp_path: Path) -> Path:
    target = tmp_path / "data" / "vaults" / "group.ssvault"
    target.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURE, target)
    return target


@pytest.fixture
def upgraded(old_path: Path, clock: ManualClock) -> Iterator[Vault]:
    vault = Vault.open_existing(old_path, clock=clock)
    yield vault
    vault.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema_version(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT schema_version FROM vault_meta").fetchone()[0])


def _columns(path: Path, table: str) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return column_names(db, table)
    finally:
        db.close()


def _group_wide_repo(table: type[SealedRecordMixin], group_id: str) -> SealedRecords:
    scope = Scope.commons(group_id) if table in COMMONS_TABLES else Scope.group(group_id)
    return SealedRecords(table, scope)


def _every_readable_record_opens(vault: Vault) -> int:
    """Open every row this person holds keys for; returns how many opened."""
    opened = 0
    principal = vault.principal
    assert principal is not None
    with vault.transaction() as (db, keyring, _p):
        if principal.role is Role.FACILITATOR:
            tables: list[SealedRecords] = [_group_wide_repo(t, vault.group_id) for t in GROUP_WIDE]
        else:
            tables = [_group_wide_repo(t, vault.group_id) for t in COMMONS_TABLES]
        tables += [SlotRecords(t, principal.slot_id) for t in JOURNAL_TABLES]
        for repo in tables:
            loaded, damaged = repo.load_all(db, keyring, include_deleted=True)
            assert damaged == [], repo.name
            opened += len(loaded)
    return opened


def test_the_fixture_is_a_schema_1_vault() -> None:
    assert _schema_version(FIXTURE) == 1
    assert "format_version" not in _columns(FIXTURE, "members")


def test_steps_are_consecutive_and_end_at_the_current_schema() -> None:
    versions = [step.to_version for step in migrations.MIGRATIONS]
    assert versions == list(range(2, SCHEMA_VERSION + 1))


def test_the_old_vault_upgrades_and_every_record_opens(old_path: Path, upgraded: Vault) -> None:
    assert _schema_version(old_path) == SCHEMA_VERSION
    assert not migrations.backup_path(old_path).exists()
    formats = {row["format_version"] for row in raw_rows(upgraded, "journal_entries")}
    assert formats == {LEGACY_RECORD_FORMAT}  # upgraded without re-sealing anything

    outcome = upgraded.unlock("sam", PASSPHRASES["sam"])
    assert outcome.principal.role is Role.FACILITATOR
    # Every group-wide row plus Sam's one journal entry.
    group_rows = sum(len(raw_rows(upgraded, t.__tablename__)) for t in GROUP_WIDE)  # type: ignore[attr-defined]
    assert _every_readable_record_opens(upgraded) == group_rows + 1
    assert upgraded.settings().group_name == "Riverside Tuesday Circle (demo)"
    roster = MembersService(upgraded)
    assert len(roster.list_members(include_archived=True)) == 14
    kwame = next(m for m in roster.list_members() if m.name == "Kwame")
    assert ConsentService(upgraded).log(kwame.id)  # the withdrawn consent is still there
    assert len(PairingService(upgraded).pairs()) == 1
    agreement = AgreementService(upgraded)
    assert agreement.current() is not None and len(agreement.drafts()) == 1
    assert RetentionService(upgraded).retention_months() == 18
    lines = CrisisLinesService(upgraded).list_lines()
    assert [line.name for line in lines if not line.is_example] == ["Fixture helpline (fictional)"]
    assert [e.title for e in JournalService(upgraded).list_entries()] == ["After Tuesday's meeting"]
    upgraded.lock()

    upgraded.unlock("priya", PASSPHRASES["priya"])
    assert _every_readable_record_opens(upgraded) == group_rows
    upgraded.lock()

    upgraded.unlock("river", PASSPHRASES["river"])
    assert _every_readable_record_opens(upgraded) > 7
    journal = JournalService(upgraded)
    assert len(journal.list_entries()) == 7
    draft = journal.load_draft()
    assert draft is not None and draft.entry.title == "Half-written"
    assert SafetyPlanService(upgraded).get().reasons_for_living[0] == "My cat, Pepper"
    prompts = PromptsService(upgraded, journal)
    assert [t.name for t in prompts.list_templates()] == ["Evening check"]
    assert journal.preferences().receive_group_prompts
    assert prompts.group_prompts_for_me()
    upgraded.lock()

    outcome = upgraded.unlock("jordan", PASSPHRASES["jordan"])
    assert outcome.failed_attempts_since_last_unlock == 1  # the throttle row survived
    assert JournalService(upgraded).list_entries() == []


def test_an_edited_record_moves_to_the_current_format_and_reopens(
    old_path: Path, upgraded: Vault, clock: ManualClock
) -> None:
    upgraded.unlock("river", PASSPHRASES["river"])
    journal = JournalService(upgraded)
    entry = journal.list_entries()[0]
    journal.update(
        entry.id,
        JournalEntryInput(
            title="Rewritten after the upgrade",
            body=entry.body,
            entry_date=entry.entry_date,
            mood=entry.mood,
        ),
    )
    upgraded.lock()
    upgraded.unlock("sam", PASSPHRASES["sam"])
    roster = MembersService(upgraded)
    mei = next(m for m in roster.list_members() if m.name == "Mei")
    roster.update_member(mei.id, MemberDraft("Mei L.", mei.pronouns, mei.note))
    upgraded.close()

    formats = dict(_raw(old_path, "SELECT id, format_version FROM journal_entries"))
    assert formats[entry.id] == RECORD_FORMAT
    assert sorted(v for k, v in formats.items() if k != entry.id) == [LEGACY_RECORD_FORMAT] * 7
    members = dict(_raw(old_path, "SELECT id, format_version FROM members"))
    assert members[mei.id] == RECORD_FORMAT

    reopened = Vault.open_existing(old_path, clock=clock)
    try:
        reopened.unlock("river", PASSPHRASES["river"])
        titles = [e.title for e in JournalService(reopened).list_entries()]
        assert "Rewritten after the upgrade" in titles and len(titles) == 7
        assert _every_readable_record_opens(reopened) > 7
        reopened.unlock("sam", PASSPHRASES["sam"])
        assert MembersService(reopened).get(mei.id).name == "Mei L."
        _every_readable_record_opens(reopened)
    finally:
        reopened.close()


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_the_copy_is_verified_and_kept_until_the_vault_has_opened(old_path: Path) -> None:
    before = _raw(old_path, "SELECT id, payload_sealed FROM journal_entries ORDER BY id")
    result = migrations.upgrade(old_path)
    assert result is not None and (result.from_version, result.to_version) == (1, SCHEMA_VERSION)
    copy = migrations.backup_path(old_path)
    assert result.copy == copy and copy.exists()
    assert copy.stat().st_mode & 0o077 == 0
    assert _raw(copy, "PRAGMA integrity_check") == [("ok",)]
    assert _schema_version(copy) == 1
    assert _raw(copy, "SELECT id, payload_sealed FROM journal_entries ORDER BY id") == before
    assert _schema_version(old_path) == SCHEMA_VERSION
    result.finish()
    assert not copy.exists()


def test_a_copy_left_by_a_crash_is_removed_when_the_vault_next_opens(
    old_path: Path, clock: ManualClock
) -> None:
    result = migrations.upgrade(old_path)
    assert result is not None and result.copy.exists()  # the process "died" here
    Vault.open_existing(old_path, clock=clock).close()
    assert not result.copy.exists()


def test_a_current_vault_is_not_copied_or_changed(
    vault: Vault, vault_path: Path, clock: ManualClock
) -> None:
    vault.close()
    assert migrations.upgrade(vault_path) is None
    assert not migrations.backup_path(vault_path).exists()


def _failing_step(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE members ADD COLUMN half_done INTEGER")
    db.execute("UPDATE vault_meta SET schema_version = 2")
    raise RuntimeError("disk unplugged")


def test_a_failed_upgrade_leaves_the_original_intact(old_path: Path, clock: ManualClock) -> None:
    before = _sha(old_path)
    broken = (Migration(2, "fails half way", _failing_step),)
    with pytest.raises(migrations.MigrationFailed) as caught:
        migrations.upgrade(old_path, steps=broken)
    assert caught.value.kept_copy is None  # the rollback was verified
    assert _sha(old_path) == before
    assert not migrations.backup_path(old_path).exists()
    assert "half_done" not in _columns(old_path, "members")
    assert _schema_version(old_path) == 1

    # The real upgrade still works afterwards.
    vault = Vault.open_existing(old_path, clock=clock)
    try:
        vault.unlock("river", PASSPHRASES["river"])
        assert len(JournalService(vault).list_entries()) == 7
    finally:
        vault.close()


def test_opening_refuses_a_vault_whose_upgrade_fails(
    old_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_upgrade = migrations.upgrade

    def failing(path: Path) -> migrations.Upgraded | None:
        return real_upgrade(path, steps=(Migration(2, "fails", _failing_step),))

    before = _dump(old_path)
    monkeypatch.setattr(migrations, "upgrade", failing)
    with pytest.raises(migrations.MigrationFailed):
        Vault.open_existing(old_path, clock=clock)
    # Opening switched the file to WAL mode (a header byte); its contents are unchanged.
    assert _dump(old_path) == before
    assert not migrations.backup_path(old_path).exists()


def _dump(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def test_no_upgrade_without_a_safety_copy(old_path: Path) -> None:
    """If the copy cannot be written (full disk, read-only folder), nothing changes."""
    before = _sha(old_path)
    blocker = migrations.backup_path(old_path)
    blocker.mkdir()  # something the copy cannot replace
    with pytest.raises(migrations.MigrationFailed):
        migrations.upgrade(old_path)
    assert _sha(old_path) == before
    assert _schema_version(old_path) == 1
    assert blocker.is_dir()


def test_a_damaged_file_is_not_upgraded(old_path: Path) -> None:
    db = sqlite3.connect(old_path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    db.close()
    with old_path.open("r+b") as raw:  # scribble over the members table's root page
        raw.seek((root - 1) * page_size)
        raw.write(b"\xff" * 16)  # not a valid b-tree page header
    with pytest.raises(migrations.MigrationFailed):
        migrations.upgrade(old_path)
    assert not migrations.backup_path(old_path).exists()
    assert "format_version" not in _columns(old_path, "members")


def test_a_missing_step_is_refused_without_touching_the_file(old_path: Path) -> None:
    before = _sha(old_path)
    with pytest.raises(migrations.MigrationFailed):
        migrations.upgrade(old_path, steps=(), target=2)
    assert _sha(old_path) == before
    assert not migrations.backup_path(old_path).exists()


def test_tables_a_vault_lacks_are_added_in_the_same_upgrade(
    old_path: Path, clock: ManualClock
) -> None:
    db = sqlite3.connect(old_path)
    db.execute("DROP TABLE journal_templates")
    db.commit()
    db.close()
    vault = Vault.open_existing(old_path, clock=clock)
    try:
        assert "format_version" in _columns(old_path, "journal_templates")
        vault.unlock("river", PASSPHRASES["river"])
        prompts = PromptsService(vault, JournalService(vault))
        assert prompts.list_templates() == []
        prompts.create_template("Morning", "One thing I look forward to:")
        assert [t.name for t in prompts.list_templates()] == ["Morning"]
    finally:
        vault.close()


def _new_vault(tmp_path: Path, clock: ManualClock) -> Path:
    """A vault made by today's code, closed, to compare an upgraded one with."""
    fresh_path = tmp_path / "fresh" / "new.ssvault"
    fresh, _account = Vault.create(
        fresh_path,
        label="New",
        group_name="New group",
        handle="robin",
        passphrase_text=PASSPHRASES["sam"],
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    fresh.close()
    return fresh_path


def _table_info(path: Path) -> dict[str, set[tuple[object, ...]]]:
    db = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        # (name, type, notnull, default, pk) of every column, ignoring column order
        return {
            t: {tuple(row[1:]) for row in db.execute(f'PRAGMA table_info("{t}")')} for t in tables
        }
    finally:
        db.close()


def test_an_upgraded_vault_has_the_same_columns_as_a_new_one(
    old_path: Path, upgraded: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    upgraded.close()
    fresh_path = _new_vault(tmp_path, clock)
    assert _table_info(old_path) == _table_info(fresh_path)


def test_the_format_version_column_is_bound_into_the_associated_data(
    upgraded: Vault,
) -> None:
    upgraded.unlock("river", PASSPHRASES["river"])
    journal = JournalService(upgraded)
    first, second, third = journal.list_entries()[:3]
    journal.set_starred(first.id, not first.starred)  # re-sealed as the current format
    raw_update(upgraded, "journal_entries", first.id, format_version=LEGACY_RECORD_FORMAT)
    raw_update(upgraded, "journal_entries", second.id, format_version=RECORD_FORMAT)
    raw_update(upgraded, "journal_entries", third.id, format_version=RECORD_FORMAT + 5)
    journal.forget()
    principal = upgraded.principal
    assert principal is not None
    with upgraded.transaction() as (db, keyring, _p):
        _loaded, damaged = SlotRecords(JOURNAL_TABLES[0], principal.slot_id).load_all(db, keyring)
    errors = {d.id: type(d.error) for d in damaged}
    assert errors == {
        first.id: IntegrityError,
        second.id: IntegrityError,
        third.id: UnsupportedFormatVersion,
    }


def _indexes(path: Path) -> dict[str, str]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        return {str(name): " ".join(str(sql).split()) for name, sql in rows}
    finally:
        db.close()


def test_an_upgraded_vault_has_the_same_indexes_as_a_new_one_and_journal_revisions_are_covered(
    old_path: Path, upgraded: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    upgraded.close()
    fresh_path = _new_vault(tmp_path, clock)
    old, new = _indexes(old_path), _indexes(fresh_path)
    assert old.keys() == new.keys()
    assert "ix_journal_entries_slot_id_id_rev" in old
    assert "ix_journal_entries_slot_id" not in old  # the composite serves lookups by slot
    db = sqlite3.connect(f"file:{old_path}?mode=ro", uri=True)
    try:
        plan = " ".join(
            str(row[-1])
            for row in db.execute(
                "EXPLAIN QUERY PLAN SELECT id, rev FROM journal_entries WHERE slot_id = ?", ("x",)
            )
        )
    finally:
        db.close()
    assert "COVERING INDEX ix_journal_entries_slot_id_id_rev" in plan
