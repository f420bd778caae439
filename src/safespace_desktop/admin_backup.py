"""``safespace-admin backup``, ``verify`` and ``restore`` (issue 14).

- ``backup``  copies each vault (or one, ``--vault``) with SQLite's online backup into
  ``<data>/backups/<vault id>/`` or ``--to FOLDER``. Needs no passphrase: the copy is
  exactly as encrypted as the vault, and it is safe while the app is open.
- ``verify BACKUP``  checks the file page by page and its format, and shows what it
  holds (counts only). With ``--handle`` a facilitator's passphrase is asked for and
  every group record in the backup is opened as well; members' journals are counted,
  never opened.
- ``restore BACKUP``  replaces the vault the backup was taken from, after a preview,
  a facilitator's passphrase and a confirmation. The vault as it was is kept as a
  backup first; the swap is atomic; the app must be closed (its lock file is taken).

Passphrases come from a prompt or one line of standard input, never from arguments.
This tool speaks English only, like its ``--help``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safespace_desktop.core.errors import BackupRefused, VaultNotFound
from safespace_desktop.paths import VAULT_SUFFIX, AppPaths

if TYPE_CHECKING:
    from safespace_desktop.services.backups import BackupPreview, BackupService
    from safespace_desktop.services.vault import Vault

_REFUSALS = {
    "not_a_backup": "This file is not a SafeSpace backup.",
    "damaged": "This backup is damaged, so it can't be used. Try an older backup.",
    "records_damaged": "Some records in this backup did not pass their check; "
    "it can't be trusted for a restore.",
    "unreadable": "This backup could not be read (is the stick plugged in?).",
    "newer_version": "This backup was made by a newer version of SafeSpace.",
    "other_group": "This backup belongs to a different vault.",
    "cannot_write": "The backup could not be written there (disk full or write-protected?).",
    "vault_in_use": "SafeSpace is open with this data folder. Close it first.",
    "vault_missing": "The vault file could not be found.",
}


def _paths(args: argparse.Namespace) -> AppPaths:
    if args.data_dir is not None:
        return AppPaths.portable(Path(args.data_dir))
    return AppPaths.default()


def _service(paths: AppPaths) -> BackupService:
    from safespace_desktop.services.backups import BackupService

    return BackupService(paths)


def _vault_files(paths: AppPaths) -> list[Path]:
    found = sorted(paths.vaults_dir.glob(f"*{VAULT_SUFFIX}")) if paths.vaults_dir.is_dir() else []
    if paths.demo_vault.is_file():
        found.append(paths.demo_vault)
    return found


def _find_vault(paths: AppPaths, wanted: str) -> Path:
    """A vault by path, id or label (case-insensitive)."""
    from safespace_desktop.storage.labels import read_vault_label

    as_path = Path(wanted).expanduser()
    if as_path.is_file():
        return as_path
    for path in _vault_files(paths):
        try:
            summary = read_vault_label(path)
        except VaultNotFound:
            continue
        if wanted in (summary.vault_id, path.stem) or wanted.casefold() == summary.label.casefold():
            return path
    raise BackupRefused("vault_missing")


def _vault_by_id(paths: AppPaths, vault_id: str) -> Path:
    from safespace_desktop.storage.labels import read_vault_label

    for path in _vault_files(paths):
        try:
            if read_vault_label(path).vault_id == vault_id:
                return path
        except VaultNotFound:
            continue
    raise BackupRefused("vault_missing")


def _when(taken_at: float) -> str:
    from safespace_desktop.services.backups.service import describe_day

    return describe_day(taken_at)


def _print_preview(preview: BackupPreview) -> None:
    kind = preview.kind.value if preview.kind else "copied in"
    print(f"Backup:  {preview.path}")
    print(f"Taken:   {_when(preview.taken_at)} ({kind}), {preview.size:,} bytes")
    upgrade = " (older: it is brought up to date when restored)" if preview.needs_upgrade else ""
    print(f"Format:  whole file, integrity check passed; schema {preview.schema_version}{upgrade}")
    print(
        f"People:  {preview.facilitators} facilitator(s), {preview.members_with_journals} ", end=""
    )
    print("member account(s)")
    for kind_name, count in sorted(preview.records.items()):
        print(f"         {kind_name.replace('_', ' ')}: {count}")
    print(f"         journal records (each under its member's own key): {preview.journal_records}")


def _unlocked(path: Path, handle: str, stdin_prompt: str) -> Vault:
    from safespace_desktop.admin import read_passphrase
    from safespace_desktop.services.vault import Vault

    secret = read_passphrase(stdin_prompt)
    vault = Vault.open_existing(path)
    try:
        vault.unlock(handle, secret)
        vault.require_facilitator()
    except BaseException:
        vault.close()
        raise
    return vault


def _backup(args: argparse.Namespace) -> int:
    from safespace_desktop.services.backups import BackupKind
    from safespace_desktop.services.backups.locations import data_backups_dir
    from safespace_desktop.services.backups.service import vault_id_of

    paths = _paths(args)
    service = _service(paths)
    vaults = [_find_vault(paths, args.vault)] if args.vault else _vault_files(paths)
    if not vaults:
        print("There is no vault in this data folder to back up.", file=sys.stderr)
        return 1
    for vault_path in vaults:
        vault_id = vault_id_of(vault_path)
        if args.to:
            from safespace_desktop.services.backups.locations import chosen_backups_dir

            folder = chosen_backups_dir(Path(args.to).expanduser().resolve(), vault_id)
        else:
            folder = data_backups_dir(paths, vault_id)
        taken = service.take(vault_path, folder, BackupKind.MANUAL)
        print(f"Backed up {vault_path.name} to {taken.path} ({taken.size:,} bytes)")
    return 0


def _verify(args: argparse.Namespace) -> int:
    paths = _paths(args)
    service = _service(paths)
    backup = Path(args.backup).expanduser()
    preview = service.preview(backup)
    _print_preview(preview)
    if not args.handle:
        print("OK: the backup is whole. Add --handle to open its records with your keys too.")
        return 0
    vault = _unlocked(_vault_by_id(paths, preview.vault_id), args.handle, "Passphrase: ")
    try:
        report = service.verify(backup, vault)
    finally:
        vault.close()
    print(f"Keys:    {report.records_opened} group records opened, none damaged", end="")
    if report.records_not_held:
        print(f"; {report.records_not_held} sealed under keys you no longer hold", end="")
    print(f"; {report.journal_records_counted} journal records counted, not opened")
    print("OK: this backup can be restored.")
    return 0


def _confirmed(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print("Add --yes to restore without a question.", file=sys.stderr)
        return False
    answer = input("Replace the vault with this backup? Type 'restore' to go ahead: ")
    return answer.strip().lower() == "restore"


def _restore(args: argparse.Namespace) -> int:
    from safespace_desktop.services.backups.folder_lock import DataFolderLock
    from safespace_desktop.services.vault import Vault

    paths = _paths(args)
    service = _service(paths)
    backup = Path(args.backup).expanduser()
    with DataFolderLock(paths.data_dir):
        preview = service.preview(backup)
        _print_preview(preview)
        vault_path = (
            _find_vault(paths, args.vault) if args.vault else _vault_by_id(paths, preview.vault_id)
        )
        vault = _unlocked(vault_path, args.handle, "Passphrase: ")
        try:
            report = service.verify(backup, vault)
            print(f"Keys:    {report.records_opened} group records opened, none damaged")
            if not _confirmed(args):
                print("Nothing was changed.")
                return 1
            prepared = service.prepare_restore(vault_path, backup)
        finally:
            vault.close()
        kept = service.commit_restore(prepared)
        # Opening brings an older backup up to date with the existing migrations.
        Vault.open_existing(vault_path).close()
    print(f"Restored {vault_path.name} from the backup of {_when(preview.taken_at)}.")
    print(f"The vault as it was is kept as a backup: {kept.path}")
    return 0


def _refusing(run: Any) -> Any:
    def wrapped(args: argparse.Namespace) -> int:
        try:
            code: int = run(args)
        except BackupRefused as exc:
            print(f"safespace-admin: {_REFUSALS.get(exc.code, exc.code)}", file=sys.stderr)
            print("Nothing was changed.", file=sys.stderr)
            return 1
        return code

    return wrapped


def add_backup_commands(commands: Any) -> None:
    """Register ``backup``, ``verify`` and ``restore`` on the admin tool's subparsers."""
    backup = commands.add_parser(
        "backup",
        help="back up every vault (or one) with SQLite's online backup",
        description="Copy each vault into <data>/backups/<vault id>/ (or --to FOLDER). "
        "The copy is as encrypted as the vault, so nothing secret is asked for.",
    )
    backup.add_argument("--vault", metavar="VAULT", help="a vault's file, id or label")
    backup.add_argument("--to", metavar="FOLDER", help="a folder to back up into (a USB stick)")
    backup.set_defaults(run=_refusing(_backup))

    verify = commands.add_parser(
        "verify",
        help="check a backup; with --handle, open its records with your keys",
        description="Check a backup page by page and show what it holds (counts only).",
    )
    verify.add_argument("backup", metavar="BACKUP", help="the backup file (.ssbackup)")
    verify.add_argument(
        "--handle", help="a facilitator's handle: you are asked to unlock, then every record opens"
    )
    verify.set_defaults(run=_refusing(_verify))

    restore = commands.add_parser(
        "restore",
        help="replace a vault with a backup (the vault as it was is kept as a backup)",
        description="Restore the vault a backup was taken from. SafeSpace must be closed.",
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file (.ssbackup)")
    restore.add_argument("--handle", required=True, help="a facilitator's handle")
    restore.add_argument("--vault", metavar="VAULT", help="the vault to replace (file, id, label)")
    restore.add_argument("--yes", action="store_true", help="do not ask before replacing")
    restore.set_defaults(run=_refusing(_restore))
