"""Replicas for sync tests: a first PC, more PCs joined from join kits, raw record
writes through the real repositories, and canonical logical dumps."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.sync.record import DELETED_FIELD, RecordState
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.sync.joinkit import join_from_kit, make_join_kit
from safespace_desktop.services.sync.service import ImportResult, SyncService
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.sync_store import bundle_families

PASS_A = "lantern meadow pebble harbour"
PASS_JOIN = "juniper window candle autumn"
MEMBERS = "members"


@dataclass
class Replica:
    name: str
    vault: Vault
    clock: ManualClock

    @property
    def sync(self) -> SyncService:
        return SyncService(self.vault)

    @property
    def replica_id(self) -> str:
        with self.vault.transaction() as (uow, _k, _p):
            return uow.vault_info().replica_id


def first_pc(folder: Path, *, name: str = "A", clock: ManualClock | None = None) -> Replica:
    clock = clock or ManualClock()
    vault, _ = Vault.create(
        folder / name / "group.ssvault",
        label="Tuesday group",
        group_name="Riverside Circle",
        handle="robin",
        passphrase_text=PASS_A,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    return Replica(name, vault, clock)


def join(origin: Replica, folder: Path, name: str) -> Replica:
    folder.mkdir(parents=True, exist_ok=True)
    kit = folder / f"{name}.ssjoin"
    make_join_kit(origin.vault, kit, PASS_JOIN, device_name=f"{name}'s laptop")
    clock = ManualClock(origin.clock.now())
    vault, _ = join_from_kit(
        folder / name / "group.ssvault",
        kit.read_bytes(),
        handle=f"fac{name.lower()}",
        secret=PASS_JOIN,
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    kit.unlink()
    return Replica(name, vault, clock)


def put(replica: Replica, record_id: str, table: str = MEMBERS, **fields: Any) -> None:
    """One local write of ``fields`` to a record (created if missing)."""
    with replica.vault.transaction() as (uow, keys, _p):
        family = next(f for f in bundle_families(uow.group_id) if f.record_type.name == table)
        loaded = family.repository.get(uow, keys, record_id)
        state = loaded.state if loaded else RecordState()
        stamp = uow.next_write()
        state.write(fields, stamp.replica, stamp.counter, stamp.hlc)
        key = keys.commons_key if family.repository.scope.kind == "commons" else keys.group_key
        family.repository.store(uow, key, record_id, state, (loaded.rev + 1) if loaded else 1)


def delete(replica: Replica, record_id: str, table: str = MEMBERS) -> None:
    put(replica, record_id, table, **{DELETED_FIELD: True})


def state_of(replica: Replica, record_id: str, table: str = MEMBERS) -> RecordState | None:
    with replica.vault.transaction() as (uow, keys, _p):
        family = next(f for f in bundle_families(uow.group_id) if f.record_type.name == table)
        loaded = family.repository.get(uow, keys, record_id)
        return None if loaded is None else loaded.state


def visible(replica: Replica, record_id: str, table: str = MEMBERS) -> bool:
    state = state_of(replica, record_id, table)
    return state is not None and not state.deleted


def dump(replica: Replica, tables: tuple[str, ...] | None = None) -> str:
    """Canonical JSON of every travelling record (siblings and tombstones included)."""
    out: dict[str, dict[str, Any]] = {}
    with replica.vault.transaction() as (uow, keys, _p):
        for family in bundle_families(uow.group_id):
            name = family.record_type.name
            if tables is not None and name not in tables:
                continue
            loaded, damaged = family.repository.load_all(uow, keys, include_deleted=True)
            assert damaged == []
            out[name] = {
                r.id: {
                    "s": r.state.to_json(),
                    "c": {c: r.extra.get(c) for c in family.columns},
                }
                for r in loaded
            }
    return json.dumps(out, sort_keys=True, default=list)


def bundle(src: Replica, *, peer: Replica | None = None) -> bytes:
    if peer is None:
        data, _ = src.sync.make_bundle()
    else:
        data, _ = src.sync.make_bundle(peer=peer.replica_id, full=False)
    return data


def send(src: Replica, dst: Replica, **kwargs: Any) -> ImportResult:
    return dst.sync.import_bundle(bundle(src), **kwargs)


def db_digest(replica: Replica) -> str:
    """A digest over every row of every table, plus SQLite's integrity check."""
    from sqlalchemy import inspect, text

    engine = replica.vault.engine
    digest = hashlib.sha256()
    with replica.vault._db.lock, engine.connect() as conn:  # noqa: SLF001
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        for table in sorted(inspect(engine).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).fetchall()
            digest.update(table.encode() + repr(sorted(map(repr, rows))).encode())
    return digest.hexdigest()


def new_id() -> str:
    return str(uuid.uuid4())
