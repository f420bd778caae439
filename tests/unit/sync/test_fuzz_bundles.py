"""Fuzzed bundles (issue 12): every mutation gives a typed ``BundleRejected`` (or, for a
mutation that changes nothing, the same result) and never a write.

The regular suite runs 10,000 container mutations of a small bundle (each parse stops
at the first failure, so this stays fast) and 1,000 re-signed content mutations; set
``SAFESPACE_FUZZ_LONG=1`` for a longer profile.
"""

from __future__ import annotations

import json
import os
import random

from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.sync.payload import parse_manifest, parse_records
from tests.unit.sync.helpers import Replica, bundle, db_digest, new_id, put

LONG = os.environ.get("SAFESPACE_FUZZ_LONG") == "1"
CONTAINER_MUTATIONS = 200_000 if LONG else 10_000
CONTENT_MUTATIONS = 20_000 if LONG else 1_000
KNOWN = {"members", "facilitators", "group_settings", "sync_devices"}


def _mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    kind = rng.randrange(6)
    if kind == 0:  # flip bits
        for _ in range(rng.randint(1, 4)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    elif kind == 1:  # truncate
        del out[rng.randrange(len(out)) :]
    elif kind == 2:  # insert
        pos = rng.randrange(len(out) + 1)
        out[pos:pos] = rng.randbytes(rng.randint(1, 40))
    elif kind == 3:  # delete a run
        pos = rng.randrange(len(out))
        del out[pos : pos + rng.randint(1, 40)]
    elif kind == 4:  # overwrite a run
        pos = rng.randrange(len(out))
        run = rng.randbytes(rng.randint(1, 16))
        out[pos : pos + len(run)] = run
    else:  # append
        out += rng.randbytes(rng.randint(1, 40))
    return bytes(out)


def _read_fully(data: bytes, key: bytes, public: bytes) -> None:
    opened = container.open_bundle(data, lambda epoch: key if epoch == 0 else None)
    opened.verify_signature(public)
    manifest = parse_manifest(opened.manifest)
    parse_records(opened.records_jsonl, manifest, KNOWN)


def _keys(replica: Replica) -> tuple[bytes, bytes]:
    key = replica.vault.keyring_for_tests().group_key.material()
    return key, replica.sync.this_device().public_key


def test_container_mutations_are_all_refused_with_a_typed_error(
    pair: tuple[Replica, Replica],
) -> None:
    a, b = pair
    put(a, new_id(), name="Alex", note="fuzz me")
    data = bundle(a)
    key, public = _keys(a)
    _read_fully(data, key, public)
    rng = random.Random(1207)
    accepted = 0
    for _ in range(CONTAINER_MUTATIONS):
        mutated = _mutate(rng, data)
        try:
            _read_fully(mutated, key, public)
        except BundleRejected:
            continue
        accepted += 1
        assert mutated == data  # only a mutation that changed nothing may pass
    # A sample goes through the whole import service: refused, nothing written.
    before = db_digest(b)
    for _ in range(150):
        mutated = _mutate(rng, data)
        if mutated == data:
            continue
        try:
            b.sync.import_bundle(mutated)
        except BundleRejected:
            continue
        raise AssertionError("a mutated bundle was imported")
    assert db_digest(b) == before
    assert accepted <= CONTAINER_MUTATIONS // 100


def _reseal(original: bytes, manifest: bytes, records: bytes, key: bytes, signer: object) -> bytes:
    header = container.BundleHeader.decode(original)
    return container.seal_bundle(header, key, signer, manifest, records, [])  # type: ignore[arg-type]


def test_signed_content_mutations_are_validated_before_any_write(
    pair: tuple[Replica, Replica],
) -> None:
    """Even a bundle signed by an enrolled device is validated field by field."""
    a, b = pair
    put(a, new_id(), name="Alex", note="fuzz me")
    data = bundle(a)
    key, _public = _keys(a)
    opened = container.open_bundle(data, lambda _e: key)
    with a.vault.transaction() as (uow, keys, _p):
        from safespace_desktop.services.sync.devices import ensure_this_device

        signer = ensure_this_device(uow, keys)
    rng = random.Random(4242)
    before = db_digest(b)
    refused = 0
    for i in range(CONTENT_MUTATIONS):
        manifest, records = opened.manifest, opened.records_jsonl
        if i % 2:
            manifest = _mutate(rng, manifest)
        else:
            records = _mutate(rng, records)
            fixed = json.loads(manifest)
            import hashlib

            fixed["records"]["sha256"] = hashlib.sha256(records).hexdigest()
            manifest = json.dumps(fixed, sort_keys=True, separators=(",", ":")).encode()
        mutated = _reseal(data, manifest, records, key, signer)
        try:
            with b.vault.transaction() as (uow, keys, _p):
                from safespace_desktop.services.sync.importing import verify_bundle

                verify_bundle(uow, keys, mutated, now_ms=int(b.clock.now() * 1000))
        except BundleRejected:
            refused += 1
    assert db_digest(b) == before
    assert refused > CONTENT_MUTATIONS // 2
