"""How journal records are shaped: an entry's one sealed field, and the documents of a
personal journal file. Pure functions over plain values (no database, no keys)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from safespace_desktop.core import journal as rules
from safespace_desktop.core.errors import BundleRejected, ValidationError
from safespace_desktop.core.model import JournalEntry, JournalEntryInput
from safespace_desktop.core.sync.record import RecordState

# Kinds of record a personal journal file carries.
KIND_ENTRY = "entry"
KIND_SAFETY_PLAN = "safety_plan"
KIND_TEMPLATE = "template"
_FILE_DOCUMENT_VERSION = 1

# An entry's content is one record field, ``"entry"``, holding a flat
# [key, value, key, value, …] list. Journals never sync between facilitators, so
# per-field merge granularity buys nothing here, while one field instead of eight
# halves the sealed size (each field carries a replica id, counter and clock).
# The list stays hashable once frozen, so ``RecordState.merge`` still works (the
# personal journal file's import relies on it), and keys keep the format open.
ENTRY_FIELD = "entry"
CREATED_FIELD = "created"
EDITING_FIELD = "editing_id"


def slot_singleton_id(slot_id: str, purpose: str) -> str:
    """The id of a one-per-slot row (draft, safety plan, preferences)."""
    return str(uuid.uuid5(uuid.UUID(slot_id), f"safespace/{purpose}"))


def encode_entry(clean: JournalEntryInput) -> list[Any]:
    """The ``"entry"`` field value: sorted key/value pairs, flattened."""
    content = {
        "title": clean.title,
        "body": clean.body,
        "date": clean.entry_date.isoformat() if clean.entry_date else None,
        "mood": clean.mood,
        "feelings": list(clean.feelings),
        "tags": list(clean.tags),
        "starred": clean.starred,
        "prompt": clean.prompt,
    }
    return [item for key in sorted(content) for item in (key, content[key])]


def decode_entry(value: Any) -> dict[str, Any]:
    """The content mapping of an ``"entry"`` field value (list or frozen tuple)."""
    if not isinstance(value, list | tuple) or len(value) % 2:
        raise ValueError("malformed entry content")
    return dict(zip(value[::2], value[1::2], strict=True))


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        return ()
    return tuple(map(str, value))


def _mood(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def input_from_content(content: Mapping[str, Any]) -> JournalEntryInput:
    raw_date = content.get("date")
    return JournalEntryInput(
        body=str(content.get("body", "")),
        title=str(content.get("title", "")),
        entry_date=date.fromisoformat(raw_date) if isinstance(raw_date, str) else None,
        mood=_mood(content.get("mood")),
        feelings=_strings(content.get("feelings")),
        tags=_strings(content.get("tags")),
        starred=bool(content.get("starred", False)),
        prompt=str(content.get("prompt", "")),
    )


def entry_from_values(record_id: str, values: Mapping[str, Any], edited_hlc: int) -> JournalEntry:
    """Build the plain entry from decrypted field values; raises ValueError if malformed."""
    content = decode_entry(values.get(ENTRY_FIELD))
    raw_date = content.get("date")
    if not isinstance(raw_date, str):
        raise ValueError("entry without a date")
    created = values.get(CREATED_FIELD, 0)
    created = created if isinstance(created, int) else 0
    return JournalEntry(
        id=record_id,
        title=str(content.get("title", "")),
        body=str(content.get("body", "")),
        entry_date=date.fromisoformat(raw_date),
        mood=_mood(content.get("mood")),
        feelings=_strings(content.get("feelings")),
        tags=_strings(content.get("tags")),
        starred=bool(content.get("starred", False)),
        edited=edited_hlc > created,
        prompt=str(content.get("prompt", "")),
        created_hlc=created,
        edited_hlc=edited_hlc,
    )


def entry_from_record(record_id: str, state: RecordState) -> JournalEntry:
    return entry_from_values(record_id, state.values(), state.last_edited_hlc())


# --------------------------------------------------------------------------- file documents
def frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(frozen(v) for v in value)
    return value


def file_document(kind: str, record_id: str, state: dict[str, Any]) -> bytes:
    """One record of a personal file; ``state`` is in ``RecordState.to_json()`` form."""
    document = {"v": _FILE_DOCUMENT_VERSION, "kind": kind, "id": record_id, "s": state}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def parse_file_document(raw: bytes) -> tuple[str, str, RecordState]:
    try:
        document = json.loads(raw)
        if document.get("v") != _FILE_DOCUMENT_VERSION:
            raise ValueError("unknown document version")
        kind = document["kind"]
        if kind not in (KIND_ENTRY, KIND_SAFETY_PLAN, KIND_TEMPLATE):
            raise ValueError("unknown kind")
        record_id = str(uuid.UUID(str(document["id"])))
        state = RecordState.from_json(document["s"])
        if kind == KIND_ENTRY and not state.deleted:
            # The shape, and the same limits the editor enforces (any date is fine:
            # the other PC's calendar may be a day ahead).
            entry_from_record(record_id, state)
            content = decode_entry(state.get(ENTRY_FIELD))
            rules.clean_entry(input_from_content(content), date.max)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise BundleRejected("unreadable_record") from exc
    except ValidationError as exc:
        raise BundleRejected("unacceptable_entry") from exc
    return kind, record_id, state
