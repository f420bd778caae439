"""Import: verify everything, plan the merge in memory, preview, then apply in one
transaction (sync.md §2.8). Nothing here writes until ``apply_plan``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.core.errors import BundleRejected, IntegrityError
from safespace_desktop.core.sync.record import (
    DELETED_FIELD,
    REDACTED_FIELD,
    RecordState,
    apply_redaction,
)
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.sync.attachments import CarriedBlob, store_blobs
from safespace_desktop.services.sync.attachments import validate as validate_blobs
from safespace_desktop.services.sync.devices import (
    DEVICES_TABLE,
    Device,
    claimed_key,
    device_id,
    devices_repository,
    find_device,
)
from safespace_desktop.services.sync.exporting import own_vector
from safespace_desktop.services.sync.keys import key_for_epoch, scope_key
from safespace_desktop.services.sync.payload import (
    FUTURE_LIMIT_MS,
    BundleRecord,
    Manifest,
    parse_manifest,
    parse_records,
)
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import BulkWrite, DamagedRecord, OpenedDocument
from safespace_desktop.storage.registry import RECORD_TYPES, Merge
from safespace_desktop.storage.sync_store import (
    BundleFamily,
    bundle_families,
    has_rows,
    live_count,
)
from safespace_desktop.storage.unit_of_work import UnitOfWork

_LABEL_FIELDS = ("name", "title", "handle", "group_name", "purpose", "text")
LABEL_LIMIT = 60


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that decrypted, parsed and (unless it is our own) passed its signature."""

    header: container.BundleHeader
    manifest: Manifest
    records: list[BundleRecord]
    sender: Device | None
    own: bool
    already_imported: bool
    blobs: list[CarriedBlob] = field(default_factory=list)


def verify_bundle(
    uow: UnitOfWork,
    keys: KeyRing,
    data: bytes,
    *,
    now_ms: int,
    allow_future: bool = False,
    accept_unknown_sender: bool = False,
) -> VerifiedBundle:
    """Every check before the database is touched; raises ``BundleRejected(code)``."""
    info = uow.vault_info()
    header = container.read_header(data)
    if header.group_id != info.group_id:
        raise BundleRejected("sync_other_group")
    opened = container.open_bundle(data, lambda epoch: _material(keys, epoch))
    manifest = parse_manifest(opened.manifest)
    if (
        manifest.bundle_id != header.bundle_id
        or manifest.group_id != header.group_id
        or manifest.sender_replica != header.sender_replica
        or manifest.created_hlc != header.created_hlc
    ):
        raise BundleRejected("sync_damaged")
    own = header.sender_replica == info.replica_id
    sender: Device | None = None
    if own:
        if not uow.sync.exported(header.bundle_id):
            raise BundleRejected("sync_copy_of_this_pc")
    elif accept_unknown_sender:
        pass  # a join kit: its signature is checked against the device it carries
    else:
        sender = find_device(uow, keys, header.sender_replica)
        if sender is None:
            raise BundleRejected("sync_unknown_device")
        if sender.revoked:
            raise BundleRejected("sync_revoked_device", name=sender.name)
        if sender.public_key:
            opened.verify_signature(sender.public_key)
    known = {f.record_type.name for f in bundle_families(info.group_id)}
    never = {r.name for r in RECORD_TYPES} - known
    records = parse_records(opened.records_jsonl, manifest, known, never)
    if accept_unknown_sender:
        _verify_with_carried_device(opened, records, manifest)
    elif sender is not None and not sender.public_key:
        _verify_claimed_device(uow, keys, opened, records, header.sender_replica)
    stamped = max((r.max_hlc for r in records), default=0)
    if stamped > manifest.max_hlc:
        raise BundleRejected("sync_damaged")  # the manifest must declare the latest stamp
    if not allow_future and (manifest.max_hlc >> 16) > now_ms + FUTURE_LIMIT_MS:
        raise BundleRejected("sync_future_clock")
    blobs = validate_blobs(manifest.attachments, opened.attachments)
    return VerifiedBundle(
        header=header,
        manifest=manifest,
        records=records,
        sender=sender,
        own=own,
        already_imported=uow.sync.imported(header.bundle_id),
        blobs=blobs,
    )


def _verify_with_carried_device(
    opened: container.OpenedBundle, records: list[BundleRecord], manifest: Manifest
) -> None:
    for record in records:
        if record.id == manifest.sender_device and record.type == "sync_devices":
            public = record.state.get("public_key")
            if isinstance(public, str):
                try:
                    key = bytes.fromhex(public)
                except ValueError:
                    break
                opened.verify_signature(key)
                return
    raise BundleRejected("sync_unknown_device")


