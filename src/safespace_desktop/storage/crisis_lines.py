"""The crisis-line directory's rows: plaintext ON PURPOSE (DESIGN.md §3.2), because
the lock screen shows them before anyone unlocks."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from safespace_desktop.core.changes import RecordKind
from safespace_desktop.storage.tables import CrisisLine

if TYPE_CHECKING:
    from safespace_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StoredCrisisLine:
    id: str
    name: str
    phone: str
    hours: str
    note: str
    sort_order: int
    last_verified: str | None
    is_example: bool
    deleted: bool

    @property
    def revision(self) -> int:
        """A fingerprint of what the editor shows and saves (name, phone, hours, note,
        deleted), standing in for a revision counter: the table has none, and adding
        one would need a schema step. Changes only elsewhere (a "checked" date, the
        order) do not make an open edit stale; a change that is then undone does not
        either, which is harmless: the save replaces exactly what the editor loaded."""
        content = json.dumps(
            [self.name, self.phone, self.hours, self.note, self.deleted], ensure_ascii=False
        )
        digest = hashlib.blake2b(content.encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "big") >> 1  # fits a signed 64-bit integer


_FIELDS = tuple(f.name for f in fields(StoredCrisisLine))


def _plain(row: CrisisLine) -> StoredCrisisLine:
    return StoredCrisisLine(**{name: getattr(row, name) for name in _FIELDS})


class CrisisLinesRepository:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._db = uow.session

    def active(self) -> list[StoredCrisisLine]:
        """Every line not deleted, in display order."""
        rows = self._db.scalars(
            select(CrisisLine)
            .where(CrisisLine.deleted.is_(False))
            .order_by(CrisisLine.sort_order, CrisisLine.name)
        )
        return [_plain(row) for row in rows]

    def count(self) -> int:
        """How many rows exist, deleted tombstones included."""
        return int(self._db.scalar(select(func.count()).select_from(CrisisLine)) or 0)

    def get(self, line_id: str) -> StoredCrisisLine | None:
        row = self._db.get(CrisisLine, line_id)
        return None if row is None else _plain(row)

    def add(
        self,
        *,
        name: str,
        phone: str,
        hours: str,
        note: str,
        is_example: bool = False,
        sort_order: int | None = None,
    ) -> StoredCrisisLine:
        """A new line; without ``sort_order`` it goes after the last one."""
        if sort_order is None:
            last = self._db.scalar(select(func.max(CrisisLine.sort_order)))
            sort_order = (last if last is not None else -1) + 1
        row = CrisisLine(
            id=str(uuid.uuid4()),
            name=name,
            phone=phone,
            hours=hours,
            note=note,
            sort_order=sort_order,
            last_verified=None,
            is_example=is_example,
            deleted=False,
        )
        self._db.add(row)
        self._db.flush()
        self._uow.note(RecordKind.CRISIS_LINE, row.id)
        return _plain(row)

    def update(self, line_id: str, **changes: Any) -> StoredCrisisLine:
        unknown = set(changes) - set(_FIELDS) | ({"id"} & set(changes))
        if unknown:
            raise ValueError(f"not crisis-line columns: {sorted(unknown)}")
        row = self._db.get(CrisisLine, line_id)
        if row is None:
            raise KeyError(line_id)
        for name, value in changes.items():
            setattr(row, name, value)
        self._db.flush()
        self._uow.note(RecordKind.CRISIS_LINE, line_id)
        return _plain(row)
