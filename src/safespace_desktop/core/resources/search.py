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
    """Case- and accent-insensitive form used for matching: NFKD without the
    combining marks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    # Look at each distinct character once, not at every character of a long body
    # (issue 15: a per-character loop was half the resources page's first read at M).
    marks = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
    return decomposed.translate(marks) if marks else decomposed


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
    """Resources plus their folded search text, ready to filter per keystroke.

    Both sort orders are worked out once here, so a keystroke only filters a list that
    is already in order.
    """

    def __init__(self, resources: Iterable[Resource]) -> None:
        entries = [(r, haystack(r), fold(r.title)) for r in resources]
        self._by_id = {entry[0].id: entry[0] for entry in entries}
        pairs = [(entry[0], entry[2]) for entry in entries]
        texts = {entry[0].id: entry[1] for entry in entries}
        self._orders: dict[SortBy, list[tuple[Resource, str]]] = {
            sort: [(r, texts[r.id]) for r in sort_resources(pairs, sort)] for sort in SortBy
        }
        self._tags = sorted({tag for entry in entries for tag in entry[0].tags})

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, resource_id: str) -> Resource | None:
        return self._by_id.get(resource_id)

    def resources(self) -> list[Resource]:
        return [pair[0] for pair in self._orders[SortBy.TITLE]]

    def tags(self) -> list[str]:
        return list(self._tags)

    def search(self, filters: Filters) -> list[Resource]:
        words = fold(filters.query).split()
        tag = filters.tag.casefold()
        kind, audience = filters.kind, filters.audience
        found: list[Resource] = []
        for resource, text in self._orders[filters.sort]:
            if kind is not None and resource.kind is not kind:
                continue
            if audience is not None and resource.audience is not audience:
                continue
            if tag and tag not in resource.tags:
                continue
            if all(word in text for word in words):
                found.append(resource)
        return found


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