def _verify_claimed_device(
    uow: UnitOfWork,
    keys: KeyRing,
    opened: container.OpenedBundle,
    records: list[BundleRecord],
    replica_id: str,
) -> None:
    """The first bundle of a PC that joined from a kit made here (or relayed here): its
    device place holds no key yet, so the bundle must carry the claim, endorsed by the
    kit's enrolment key and signed by a facilitator of the group who is not revoked,
    and be signed by the device key it claims."""
    row_id = device_id(uow.group_id, replica_id)
    reserved = devices_repository(uow.group_id).get(uow, keys, row_id)
    carried = next((r for r in records if r.type == DEVICES_TABLE and r.id == row_id), None)
    if reserved is None or carried is None:
        raise BundleRejected("sync_unknown_device")
    facilitator_id = str(carried.state.get("facilitator_id", ""))
    local = uow.group.facilitators.get(uow, keys, facilitator_id) if facilitator_id else None
    brought = next(
        (r for r in records if r.type == "facilitators" and r.id == facilitator_id), None
    )
    facilitator = local.state if local is not None else (brought.state if brought else None)
    if facilitator is None or any(
        v.value == "revoked" for v in facilitator.fields.get("status", ())
    ):
        raise BundleRejected("sync_unknown_device")
    public = claimed_key(
        uow.group_id, reserved.state, carried.state, str(facilitator.get("public_key", ""))
    )
    if public is None:
        raise BundleRejected("sync_unknown_device")
    opened.verify_signature(public)


def _material(keys: KeyRing, epoch: int) -> bytes | None:
    key = key_for_epoch(keys, epoch)
    return None if key is None else key.material()


# ---------------------------------------------------------------------- the plan
@dataclass(frozen=True)
class RecordChange:
    type: str
    kind: RecordKind
    id: str
    change: str  # new | changed | deleted | resurrected | conflict
    label: str
    fields: tuple[str, ...] = ()


@dataclass
class TypeCounts:
    type: str
    kind: RecordKind
    new: int = 0
    changed: int = 0
    deleted: int = 0
    resurrected: int = 0
    conflicts: int = 0
    decided: int = 0
    """Concurrent edits of one-line fields decided by the deterministic winner."""


@dataclass(frozen=True)
class ImportPreview:
    bundle_id: str
    sender_replica: str
    sender_name: str
    mode: str
    per_type: list[TypeCounts]
    changes: list[RecordChange]
    newly_hidden: int
    live: int
    own_bundle: bool
    already_imported: bool
    skipped_damaged: int = 0
    kept_for_newer_version: int = 0
    """Records of types a newer app version knows: kept and passed on, not shown."""

    @property
    def needs_confirmation(self) -> bool:
        return self.newly_hidden > mass_delete_limit(self.live)

    def total(self, name: str) -> int:
        return sum(int(getattr(t, name)) for t in self.per_type)

    @property
    def nothing_to_do(self) -> bool:
        return not self.changes and not self.kept_for_newer_version

    def as_summary(self) -> dict[str, Any]:
        return {
            "sender": self.sender_name,
            "mode": self.mode,
            "new": self.total("new"),
            "changed": self.total("changed"),
            "deleted": self.total("deleted"),
            "resurrected": self.total("resurrected"),
            "conflicts": self.total("conflicts"),
            "decided": self.total("decided"),
            "per_type": {
                t.type: [t.new, t.changed, t.deleted, t.resurrected, t.conflicts]
                for t in self.per_type
            },
        }


