"""The sync bundle container: authenticated header, chunked AEAD stream, signature.

Specification: ``docs/bundle-format.md`` (this module is the reference writer and
reader). In short, all integers big-endian::

    header  = b"SSBUNDLE" | format u16 | group id (16) | key epoch u32
              | bundle id (16) | sender replica (16) | created hlc u64 | salt (16)
    stream  = chunk*           each = ChaCha20-Poly1305(payload key, nonce, ≤64 KiB)
              nonce   = chunk index (11 bytes) | final flag (0x00 / 0x01)
              payload key = HKDF-SHA256(ikm = group key of the epoch,
                                        salt = SHA-256(header), info = b"safespace-bundle/v1/payload")
    content = section* ; section = tag (1 ASCII byte) | length u64 | body
              "M" manifest (canonical JSON), "R" records (zlib JSON lines),
              "A" attachment (32-byte blob id | bytes) ..., "S" signature (64 bytes, last)
    signature = Ed25519(device key, b"safespace-bundle/v1/signature"
                        | SHA-256(header) | SHA-256(content before the "S" section))

Every failure raises ``BundleRejected(code)`` with a specific code; nothing here
touches a database.
"""

from __future__ import annotations

import hashlib
import struct
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safespace_desktop.core.errors import BundleRejected

MAGIC = b"SSBUNDLE"
FORMAT_VERSION = 1
CHUNK_BYTES = 64 * 1024
TAG_BYTES = 16
SALT_BYTES = 16
_HEADER = struct.Struct(">8sH16sI16s16sQ16s")
HEADER_BYTES = _HEADER.size
PAYLOAD_INFO = b"safespace-bundle/v1/payload"
SIGNATURE_LABEL = b"safespace-bundle/v1/signature"
SIGNATURE_BYTES = 64
BLOB_ID_BYTES = 32
MAX_BUNDLE_BYTES = 4 * 1024**3
MAX_RECORDS_BYTES = 512 * 1024**2  # decompressed cap (a zip-bomb guard)
_SECTION = struct.Struct(">cQ")
SECTION_MANIFEST = b"M"
SECTION_RECORDS = b"R"
SECTION_ATTACHMENT = b"A"
SECTION_SIGNATURE = b"S"


@dataclass(frozen=True)
class BundleHeader:
    group_id: str
    key_epoch: int
    bundle_id: str
    sender_replica: str
    created_hlc: int
    salt: bytes
    format_version: int = FORMAT_VERSION

    def encode(self) -> bytes:
        return _HEADER.pack(
            MAGIC,
            self.format_version,
            uuid.UUID(self.group_id).bytes,
            self.key_epoch,
            uuid.UUID(self.bundle_id).bytes,
            uuid.UUID(self.sender_replica).bytes,
            self.created_hlc,
            self.salt,
        )

    @classmethod
    def decode(cls, data: bytes) -> BundleHeader:
        if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
            raise BundleRejected("sync_not_a_bundle")
        if len(data) < HEADER_BYTES:
            raise BundleRejected("sync_truncated")
        magic, version, group, epoch, bundle, sender, hlc, salt = _HEADER.unpack_from(data)
        if version != FORMAT_VERSION:
            raise BundleRejected("sync_newer_format", version=version)
        return cls(
            group_id=str(uuid.UUID(bytes=group)),
            key_epoch=epoch,
            bundle_id=str(uuid.UUID(bytes=bundle)),
            sender_replica=str(uuid.UUID(bytes=sender)),
            created_hlc=hlc,
            salt=salt,
            format_version=version,
        )


