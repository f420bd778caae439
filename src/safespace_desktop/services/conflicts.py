"""The conflicts inbox: every group or commons record whose fields hold siblings after a
sync, and resolving them (DESIGN.md §4, sync.md §2.3, issue #12).

A conflict is a field with more than one concurrent value (``RecordState.has_conflict``),
left by two facilitators editing the same thing on two PCs between syncs. The inbox
enumerates ``storage.registry.RECORD_TYPES`` (sealed, group or commons scope), never a
hand-kept list, so record types other features add are covered automatically.

Resolving is an ordinary local write of the chosen value (one version, the other, or an
edited combination). The write's causal context covers every sibling it replaced, so
after the next sync every other PC drops them too: resolving on one PC clears the
conflict everywhere (sync.md §2.3, property 8).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from safespace_desktop.core.errors import (
    IntegrityError,
    NotFound,
    StaleEdit,
    UnsupportedFormatVersion,
    ValidationError,
)
from safespace_desktop.core.sync.hlc import unpack
from safespace_desktop.core.sync.record import FieldValue, RecordState
from safespace_desktop.core.text import check_text
from safespace_desktop.crypto.keys import SecretKey
from safespace_desktop.services.sync.devices import list_devices
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage.keyring import KeyRing
from safespace_desktop.storage.records import LoadedRecord
from safespace_desktop.storage.registry import RECORD_TYPES, Merge, RecordType, ScopeKind
from safespace_desktop.storage.repositories import group_records
from safespace_desktop.storage.sync_store import build_conflict_flags, conflict_flags
from safespace_desktop.storage.unit_of_work import UnitOfWork

# Fields that name a record for a person, in the order they are tried.
_LABEL_FIELDS = ("name", "title", "handle", "group_name", "kind", "text", "date", "number")
_LABEL_LIMIT = 60
_YIELD_EVERY = 64

WhoResolver = Callable[[str], str | None]
"""Replica id → a device or facilitator name a person recognises (None: unknown).
By default the enrolled device's name from the sync device table is used."""


@dataclass(frozen=True)
class ConflictVersion:
    """One of the concurrent values of a field, with who wrote it and when."""

    value: Any
    replica: str
    counter: int
    edited_at: datetime
    """From the write's hybrid-clock time (UTC); the page shows it in the person's locale."""
    author: str | None
    """The device or facilitator name for ``replica``, when known."""
    this_computer: bool
    shown_now: bool
    """The sibling the app displays until someone resolves (greatest HLC, then replica)."""


@dataclass(frozen=True)
class Conflict:
    table: str
    record_id: str
    field: str
    rule: Merge
    record_label: str
    """What the record is called (a member's name, an agreement's title, …)."""
    versions: tuple[ConflictVersion, ...]
    rev: int
    """The record's revision when read; ``resolve`` refuses a stale one."""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.record_id, self.field)

    @property
    def text_field(self) -> bool:
        """Every version is text, so an edited combination may be typed."""
        return all(isinstance(v.value, str) for v in self.versions)


def conflict_types() -> tuple[RecordType, ...]:
    """Sealed group and commons record types (every one that can hold siblings)."""
    return tuple(
        r for r in RECORD_TYPES if r.scope in (ScopeKind.GROUP, ScopeKind.COMMONS) and r.sealed
    )


