"""Per-record sync state: a version vector plus per-field dotted values (sync.md §2.3, §2.5).

A record's state travels whole. Normally each field holds one value; after concurrent
edits on two replicas it can hold several siblings until someone resolves them.
Everything here is stored *inside* the sealed payload, never in plaintext columns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DELETED_FIELD = "_deleted"
REDACTED_FIELD = "_redacted"
DELETE_SEEN_FIELD = "_deleted_seen"
"""Written with every delete: the deleter's causal context, so an edit it had not
seen keeps the record visible (sync.md §2.5, property 13)."""

JsonValue = Any


@dataclass(frozen=True)
class Dot:
    """One write event: the replica that made it and that replica's counter."""

    replica: str
    counter: int


@dataclass(frozen=True)
class FieldValue:
    """A field value with the write event and hybrid-clock time that produced it."""

    value: JsonValue
    dot: Dot
    hlc: int

    def sort_key(self) -> tuple[int, str]:
        return (self.hlc, self.dot.replica)


def _covered(dot: Dot, vector: dict[str, int]) -> bool:
    return vector.get(dot.replica, 0) >= dot.counter


@dataclass
class RecordState:
    """Causal context and field values of one synced record."""

    cc: dict[str, int] = field(default_factory=dict)
    fields: dict[str, list[FieldValue]] = field(default_factory=dict)

    # -- reading ---------------------------------------------------------------------
    def get(self, name: str, default: JsonValue = None) -> JsonValue:
        """The displayed value: the sibling with the greatest (hlc, replica)."""
        values = self.fields.get(name)
        if not values:
            return default
        return max(values, key=FieldValue.sort_key).value

    def has_conflict(self, name: str) -> bool:
        return len(self.fields.get(name, ())) > 1

    def values(self) -> dict[str, JsonValue]:
        """Displayed values of every field, internal markers excluded."""
        return {k: self.get(k) for k in self.fields if not k.startswith("_")}

    @property
    def deleted(self) -> bool:
        """Hidden iff the displayed ``_deleted`` is true and the delete(s) saw every
        value still held: an edit the deleter had not seen beats the delete."""
        if not self.get(DELETED_FIELD, False):
            return False
        delete_dots = {v.dot for v in self.fields.get(DELETED_FIELD, ()) if v.value}
        seen_values = [v for v in self.fields.get(DELETE_SEEN_FIELD, ()) if v.dot in delete_dots]
        if not seen_values:
            return True  # a tombstone written before deletes recorded what they saw
        seen: dict[str, int] = {}
        for value in seen_values:
            for replica, counter in value.value:
                seen[replica] = max(seen.get(replica, 0), int(counter))
        return all(
            _covered(v.dot, seen)
            for name, values in self.fields.items()
            if not name.startswith("_")
            for v in values
        )

    @property
    def redacted(self) -> bool:
        """Sticky: one true sibling is enough, whatever the tie-break would display."""
        return any(bool(v.value) for v in self.fields.get(REDACTED_FIELD, ()))

    def last_edited_hlc(self) -> int:
        return max((v.hlc for vs in self.fields.values() for v in vs), default=0)

    # -- writing ---------------------------------------------------------------------
    def write(self, changes: Mapping[str, JsonValue], replica: str, counter: int, hlc: int) -> None:
        """Apply a local write; it supersedes every sibling this replica has seen.

        A redacted record is frozen: no write may follow the redaction (sticky).
        """
        if counter <= self.cc.get(replica, 0):
            raise ValueError("write counter must grow")
        if self.redacted:
            raise RedactedRecordError("a redacted record cannot be written to")
        dot = Dot(replica, counter)
        self.cc[replica] = counter
        for name, value in changes.items():
            self.fields[name] = [FieldValue(_freeze(value), dot, hlc)]
        if changes.get(DELETED_FIELD):
            seen = tuple(sorted(self.cc.items()))
            self.fields[DELETE_SEEN_FIELD] = [FieldValue(_freeze(seen), dot, hlc)]

    # -- merging ---------------------------------------------------------------------
    def merge(self, other: RecordState) -> RecordState:
        """Multi-value-register merge: commutative, associative and idempotent."""
        merged: dict[str, list[FieldValue]] = {}
        for name in self.fields.keys() | other.fields.keys():
            mine = self.fields.get(name, [])
            theirs = other.fields.get(name, [])
            keep = {v for v in mine if v in theirs or not _covered(v.dot, other.cc)}
            keep |= {v for v in theirs if v in mine or not _covered(v.dot, self.cc)}
            if keep:
                merged[name] = sorted(keep, key=FieldValue.sort_key)
        cc = dict(self.cc)
        for replica, counter in other.cc.items():
            cc[replica] = max(cc.get(replica, 0), counter)
        return RecordState(cc=cc, fields=merged)

    # -- encoding --------------------------------------------------------------------
    def to_json(self) -> dict[str, JsonValue]:
        return {
            "cc": dict(sorted(self.cc.items())),
            "f": {
                name: [[v.value, v.dot.replica, v.dot.counter, v.hlc] for v in values]
                for name, values in sorted(self.fields.items())
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, JsonValue]) -> RecordState:
        fields = {
            name: [FieldValue(_freeze(v[0]), Dot(str(v[1]), int(v[2])), int(v[3])) for v in values]
            for name, values in data["f"].items()
        }
        return cls(cc={str(k): int(v) for k, v in data["cc"].items()}, fields=fields)


