"""sync.md §3 C: bundle integrity and atomic import (properties 17–20)."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.sync import exporting
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import SealedRecords
from tests.unit.sync.helpers import (
    MEMBERS,
    Replica,
    bundle,
    db_digest,
    dump,
    new_id,
    put,
)

CHUNK = container.CHUNK_BYTES + container.TAG_BYTES


def _big_bundle(a: Replica) -> bytes:
    """A bundle of several 64 KiB chunks (random notes do not compress)."""
    for _ in range(160):
        put(a, new_id(), name="someone", note=os.urandom(1500).hex())
    data = bundle(a)
    assert len(data) > container.HEADER_BYTES + 3 * CHUNK
    return data


def _refused_without_change(b: Replica, data: bytes) -> str:
    before = db_digest(b)
    with pytest.raises(BundleRejected) as refused:
        b.sync.import_bundle(data)
    assert db_digest(b) == before
    return refused.value.code


def test_p17_fail_closed(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    data = _big_bundle(a)
    start = container.HEADER_BYTES
    cuts = {0, 5, start - 1, start, start + 1, len(data) - 1}
    for k in range(1, 4):
        cuts |= {start + k * CHUNK - 1, start + k * CHUNK, start + k * CHUNK + 1}
    for cut in sorted(c for c in cuts if c < len(data)):
        code = _refused_without_change(b, data[:cut])
        assert code in {"sync_truncated", "sync_damaged", "sync_not_a_bundle"}, (cut, code)
    for position in (3, 20, start + 10, start + CHUNK + 7, len(data) - 3):
        flipped = bytearray(data)
        flipped[position] ^= 0x10
        assert _refused_without_change(b, bytes(flipped)).startswith("sync_")
    assert _refused_without_change(b, data + b"\x00") == "sync_damaged"
    chunks = [data[start + i * CHUNK : start + (i + 1) * CHUNK] for i in range(3)]
    swapped = data[:start] + chunks[1] + chunks[0] + data[start + 2 * CHUNK :]
    assert _refused_without_change(b, swapped) == "sync_damaged"
    duplicated = data[:start] + chunks[0] + data[start:]
    assert _refused_without_change(b, duplicated) == "sync_damaged"
    assert b.sync.import_bundle(data).applied  # the intact file still imports


def test_p18_crash_part_way_leaves_nothing_and_retry_matches(
    pair: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    for i in range(8):
        put(a, new_id(), name=f"Person {i}")
    data = bundle(a)
    before = db_digest(b)
    real_store_many = SealedRecords.store_many
    calls = {"n": 0}

    def failing_store_many(
        self: SealedRecords, uow: Any, key: Any, writes: list[Any], existing: Any
    ) -> None:
        # The bulk write, one record at a time, with a power cut at the 5th record.
        for write in writes:
            calls["n"] += 1
            if calls["n"] == 5:
                raise RuntimeError("power cut")
            real_store_many(self, uow, key, [write], existing)

    monkeypatch.setattr(SealedRecords, "store_many", failing_store_many)
    with pytest.raises(RuntimeError):
        b.sync.import_bundle(data)
    assert calls["n"] == 5
    monkeypatch.setattr(SealedRecords, "store_many", real_store_many)
    assert db_digest(b) == before
    b.sync.import_bundle(data)
    assert dump(b, (MEMBERS,)) == dump(a, (MEMBERS,))


def test_p19_authenticity(tmp_path: Path, pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    from tests.unit.sync.helpers import first_pc, join

    other = first_pc(tmp_path / "other", name="X")  # another group
    try:
        assert _refused_without_change(b, bundle(other)) == "sync_other_group"
    finally:
        other.vault.close()
    # a bundle under an epoch this PC does not hold
    data = bytearray(bundle(a))
    header = container.BundleHeader.decode(bytes(data))
    relabelled = container.BundleHeader(
        header.group_id, 7, header.bundle_id, header.sender_replica, header.created_hlc, header.salt
    ).encode()
    assert _refused_without_change(b, relabelled + bytes(data[len(relabelled) :])) == (
        "sync_unknown_key_epoch"
    )
    # a device B has not heard of yet (C joined from A after B)
    c = join(a, tmp_path, "C")
    try:
        put(c, new_id(), name="from C")
        assert _refused_without_change(b, bundle(c)) == "sync_unknown_device"
        # once A's bundle enrols C on B, C's bundles import...
        b.sync.import_bundle(bundle(a))
        assert b.sync.import_bundle(bundle(c)).applied
        # ... until C is revoked
        with b.vault.transaction() as (uow, keys, _p):
            from safespace_desktop.services.sync.devices import device_id, devices_repository

            repo = devices_repository(uow.group_id)
            loaded = repo.get(uow, keys, device_id(uow.group_id, c.replica_id))
            assert loaded is not None
            stamp = uow.next_write()
            loaded.state.write({"status": "revoked"}, stamp.replica, stamp.counter, stamp.hlc)
            repo.store(uow, keys.group_key, loaded.id, loaded.state, loaded.rev + 1)
        put(c, new_id(), name="after revocation")
        assert _refused_without_change(b, bundle(c)) == "sync_revoked_device"
    finally:
        c.vault.close()
    # a bundle carrying B's own replica id, made by a copy of B's vault
    assert b.vault.path is not None
    copy_path = tmp_path / "copy" / "group.ssvault"
    copy_path.parent.mkdir()
    b.vault.checkpoint()
    shutil.copyfile(b.vault.path, copy_path)
    copy = Vault.open_existing(copy_path, clock=b.clock)
    try:
        copy.unlock("facb", "juniper window candle autumn")
        put(Replica("copy", copy, b.clock), new_id(), name="made on the copy")
        from safespace_desktop.services.sync.service import SyncService

        forged = SyncService(copy).make_bundle()[0]
    finally:
        copy.close()
    assert _refused_without_change(b, forged) == "sync_copy_of_this_pc"


def test_p20_safe_export(
    tmp_path: Path, pair: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _b = pair
    target = tmp_path / "stick" / "bundle.ssbundle"
    target.parent.mkdir()
    real_fsync = os.fsync

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(BundleRejected) as full:
        a.sync.export_to(target)
    assert full.value.code == "sync_disk_full"
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert list(target.parent.iterdir()) == []

    def read_only(_path: Path) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    data = bundle(a)
    with pytest.raises(BundleRejected) as ro:
        exporting.write_bundle_file(target, data, lambda _d: None, opener=read_only)
    assert ro.value.code == "sync_read_only"

    def corrupting_verify(_written: bytes) -> None:
        raise BundleRejected("sync_damaged")  # what a lying stick reads back as

    with pytest.raises(BundleRejected) as bad:
        exporting.write_bundle_file(target, data, corrupting_verify)
    assert bad.value.code == "sync_verify_failed"
    assert list(target.parent.iterdir()) == []

    result = a.sync.export_to(target)
    assert result.path == target and target.exists()
    assert result.mode == "full" and result.record_count >= 3  # settings, facilitators, devices
    # Unchanged state twice: the same decrypted records apart from ids and times.
    key = a.vault.keyring_for_tests().group_key.material()
    first = container.open_bundle(bundle(a), lambda _e: key).records_jsonl
    second = container.open_bundle(bundle(a), lambda _e: key).records_jsonl
    assert first == second


def test_a_record_that_fails_to_open_is_never_exported(pair: tuple[Replica, Replica]) -> None:
    a, _b = pair
    rid = new_id()
    put(a, rid, name="Alex")
    from sqlalchemy import text

    with a.vault._db.lock, a.vault.engine.begin() as conn:  # noqa: SLF001
        conn.execute(
            text("UPDATE members SET payload_sealed = zeroblob(120) WHERE id = :id"), {"id": rid}
        )
    key = a.vault.keyring_for_tests().group_key.material()
    opened = container.open_bundle(bundle(a), lambda _e: key)
    assert rid.encode() not in opened.records_jsonl
