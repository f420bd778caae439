"""Automatic and manual backups of a vault, checking them, and restoring one.

A backup is SQLite's online backup of the vault file (``storage.snapshots``): the
vault's own pages, sealed rows still sealed, so it is exactly as encrypted as the
vault and needs no key to make. That is why an automatic backup can run after the
lock has already wiped the keys: the facilitator's session only decides *where* it
goes (a remembered folder is sealed under the group key) and whether one is due.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from safespace_desktop.core.clock import Clock, SystemClock
from safespace_desktop.core.errors import BackupRefused, MigrationFailed, VaultNotFound
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.backups import locations, rotation
from safespace_desktop.services.backups.model import (
    AutomaticPlan,
    BackupFile,
    BackupKind,
    BackupPreview,
    Destination,
    PreparedRestore,
    VerifyReport,
    Where,
)
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import migrations, snapshots
from safespace_desktop.storage.database import FORMAT_VERSION, SCHEMA_VERSION
from safespace_desktop.storage.registry import record_type
from safespace_desktop.storage.snapshot_records import open_every_record

# Every vault since schema 1 has these; a file without them is not one of ours.
_REQUIRED_TABLES = frozenset({"vault_meta", "slots", "key_wraps", "group_settings"})


def _refused(exc: snapshots.CopyFailed) -> BackupRefused:
    if exc.kind == "write":
        return BackupRefused("cannot_write")
    if exc.kind == "damaged":
        return BackupRefused("damaged")
    return BackupRefused("unreadable")


def vault_id_of(path: Path) -> str:
    """The vault's id from its plaintext row, read without keys or SQLAlchemy."""
    from safespace_desktop.storage.labels import read_vault_label

    try:
        return read_vault_label(path).vault_id
    except VaultNotFound as exc:
        raise BackupRefused("vault_missing") from exc


