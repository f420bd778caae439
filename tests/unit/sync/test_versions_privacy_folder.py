"""sync.md §3 D: versions, clocks, privacy and the shared folder (properties 21–25)."""

from __future__ import annotations

import functools
import random
import shutil
from pathlib import Path

import pytest

from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.core.model import JournalEntryInput, MemberDraft
from safespace_desktop.core.sync.hlc import MAX_SKEW_MS
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.sync import exporting, folder
from safespace_desktop.services.sync.payload import Manifest
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.registry import RECORD_TYPES, Channel
from tests.unit.sync.helpers import (
    PASS_A,
    Replica,
    bundle,
    db_digest,
    first_pc,
    new_id,
    put,
    send,
    state_of,
)


def test_p21_unknown_fields_survive_a_round_trip(trio: tuple[Replica, Replica, Replica]) -> None:
    a, b, c = trio
    rid = new_id()
    put(a, rid, name="Alex", field_from_a_newer_app={"nested": [1, "two"]})
    send(a, b)
    send(b, c)  # re-exported by a replica that does not know the field
    state = state_of(c, rid)
    assert state is not None
    assert state.get("field_from_a_newer_app") == {"nested": [1, "two"]}


def test_p21_a_bundle_needing_a_newer_reader_is_refused(
    pair: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    newer = functools.partial(Manifest, schema_version=2, min_reader_schema=2)
    monkeypatch.setattr(exporting, "Manifest", newer)
    data = bundle(a)
    before = db_digest(b)
    with pytest.raises(BundleRejected) as refused:
        b.sync.import_bundle(data)
    assert refused.value.code == "sync_needs_newer_app"
    assert refused.value.params == {"version": 2}
    assert db_digest(b) == before


def test_p23_clock_robustness(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    rid = new_id()
    put(a, rid, name="one")
    first = state_of(a, rid)
    a.clock.value -= 365 * 86400  # the wall clock jumps a year back
    put(a, rid, name="two")
    second = state_of(a, rid)
    assert first is not None and second is not None
    assert second.last_edited_hlc() > first.last_edited_hlc()
    path = a.vault.path
    assert path is not None
    a.vault.close()
    reopened = Vault.open_existing(path, clock=a.clock)
    reopened.unlock("robin", PASS_A)
    a.vault = reopened
    put(a, rid, name="three")
    third = state_of(a, rid)
    assert third is not None and third.last_edited_hlc() > second.last_edited_hlc()

    # A bundle stamped two days ahead of B is refused unless B overrides...
    a.clock.value = b.clock.value + 2 * 86400
    put(a, rid, name="from the future")
    data = bundle(a)
    before = db_digest(b)
    with pytest.raises(BundleRejected) as refused:
        b.sync.import_bundle(data)
    assert refused.value.code == "sync_future_clock"
    assert db_digest(b) == before
    b.sync.import_bundle(data, allow_future=True)
    now_ms = int(b.clock.now() * 1000)
    put(b, rid, name="later, on B")  # a causal edit after the override still wins
    state = state_of(b, rid)
    assert state is not None and state.get("name") == "later, on B"
    assert (state.fields["name"][0].hlc >> 16) <= now_ms + MAX_SKEW_MS
    send(b, a)
    on_a = state_of(a, rid)
    assert on_a is not None and on_a.get("name") == "later, on B"


def test_p24_privacy_no_journal_and_no_plaintext(tmp_path: Path) -> None:
    a = first_pc(tmp_path)
    try:
        MembersService(a.vault).add_member(MemberDraft(name="Marker Name 51c2", note="note 8e0f"))
        invitation = a.vault.invite_member()
        member_pass = "sam keeps a long passphrase here"
        a.vault.claim_invitation(invitation.code, "sam", member_pass, exact_handle=True)
        canaries = [f"journal canary {random.randrange(10**9)}" for _ in range(3)]
        journal = JournalService(a.vault)
        entry_ids = [journal.add(JournalEntryInput(body=c, title=c)).id for c in canaries]
        a.vault.unlock("robin", PASS_A)
        data = bundle(a)
        key = a.vault.keyring_for_tests().group_key.material()
        payload = container.open_bundle(data, lambda _e: key).records_jsonl
        for secret in (*canaries, *entry_ids):
            assert secret.encode() not in payload
        never = {r.name for r in RECORD_TYPES if r.channel is not Channel.GROUP_BUNDLE}
        for table in never:
            assert f'"t":"{table}"'.encode() not in payload
        assert b"Marker Name 51c2" in payload  # synced data is inside, decrypted...
        for secret in (b"Marker Name 51c2", b"note 8e0f", *[c.encode() for c in canaries]):
            assert secret not in data  # ...but never readable in the file itself
    finally:
        a.vault.close()


def test_p25_shared_folder_scan(trio: tuple[Replica, Replica, Replica], tmp_path: Path) -> None:
    a, b, c = trio
    shared = tmp_path / "Sync"
    put(a, new_id(), name="from A")
    put(c, new_id(), name="from C")
    from_a = folder.export_to_folder(a.vault, shared)
    from_c = folder.export_to_folder(c.vault, shared)
    # A sync engine's leftovers and copies next to the real files:
    conflict_copy = from_a.path.with_name(
        from_a.path.stem + ".sync-conflict-20260101-120000-ABCDEFG.ssbundle"
    )
    shutil.copyfile(from_a.path, conflict_copy)
    (from_a.path.parent / ".syncthing.00000009.ssbundle.tmp").write_bytes(b"partial")
    (from_c.path.parent / "~syncthing~00000009.ssbundle.tmp").write_bytes(b"partial")
    (from_c.path.parent / "00000010.ssbundle.part").write_bytes(b"partial")
    other = first_pc(tmp_path / "elsewhere", name="X")
    try:
        foreign = folder.export_to_folder(other.vault, shared)
    finally:
        other.vault.close()
    misplaced = from_c.path.parent / "99999999.ssbundle"
    shutil.copyfile(foreign.path, misplaced)

    report = folder.import_folder(b.vault, shared)
    assert sorted(report.imported) == sorted([from_a.path, from_c.path])
    assert conflict_copy in report.unchanged  # imported once, the copy changes nothing
    assert foreign.path in report.foreign and misplaced in report.foreign
    assert report.refused == []
    again = folder.import_folder(b.vault, shared)
    assert again.imported == []
    names = {p.name for p in folder.scan_folder(shared, b.vault.group_id).skipped}
    assert names == {
        ".syncthing.00000009.ssbundle.tmp",
        "~syncthing~00000009.ssbundle.tmp",
        "00000010.ssbundle.part",
    }


def test_folder_mode_refuses_the_folder_holding_the_vault(pair: tuple[Replica, Replica]) -> None:
    from safespace_desktop.core.errors import ValidationError

    a, _b = pair
    assert a.vault.path is not None
    with pytest.raises(ValidationError):
        folder.export_to_folder(a.vault, a.vault.path.parent.parent)


def test_p21_unknown_record_types_are_kept_and_passed_on_unchanged(
    trio: tuple[Replica, Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    from safespace_desktop.core.sync.record import RecordState
    from safespace_desktop.services.sync.payload import BundleRecord

    a, b, c = trio
    future = RecordState()
    future.write({"title": "from a newer version", "nested": {"x": [1]}}, a.replica_id, 10**6, 7)
    line = BundleRecord("meeting_minutes_v9", new_id(), {"meeting_id": None}, future)
    real = exporting.collect_records

    def with_future(uow, keys, base):  # type: ignore[no-untyped-def]
        records, damaged = real(uow, keys, base)
        return [*records, line], damaged

    monkeypatch.setattr(exporting, "collect_records", with_future)
    from_a = bundle(a)
    monkeypatch.setattr(exporting, "collect_records", real)
    preview = b.sync.preview(from_a)
    assert preview.kept_for_newer_version == 1 and preview.changes == []
    assert b.sync.import_bundle(from_a).applied
    c.sync.import_bundle(bundle(b))  # passed on by a PC that does not know the type
    key = c.vault.keyring_for_tests().group_key.material()
    carried = container.open_bundle(bundle(c), lambda _e: key).records_jsonl
    assert line.line() in carried.split(b"\n")  # byte for byte
    before = db_digest(c)
    c.sync.import_bundle(bundle(b))
    assert db_digest(c) == before


def test_a_bundle_carrying_journal_records_is_refused(
    pair: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    from safespace_desktop.core.sync.record import RecordState
    from safespace_desktop.services.sync.payload import BundleRecord

    a, b = pair
    state = RecordState()
    state.write({"entry": "smuggled"}, a.replica_id, 10**6, 7)
    smuggled = BundleRecord("journal_entries", new_id(), {}, state)
    real = exporting.collect_records
    monkeypatch.setattr(
        exporting,
        "collect_records",
        lambda uow, keys, base: ([*real(uow, keys, base)[0], smuggled], 0),
    )
    data = bundle(a)
    before = db_digest(b)
    with pytest.raises(BundleRejected) as refused:
        b.sync.import_bundle(data)
    assert refused.value.code == "sync_malformed"
    assert db_digest(b) == before
