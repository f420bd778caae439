"""A join kit's bundle into a brand-new, empty vault, streamed (issue 12, join at M).

A join has nothing to merge: every record is new, so the merge machinery (reading
local copies, ``RecordState``, the preview) is skipped and the records are validated
and inserted 2,000 at a time, each slice's objects dropped before the next one (memory
stays flat however big the kit is).

What is checked, and when. Before the first row is written: the container (every
chunk's AEAD tag under the group-key-derived key, the header bound into it), the
manifest against the header, the records' SHA-256 against the manifest, the sender's
device record (found and parsed on its own) and the Ed25519 signature over everything,
the clock gate and the attachments. Then each line is validated exactly as
``payload.parse_records`` validates it (shape, canonical id, type allowed, no
duplicate, causal sanity of the state, HLC within the manifest's bound) just before
its slice is sealed and inserted, all inside the join's one transaction. That is
equivalent to validating everything first because the vault is new: on any failure the
transaction rolls back and ``join_from_kit`` removes the vault files, so a bad kit
leaves nothing behind, and a killed process leaves no vault row (the vault opens as
"not a SafeSpace vault"), never half a group.

Nothing is decrypted and re-sealed twice: a line's state JSON is checked where it lies
in the line and sealed as it is (``SealedRecords.insert_encoded``), under this vault's
associated data (table, scope, id, key id, revision 1, flags, plaintext columns).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.core.sync.record import (
    DELETED_FIELD,
    REDACTED_FIELD,
    RecordState,
    apply_redaction,
)
from safespace_desktop.crypto import bundle as container
from safespace_desktop.services.sync.attachments import store_blobs
from safespace_desktop.services.sync.attachments import validate as validate_blobs
from safespace_desktop.services.sync.importing import foreign_row_id, record_sender_knowledge
from safespace_desktop.services.sync.keys import key_for_epoch, scope_key
from safespace_desktop.services.sync.payload import (
    CANONICAL_UUID,
    FUTURE_LIMIT_MS,
    MAX_LINE_BYTES,
    TYPE_NAME,
    canonical,
    parse_line,
    parse_manifest,
    strict_state,
)
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import BULK_ROWS, EncodedRow
from safespace_desktop.storage.registry import RECORD_TYPES
from safespace_desktop.storage.sync_store import (
    BundleFamily,
    build_conflict_flags,
    bundle_families,
    defer_foreign_keys,
)
from safespace_desktop.storage.unit_of_work import UnitOfWork

_DEVICES = "sync_devices"
_DECODER_HEAD = '{"c":'


@dataclass
class JoinedBundle:
    """What the streamed join wrote: the types that came and how many records."""

    types: set[str] = field(default_factory=set)
    count: int = 0


@dataclass
class _Pending:
    family: BundleFamily
    rows: list[EncodedRow] = field(default_factory=list)
    portable: tuple[str | None, ...] = ()
    """Per plaintext column of the table: its name if a bundle carries it, else None."""
    ids: list[str] = field(default_factory=list)


def join_empty_vault(uow: UnitOfWork, keys: KeyRing, data: bytes, *, now_ms: int) -> JoinedBundle:
    """Verify a join kit's bundle and write every record into this empty vault."""
    info = uow.vault_info()
    header = container.read_header(data)
    if header.group_id != info.group_id:
        raise BundleRejected("sync_other_group")
    opened = container.open_bundle(data, lambda epoch: _material(keys, epoch), inflate=False)
    manifest = parse_manifest(opened.manifest)
    if (
        manifest.bundle_id != header.bundle_id
        or manifest.group_id != header.group_id
        or manifest.sender_replica != header.sender_replica
        or manifest.created_hlc != header.created_hlc
    ):
        raise BundleRejected("sync_damaged")
    if header.sender_replica == info.replica_id:
        raise BundleRejected("sync_copy_of_this_pc")
    compressed = opened.records_jsonl  # inflated piece by piece, twice: never whole
    _verify_records(opened, compressed, manifest.records_sha256, manifest.sender_device)
    if (manifest.max_hlc >> 16) > now_ms + FUTURE_LIMIT_MS:
        raise BundleRejected("sync_future_clock")
    blobs = validate_blobs(manifest.attachments, opened.attachments)
    families = {f.record_type.name: f for f in bundle_families(info.group_id)}
    never = {r.name for r in RECORD_TYPES} - set(families)
    defer_foreign_keys(uow)
    result = _write_lines(uow, keys, compressed, families, never, manifest.max_hlc)
    if result.count != manifest.record_count:
        raise BundleRejected("sync_damaged")
    store_blobs(uow, keys, blobs)
    record_sender_knowledge(uow, manifest)
    # Every record of this new vault went through ``insert_encoded``, which flagged
    # each one holding siblings: the inbox's flags are complete from the start.
    build_conflict_flags(uow, {})
    return result