class BackupService:
    def __init__(self, paths: AppPaths, *, clock: Clock | None = None) -> None:
        self.paths = paths
        self.clock = clock or SystemClock()

    # ------------------------------------------------------------------ where
    def destination(self, vault: Vault) -> Destination:
        """Where this vault's backups go now (a facilitator's session reads the choice)."""
        vault.require_facilitator()
        vault_id = vault.summary().vault_id
        with vault.transaction() as (_db, keys, _principal):
            chosen, forgot = locations.read_choice(self.paths, vault_id, keys)
        return self._destination(vault_id, chosen, forgot)

    def _destination(self, vault_id: str, chosen: Path | None, forgot: bool) -> Destination:
        home = locations.data_backups_dir(self.paths, vault_id)
        if chosen is None:
            return Destination(home, None, False, forgot)
        available = chosen.is_dir()
        folder = locations.chosen_backups_dir(chosen, vault_id) if available else home
        return Destination(folder, chosen, available, forgot)

    def choose_folder(self, vault: Vault, folder: Path | None) -> Destination:
        """Send this vault's backups to ``folder`` from now on (None: the data folder)."""
        vault.require_facilitator()
        vault_id = vault.summary().vault_id
        if folder is not None:
            folder = folder.expanduser().resolve()
            target = locations.chosen_backups_dir(folder, vault_id)
            try:
                locations.ensure_folder(target)
            except OSError as exc:
                raise BackupRefused("cannot_write") from exc
        with vault.transaction() as (_db, keys, _principal):
            locations.write_choice(self.paths, vault_id, keys, folder)
        return self._destination(vault_id, folder, False)

    def list_backups(self, vault: Vault) -> list[BackupFile]:
        """Every backup of this vault: in the data folder and in the chosen folder."""
        destination = self.destination(vault)
        vault_id = vault.summary().vault_id
        found = locations.list_folder(locations.data_backups_dir(self.paths, vault_id))
        if destination.chosen is not None and destination.chosen_available:
            chosen = locations.chosen_backups_dir(destination.chosen, vault_id)
            found += locations.list_folder(chosen, Where.CHOSEN_FOLDER)
        return sorted(found, key=lambda b: -b.taken_at)

    # ------------------------------------------------------------------ taking
    def take(
        self, vault_path: Path, folder: Path, kind: BackupKind = BackupKind.MANUAL
    ) -> BackupFile:
        """Copy the vault file at ``vault_path`` into ``folder`` and apply the rotation.

        Needs no key and may run while the vault is open (even mid-write elsewhere):
        the online backup copies one consistent, committed snapshot."""
        try:
            locations.ensure_folder(folder)
        except OSError as exc:
            raise BackupRefused("cannot_write") from exc
        locations.remove_leftovers(folder)
        target = locations.free_backup_path(folder, self.clock.now(), kind)
        try:
            snapshots.copy_live_file(vault_path, target)
        except snapshots.CopyFailed as exc:
            raise _refused(exc) from exc
        self.rotate(folder)
        taken = locations.backup_file(target)
        assert taken is not None
        return taken

    def back_up_now(self, vault: Vault) -> BackupFile:
        """ "Back up now": into the current destination (a facilitator's session)."""
        destination = self.destination(vault)
        if vault.path is None:
            raise BackupRefused("vault_missing")
        where = Where.CHOSEN_FOLDER if destination.chosen_available else Where.DATA_FOLDER
        taken = self.take(vault.path, destination.folder, BackupKind.MANUAL)
        return BackupFile(taken.path, taken.taken_at, taken.kind, taken.size, where)

    def rotate(self, folder: Path) -> list[BackupFile]:
        removed = rotation.to_remove(locations.list_folder(folder))
        for backup in removed:
            with contextlib.suppress(OSError):
                backup.path.unlink()
        return removed

    def plan_automatic(self, vault: Vault) -> AutomaticPlan | None:
        """At the end of a facilitator's session, while the keys are still there:
        where the automatic backup goes, or None if one was already taken today."""
        if vault.path is None or vault.read_only:
            return None
        principal = vault.principal
        if principal is None or not principal.is_facilitator:
            return None
        summary = vault.summary()
        if summary.is_demo:
            return None  # the demo group is fictional and rebuilt at will
        destination = self.destination(vault)
        vault_id = summary.vault_id
        home = locations.data_backups_dir(self.paths, vault_id)
        today = rotation.local_day(self.clock.now())
        recent = locations.list_folder(destination.folder) + locations.list_folder(home)
        if any(
            b.kind is not BackupKind.BEFORE_RESTORE and rotation.local_day(b.taken_at) == today
            for b in recent
        ):
            return None
        return AutomaticPlan(vault.path, vault_id, destination.folder, home)

    def run_automatic(self, plan: AutomaticPlan) -> BackupFile:
        """After the lock: take the planned backup, keyless. A stick pulled out since
        the plan was made sends it to the data folder instead."""
        try:
            return self.take(plan.vault_path, plan.folder, BackupKind.AUTOMATIC)
        except BackupRefused:
            if plan.folder == plan.fallback:
                raise
            return self.take(plan.vault_path, plan.fallback, BackupKind.AUTOMATIC)

    # ------------------------------------------------------------------ checking
    def preview(self, path: Path) -> BackupPreview:
        """What a backup holds, without any key: counts, its date, its version."""
        parsed = locations.parse_backup_name(path.name)
        try:
            with snapshots.open_copy(path) as db:
                if not snapshots.integrity_ok(db):
                    raise BackupRefused("damaged")
                facts = snapshots.read_facts(db)
        except snapshots.CopyFailed as exc:
            if path.exists():
                raise BackupRefused("not_a_backup") from exc
            raise BackupRefused("unreadable") from exc
        except sqlite3.DatabaseError as exc:
            raise BackupRefused("damaged") from exc
        if facts is None or not facts.tables >= _REQUIRED_TABLES:
            raise BackupRefused("not_a_backup")
        if facts.format_version != FORMAT_VERSION or facts.schema_version > SCHEMA_VERSION:
            raise BackupRefused("newer_version")
        records: dict[str, int] = {}
        journal = 0
        for table, count in facts.rows.items():
            try:
                kind = record_type(table)
            except KeyError:
                continue  # the vault's own bookkeeping (slots, key wraps, …)
            if kind.derived:
                continue  # an index rebuilt from the rows, not a record of anyone's
            if kind.scope.value == "journal":
                journal += count
                continue
            records[kind.kind.value] = records.get(kind.kind.value, 0) + count
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        taken_at = parsed[0] if parsed else path.stat().st_mtime
        return BackupPreview(
            path=path,
            taken_at=taken_at,
            kind=parsed[1] if parsed else None,
            size=size,
            schema_version=facts.schema_version,
            needs_upgrade=facts.schema_version < SCHEMA_VERSION,
            records=records,
            journal_records=journal,
            facilitators=facts.slots.get("facilitator", 0),
            members_with_journals=facts.slots.get("member", 0),
            vault_id=facts.vault_id,
        )

    def verify(self, path: Path, vault: Vault | None = None) -> VerifyReport:
        """Open the backup read-only and check it page by page and for its format.

        With a facilitator's session (``vault`` unlocked), every group and commons
        record in it is opened with that session's keys as well; members' journals are
        counted and never opened. A damaged backup raises ``BackupRefused``."""
        preview = self.preview(path)
        if vault is None or vault.principal is None or not vault.principal.is_facilitator:
            return VerifyReport(preview, checked_with_keys=False)
        try:
            with snapshots.open_copy(path) as db:
                memory = snapshots.load_into_memory(db)
        except (snapshots.CopyFailed, sqlite3.Error) as exc:
            raise BackupRefused("damaged") from exc
        try:
            migrations.upgrade_in_memory(memory)
            with vault.transaction() as (_db, keys, _principal):
                check = open_every_record(memory, keys)
        except (MigrationFailed, sqlite3.Error) as exc:
            raise BackupRefused("damaged") from exc
        finally:
            memory.close()
        if check.total_damaged:
            raise BackupRefused("records_damaged", count=check.total_damaged)
        return VerifyReport(
            preview,
            checked_with_keys=True,
            records_opened=check.total_opened,
            records_not_held=check.total_not_held,
            journal_records_counted=check.total_journal_rows,
        )

    # ------------------------------------------------------------------ restoring
    def prepare_restore(self, vault_path: Path, backup: Path) -> PreparedRestore:
        """Everything a restore can do before the vault closes: check the backup and
        write a verified copy of it beside the vault file. The vault is not touched."""
        report = self.verify(backup)
        vault_id = report.preview.vault_id
        if vault_id != vault_id_of(vault_path):
            raise BackupRefused("other_group")
        for leftover in vault_path.parent.glob(f".{vault_path.name}{snapshots.PARTIAL_MARK}*"):
            snapshots.remove_side_files(leftover)  # an earlier restore cut short
        prepared = snapshots.partial_path(vault_path)
        try:
            with snapshots.open_copy(backup) as db:
                snapshots.online_copy(db, prepared)
        except snapshots.CopyFailed as exc:
            raise _refused(exc) from exc
        return PreparedRestore(vault_path, vault_id, prepared, preview_file(report))

    def commit_restore(self, prepared: PreparedRestore) -> BackupFile:
        """With the vault closed: keep it as it is now as a backup, then put the
        prepared copy in its place atomically. Returns the kept backup. If the vault
        cannot be kept, nothing is replaced. Opening the vault afterwards brings an
        older copy up to date."""
        home = locations.data_backups_dir(self.paths, prepared.vault_id)
        try:
            kept = self.take(prepared.vault_path, home, BackupKind.BEFORE_RESTORE)
        except BackupRefused:
            snapshots.remove_side_files(prepared.prepared)
            raise
        try:
            snapshots.install_copy(prepared.prepared, prepared.vault_path)
        except (OSError, snapshots.CopyFailed) as exc:
            snapshots.remove_side_files(prepared.prepared)
            raise BackupRefused("cannot_write") from exc
        return kept

    @staticmethod
    def abandon_restore(prepared: PreparedRestore) -> None:
        snapshots.remove_side_files(prepared.prepared)


def preview_file(report: VerifyReport) -> BackupFile:
    preview = report.preview
    kind = preview.kind or BackupKind.MANUAL
    return BackupFile(preview.path, preview.taken_at, kind, preview.size)


def describe_day(taken_at: float) -> str:
    """An ISO local date and time, for the command line."""
    return datetime.fromtimestamp(taken_at).strftime("%Y-%m-%d %H:%M")
