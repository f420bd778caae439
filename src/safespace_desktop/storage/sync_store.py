"""This PC's sync bookkeeping (issue 12): its device key, the import log, the bundles
it wrote and what each peer holds; plus snapshots of the vault file for "undo last
import". Enrolled devices themselves are ordinary sealed records (``sync_devices``).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select

from safespace_desktop.core.errors import IntegrityError
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.crypto.seal import OpenFailed, open_sealed, seal
from safespace_desktop.storage.records import SealedRecords, extra_columns
from safespace_desktop.storage.registry import Channel, RecordType, synced_types
from safespace_desktop.storage.repositories import group_records
from safespace_desktop.storage.tables import (
    SealedRecordMixin,
    SyncExportLog,
    SyncForeignRecord,
    SyncImportLog,
    SyncLocalDevice,
    SyncPeerKnowledge,
)

if TYPE_CHECKING:
    from safespace_desktop.storage.database import Database
    from safespace_desktop.storage.records import KeyLookup
    from safespace_desktop.storage.unit_of_work import UnitOfWork

_DEVICE_AD = "safespace-sync/device-key"
_SUMMARY_AD = "safespace-sync/import-summary"
_FOREIGN_AD = "safespace-sync/foreign-record"


@dataclass(frozen=True)
class ImportLogRow:
    id: str
    seq: int
    bundle_id: str
    sender_replica: str
    snapshot_name: str | None
    write_counter_after: int
    undone: bool
    summary: dict[str, Any]


class SyncStore:
    """Repository of the local sync tables, bound to one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    @property
    def _session(self) -> Any:
        return self._uow.session

    # ------------------------------------------------------------------ device key
    def local_device_key(self, keys: KeyLookup, replica_id: str) -> bytes | None:
        row = self._session.get(SyncLocalDevice, replica_id)
        if row is None:
            return None
        try:
            return open_sealed(keys.key(row.key_id), row.key_sealed, [_DEVICE_AD, replica_id])
        except OpenFailed as exc:
            raise IntegrityError("sync_local_device", replica_id) from exc

    def store_local_device_key(self, key: SecretKey, replica_id: str, private: bytes) -> None:
        row = self._session.get(SyncLocalDevice, replica_id)
        if row is None:
            row = SyncLocalDevice(replica_id=replica_id)
            self._session.add(row)
        row.key_id = key.key_id
        row.key_sealed = seal(key, private, [_DEVICE_AD, replica_id])
        self._session.flush()

    # ------------------------------------------------------------------ import log
    def add_import(
        self,
        key: SecretKey,
        *,
        bundle_id: str,
        sender_replica: str,
        snapshot_name: str | None,
        summary: dict[str, Any],
    ) -> ImportLogRow:
        seq = int(self._session.scalar(select(func.max(SyncImportLog.seq))) or 0) + 1
        row_id = str(uuid.uuid4())
        counter = self._uow.write_counter()
        plaintext = json.dumps(summary, sort_keys=True, ensure_ascii=False).encode("utf-8")
        row = SyncImportLog(
            id=row_id,
            seq=seq,
            bundle_id=bundle_id,
            sender_replica=sender_replica,
            snapshot_name=snapshot_name,
            write_counter_after=counter,
            undone=False,
            key_id=key.key_id,
            summary_sealed=seal(key, plaintext, [_SUMMARY_AD, row_id, bundle_id]),
        )
        self._session.add(row)
        self._session.flush()
        return ImportLogRow(
            row_id, seq, bundle_id, sender_replica, snapshot_name, counter, False, summary
        )

    def imports(self, keys: KeyLookup) -> list[ImportLogRow]:
        rows = self._session.scalars(select(SyncImportLog).order_by(SyncImportLog.seq.desc()))
        out = []
        for row in rows:
            try:
                key = keys.key(row.key_id)
                raw = open_sealed(key, row.summary_sealed, [_SUMMARY_AD, row.id, row.bundle_id])
                summary = json.loads(raw)
            except Exception:  # a damaged or foreign-epoch summary still lists the import
                summary = {}
            out.append(
                ImportLogRow(
                    row.id,
                    row.seq,
                    row.bundle_id,
                    row.sender_replica,
                    row.snapshot_name,
                    row.write_counter_after,
                    row.undone,
                    summary,
                )
            )
        return out

    def raw_import_rows(self) -> list[dict[str, Any]]:
        """Every import-log row as plain values (kept across an undo's restore)."""
        cols = SyncImportLog.__table__.columns
        return [
            {c.name: getattr(row, c.name) for c in cols}
            for row in self._session.scalars(select(SyncImportLog))
        ]

    def replace_import_rows(self, rows: list[dict[str, Any]]) -> None:
        self._session.execute(delete(SyncImportLog))
        for values in rows:
            self._session.add(SyncImportLog(**values))
        self._session.flush()

    def imported(self, bundle_id: str) -> bool:
        """Imported before and not undone."""
        found = self._session.scalar(
            select(SyncImportLog.id).where(
                SyncImportLog.bundle_id == bundle_id, SyncImportLog.undone.is_(False)
            )
        )
        return found is not None

    # ------------------------------------------------------------------ export log
    def add_export(self, bundle_id: str) -> int:
        seq = self.next_export_seq()
        self._session.add(SyncExportLog(bundle_id=bundle_id, seq=seq))
        self._session.flush()
        return seq

    def next_export_seq(self) -> int:
        return int(self._session.scalar(select(func.max(SyncExportLog.seq))) or 0) + 1

    def exported(self, bundle_id: str) -> bool:
        return self._session.get(SyncExportLog, bundle_id) is not None

    def raw_export_rows(self) -> list[tuple[str, int]]:
        return [(r.bundle_id, r.seq) for r in self._session.scalars(select(SyncExportLog))]

    def replace_export_rows(self, rows: list[tuple[str, int]]) -> None:
        self._session.execute(delete(SyncExportLog))
        for bundle_id, seq in rows:
            self._session.add(SyncExportLog(bundle_id=bundle_id, seq=seq))
        self._session.flush()

    # ------------------------------------------------------------------ foreign records
    def foreign_records(self, keys: KeyLookup) -> list[dict[str, Any]]:
        """Every kept record of an unknown type, as its bundle line (``t, id, c, s``)."""
        out = []
        for row in self._session.scalars(select(SyncForeignRecord).order_by(SyncForeignRecord.id)):
            try:
                raw = open_sealed(keys.key(row.key_id), row.record_sealed, [_FOREIGN_AD, row.id])
            except OpenFailed as exc:
                raise IntegrityError("sync_foreign_records", row.id) from exc
            out.append(json.loads(raw))
        return out

    def foreign_record(self, keys: KeyLookup, row_id: str) -> dict[str, Any] | None:
        row = self._session.get(SyncForeignRecord, row_id)
        if row is None:
            return None
        try:
            raw = open_sealed(keys.key(row.key_id), row.record_sealed, [_FOREIGN_AD, row.id])
        except OpenFailed as exc:
            raise IntegrityError("sync_foreign_records", row_id) from exc
        data: dict[str, Any] = json.loads(raw)
        return data

    def store_foreign_record(self, key: SecretKey, row_id: str, line: dict[str, Any]) -> None:
        row = self._session.get(SyncForeignRecord, row_id)
        if row is None:
            row = SyncForeignRecord(id=row_id)
            self._session.add(row)
        plaintext = json.dumps(line, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        row.key_id = key.key_id
        row.record_sealed = seal(key, plaintext.encode("utf-8"), [_FOREIGN_AD, row_id])
        self._session.flush()

    # ------------------------------------------------------------------ peers
    def vector(self, replica_id: str) -> dict[str, int]:
        row = self._session.get(SyncPeerKnowledge, replica_id)
        if row is None:
            return {}
        data = json.loads(row.vector_json)
        return {str(k): int(v) for k, v in data.items()}

    def set_vector(self, replica_id: str, vector: dict[str, int]) -> None:
        row = self._session.get(SyncPeerKnowledge, replica_id)
        if row is None:
            row = SyncPeerKnowledge(replica_id=replica_id)
            self._session.add(row)
        row.vector_json = json.dumps(dict(sorted(vector.items())), separators=(",", ":"))
        self._session.flush()


# ---------------------------------------------------------------------- snapshots
def snapshot_to(database: Database, destination: Path) -> None:
    """Copy the live vault into ``destination`` with SQLite's online backup API.

    The copy holds the same sealed rows as the vault, so it is exactly as protected.
    Written to a temporary name, synced and renamed, so a half copy never looks whole.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    with database.lock:
        raw = database.engine.raw_connection()
        try:
            source = raw.driver_connection
            target = sqlite3.connect(str(partial))
            try:
                source.backup(target)  # type: ignore[union-attr]
            finally:
                target.close()
        finally:
            raw.close()
    with partial.open("rb+") as handle:
        import os

        os.fsync(handle.fileno())
    partial.chmod(0o600)
    partial.replace(destination)


def snapshot_before_writes(uow: UnitOfWork, destination: Path) -> None:
    """Like ``snapshot_to``, from inside a unit of work that has written nothing yet:
    the copy is the committed vault, taken under the same lock as the import that
    follows, so the import plans, snapshots and applies in one transaction."""
    raw = uow.session.connection().connection.driver_connection
    if not isinstance(raw, sqlite3.Connection) or raw.in_transaction:
        raise RuntimeError("a snapshot must come before the transaction's first write")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(str(partial))
    try:
        raw.backup(target)
    finally:
        target.close()
    with partial.open("rb+") as handle:
        import os

        os.fsync(handle.fileno())
    partial.chmod(0o600)
    partial.replace(destination)


def restore_from(database: Database, snapshot: Path) -> None:
    """Copy a snapshot back over the live vault (in place, under the lock)."""
    with database.lock:
        source = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            raw = database.engine.raw_connection()
            try:
                source.backup(raw.driver_connection)  # type: ignore[arg-type]
            finally:
                raw.close()
                database.replaced()  # SQLite counts none of the rows a backup writes
        finally:
            source.close()


# ---------------------------------------------------------------------- what travels
@dataclass(frozen=True)
class BundleFamily:
    """One record type that travels in group bundles, with its repository and the
    plaintext columns a bundle carries (foreign keys to records that travel too)."""

    record_type: RecordType
    repository: SealedRecords
    columns: tuple[str, ...]


def portable_columns(table: type[SealedRecordMixin]) -> tuple[str, ...]:
    """Extra plaintext columns that mean the same on every PC: not foreign keys into
    this PC's own tables (a facilitator's ``slot_id`` names a local unlock slot)."""
    travelling = {r.name for r in synced_types(Channel.GROUP_BUNDLE)}
    columns = table.__table__.columns  # type: ignore[attr-defined]
    out = []
    for name in extra_columns(table):
        targets = {fk.column.table.name for fk in columns[name].foreign_keys}
        if targets <= travelling:
            out.append(name)
    return tuple(out)


def bundle_families(group_id: str) -> list[BundleFamily]:
    """Every record type of ``Channel.GROUP_BUNDLE``, enumerated from the registry."""
    return [
        BundleFamily(rt, group_records(rt.table, group_id), portable_columns(rt.table))  # type: ignore[arg-type]
        for rt in synced_types(Channel.GROUP_BUNDLE)
    ]


def live_count(uow: UnitOfWork, family: BundleFamily) -> int:
    """Rows of the family not marked deleted (the flag is bound into each row's AD)."""
    table = family.repository.table
    query = select(func.count()).select_from(table).where(table.deleted.is_(False))
    return int(uow.session.scalar(query) or 0)


def has_rows(uow: UnitOfWork, family: BundleFamily) -> bool:
    """Whether the family's table holds any row (a join fills empty tables)."""
    table = family.repository.table
    return uow.session.scalar(select(table.id).limit(1)) is not None


def defer_foreign_keys(uow: UnitOfWork) -> None:
    """Check foreign keys at commit, not per row, for the rest of this transaction: a
    join inserts records in a bundle's order (by type name), children before parents
    for some types. A dangling reference still fails the whole transaction."""
    uow.session.flush()
    uow.session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")


# ---------------------------------------------------------------------- conflict flags
_FLAGS_BUILT = ("", "")  # (table_name, record_id) of the "flags are complete" row


def conflict_flags(uow: UnitOfWork) -> dict[str, list[str]] | None:
    """Ids of records holding siblings, per table; None if this vault's flags were
    never built (a vault from before the flags: build them once with a full read)."""
    from safespace_desktop.storage.tables_sync import SyncConflictFlag

    rows = uow.session.execute(
        select(SyncConflictFlag.table_name, SyncConflictFlag.record_id).order_by(
            SyncConflictFlag.table_name, SyncConflictFlag.record_id
        )
    ).all()
    if not any((t, r) == _FLAGS_BUILT for t, r in rows):
        return None
    out: dict[str, list[str]] = {}
    for table_name, record_id in rows:
        if table_name:
            out.setdefault(table_name, []).append(record_id)
    return out


def build_conflict_flags(uow: UnitOfWork, found: dict[str, list[str]]) -> None:
    """Store the flags a full read found, and mark them complete."""
    from sqlalchemy import insert

    from safespace_desktop.storage.tables_sync import SyncConflictFlag

    rows = [{"table_name": t, "record_id": r} for t, ids in found.items() for r in ids]
    rows.append({"table_name": _FLAGS_BUILT[0], "record_id": _FLAGS_BUILT[1]})
    uow.session.execute(insert(SyncConflictFlag).prefix_with("OR IGNORE"), rows)