class ConflictsService:
    def __init__(self, vault: Vault, who: WhoResolver | None = None) -> None:
        self._vault = vault
        self._who = who

    def list_conflicts(self) -> list[Conflict]:
        """Every unresolved conflict, grouped by record, oldest edit first."""
        self._vault.require_facilitator()
        with self._vault.transaction() as (db, keyring, _principal):
            own = db.vault_info().replica_id
            names = _member_names(db, keyring)
            # Lookups that hold the keyring live only inside this unit of work.
            days = _MeetingDays(db, keyring)
            devices = {d.replica_id: d.name for d in list_devices(db, keyring) if d.name}
            found: list[Conflict] = []
            flagged = conflict_flags(db)  # syncperf (#12): read only flagged records
            seen: dict[str, list[str]] = {}
            for record_type in conflict_types():
                repo = group_records(record_type.table, db.group_id)  # type: ignore[arg-type]
                records: Iterator[LoadedRecord] | list[LoadedRecord]
                if flagged is None:  # flags never built: find the records with siblings once
                    records = _records_with_siblings(db, keyring, record_type)
                else:
                    records = []
                    for record_id in flagged.get(record_type.name, ()):
                        try:
                            loaded = repo.get(db, keyring, record_id)
                        except (IntegrityError, UnsupportedFormatVersion):
                            continue  # a damaged row is reported by its own page
                        if loaded is not None and not loaded.state.deleted:
                            records.append(loaded)
                for record in records:
                    conflicts = self._conflicts_of(record_type, record, own, names, devices, days)
                    if conflicts:
                        seen.setdefault(record_type.name, []).append(record.id)
                    found += conflicts
            if flagged is None:
                build_conflict_flags(db, seen)
        return sorted(found, key=lambda c: (min(v.edited_at for v in c.versions), c.key))

    def count(self) -> int:
        return len(self.list_conflicts())

    def resolve(
        self, table: str, record_id: str, field: str, value: Any, *, expected_rev: int
    ) -> None:
        """Keep ``value`` for the field: one of the versions or an edited combination
        (text only). A local write that supersedes every sibling, everywhere, after sync.

        ``NotFound("conflict")`` when it is no longer a conflict (resolved elsewhere);
        ``StaleEdit`` when the record changed since it was read."""
        self._vault.require_facilitator()
        record_type = next((r for r in conflict_types() if r.name == table), None)
        if record_type is None or field.startswith("_"):
            raise NotFound("conflict")
        with self._vault.transaction() as (db, keyring, _principal):
            repo = group_records(record_type.table, db.group_id)  # type: ignore[arg-type]
            record = repo.get(db, keyring, record_id)
            if record is None or not record.state.has_conflict(field):
                raise NotFound("conflict")
            if record.rev != expected_rev:
                raise StaleEdit("record", expected=expected_rev, found=record.rev)
            _check_value(record.state.fields[field], value)
            stamp = db.next_write()
            record.state.write({field: value}, stamp.replica, stamp.counter, stamp.hlc)
            repo.store(
                db,
                _key_for(record_type, keyring),
                record_id,
                record.state,
                stamp.counter,
                **record.extra,
            )
        self._vault.checkpoint()

    # ------------------------------------------------------------------ helpers
    def _conflicts_of(
        self,
        record_type: RecordType,
        record: LoadedRecord,
        own_replica: str,
        member_names: Mapping[str, str],
        devices: dict[str, str],
        meeting_days: Mapping[str, str] | None = None,
    ) -> list[Conflict]:
        state = record.state
        fields = [
            f for f in sorted(state.fields) if not f.startswith("_") and state.has_conflict(f)
        ]
        # attendfix (issue 9): a counter's siblings merge by themselves; not a conflict
        fields = [f for f in fields if record_type.fields.get(f) is not Merge.COUNTER]
        if not fields:
            return []
        label = record_label(state, record.extra, member_names, meeting_days)
        out = []
        for name in fields:
            values = state.fields[name]
            shown = max(values, key=FieldValue.sort_key)
            versions = tuple(
                ConflictVersion(
                    value=_thaw(v.value),
                    replica=v.dot.replica,
                    counter=v.dot.counter,
                    edited_at=hlc_datetime(v.hlc),
                    author=(self._who(v.dot.replica) if self._who else None)
                    or devices.get(v.dot.replica),
                    this_computer=v.dot.replica == own_replica,
                    shown_now=v is shown,
                )
                for v in sorted(values, key=FieldValue.sort_key)
            )
            rule = record_type.fields.get(name, Merge.LATEST_WINS)
            out.append(
                Conflict(record_type.name, record.id, name, rule, label, versions, record.rev)
            )
        return out


