"""Attachments in bundles (issue 12): carried in full exports when asked for, never in
routine incrementals, checked against the manifest and the keyed id, re-stored through
the attachment repository. The repository here is a small fake of the protocol in
``services/sync/attachments.py`` (the real one is ``uow.group.blobs``)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from safespace_desktop.core.errors import BundleRejected, IntegrityError
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.sync import attachments
from tests.unit.sync.helpers import Replica, bundle, db_digest, new_id, put


class FakeBlobs:
    """Blob id = SHA-256 of the content here (the real store uses a keyed HMAC)."""

    def __init__(self) -> None:
        self.blobs: dict[str, tuple[str, bytes]] = {}

    def add(self, data: bytes, scope: str = "group") -> str:
        blob_id = hashlib.sha256(data).hexdigest()
        self.blobs[blob_id] = (scope, data)
        return blob_id

    def referenced(self, uow: Any, keys: Any, include_deleted: bool = False) -> dict[str, str]:
        return {blob_id: scope for blob_id, (scope, _d) in self.blobs.items()}

    def read(self, uow: Any, keys: Any, scope: Any, blob_id: str) -> Iterator[bytes]:
        yield self.blobs[blob_id][1]

    def write_verified(
        self, uow: Any, keys: Any, scope: Any, blob_id: str, pieces: Iterable[bytes]
    ) -> bool:
        data = b"".join(pieces)
        if hashlib.sha256(data).hexdigest() != blob_id:
            raise IntegrityError("blob_chunks", blob_id)
        new = blob_id not in self.blobs
        self.blobs[blob_id] = (str(scope), data)
        return new


@pytest.fixture
def stores(
    pair: tuple[Replica, Replica], monkeypatch: pytest.MonkeyPatch
) -> tuple[FakeBlobs, FakeBlobs]:
    a, b = pair
    by_replica = {a.replica_id: FakeBlobs(), b.replica_id: FakeBlobs()}
    monkeypatch.setattr(
        attachments, "blob_repository", lambda uow: by_replica[uow.vault_info().replica_id]
    )
    return by_replica[a.replica_id], by_replica[b.replica_id]


def test_a_full_export_with_attachments_carries_them(
    pair: tuple[Replica, Replica], stores: tuple[FakeBlobs, FakeBlobs]
) -> None:
    a, b = pair
    blobs_a, blobs_b = stores
    blob_id = blobs_a.add(b"a photo of the meeting room" * 100)
    put(a, new_id(), name="Alex")
    data, _ = a.sync.make_bundle(attachments=True)
    key = a.vault.keyring_for_tests().group_key.material()
    assert b"a photo of the meeting room" not in data  # encrypted in the file
    opened = container.open_bundle(data, lambda _e: key)
    assert list(opened.attachments) == [bytes.fromhex(blob_id)]
    b.sync.import_bundle(data)
    assert blobs_b.blobs[blob_id] == blobs_a.blobs[blob_id]


def test_routine_incrementals_carry_no_attachments(
    pair: tuple[Replica, Replica], stores: tuple[FakeBlobs, FakeBlobs]
) -> None:
    a, b = pair
    blobs_a, _blobs_b = stores
    blobs_a.add(b"large file")
    b.sync.import_bundle(bundle(a))
    a.sync.import_bundle(bundle(b))
    put(a, new_id(), name="one edit")
    data, _ = a.sync.make_bundle(peer=b.replica_id, full=False, attachments=True)
    key = a.vault.keyring_for_tests().group_key.material()
    assert container.open_bundle(data, lambda _e: key).attachments == {}
    assert container.open_bundle(bundle(a), lambda _e: key).attachments == {}  # default


def test_a_blob_that_does_not_match_its_id_fails_the_whole_import(
    pair: tuple[Replica, Replica], stores: tuple[FakeBlobs, FakeBlobs]
) -> None:
    a, b = pair
    blobs_a, blobs_b = stores
    blob_id = blobs_a.add(b"original")
    blobs_a.blobs[blob_id] = ("group", b"swapped content")  # damaged at the source
    put(a, new_id(), name="Alex")
    data, _ = a.sync.make_bundle(attachments=True)
    before = db_digest(b)
    with pytest.raises(BundleRejected) as refused:
        b.sync.import_bundle(data)
    assert refused.value.code == "sync_damaged"
    assert db_digest(b) == before and blobs_b.blobs == {}


def test_the_manifest_must_list_exactly_the_attachments_carried() -> None:
    entry = {
        "id": "ab" * 32,
        "scope": "group",
        "size": 3,
        "sha256": hashlib.sha256(b"abc").hexdigest(),
    }
    assert attachments.validate([entry], {bytes.fromhex("ab" * 32): b"abc"})[0].data == b"abc"
    for entries, carried in (
        ([entry], {}),  # listed, missing
        ([], {bytes.fromhex("ab" * 32): b"abc"}),  # carried, unlisted
        ([entry], {bytes.fromhex("ab" * 32): b"abd"}),  # wrong content
        ([{**entry, "scope": "journal"}], {bytes.fromhex("ab" * 32): b"abc"}),
        ([{**entry, "id": "not hex"}], {bytes.fromhex("ab" * 32): b"abc"}),
    ):
        with pytest.raises(BundleRejected):
            attachments.validate(entries, carried)
