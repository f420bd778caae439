"""Where backups live, how they are named, and the remembered choice of folder.

- In the data folder: ``<data>/backups/<vault id>/``.
- In a folder the facilitator chose (a USB stick): ``<folder>/safespace-backups/<vault id>/``.
- Names: ``<UTC time>-<kind>.ssbackup``, for example ``20261205T130000Z-auto.ssbackup``.
  The app reads the time and kind back from the name; it never trusts a file it did
  not name this way.

The chosen folder is remembered per vault in ``<data>/backups/<vault id>/destination``,
sealed under the group key: a folder's path can name a person ("Alex's stick"), so it
is never written in plaintext, and it stays inside the data folder (portable mode
writes nothing elsewhere). Only a facilitator's session can read or change it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path

from safespace_desktop.crypto import seal
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.paths import AppPaths, create_private_dirs
from safespace_desktop.services.backups.model import BackupFile, BackupKind, Where
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.snapshots import PRIVATE_FILE_MODE, fsync_folder, partial_path

BACKUP_SUFFIX = ".ssbackup"
CHOSEN_SUBFOLDER = "safespace-backups"
DESTINATION_FILE = "destination"
_DESTINATION_AD = "safespace-backup-destination"
_NAME = re.compile(r"^(\d{8}T\d{6}Z)(?:-(\d+))?-(auto|manual|before-restore)\.ssbackup$")
_STAMP = "%Y%m%dT%H%M%SZ"


def data_backups_dir(paths: AppPaths, vault_id: str) -> Path:
    return paths.data_dir / "backups" / vault_id


def chosen_backups_dir(folder: Path, vault_id: str) -> Path:
    return folder / CHOSEN_SUBFOLDER / vault_id


def backup_name(taken_at: float, kind: BackupKind, sequence: int = 0) -> str:
    stamp = datetime.fromtimestamp(taken_at, UTC).strftime(_STAMP)
    extra = f"-{sequence}" if sequence else ""
    return f"{stamp}{extra}-{kind.value}{BACKUP_SUFFIX}"


def free_backup_path(folder: Path, taken_at: float, kind: BackupKind) -> Path:
    """A name not yet used in ``folder`` (two backups in one second get a number)."""
    sequence = 0
    while (candidate := folder / backup_name(taken_at, kind, sequence)).exists():
        sequence += 1
    return candidate


def parse_backup_name(name: str) -> tuple[float, BackupKind] | None:
    match = _NAME.match(name)
    if match is None:
        return None
    taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return taken.timestamp(), BackupKind(match.group(3))


def backup_file(path: Path, where: Where = Where.DATA_FOLDER) -> BackupFile | None:
    parsed = parse_backup_name(path.name)
    if parsed is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupFile(path, parsed[0], parsed[1], size, where)


def list_folder(folder: Path, where: Where = Where.DATA_FOLDER) -> list[BackupFile]:
    """The backups in ``folder``, newest first; anything else there is ignored."""
    if not folder.is_dir():
        return []
    found = [backup_file(path, where) for path in folder.iterdir() if path.is_file()]
    return sorted((b for b in found if b is not None), key=lambda b: -b.taken_at)


def remove_leftovers(folder: Path) -> None:
    """Temporary files of a copy interrupted by a crash or a pulled stick."""
    if folder.is_dir():
        for path in folder.glob(".*.partial-*"):
            with contextlib.suppress(OSError):
                path.unlink()


def ensure_folder(folder: Path) -> None:
    create_private_dirs(folder)


# ---------------------------------------------------------------- the remembered choice
def _ad(vault_id: str) -> list[seal.AdField]:
    return [_DESTINATION_AD, 1, vault_id]


def write_choice(paths: AppPaths, vault_id: str, keys: KeyRing, folder: Path | None) -> None:
    """Remember ``folder`` for this vault (None: forget it, use the data folder)."""
    home = data_backups_dir(paths, vault_id)
    target = home / DESTINATION_FILE
    if folder is None:
        target.unlink(missing_ok=True)
        return
    ensure_folder(home)
    key: SecretKey = keys.group_key
    document = json.dumps({"folder": str(folder)}, ensure_ascii=False).encode("utf-8")
    blob = seal.seal(key, document, _ad(vault_id), minimum=256)
    temp = partial_path(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        fsync_folder(home)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def read_choice(paths: AppPaths, vault_id: str, keys: KeyRing) -> tuple[Path | None, bool]:
    """The remembered folder, and whether a remembered choice failed to open."""
    target = data_backups_dir(paths, vault_id) / DESTINATION_FILE
    try:
        blob = target.read_bytes()
    except FileNotFoundError:
        return None, False
    except OSError:
        return None, True
    try:
        key = keys.key(seal.envelope_key_id(blob))
        document = json.loads(seal.open_sealed(key, blob, _ad(vault_id)))
        folder = document["folder"]
    except Exception:  # a key not held, a damaged or foreign file: forget it kindly
        return None, True
    if not isinstance(folder, str) or not folder:
        return None, True
    return Path(folder), False