def _records_with_siblings(
    db: UnitOfWork, keyring: KeyRing, record_type: RecordType
) -> Iterator[LoadedRecord]:
    """The live records of one type holding a field with siblings (issue 15: at the M
    size a vault holds over 100,000 records and a handful of conflicts). Each row is
    authenticated and its document parsed, but a ``RecordState`` is built only for the
    few with siblings and nothing is kept: the page opens in a fraction of the time and
    memory ``load_all`` took. Damaged rows are skipped, as before (the damaged-records
    view reports them)."""
    repo = group_records(record_type.table, db.group_id)  # type: ignore[arg-type]
    for count, row in enumerate(repo.rows(db), start=1):
        if count % _YIELD_EVERY == 0:
            time.sleep(0)  # a long read on the worker: let the GUI thread run meanwhile
        try:
            fields = repo.open_document(keyring, row)["s"]["f"]
            if not any(len(v) > 1 for k, v in fields.items() if not k.startswith("_")):
                continue
            record = repo.open_row(keyring, row)
        except (IntegrityError, UnsupportedFormatVersion, KeyError, TypeError, AttributeError):
            continue
        if not record.state.deleted:
            yield record


def hlc_datetime(hlc: int) -> datetime:
    return datetime.fromtimestamp(unpack(hlc)[0] / 1000, tz=UTC)


def record_label(
    state: RecordState,
    extra: dict[str, Any],
    member_names: Mapping[str, str],
    meeting_days: Mapping[str, str] | None = None,
) -> str:
    """A short name for a record: its name or title, else the member it belongs to,
    else the day of the meeting it belongs to (head counts, notes, the rota)."""
    for name in _LABEL_FIELDS:
        value = state.get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1] + "…"
    member_id = extra.get("member_id")
    if isinstance(member_id, str) and member_id in member_names:
        return member_names[member_id]
    meeting_id = extra.get("meeting_id") or state.get("meeting_id")
    if meeting_days is not None and isinstance(meeting_id, str) and meeting_id in meeting_days:
        return meeting_days[meeting_id]
    return ""


class _MemberNames(Mapping[str, str]):
    """Names of members, read one at a time when a conflict's label needs one (the
    inbox no longer reads every member to label a few conflicts)."""

    def __init__(self, db: UnitOfWork, keyring: KeyRing) -> None:
        self._db, self._keyring = db, keyring
        self._names: dict[str, str | None] = {}

    def _name(self, member_id: str) -> str | None:
        if member_id not in self._names:
            try:
                record = self._db.group.members.get(self._db, self._keyring, member_id)
            except (IntegrityError, UnsupportedFormatVersion):
                record = None
            visible = record is not None and not record.state.deleted
            self._names[member_id] = str(record.state.get("name", "")) if visible else None  # type: ignore[union-attr]
        return self._names[member_id]

    def __getitem__(self, member_id: str) -> str:
        name = self._name(member_id) if isinstance(member_id, str) else None
        if name is None:
            raise KeyError(member_id)
        return name

    def __contains__(self, member_id: object) -> bool:
        return isinstance(member_id, str) and self._name(member_id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter([k for k, v in self._names.items() if v is not None])

    def __len__(self) -> int:
        return sum(1 for v in self._names.values() if v is not None)


def _member_names(db: UnitOfWork, keyring: KeyRing) -> Mapping[str, str]:
    return _MemberNames(db, keyring)


class _MeetingDays(_MemberNames):
    """The day (ISO date) of each meeting a conflict's label needs, read one at a time."""

    def _name(self, meeting_id: str) -> str | None:
        if meeting_id not in self._names:
            try:
                record = self._db.group.meetings.get(self._db, self._keyring, meeting_id)
            except (IntegrityError, UnsupportedFormatVersion):
                record = None
            visible = record is not None and not record.state.deleted
            day = record.state.get("on") if visible and record is not None else None
            self._names[meeting_id] = day if isinstance(day, str) and day else None
        return self._names[meeting_id]


def _key_for(record_type: RecordType, keyring: KeyRing) -> SecretKey:
    return keyring.commons_key if record_type.scope is ScopeKind.COMMONS else keyring.group_key


def _check_value(values: Sequence[FieldValue], value: Any) -> None:
    """Text may be any edited combination; anything else must be one of the versions."""
    if all(isinstance(v.value, str) for v in values):
        if not isinstance(value, str):
            raise ValidationError("value", "not_a_choice")
        check_text("value", value)  # a damaged paste is refused, never stored
        return
    if all(_thaw(v.value) != value for v in values):
        raise ValidationError("value", "not_a_choice")


def _thaw(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value