def payload_key(group_key: bytes, header_bytes: bytes) -> bytes:
    """HKDF-SHA256 of the group key, salted with the digest of the whole header (which
    holds a fresh random salt), so every header byte is bound and every bundle has its
    own key."""
    salt = hashlib.sha256(header_bytes).digest()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=PAYLOAD_INFO).derive(
        group_key
    )


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def encrypt_stream(key: bytes, plaintext: bytes) -> Iterator[bytes]:
    """The chunked stream: full 64 KiB chunks, then one final (possibly short) chunk."""
    aead = ChaCha20Poly1305(key)
    count = max(1, -(-len(plaintext) // CHUNK_BYTES))
    for index in range(count):
        chunk = plaintext[index * CHUNK_BYTES : (index + 1) * CHUNK_BYTES]
        yield aead.encrypt(_nonce(index, index == count - 1), chunk, None)


def decrypt_stream(key: bytes, ciphertext: memoryview) -> bytes:
    """Open every chunk in order; the last one in the file must carry the final flag."""
    aead = ChaCha20Poly1305(key)
    size = CHUNK_BYTES + TAG_BYTES
    out = bytearray()
    offset, index = 0, 0
    total = len(ciphertext)
    if total < TAG_BYTES:
        raise BundleRejected("sync_truncated")
    while offset < total:
        chunk = bytes(ciphertext[offset : offset + size])
        final = offset + size >= total
        if len(chunk) < TAG_BYTES:
            raise BundleRejected("sync_truncated")
        try:
            out += aead.decrypt(_nonce(index, final), chunk, None)
        except InvalidTag:
            if final and len(chunk) == size:
                # A full-size chunk at the end without the final flag: cut after it?
                try:
                    aead.decrypt(_nonce(index, False), chunk, None)
                except InvalidTag:
                    raise BundleRejected("sync_damaged") from None
                raise BundleRejected("sync_truncated") from None
            raise BundleRejected("sync_damaged") from None
        offset += size
        index += 1
    return bytes(out)


def section(tag: bytes, body: bytes) -> bytes:
    return _SECTION.pack(tag, len(body)) + body


def signed_digest(header_bytes: bytes, content_before_signature: bytes) -> bytes:
    return (
        SIGNATURE_LABEL
        + hashlib.sha256(header_bytes).digest()
        + hashlib.sha256(content_before_signature).digest()
    )


def seal_bundle(
    header: BundleHeader,
    group_key: bytes,
    signer: Ed25519PrivateKey,
    manifest: bytes,
    records_jsonl: bytes,
    attachments: list[tuple[bytes, bytes]],
) -> bytes:
    """The whole bundle file as bytes (records compressed with zlib)."""
    return seal_compressed_bundle(
        header, group_key, signer, manifest, zlib.compress(records_jsonl, 6), attachments
    )


def seal_compressed_bundle(
    header: BundleHeader,
    group_key: bytes,
    signer: Ed25519PrivateKey,
    manifest: bytes,
    records_zlib: bytes,
    attachments: list[tuple[bytes, bytes]],
) -> bytes:
    """``seal_bundle`` for records the caller compressed already (zlib, RFC 1950)."""
    header_bytes = header.encode()
    body = bytearray(section(SECTION_MANIFEST, manifest))
    body += section(SECTION_RECORDS, records_zlib)
    for blob_id, data in attachments:
        if len(blob_id) != BLOB_ID_BYTES:
            raise ValueError("blob ids are 32 bytes")
        body += section(SECTION_ATTACHMENT, blob_id + data)
    signature = signer.sign(signed_digest(header_bytes, bytes(body)))
    body += section(SECTION_SIGNATURE, signature)
    key = payload_key(group_key, header_bytes)
    return header_bytes + b"".join(encrypt_stream(key, bytes(body)))


@dataclass(frozen=True)
class OpenedBundle:
    """A decrypted bundle whose signature is not yet checked (``verify_signature``)."""

    header: BundleHeader
    header_bytes: bytes
    manifest: bytes
    records_jsonl: bytes
    attachments: dict[bytes, bytes]
    signature: bytes
    signed: bytes

    def verify_signature(self, public_key: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(self.signature, self.signed)
        except (InvalidSignature, ValueError):
            raise BundleRejected("sync_bad_signature") from None


def read_header(data: bytes) -> BundleHeader:
    return BundleHeader.decode(data)


def open_bundle(
    data: bytes, key_for_epoch: Callable[[int], bytes | None], *, inflate: bool = True
) -> OpenedBundle:
    """Decrypt and split a bundle; every problem is a ``BundleRejected``.

    ``inflate=False`` leaves ``records_jsonl`` compressed, for a reader that inflates
    it piece by piece (``inflate_pieces``) instead of holding it whole."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected("sync_too_large")
    header = BundleHeader.decode(data)
    header_bytes = data[:HEADER_BYTES]
    group_key = key_for_epoch(header.key_epoch)
    if group_key is None:
        raise BundleRejected("sync_unknown_key_epoch", epoch=header.key_epoch)
    key = payload_key(group_key, header_bytes)
    content = decrypt_stream(key, memoryview(data)[HEADER_BYTES:])
    return _split(header, header_bytes, content, inflate)


def _split(
    header: BundleHeader, header_bytes: bytes, content: bytes, inflate: bool = True
) -> OpenedBundle:
    offset = 0
    manifest: bytes | None = None
    records: bytes | None = None
    attachments: dict[bytes, bytes] = {}
    while offset < len(content):
        if offset + _SECTION.size > len(content):
            raise BundleRejected("sync_damaged")
        tag, length = _SECTION.unpack_from(content, offset)
        start = offset + _SECTION.size
        end = start + length
        if end > len(content):
            raise BundleRejected("sync_damaged")
        body = content[start:end]
        if tag == SECTION_MANIFEST and manifest is None and offset == 0:
            manifest = body
        elif tag == SECTION_RECORDS and manifest is not None and records is None:
            records = _inflate(body) if inflate else body
        elif tag == SECTION_ATTACHMENT and records is not None and length >= BLOB_ID_BYTES:
            attachments[body[:BLOB_ID_BYTES]] = body[BLOB_ID_BYTES:]
        elif tag == SECTION_SIGNATURE and records is not None:
            if end != len(content) or length != SIGNATURE_BYTES:
                raise BundleRejected("sync_damaged")
            signed = signed_digest(header_bytes, content[:offset])
            return OpenedBundle(
                header, header_bytes, manifest or b"", records, attachments, body, signed
            )
        else:
            raise BundleRejected("sync_damaged")
        offset = end
    raise BundleRejected("sync_unsigned")


def _inflate(body: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(body, MAX_RECORDS_BYTES)
    except zlib.error:
        raise BundleRejected("sync_damaged") from None
    if inflater.unconsumed_tail:
        raise BundleRejected("sync_too_large")
    if not inflater.eof or inflater.unused_data:
        raise BundleRejected("sync_damaged")
    return out


INFLATE_PIECE = 1 << 20


def inflate_pieces(body: bytes) -> Iterator[bytes]:
    """``_inflate`` a piece of about 1 MiB at a time, with the same cap and checks
    (raised when the iteration reaches the problem)."""
    inflater = zlib.decompressobj()
    total = 0
    pending = body
    try:
        while True:
            piece = inflater.decompress(pending, INFLATE_PIECE)
            pending = inflater.unconsumed_tail
            total += len(piece)
            if total > MAX_RECORDS_BYTES:
                raise BundleRejected("sync_too_large")
            if piece:
                yield piece
            if not pending and (inflater.eof or not piece):
                break
    except zlib.error:
        raise BundleRejected("sync_damaged") from None
    if not inflater.eof or inflater.unused_data:
        raise BundleRejected("sync_damaged")
