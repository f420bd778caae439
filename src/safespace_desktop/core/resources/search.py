"""An in-memory search index over opened resources (search as you type).

The page opens the sealed rows once per load, off the GUI thread, and builds this
index there; each keystroke then only scans pre-folded strings on the GUI thread,
which stays well under the 50 ms budget at 1,000 resources (benchmarks/resources.py).
Matching is by words: every word typed must appear somewhere in the title, body,
tags, content note or local-service fields, ignoring case and accents.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from safespace_desktop.core.resources.model import Audience, Resource, ResourceKind


class SortBy(StrEnum):
    TITLE = "title"
    LAST_CHECKED = "last_checked"  # oldest (or never) checked first: what needs a look


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def haystack(resource: Resource) -> str:
    parts = [resource.title, resource.body, " ".join(resource.tags), resource.content_note]
    parts += resource.service.as_dict().values()
    return fold("\n".join(parts))


@dataclass(frozen=True)
class Filters:
    query: str = ""
    kind: ResourceKind | None = None
    tag: str = ""
    audience: Audience | None = None
    sort: SortBy = SortBy.TITLE


class ResourceIndex:
    """Resources plus their folded search text, ready to filter per keystroke."""

    def __init__(self, resources: Iterable[Resource]) -> None:
        self._entries: list[tuple[Resource, str, str]] = [
            (r, haystack(r), fold(r.title)) for r in resources
        ]
        self._by_id = {entry[0].id: entry[0] for entry in self._entries}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, resource_id: str) -> Resource | None:
        return self._by_id.get(resource_id)

    def resources(self) -> list[Resource]:
        return [entry[0] for entry in self._entries]

    def tags(self) -> list[str]:
        return sorted({tag for entry in self._entries for tag in entry[0].tags})

    def search(self, filters: Filters) -> list[Resource]:
        words = fold(filters.query).split()
        tag = filters.tag.casefold()
        found: list[tuple[Resource, str]] = []
        for resource, text, title in self._entries:
            if filters.kind is not None and resource.kind is not filters.kind:
                continue
            if filters.audience is not None and resource.audience is not filters.audience:
                continue
            if tag and tag not in resource.tags:
                continue
            if all(word in text for word in words):
                found.append((resource, title))
        return sort_resources(found, filters.sort)


def sort_resources(found: Sequence[tuple[Resource, str]], sort: SortBy) -> list[Resource]:
    if sort is SortBy.LAST_CHECKED:
        never = date.min
        ordered = sorted(
            found,
            key=lambda pair: (pair[0].last_checked or never, pair[1], pair[0].id),
        )
    else:
        ordered = sorted(found, key=lambda pair: (pair[1], pair[0].id))
    return [pair[0] for pair in ordered]
