"""Import as a facilitator lives it: preview writes nothing, one log entry per import,
undo only while nothing changed since, snapshots as sealed as the vault, and no key
material in any bundle."""

from __future__ import annotations

import pytest

from safespace_desktop.core.errors import NotFound
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.sync.service import SNAPSHOT_DIR
from tests.unit.sync.helpers import Replica, bundle, db_digest, new_id, put


def test_preview_writes_nothing_and_each_import_is_logged(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    put(a, new_id(), name="Alex")
    data = bundle(a)
    before = db_digest(b)
    preview = b.sync.preview(data)
    assert preview.total("new") == 1 and db_digest(b) == before
    b.sync.import_bundle(data)
    b.sync.import_bundle(data)  # the same file again: no second entry
    put(a, new_id(), name="Bea")
    b.sync.import_bundle(bundle(a))
    log = b.sync.import_log()
    assert [row.summary["new"] for row in log] == [1, 1]
    assert all(row.sender_replica == a.replica_id for row in log)


def test_undo_only_while_nothing_changed_since(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    put(a, new_id(), name="Alex")
    b.sync.import_bundle(bundle(a))
    assert b.sync.can_undo() is not None
    MembersService(b.vault).add_member(MemberDraft(name="typed on B afterwards"))
    assert b.sync.can_undo() is None
    with pytest.raises(NotFound) as refused:
        b.sync.undo_last_import()
    assert refused.value.code == "sync_nothing_to_undo"
    assert len(MembersService(b.vault).list_members()) == 2


def test_snapshots_are_as_sealed_as_the_vault(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    MembersService(b.vault).add_member(MemberDraft(name="Snapshot Marker 77aa", note="ssh 42"))
    put(a, new_id(), name="Alex")
    b.sync.import_bundle(bundle(a))
    assert b.vault.path is not None
    snapshots = list((b.vault.path.parent / SNAPSHOT_DIR).glob("*.snapshot"))
    assert len(snapshots) == 1
    raw = snapshots[0].read_bytes()
    assert b"Snapshot Marker 77aa" not in raw and b"ssh 42" not in raw
    assert oct(snapshots[0].stat().st_mode & 0o777) == "0o600"


def test_no_key_material_ever_enters_a_bundle(pair: tuple[Replica, Replica]) -> None:
    a, _b = pair
    keys = a.vault.keyring_for_tests()
    with a.vault.transaction() as (uow, k, _p):
        seed = uow.sync.local_device_key(k, uow.vault_info().replica_id)
    assert seed is not None
    secrets = [key.material() for key in keys.all_keys()] + [seed]
    data = bundle(a)
    payload = container.open_bundle(data, lambda _e: keys.group_key.material())
    content = payload.manifest + payload.records_jsonl
    for secret in secrets:
        assert secret not in content and secret.hex().encode() not in content
        assert secret not in data
    assert b'"t":"sync_local_device"' not in content
