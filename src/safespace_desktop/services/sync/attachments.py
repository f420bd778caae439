"""Attachments in bundles: content-addressed blobs, optional, never in routine incrementals.

Sync reads and writes blobs only through the attachment repository that the
attachments work provides as ``uow.group.blobs`` (``storage/blobs.py``, documented in
ATTACH_READY.md). ``BlobRepository`` below is the part of it sync relies on; without
one (a vault built before attachments existed) bundles simply carry no attachments.
Blob ids are keyed hashes (HMAC under a key derived from the scope key), so the same
content has the same id on every PC of the group and reveals nothing by itself.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from safespace_desktop.core.errors import BundleRejected, IntegrityError
from safespace_desktop.crypto import bundle as container
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.unit_of_work import UnitOfWork

_BLOB_ID = re.compile(r"^[0-9a-f]{64}$")
SCOPES = ("group", "commons")


class BlobRepository(Protocol):
    def referenced(
        self, uow: UnitOfWork, keys: KeyRing, include_deleted: bool = False
    ) -> dict[str, Any]: ...

    def read(self, uow: UnitOfWork, keys: KeyRing, scope: Any, blob_id: str) -> Iterator[bytes]: ...

    def write_verified(
        self, uow: UnitOfWork, keys: KeyRing, scope: Any, blob_id: str, pieces: Iterable[bytes]
    ) -> bool: ...


def blob_repository(uow: UnitOfWork) -> BlobRepository | None:
    """The vault's attachment repository, if this build has one."""
    return getattr(uow.group, "blobs", None)


@dataclass(frozen=True)
class CarriedBlob:
    blob_id: str
    scope: str
    data: bytes


def collect_blobs(uow: UnitOfWork, keys: KeyRing) -> tuple[list[CarriedBlob], int]:
    """Every referenced blob this PC holds intact; returns (blobs, damaged ones left out)."""
    repository = blob_repository(uow)
    if repository is None:
        return [], 0
    out: list[CarriedBlob] = []
    damaged = 0
    for blob_id, scope in sorted(repository.referenced(uow, keys).items()):
        try:
            data = b"".join(repository.read(uow, keys, scope, blob_id))
        except (IntegrityError, LookupError):
            damaged += 1  # damaged or not here: never shipped as valid
            continue
        out.append(CarriedBlob(blob_id, str(scope), data))
    return out, damaged


def manifest_entries(blobs: list[CarriedBlob]) -> list[dict[str, Any]]:
    return [
        {
            "id": b.blob_id,
            "scope": b.scope,
            "size": len(b.data),
            "sha256": hashlib.sha256(b.data).hexdigest(),
        }
        for b in blobs
    ]


def sections(blobs: list[CarriedBlob]) -> list[tuple[bytes, bytes]]:
    return [(bytes.fromhex(b.blob_id), b.data) for b in blobs]


def validate(entries: list[dict[str, Any]], carried: dict[bytes, bytes]) -> list[CarriedBlob]:
    """Every attachment the manifest lists, present and intact; nothing unlisted."""
    out: list[CarriedBlob] = []
    listed: set[bytes] = set()
    for entry in entries:
        blob_id, scope = entry.get("id"), entry.get("scope")
        if not isinstance(blob_id, str) or not _BLOB_ID.match(blob_id) or scope not in SCOPES:
            raise BundleRejected("sync_malformed", part="attachment")
        raw_id = bytes.fromhex(blob_id)
        data = carried.get(raw_id)
        if data is None or raw_id in listed:
            raise BundleRejected("sync_damaged")
        if len(data) != entry.get("size") or hashlib.sha256(data).hexdigest() != entry.get(
            "sha256"
        ):
            raise BundleRejected("sync_damaged")
        listed.add(raw_id)
        out.append(CarriedBlob(blob_id, str(scope), data))
    if set(carried) != listed or any(len(k) != container.BLOB_ID_BYTES for k in carried):
        raise BundleRejected("sync_damaged")
    return out


def store_blobs(uow: UnitOfWork, keys: KeyRing, blobs: list[CarriedBlob]) -> int:
    """Store carried blobs, re-sealed under this vault's keys; returns how many were new.

    A blob whose content does not match its keyed id fails the whole import (the
    transaction is rolled back by the caller)."""
    if not blobs:
        return 0
    repository = blob_repository(uow)
    if repository is None:
        return 0  # this build keeps no attachments; the records still arrive
    stored = 0
    for blob in blobs:
        try:
            if repository.write_verified(uow, keys, blob.scope, blob.blob_id, [blob.data]):
                stored += 1
        except IntegrityError:
            raise BundleRejected("sync_damaged") from None
    return stored
