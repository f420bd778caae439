"""What is inside a bundle: the manifest and the JSON-lines records (docs/bundle-format.md).

Pure functions over plain values: encoding records read from the vault, and
validating everything that came out of a bundle before anything touches the vault.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from safespace_desktop.core.errors import BundleRejected
from safespace_desktop.core.sync.record import RecordState

SCHEMA_VERSION = 1
"""Meaning of the manifest and record lines; raised only for additive changes."""
MIN_READER_SCHEMA = 1
MODE_FULL = "full"
MODE_INCREMENTAL = "incremental"
MODE_JOIN_KIT = "join_kit"
MAX_LINE_BYTES = 8 * 1024 * 1024
FUTURE_LIMIT_MS = 24 * 3600 * 1000


def canonical(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class BundleRecord:
    """One record line: type, id, portable plaintext columns and the record state.

    A line read from a bundle keeps its state as the validated JSON (``raw``) and
    builds the ``RecordState`` only when something asks for it (a merge): a join
    kit's hundred thousand new records never need one."""

    __slots__ = ("_state", "columns", "id", "max_hlc", "raw", "type")

    def __init__(
        self,
        type: str,  # noqa: A002 - the line's own key name
        id: str,  # noqa: A002
        columns: Mapping[str, Any],
        state: RecordState | None = None,
        raw: dict[str, Any] | None = None,
        max_hlc: int | None = None,
    ) -> None:
        if state is None and raw is None:
            raise ValueError("a record needs its state")
        self.type = type
        self.id = id
        self.columns = columns
        self._state = state
        self.raw = raw
        """The state exactly as the line held it, strictly typed (``{"cc", "f"}``),
        or None when the line needed normalising (then ``state`` is given)."""
        self.max_hlc = state.last_edited_hlc() if max_hlc is None and state else max_hlc or 0

    @property
    def state(self) -> RecordState:
        if self._state is None:
            assert self.raw is not None
            self._state = RecordState.from_json(self.raw)
        return self._state

    def line(self) -> bytes:
        state = self.raw if self.raw is not None else self.state.to_json()
        return canonical({"t": self.type, "id": self.id, "c": dict(self.columns), "s": state})


@dataclass(frozen=True)
class Manifest:
    mode: str
    group_id: str
    bundle_id: str
    sender_replica: str
    sender_device: str
    created_hlc: int
    base_vv: dict[str, int]
    sender_vv: dict[str, int]
    records_sha256: str
    record_count: int
    counts: dict[str, int]
    attachments: list[dict[str, Any]] = field(default_factory=list)
    max_hlc: int = 0
    app_version: str = ""
    schema_version: int = SCHEMA_VERSION
    min_reader_schema: int = MIN_READER_SCHEMA
    join: dict[str, Any] | None = None

    def encode(self) -> bytes:
        data: dict[str, Any] = {
            "format": "safespace-bundle",
            "schema_version": self.schema_version,
            "min_reader_schema": self.min_reader_schema,
            "app_version": self.app_version,
            "mode": self.mode,
            "group_id": self.group_id,
            "bundle_id": self.bundle_id,
            "sender_replica": self.sender_replica,
            "sender_device": self.sender_device,
            "created_hlc": self.created_hlc,
            "base_vv": dict(sorted(self.base_vv.items())),
            "sender_vv": dict(sorted(self.sender_vv.items())),
            "records": {
                "sha256": self.records_sha256,
                "count": self.record_count,
                "per_type": dict(sorted(self.counts.items())),
            },
            "attachments": self.attachments,
            "max_hlc": self.max_hlc,
        }
        if self.join is not None:
            data["join"] = self.join
        return canonical(data)


@dataclass(frozen=True)
class EncodedRecord:
    """A record line already encoded from a stored state (export's bulk path): the
    same bytes ``BundleRecord.line`` gives for that record."""

    type: str
    id: str
    encoded: bytes
    max_hlc: int

    def line(self) -> bytes:
        return self.encoded


def encode_stored(
    record_type: str,
    record_id: str,
    columns: Mapping[str, Any],
    state: Mapping[str, Any],
    state_text: str | None = None,
) -> EncodedRecord:
    """The line of a record whose state is the stored JSON (``{"cc", "f"}``).

    ``state_text``, the state's canonical JSON as stored, is spliced in as it is
    (the line's keys sort as c, id, s, t), which gives the bytes ``canonical`` would."""
    stamps = [value[3] for values in state["f"].values() for value in values]
    if state_text is None:
        line = canonical({"t": record_type, "id": record_id, "c": dict(columns), "s": state})
    else:
        line = (
            f'{{"c":{_columns_json(columns)},"id":{_json_string(record_id)},'
            f'"s":{state_text},"t":{_json_string(record_type)}}}'
        ).encode()
    return EncodedRecord(record_type, record_id, line, max(stamps, default=0))


