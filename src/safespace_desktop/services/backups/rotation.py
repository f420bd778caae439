"""Which backups to keep: the newest of each of the last 7 days that have one, and the
newest of each of the last 4 weeks that have one (restic's ``--keep-daily 7
--keep-weekly 4``). Copies kept before a restore are counted apart: the last few stay."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from safespace_desktop.services.backups.model import BackupFile, BackupKind

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_BEFORE_RESTORE = 3


def local_day(taken_at: float) -> date:
    return datetime.fromtimestamp(taken_at).date()


def _newest_per_bucket(
    backups: Sequence[BackupFile], bucket: Callable[[BackupFile], object], count: int
) -> set[BackupFile]:
    kept: set[BackupFile] = set()
    seen: set[object] = set()
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        key = bucket(backup)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(backup)
    return kept


def to_keep(
    backups: Sequence[BackupFile],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    before_restore: int = KEEP_BEFORE_RESTORE,
) -> set[BackupFile]:
    regular = [b for b in backups if b.kind is not BackupKind.BEFORE_RESTORE]
    kept = _newest_per_bucket(regular, lambda b: local_day(b.taken_at), daily)
    kept |= _newest_per_bucket(regular, lambda b: local_day(b.taken_at).isocalendar()[:2], weekly)
    safety = [b for b in backups if b.kind is BackupKind.BEFORE_RESTORE]
    kept |= set(sorted(safety, key=lambda b: b.taken_at, reverse=True)[:before_restore])
    return kept


def to_remove(backups: Sequence[BackupFile]) -> list[BackupFile]:
    kept = to_keep(backups)
    return sorted((b for b in backups if b not in kept), key=lambda b: b.taken_at)
