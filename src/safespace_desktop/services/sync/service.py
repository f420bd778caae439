"""``SyncService``: export, verify, preview, import, undo and the import log.

Facilitators only. Every method takes plain values and returns plain dataclasses; the
UI calls them from its worker thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from safespace_desktop.core.changes import ChangeSet, RecordKind
from safespace_desktop.core.errors import BundleRejected, NotFound
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.sync.devices import Device, ensure_this_device, list_devices
from safespace_desktop.services.sync.exporting import (
    BUNDLE_SUFFIX,
    ExportResult,
    Progress,
    _quiet,
    build_bundle,
    write_bundle_file,
)
from safespace_desktop.services.sync.gc_pause import collector_paused, release_in_pieces
from safespace_desktop.services.sync.importing import (
    ImportPreview,
    VerifiedBundle,
    apply_plan,
    plan_import,
    verify_bundle,
)
from safespace_desktop.services.sync.keys import key_for_epoch
from safespace_desktop.services.sync.payload import Manifest
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.sync_store import (
    ImportLogRow,
    restore_from,
    snapshot_before_writes,
)
from safespace_desktop.storage.unit_of_work import UnitOfWork

__all__ = ["ImportLogRow", "ImportResult", "SyncService", "VerifyReport"]

SNAPSHOT_DIR = "sync-snapshots"
SNAPSHOTS_KEPT = 5
MAX_READ_BYTES = container.MAX_BUNDLE_BYTES


@dataclass(frozen=True)
class ImportResult:
    preview: ImportPreview
    applied: bool
    log_id: str | None
    changes: ChangeSet


@dataclass(frozen=True)
class VerifyReport:
    bundle_id: str
    mode: str
    sender_name: str
    record_count: int
    per_type: dict[str, int]
    own_bundle: bool
    already_imported: bool


class SyncService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _now_ms(self) -> int:
        return int(self._vault.clock.now() * 1000)

    # ------------------------------------------------------------------ devices
    def this_device(self) -> Device:
        """Enrol this PC if needed and return its device row."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (uow, keys, _p):
            ensure_this_device(uow, keys)
            own = uow.vault_info().replica_id
            return next(d for d in list_devices(uow, keys) if d.replica_id == own)

    def devices(self) -> list[Device]:
        self._vault.require_facilitator()
        with self._vault.transaction() as (uow, keys, _p):
            return list_devices(uow, keys)

    # ------------------------------------------------------------------ export
    def make_bundle(
        self, *, peer: str | None = None, full: bool = True, attachments: bool = False
    ) -> tuple[bytes, int]:
        """The bytes of a new bundle (full, or incremental for ``peer``) and its seq.
        Attachments travel only when asked for, and never in an incremental."""
        data, _manifest, seq = self._build(peer=peer, full=full, attachments=attachments)
        return data, seq

    @collector_paused()
    def _build(
        self, *, peer: str | None, full: bool, attachments: bool
    ) -> tuple[bytes, Manifest, int]:
        self._vault.require_facilitator()
        with self._vault.transaction() as (uow, keys, _p):
            base = None if full or peer is None else uow.sync.vector(peer)
            return build_bundle(
                uow,
                keys,
                base=base,
                now_ms=self._now_ms(),
                attachments=attachments and base is None,
            )

    @collector_paused()
    def make_bundle_for_base(self, base: dict[str, int] | None) -> tuple[bytes, Manifest, int]:
        """A bundle holding every record with a write ``base`` does not cover (all of
        them for None): folder mode's incremental for every peer at once."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (uow, keys, _p):
            return build_bundle(uow, keys, base=base, now_ms=self._now_ms())

    def verify_container(self, data: bytes) -> None:
        """Decrypt a freshly written bundle completely (read-back check)."""
        self._verify_bytes(data)

    def export_to(
        self,
        path: Path,
        *,
        peer: str | None = None,
        full: bool = True,
        attachments: bool = False,
        progress: Progress = _quiet,
    ) -> ExportResult:
        """Write a bundle to ``path`` (a file name, or a folder to name it in), verify
        it by reading it back, and only then return: then the stick is safe to remove."""
        progress("sync_collecting")
        data, manifest, seq = self._build(peer=peer, full=full, attachments=attachments)
        header = container.read_header(data)
        path = Path(path)
        if path.is_dir():
            path = path / f"safespace-{header.bundle_id[:8]}{BUNDLE_SUFFIX}"
        progress("sync_writing")
        write_bundle_file(path, data, self._verify_bytes)
        progress("sync_safe_to_remove")
        return ExportResult(
            path, header.bundle_id, manifest.mode, manifest.record_count, len(data), seq
        )

    @collector_paused()
    def _verify_bytes(self, data: bytes) -> None:
        with self._vault.transaction() as (_uow, keys, _p):
            container.open_bundle(data, lambda e: _material(keys, e))

    # ------------------------------------------------------------------ import
    def read(self, path: Path) -> bytes:
        """Copy the file into memory first: a pulled stick cannot matter after this."""
        path = Path(path)
        try:
            if path.stat().st_size > MAX_READ_BYTES:
                raise BundleRejected("sync_too_large")
            return path.read_bytes()
        except FileNotFoundError:
            raise BundleRejected("sync_media_gone") from None
        except OSError:
            raise BundleRejected("sync_media_gone") from None

    def verify(self, data: bytes) -> VerifyReport:
        """Check a bundle completely without importing it."""
        verified = self._verified(data)
        return VerifyReport(
            bundle_id=verified.header.bundle_id,
            mode=verified.manifest.mode,
            sender_name=verified.sender.name if verified.sender else "",
            record_count=verified.manifest.record_count,
            per_type=dict(verified.manifest.counts),
            own_bundle=verified.own,
            already_imported=verified.already_imported,
        )

    @collector_paused()
    def _verified(self, data: bytes, *, allow_future: bool = False) -> VerifiedBundle:
        self._vault.require_facilitator()
        with self._vault.transaction() as (uow, keys, _p):
            return verify_bundle(uow, keys, data, now_ms=self._now_ms(), allow_future=allow_future)

    @collector_paused()
    def preview(self, data: bytes, *, allow_future: bool = False) -> ImportPreview:
        """What importing would do, decrypted in memory only; writes nothing."""
        verified = self._verified(data, allow_future=allow_future)
        with self._vault.transaction() as (uow, keys, _p):
            preview, _writes = plan_import(uow, keys, verified)
            return preview

    @collector_paused()
    def import_bundle(
        self, data: bytes, *, confirm_mass_delete: bool = False, allow_future: bool = False
    ) -> ImportResult:
        """Verify (no database write), then in one transaction: plan the merge,
        snapshot, apply and log. The plan is made once, under the same lock as the
        writes, so nothing can change in between."""
        verified = self._verified(data, allow_future=allow_future)
        if verified.own or verified.already_imported:
            with self._vault.transaction() as (uow, keys, _p):
                preview, _writes = plan_import(uow, keys, verified)
            return ImportResult(preview, False, None, ChangeSet())
        snapshot: Path | None = None
        try:
            with self._vault.transaction() as (uow, keys, _p):
                if uow.sync.imported(verified.header.bundle_id):
                    raise BundleRejected("sync_already_imported")
                preview, writes = plan_import(uow, keys, verified)
                if not writes:
                    # Nothing new to show, but the sender's acknowledgement still counts:
                    # it tells this PC what that PC holds, so later incrementals stay small.
                    apply_plan(uow, keys, verified, [])
                    return ImportResult(preview, False, None, ChangeSet())
                if preview.needs_confirmation and not confirm_mass_delete:
                    raise BundleRejected("sync_mass_delete", hidden=preview.newly_hidden)
                snapshot = self._snapshot(uow)
                apply_plan(uow, keys, verified, writes)
                log = uow.sync.add_import(
                    keys.group_key,
                    bundle_id=verified.header.bundle_id,
                    sender_replica=verified.header.sender_replica,
                    snapshot_name=snapshot.name if snapshot else None,
                    summary=preview.as_summary(),
                )
                changes = uow.changes
            release_in_pieces(writes)
            release_in_pieces(verified.records)
        except BaseException:
            if snapshot is not None:
                snapshot.unlink(missing_ok=True)
            raise
        self._prune_snapshots()
        return ImportResult(preview, True, log.id, changes)

    # ------------------------------------------------------------------ snapshots, undo
    def _snapshot_dir(self) -> Path | None:
        path = self._vault.path
        return None if path is None else path.parent / SNAPSHOT_DIR

    def _snapshot(self, uow: UnitOfWork) -> Path | None:
        folder = self._snapshot_dir()
        if folder is None:
            return None
        target = folder / f"{uuid.uuid4().hex}.snapshot"
        snapshot_before_writes(uow, target)
        return target

    def _prune_snapshots(self) -> None:
        folder = self._snapshot_dir()
        if folder is None or not folder.exists():
            return
        with self._vault.transaction() as (uow, keys, _p):
            keep = {r.snapshot_name for r in uow.sync.imports(keys)[:SNAPSHOTS_KEPT]}
        for file in folder.glob("*.snapshot"):
            if file.name not in keep:
                file.unlink(missing_ok=True)

    def import_log(self) -> list[ImportLogRow]:
        self._vault.require_facilitator()
        with self._vault.transaction() as (uow, keys, _p):
            return uow.sync.imports(keys)

    def can_undo(self) -> ImportLogRow | None:
        """The last import, if it can still be undone (no local change since)."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (uow, keys, _p):
            rows = [r for r in uow.sync.imports(keys) if not r.undone]
            if not rows or rows[0].snapshot_name is None:
                return None
            last = rows[0]
            if uow.write_counter() != last.write_counter_after:
                return None
            folder = self._snapshot_dir()
            if folder is None or not (folder / last.snapshot_name).exists():  # type: ignore[operator]
                return None
            return last

    def undo_last_import(self) -> ImportLogRow:
        """Put the vault back as it was just before the last import."""
        last = self.can_undo()
        if last is None:
            raise NotFound("sync_nothing_to_undo")
        folder = self._snapshot_dir()
        assert folder is not None and last.snapshot_name is not None
        with self._vault.transaction() as (uow, _keys, _p):
            import_rows = uow.sync.raw_import_rows()
            export_rows = uow.sync.raw_export_rows()
        restore_from(self._vault._db, folder / last.snapshot_name)  # noqa: SLF001
        for row in import_rows:
            if row["id"] == last.id:
                row["undone"] = True
        with self._vault.transaction() as (uow, _keys, _p):
            uow.sync.replace_import_rows(import_rows)
            uow.sync.replace_export_rows(export_rows)
            uow.note(RecordKind.MEMBER)
        return last


def _material(keys: object, epoch: int) -> bytes | None:
    key = key_for_epoch(keys, epoch)  # type: ignore[arg-type]
    return None if key is None else key.material()