_json_string = json.encoder.encode_basestring  # what dumps(ensure_ascii=False) uses


def _columns_json(columns: Mapping[str, Any]) -> str:
    """``canonical(columns)`` for string-or-null values (the only kind a line holds)."""
    if not columns:
        return "{}"
    parts = []
    for name in sorted(columns):
        value = columns[name]
        if value is not None and type(value) is not str:
            return canonical(dict(columns)).decode()
        shown = "null" if value is None else _json_string(value)
        parts.append(f"{_json_string(name)}:{shown}")
    return "{" + ",".join(parts) + "}"


OutgoingRecord = BundleRecord | EncodedRecord


@dataclass(frozen=True)
class EncodedRecords:
    """The records section before compression: zlib body, digest and counts."""

    compressed: bytes
    sha256: str
    count: int
    counts: dict[str, int]
    max_hlc: int


RECORDS_ZLIB_LEVEL = 1
"""Fast compression: a join kit's tens of MB compress in a fraction of a second."""
_COMPRESS_PIECE = 1 << 20


def encode_records(records: Iterable[OutgoingRecord], *, in_order: bool = False) -> EncodedRecords:
    """JSON lines in a deterministic order (type, id), hashed and compressed in
    pieces of about 1 MiB (zlib lets other threads run while it works).

    ``in_order``: the records come in that order already (and may be a stream, which
    is then compressed as it is read); a record out of order is a bug and raises."""
    ordered = records if in_order else sorted(records, key=lambda r: (r.type, r.id))
    count = 0
    last: tuple[str, str] | None = None
    counts: dict[str, int] = {}
    max_hlc = 0
    digest = hashlib.sha256()
    packer = zlib.compressobj(RECORDS_ZLIB_LEVEL)
    out: list[bytes] = []
    piece: list[bytes] = []
    size = 0
    for record in ordered:
        if in_order:
            place = (record.type, record.id)
            if last is not None and place <= last:
                raise RuntimeError("records out of bundle order")
            last = place
        count += 1
        counts[record.type] = counts.get(record.type, 0) + 1
        stamp = (
            record.max_hlc if isinstance(record, EncodedRecord) else record.state.last_edited_hlc()
        )
        max_hlc = max(max_hlc, stamp)
        line = record.line()
        piece.append(line)
        piece.append(b"\n")
        size += len(line) + 1
        if size >= _COMPRESS_PIECE:
            chunk = b"".join(piece)
            digest.update(chunk)
            out.append(packer.compress(chunk))
            piece, size = [], 0
    chunk = b"".join(piece)
    digest.update(chunk)
    out.append(packer.compress(chunk))
    out.append(packer.flush())
    return EncodedRecords(b"".join(out), digest.hexdigest(), count, counts, max_hlc)


