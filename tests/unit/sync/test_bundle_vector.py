"""The bundle format's test vector and golden files (docs/bundle-format.md; sync.md
properties 22 and "Long Now"): an independent ~50-line reader written from the
specification decodes the vector; the writer reproduces it byte for byte; the golden
join kit of format 1 still makes a working vault."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import struct
import uuid
import zlib
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safespace_desktop.crypto import bundle as container
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.sync.joinkit import join_from_kit

V1 = Path(__file__).parents[2] / "fixtures" / "bundles" / "v1"
_spec = importlib.util.spec_from_file_location("make_vector", V1 / "make_vector.py")
assert _spec is not None and _spec.loader is not None
make_vector = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_vector)


def reference_read(data: bytes, group_key: bytes, public_key: bytes) -> dict[str, object]:
    """Read a bundle from the specification alone (no project code)."""
    fields = struct.unpack_from(">8sH16sI16s16sQ16s", data)
    magic, version, group, epoch, bundle_id, sender, hlc, salt = fields
    assert magic == b"SSBUNDLE" and version == 1
    header = data[:86]
    salt = hashlib.sha256(header).digest()
    info = b"safespace-bundle/v1/payload"
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(group_key)
    aead, stream, content, index = ChaCha20Poly1305(key), data[86:], b"", 0
    while stream:
        chunk, stream = stream[: 65536 + 16], stream[65536 + 16 :]
        nonce = index.to_bytes(11, "big") + (b"\x01" if not stream else b"\x00")
        content += aead.decrypt(nonce, chunk, None)
        index += 1
    sections, offset = [], 0
    while offset < len(content):
        tag, length = struct.unpack_from(">cQ", content, offset)
        sections.append((tag, offset, content[offset + 9 : offset + 9 + length]))
        offset += 9 + length
    tag, start, signature = sections[-1]
    assert tag == b"S"
    signed = (
        b"safespace-bundle/v1/signature"
        + hashlib.sha256(header).digest()
        + hashlib.sha256(content[:start]).digest()
    )
    Ed25519PublicKey.from_public_bytes(public_key).verify(signature, signed)
    records = zlib.decompress(sections[1][2])
    return {
        "group_id": str(uuid.UUID(bytes=group)),
        "epoch": epoch,
        "bundle_id": str(uuid.UUID(bytes=bundle_id)),
        "sender": str(uuid.UUID(bytes=sender)),
        "hlc": hlc,
        "manifest": json.loads(sections[0][2]),
        "records": [json.loads(line) for line in records.splitlines()],
        "attachments": {b[:32].hex(): b[32:].hex() for t, _o, b in sections if t == b"A"},
    }


def test_the_reference_reader_decodes_the_test_vector() -> None:
    data = (V1 / "vector.ssbundle").read_bytes()
    expected = json.loads((V1 / "vector.json").read_text())
    inputs = expected["inputs"]
    assert hashlib.sha256(data).hexdigest() == expected["file_sha256"]
    read = reference_read(
        data, bytes.fromhex(inputs["group_key"]), bytes.fromhex(expected["device_public_key"])
    )
    assert read["group_id"] == inputs["group_id"] and read["bundle_id"] == inputs["bundle_id"]
    assert read["sender"] == inputs["sender_replica"] and read["epoch"] == inputs["key_epoch"]
    assert read["hlc"] == inputs["created_hlc"]
    assert read["manifest"] == expected["manifest"]
    assert read["records"] == expected["records"]
    assert read["attachments"] == expected["attachments"]


def test_the_writer_reproduces_the_vector_byte_for_byte() -> None:
    data, expected = make_vector.build()
    assert data == (V1 / "vector.ssbundle").read_bytes()
    opened = container.open_bundle(data, lambda _e: bytes.fromhex(expected["inputs"]["group_key"]))  # type: ignore[index]
    opened.verify_signature(bytes.fromhex(str(expected["device_public_key"])))


def test_p22_the_golden_join_kit_of_format_1_still_joins(tmp_path: Path) -> None:
    expected = json.loads((V1 / "golden_expected.json").read_text())
    vault, _account = join_from_kit(
        tmp_path / "joined.ssvault",
        (V1 / "golden.ssjoin").read_bytes(),
        handle="newcomer",
        secret="golden kit passphrase for tests",
        params=FAST_TEST_PROFILE,
    )
    try:
        names = sorted(m.name for m in MembersService(vault).list_members(include_archived=True))
        assert names == expected["member_names"]
        assert vault.settings().group_name == expected["group_name"]
    finally:
        vault.close()