class RedactedRecordError(ValueError):
    """A write to a record that was redacted ("forget me"): redaction is permanent."""


def redact(
    state: RecordState, keep: Mapping[str, JsonValue], replica: str, counter: int, hlc: int
) -> RecordState:
    """Redact ``state`` in one local write (sync.md §2.5 "forget member").

    The write sets ``_redacted`` plus the few structural values in ``keep`` (for a
    member: the former-member number, status, dates); every other field, with all
    its siblings, is dropped. The causal context is kept, so no old value can come
    back from a stale replica or an old bundle.
    """
    if any(name.startswith("_") for name in keep):
        raise ValueError("internal markers cannot be kept by hand")
    if state.redacted:
        return state
    state.write({REDACTED_FIELD: True, **keep}, replica, counter, hlc)
    return apply_redaction(state)


def apply_redaction(state: RecordState) -> RecordState:
    """The sticky-redaction rule: apply after every merge (sync.md §2.5).

    If any replica redacted the record (some ``_redacted`` sibling is true), only the
    values written *by a redaction write* survive; everything else is dropped, whether
    it was written before the redaction or concurrently with it on another replica.
    A concurrent "un-redaction" (``_redacted`` false) is dropped too. The result is a
    deterministic function of the merged state, so replicas that merge in any order
    converge; because the causal context keeps every dot, re-merging an old copy can
    never bring an erased value back.
    """
    marks = [v for v in state.fields.get(REDACTED_FIELD, []) if v.value]
    if not marks:
        return state
    dots = {v.dot for v in marks}
    fields: dict[str, list[FieldValue]] = {}
    for name, values in state.fields.items():
        kept = [v for v in values if v.dot in dots]
        if kept:
            fields[name] = kept
    return RecordState(cc=dict(state.cc), fields=fields)


class FrozenDict(dict[str, JsonValue]):
    """A JSON object that can live in a set. Its values stay as written (lists stay
    lists, so readers see what was stored); the hash is taken over canonical JSON."""

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(json.dumps(self, sort_keys=True, separators=(",", ":"), default=list))


def _freeze(value: JsonValue) -> JsonValue:
    """Make JSON lists and objects hashable so FieldValue can live in sets during merge
    (a field written by a newer app version may hold either)."""
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict) and not isinstance(value, FrozenDict):
        return FrozenDict(value)
    return value