def mass_delete_limit(live: int) -> int:
    """Hiding more than max(20, 10 % of live records) needs a facilitator's yes."""
    return max(20, live // 10)


@dataclass(frozen=True)
class PlannedWrite:
    family: BundleFamily | None  # None: a record of a type a newer app version knows
    id: str
    state: RecordState | None  # None: ``state_json`` holds it
    rev: int
    columns: dict[str, Any] = field(default_factory=dict)
    foreign_type: str = ""
    kept_columns: dict[str, Any] = field(default_factory=dict)
    """The stored row's plaintext columns; ``columns`` (what travels) override them."""
    existing: bool = False
    state_json: dict[str, Any] | None = None
    deleted: bool | None = None

    def encoded_state(self) -> dict[str, Any]:
        if self.state_json is not None:
            return self.state_json
        assert self.state is not None
        return self.state.to_json()

    def is_deleted(self) -> bool:
        if self.deleted is not None:
            return self.deleted
        assert self.state is not None
        return self.state.deleted


def foreign_row_id(group_id: str, record_type: str, record_id: str) -> str:
    return str(uuid.uuid5(uuid.UUID(group_id), f"sync-foreign:{record_type}:{record_id}"))


def plan_foreign(uow: UnitOfWork, keys: KeyRing, records: list[BundleRecord]) -> list[PlannedWrite]:
    """Merge records of unknown types with what this PC kept of them (sync.md §2.9)."""
    writes = []
    for record in sorted(records, key=lambda r: (r.type, r.id)):
        row_id = foreign_row_id(uow.group_id, record.type, record.id)
        try:
            kept = uow.sync.foreign_record(keys, row_id)
        except IntegrityError:
            continue  # a damaged kept copy stays as it is
        local = RecordState.from_json(kept["s"]) if kept else RecordState()
        merged = apply_redaction(local.merge(record.state))
        if kept is not None and merged.to_json() == local.to_json():
            continue
        writes.append(PlannedWrite(None, record.id, merged, 0, dict(record.columns), record.type))
    return writes


def is_plain(raw: dict[str, Any] | None) -> bool:
    """One value per field, no tombstone or redaction: merging it with nothing is the
    identity."""
    if raw is None:
        return False
    fields = raw["f"]
    if DELETED_FIELD in fields or REDACTED_FIELD in fields:
        return False
    return all(len(values) == 1 for values in fields.values())


def _raw_label(raw: dict[str, Any]) -> str:
    """``label_of`` for a plain state (one value per field, not redacted)."""
    fields = raw["f"]
    for name in _LABEL_FIELDS:
        values = fields.get(name)
        value = values[0][0] if values else None
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"
    return ""


def label_of(state: RecordState) -> str:
    if state.redacted:
        number = state.get("former_number")
        return f"#{number}" if number is not None else ""
    for name in _LABEL_FIELDS:
        value = state.get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"
    return ""


def plan_import(
    uow: UnitOfWork, keys: KeyRing, verified: VerifiedBundle
) -> tuple[ImportPreview, list[PlannedWrite]]:
    """Merge every incoming record with the local one, in memory only. The local
    copies are read in bulk, one query per record type and 500 ids."""
    families = {f.record_type.name: f for f in bundle_families(uow.group_id)}
    counts = {name: TypeCounts(name, f.record_type.kind) for name, f in families.items()}
    changes: list[RecordChange] = []
    writes: list[PlannedWrite] = []
    newly_hidden = 0
    damaged = 0
    by_type: dict[str, list[BundleRecord]] = {}
    foreign: list[BundleRecord] = []
    for record in verified.records:
        if record.type in families:
            by_type.setdefault(record.type, []).append(record)
        else:
            foreign.append(record)
    for name, family in families.items():
        incoming = sorted(by_type.get(name, ()), key=lambda r: r.id)
        if not incoming:
            continue
        stored: dict[str, OpenedDocument | DamagedRecord] = {}
        if has_rows(uow, family):
            ids = [r.id for r in incoming]
            stored = {f.id: f for f in family.repository.open_documents(uow, keys, ids)}
        columns_of = family.columns
        for record in incoming:
            found = stored.get(record.id)
            if isinstance(found, DamagedRecord):
                damaged += 1  # the local row is kept byte for byte and reported
                continue
            if found is not None and record.raw is not None and record.raw == found.state:
                continue  # the same state: nothing to merge
            if found is None and is_plain(record.raw):
                # New here, one value per field, no tombstone or redaction: merging
                # it with nothing gives it unchanged, so no RecordState is needed.
                assert record.raw is not None
                columns = {c: record.columns.get(c) for c in columns_of}
                writes.append(
                    PlannedWrite(
                        family, record.id, None, 1, columns, state_json=record.raw, deleted=False
                    )
                )
                counts[name].new += 1
                label = _raw_label(record.raw)
                changes.append(RecordChange(name, family.record_type.kind, record.id, "new", label))
                continue
            try:
                local = RecordState.from_json(found.state) if found is not None else None
            except (KeyError, TypeError, ValueError, AttributeError, IndexError):
                damaged += 1
                continue
            if local is None:
                merged = apply_redaction(RecordState().merge(record.state))
                rev = 1
                was_visible, was_present = False, False
            else:
                merged = apply_redaction(local.merge(record.state))
                if merged.to_json() == local.to_json():
                    continue
                rev = found.rev + 1  # type: ignore[union-attr]
                was_visible, was_present = not local.deleted, True
            columns = {c: record.columns.get(c) for c in family.columns}
            kept = dict(found.extra) if found is not None else {}
            writes.append(
                PlannedWrite(family, record.id, merged, rev, columns, "", kept, was_present)
            )
            change = _classify(family, local, merged, was_present)
            if change is None:
                continue
            kind, fields = change
            if kind == "deleted" and was_visible:
                newly_hidden += 1
            tally = counts[name]
            setattr(tally, _COUNTER[kind], getattr(tally, _COUNTER[kind]) + 1)
            tally.decided += 1 if _decided_fields(family, local, merged) else 0
            changes.append(
                RecordChange(
                    name,
                    family.record_type.kind,
                    record.id,
                    kind,
                    label_of(merged) or (label_of(local) if local else ""),
                    fields,
                )
            )
    foreign_writes = plan_foreign(uow, keys, foreign)
    live = sum(live_count(uow, f) for f in families.values())
    preview = ImportPreview(
        bundle_id=verified.header.bundle_id,
        sender_replica=verified.header.sender_replica,
        sender_name=verified.sender.name if verified.sender else "",
        mode=verified.manifest.mode,
        per_type=[c for c in counts.values() if any(_nonzero(c))],
        changes=changes,
        newly_hidden=newly_hidden,
        live=live,
        own_bundle=verified.own,
        already_imported=verified.already_imported,
        skipped_damaged=damaged,
        kept_for_newer_version=len(foreign_writes),
    )
    return preview, [*writes, *foreign_writes]


_COUNTER = {
    "new": "new",
    "changed": "changed",
    "deleted": "deleted",
    "resurrected": "resurrected",
    "conflict": "conflicts",
}


def _nonzero(c: TypeCounts) -> list[int]:
    return [c.new, c.changed, c.deleted, c.resurrected, c.conflicts]


def _new_siblings(
    family: BundleFamily, before: RecordState | None, after: RecordState, rule: Merge
) -> tuple[str, ...]:
    out = []
    for name, merge in family.record_type.fields.items():
        if merge is not rule:
            continue
        values = after.fields.get(name, [])
        if len(values) > 1:
            old = before.fields.get(name, []) if before else []
            if set(values) != set(old):
                out.append(name)
    return tuple(out)


def _decided_fields(
    family: BundleFamily, before: RecordState | None, after: RecordState
) -> tuple[str, ...]:
    return _new_siblings(family, before, after, Merge.LATEST_WINS)


def _classify(
    family: BundleFamily, before: RecordState | None, after: RecordState, was_present: bool
) -> tuple[str, tuple[str, ...]] | None:
    if not was_present or before is None:
        return None if after.deleted else ("new", ())
    if not before.deleted and after.deleted:
        return "deleted", ()
    if before.deleted and not after.deleted:
        return "resurrected", ()
    if before.deleted and after.deleted:
        return None  # a tombstone learning more: nothing a person sees changes
    conflicts = _new_siblings(family, before, after, Merge.KEEP_BOTH)
    if conflicts:
        return "conflict", conflicts
    return "changed", tuple(sorted(k for k in after.values() if before.get(k) != after.get(k)))


def apply_plan(
    uow: UnitOfWork, keys: KeyRing, verified: VerifiedBundle, writes: list[PlannedWrite]
) -> None:
    """Write the planned records (in bulk, one statement per record type and kind of
    write) and what the sender is now known to hold."""
    batches: dict[str, tuple[BundleFamily, list[BulkWrite], set[str]]] = {}
    for write in writes:
        if write.family is None:
            line = {"t": write.foreign_type, "id": write.id, "c": write.columns}
            line["s"] = write.encoded_state()
            row_id = foreign_row_id(uow.group_id, write.foreign_type, write.id)
            uow.sync.store_foreign_record(keys.group_key, row_id, line)
            continue
        family, bulk, existing = batches.setdefault(
            write.family.record_type.name, (write.family, [], set())
        )
        bulk.append(
            BulkWrite(
                write.id,
                write.encoded_state(),
                write.rev,
                write.is_deleted(),
                {**write.kept_columns, **write.columns},
            )
        )
        if write.existing:
            existing.add(write.id)
    for family, bulk, existing in batches.values():
        key = scope_key(keys, family.repository.scope.kind)
        family.repository.store_many(uow, key, bulk, existing)
    store_blobs(uow, keys, verified.blobs)
    record_sender_knowledge(uow, verified.manifest)


def record_sender_knowledge(uow: UnitOfWork, manifest: Manifest) -> None:
    """After writing a bundle's records: the clock, what the sender is now known to
    hold and, with no gap, what this replica holds."""
    uow.observe_hlc(manifest.max_hlc)
    sender = manifest.sender_replica
    known = uow.sync.vector(sender)
    uow.sync.set_vector(sender, _join(known, manifest.sender_vv))
    own = own_vector(uow)
    if all(counter <= own.get(r, 0) for r, counter in manifest.base_vv.items()):
        # No gap: this replica now holds everything the sender held (sync.md §2.7).
        info = uow.vault_info()
        stored = uow.sync.vector(info.replica_id)
        joined = _join(stored, manifest.sender_vv)
        joined.pop(info.replica_id, None)
        uow.sync.set_vector(info.replica_id, joined)


def _join(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for replica, counter in b.items():
        out[replica] = max(out.get(replica, 0), counter)
    return out
