"""Building conflicts for tests the way a sync leaves them: two copies of one record
written on two replicas without seeing each other, merged (no bundles needed)."""

from __future__ import annotations

from safespace_desktop.core.sync.hlc import pack
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.records import SealedRecords

# 2026-03-02 09:15 and 2026-03-02 18:40 UTC, in HLC form.
EARLIER_HLC = pack(1_772_442_900_000, 0)
LATER_HLC = pack(1_772_476_800_000, 0)


def concurrent(
    state: RecordState, field: str, first: object, second: object, hlcs: tuple[int, int]
) -> RecordState:
    """``state`` edited concurrently on two other PCs ("pc-a", "pc-b"), then merged."""
    a = RecordState.from_json(state.to_json())
    b = RecordState.from_json(state.to_json())
    a.write({field: first}, "pc-a", a.cc.get("pc-a", 0) + 1, hlcs[0])
    b.write({field: second}, "pc-b", b.cc.get("pc-b", 0) + 1, hlcs[1])
    return a.merge(b)


def make_conflict(
    vault: Vault,
    repo_name: str,
    record_id: str,
    field: str,
    first: object,
    second: object,
    *,
    commons: bool = False,
    hlcs: tuple[int, int] = (EARLIER_HLC, LATER_HLC),
) -> RecordState:
    """Store the merged result of two concurrent edits in the vault; returns it (the
    state the *other* PCs hold, for merging back in tests)."""
    with vault.transaction() as (db, keyring, _principal):
        repo: SealedRecords = getattr(db.group, repo_name)
        record = repo.get(db, keyring, record_id)
        assert record is not None
        merged = concurrent(record.state, field, first, second, hlcs)
        stamp = db.next_write()
        key = keyring.commons_key if commons else keyring.group_key
        repo.store(db, key, record_id, merged, stamp.counter, **record.extra)
    return merged