def _material(keys: KeyRing, epoch: int) -> bytes | None:
    key = key_for_epoch(keys, epoch)
    return None if key is None else key.material()


def _lines(compressed: bytes) -> Iterator[bytes]:
    """The records section's lines, inflated about 1 MiB at a time."""
    rest = b""
    for piece in container.inflate_pieces(compressed):
        lines = (rest + piece).split(b"\n")
        rest = lines.pop()
        if len(rest) > MAX_LINE_BYTES:
            raise BundleRejected("sync_malformed", part="record")
        yield from (line for line in lines if line)
    if rest:
        yield rest


def _verify_records(
    opened: container.OpenedBundle, compressed: bytes, sha256: str, sender_device: str
) -> None:
    """First pass, before anything is written: the records' digest, and the kit's
    signature by the device it carries (the kit maker's), whose line is parsed on
    its own here."""
    digest = hashlib.sha256()
    needle = f'"id":"{sender_device}","s":'.encode()
    public: bytes | None = None
    for line in _lines(compressed):
        digest.update(line)
        digest.update(b"\n")
        if public is None and needle in line and len(line) <= MAX_LINE_BYTES:
            record = parse_line(line, set())
            if record.type == _DEVICES and record.id == sender_device:
                value = record.state.get("public_key")
                try:
                    public = bytes.fromhex(value) if isinstance(value, str) else None
                except ValueError:
                    public = None
    if digest.hexdigest() != sha256:
        raise BundleRejected("sync_damaged")
    if public is None:
        raise BundleRejected("sync_unknown_device")
    opened.verify_signature(public)


def _write_lines(
    uow: UnitOfWork,
    keys: KeyRing,
    compressed: bytes,
    families: dict[str, BundleFamily],
    never: set[str],
    max_hlc: int,
) -> JoinedBundle:
    result = JoinedBundle()
    seen: set[tuple[str, str]] = set()
    replicas: set[str] = set()
    pending: dict[str, _Pending] = {}
    written: dict[str, list[str]] = {}
    for line in _lines(compressed):
        if len(line) > MAX_LINE_BYTES:
            raise BundleRejected("sync_malformed", part="record")
        parsed = _split_line(line, replicas)
        if parsed is None:  # not in the exact form this version writes
            record = parse_line(line, replicas)
            kind, record_id, columns = record.type, record.id, record.columns
            state_json, stamp = record.raw, record.max_hlc
            state_text = None
            if state_json is None:
                state_json = record.state.to_json()
        else:
            kind, record_id, columns, state_json, state_text, stamp = parsed
        if not TYPE_NAME.match(kind) or kind in never:
            raise BundleRejected("sync_malformed", part="record")
        key = (kind, record_id)
        if key in seen:
            raise BundleRejected("sync_malformed", part="record")
        seen.add(key)
        if stamp > max_hlc:
            raise BundleRejected("sync_damaged")  # the manifest must declare the latest
        result.count += 1
        result.types.add(kind)
        family = families.get(kind)
        if family is None:  # a newer app's type: kept and passed on (sync.md §2.9)
            _keep_foreign(uow, keys, kind, record_id, columns, state_json)
            continue
        fields = state_json["f"]
        single = all(len(values) == 1 for values in fields.values())
        plain = single and DELETED_FIELD not in fields and REDACTED_FIELD not in fields
        if not plain or state_text is None:
            # Merging with nothing is the identity except for a redaction's rule.
            merged = apply_redaction(RecordState().merge(RecordState.from_json(state_json)))
            state_json = merged.to_json()
            state_text = canonical(state_json).decode()
            deleted = merged.deleted
        else:
            deleted = False
        slot = pending.get(kind)
        if slot is None:
            portable = tuple(
                c if c in family.columns else None for c in family.repository.extra_names
            )
            slot = pending[kind] = _Pending(family, portable=portable)
        extra = tuple(None if c is None else columns.get(c) for c in slot.portable)
        conflicting = not single and _conflicting(state_json)
        slot.rows.append(EncodedRow(record_id, state_text, deleted, extra, conflicting))
        if len(slot.rows) >= BULK_ROWS:
            _flush(uow, keys, slot, written)
    for slot in pending.values():
        _flush(uow, keys, slot, written)
    for kind, ids in written.items():
        uow.note(families[kind].record_type.kind, *ids)
    return result