def _vector(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise BundleRejected("sync_malformed", part="vector")
    out = {}
    for replica, counter in value.items():
        _uuid(replica, "vector")
        if not isinstance(counter, int) or isinstance(counter, bool) or counter < 0:
            raise BundleRejected("sync_malformed", part="vector")
        out[replica] = counter
    return out


def _uuid(value: Any, part: str) -> str:
    if not isinstance(value, str):
        raise BundleRejected("sync_malformed", part=part)
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise BundleRejected("sync_malformed", part=part) from None


def parse_manifest(raw: bytes) -> Manifest:
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BundleRejected("sync_malformed", part="manifest") from None
    if not isinstance(data, dict) or data.get("format") != "safespace-bundle":
        raise BundleRejected("sync_malformed", part="manifest")
    try:
        min_reader = int(data["min_reader_schema"])
        if min_reader > SCHEMA_VERSION:
            raise BundleRejected("sync_needs_newer_app", version=min_reader)
        records = data["records"]
        mode = data["mode"]
        if mode not in (MODE_FULL, MODE_INCREMENTAL, MODE_JOIN_KIT):
            raise BundleRejected("sync_malformed", part="manifest")
        attachments = data.get("attachments", [])
        if not isinstance(attachments, list):
            raise BundleRejected("sync_malformed", part="manifest")
        join = data.get("join")
        return Manifest(
            mode=mode,
            group_id=_uuid(data["group_id"], "manifest"),
            bundle_id=_uuid(data["bundle_id"], "manifest"),
            sender_replica=_uuid(data["sender_replica"], "manifest"),
            sender_device=_uuid(data["sender_device"], "manifest"),
            created_hlc=int(data["created_hlc"]),
            base_vv=_vector(data["base_vv"]),
            sender_vv=_vector(data["sender_vv"]),
            records_sha256=str(records["sha256"]),
            record_count=int(records["count"]),
            counts={str(k): int(v) for k, v in records["per_type"].items()},
            attachments=[dict(a) for a in attachments],
            max_hlc=int(data.get("max_hlc", 0)),
            app_version=str(data.get("app_version", "")),
            schema_version=int(data["schema_version"]),
            min_reader_schema=min_reader,
            join=dict(join) if isinstance(join, dict) else None,
        )
    except BundleRejected:
        raise
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleRejected("sync_malformed", part="manifest") from None


TYPE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def parse_records(
    raw: bytes, manifest: Manifest, known_types: set[str], never: set[str] | None = None
) -> list[BundleRecord]:
    """Every record line, validated. Types in ``never`` (journals, local-only types) are
    refused outright; types outside ``known_types`` are a newer app's and are returned
    too, for the caller to keep and pass on."""
    if hashlib.sha256(raw).hexdigest() != manifest.records_sha256:
        raise BundleRejected("sync_damaged")
    out: list[BundleRecord] = []
    seen: set[tuple[str, str]] = set()
    replicas: set[str] = set()  # replica ids already checked (a bundle has a few)
    refused = never or set()
    start, end = 0, len(raw)
    while start < end:  # line by line, without a second copy of the whole body
        stop = raw.find(b"\n", start)
        stop = end if stop < 0 else stop
        line = raw[start:stop]
        start = stop + 1
        if not line:
            continue
        if len(line) > MAX_LINE_BYTES:
            raise BundleRejected("sync_malformed", part="record")
        record = parse_line(line, replicas)
        if not TYPE_NAME.match(record.type) or record.type in refused:
            raise BundleRejected("sync_malformed", part="record")
        key = (record.type, record.id)
        if key in seen:
            raise BundleRejected("sync_malformed", part="record")
        seen.add(key)
        out.append(record)
    if len(out) != manifest.record_count:
        raise BundleRejected("sync_damaged")
    return out


CANONICAL_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HLC_LIMIT = 1 << 64


def parse_line(line: bytes, replicas: set[str]) -> BundleRecord:
    """One record line, validated (``BundleRejected`` if it is not acceptable)."""
    try:
        data = json.loads(line)
        if not isinstance(data, dict) or set(data) != {"t", "id", "c", "s"}:
            raise ValueError("shape")
        columns = data["c"]
        if not isinstance(columns, dict) or not isinstance(data["t"], str):
            raise ValueError("shape")
        for value in columns.values():
            if value is not None and not isinstance(value, str):
                raise ValueError("column")
        record_id = data["id"]
        if not (isinstance(record_id, str) and CANONICAL_UUID.match(record_id)):
            record_id = _uuid(record_id, "record")
        stamp = strict_state(data["s"], replicas)
        if stamp is not None:
            return BundleRecord(data["t"], record_id, columns, raw=data["s"], max_hlc=stamp)
        # Not in the exact form this version writes: read it the lenient way.
        state = RecordState.from_json(data["s"])
        _check_state(state)
    except BundleRejected:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, UnicodeDecodeError):
        raise BundleRejected("sync_malformed", part="record") from None
    return BundleRecord(data["t"], record_id, columns, state)


def strict_state(state: Any, replicas: set[str]) -> int | None:
    """The checks of ``_check_state`` on the JSON itself, for a state in exactly the
    form ``RecordState.to_json`` gives (so it needs no normalising); returns its
    greatest HLC. Returns None for any other form (the caller reads it leniently)
    and raises ``ValueError`` for a state the lenient reader refuses as well."""
    if type(state) is not dict or len(state) != 2:
        return None
    cc, fields = state.get("cc"), state.get("f")
    if type(cc) is not dict or type(fields) is not dict:
        return None
    for replica, counter in cc.items():
        if type(counter) is not int:
            return None
        if replica not in replicas:
            _uuid(replica, "record")
            replicas.add(replica)
        if counter < 0:
            raise ValueError("counter")
    top = 0
    for values in fields.values():
        if type(values) is not list:
            return None
        if not values:
            raise ValueError("empty field")
        for value in values:
            if type(value) is not list or len(value) != 4:
                return None
            _value, replica, counter, hlc = value
            if type(replica) is not str or type(counter) is not int or type(hlc) is not int:
                return None
            if counter <= 0 or cc.get(replica, 0) < counter:
                raise ValueError("dot not covered")
            if hlc < 0 or hlc >= _HLC_LIMIT:
                raise ValueError("hlc")
            if hlc > top:
                top = hlc
    return top


def _check_state(state: RecordState) -> None:
    """Causal sanity: every dot is covered by the record's own context."""
    for replica, counter in state.cc.items():
        _uuid(replica, "record")
        if counter < 0:
            raise ValueError("counter")
    for values in state.fields.values():
        if not values:
            raise ValueError("empty field")
        for value in values:
            if value.dot.counter <= 0 or state.cc.get(value.dot.replica, 0) < value.dot.counter:
                raise ValueError("dot not covered")
            if value.hlc < 0 or value.hlc >= 1 << 64:
                raise ValueError("hlc")