def _flush(uow: UnitOfWork, keys: KeyRing, slot: _Pending, written: dict[str, list[str]]) -> None:
    if not slot.rows:
        return
    repository = slot.family.repository
    repository.insert_encoded(uow, scope_key(keys, repository.scope.kind), slot.rows)
    written.setdefault(slot.family.record_type.name, []).extend(r.id for r in slot.rows)
    slot.rows = []  # this slice's objects go now, not when the transaction commits


def _conflicting(state: dict[str, Any]) -> bool:
    return any(len(v) > 1 for name, v in state["f"].items() if not name.startswith("_"))


def _keep_foreign(
    uow: UnitOfWork,
    keys: KeyRing,
    kind: str,
    record_id: str,
    columns: Any,
    state_json: dict[str, Any],
) -> None:
    merged = apply_redaction(RecordState().merge(RecordState.from_json(state_json)))
    line = {"t": kind, "id": record_id, "c": dict(columns), "s": merged.to_json()}
    uow.sync.store_foreign_record(
        keys.group_key, foreign_row_id(uow.group_id, kind, record_id), line
    )


def _split_line(
    line: bytes, replicas: set[str]
) -> tuple[str, str, dict[str, Any], dict[str, Any], str, int] | None:
    """A line in exactly the canonical form this version writes
    (``{"c":{…},"id":"<uuid>","s":{…},"t":"<type>"}``), parsed once, with the state's
    JSON text as it lies in the line; None for any other form (the caller reads it
    with the general parser). Raises ``BundleRejected`` for what that parser refuses."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRejected("sync_malformed", part="record") from None
    if not text.startswith(_DECODER_HEAD):
        return None
    try:
        columns, at = _DECODER.raw_decode(text, len(_DECODER_HEAD))
        if type(columns) is not dict or text[at : at + 7] != ',"id":"':
            return None
        record_id = text[at + 7 : at + 43]
        if text[at + 43 : at + 49] != '","s":' or not CANONICAL_UUID.match(record_id):
            return None
        state, end = _DECODER.raw_decode(text, at + 49)
    except ValueError:
        return None
    tail = text[end:]
    if not (tail.startswith(',"t":"') and tail.endswith('"}')):
        return None
    kind = tail[6:-2]
    if not TYPE_NAME.match(kind):
        return None
    for value in columns.values():
        if value is not None and type(value) is not str:
            raise BundleRejected("sync_malformed", part="record")
    try:
        stamp = strict_state(state, replicas)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        raise BundleRejected("sync_malformed", part="record") from None
    if stamp is None:
        return None
    return kind, record_id, columns, state, text[at + 49 : end], stamp


_DECODER = json.JSONDecoder()
