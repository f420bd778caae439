"""Resources as readable Markdown files with a small front matter (folder import/export).

A file starts with ``---``, then ``key: value`` lines, then ``---`` and the body::

    ---
    title: Grounding with your senses
    kind: exercise
    tags: grounding, calm
    content_note: mentions panic
    audience: members
    attachments: steps.pdf, picture.png
    ---
    When feelings run high…

Values are one line each; a line break inside a value is written as ``\\n``. Unknown
keys are ignored, so files written by hand or by a later version still import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from safespace_desktop.core.resources.model import (
    REVIEW_MONTHS_DEFAULT,
    SERVICE_FIELDS,
    Audience,
    LocalService,
    Resource,
    ResourceDraft,
    ResourceKind,
    parse_tags,
)

FENCE = "---"
_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_ -]*):\s?(.*)$")
_KINDS = {kind.value: kind for kind in ResourceKind} | {
    "local service": ResourceKind.LOCAL_SERVICE,
    "service": ResourceKind.LOCAL_SERVICE,
}
_AUDIENCES = {
    "members": Audience.MEMBERS,
    "members and facilitators": Audience.MEMBERS,
    "facilitators": Audience.FACILITATORS,
    "facilitators only": Audience.FACILITATORS,
}


@dataclass(frozen=True)
class ParsedFile:
    draft: ResourceDraft
    attachments: tuple[str, ...]
    unknown_kind: bool = False


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n")


def _unescape(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt == "n" else nxt)
        else:
            out.append(ch)
    return "".join(out)


def parse_markdown(text: str, fallback_title: str) -> ParsedFile:
    """A draft from a file's text (a file without front matter is all body)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    body = text
    lines = text.split("\n")
    if lines and lines[0].strip() == FENCE:
        for index, line in enumerate(lines[1:], start=1):
            if line.strip() == FENCE:
                body = "\n".join(lines[index + 1 :])
                break
            match = _KEY.match(line)
            if match:
                meta[match.group(1).strip().casefold().replace(" ", "_").replace("-", "_")] = (
                    _unescape(match.group(2).strip())
                )
        else:
            meta, body = {}, text  # no closing fence: treat everything as body
    kind_text = meta.get("kind", "").strip().casefold().replace("_", " ")
    kind = _KINDS.get(kind_text) or _KINDS.get(kind_text.replace(" ", "_"))
    checked: date | None = None
    try:
        checked = (
            date.fromisoformat(meta.get("last_checked", "").strip())
            if meta.get("last_checked")
            else None
        )
    except ValueError:
        checked = None
    try:
        months = int(meta.get("review_months", "") or REVIEW_MONTHS_DEFAULT)
    except ValueError:
        months = REVIEW_MONTHS_DEFAULT
    service = LocalService(**{name: meta.get(name, "") for name in SERVICE_FIELDS})
    draft = ResourceDraft(
        title=meta.get("title", "").strip() or fallback_title,
        kind=kind or ResourceKind.HANDOUT,
        body=body.strip("\n"),
        tags=parse_tags(meta.get("tags", "")),
        content_note=meta.get("content_note", ""),
        audience=_AUDIENCES.get(meta.get("audience", "").strip().casefold(), Audience.MEMBERS),
        service=service,
        last_checked=checked,
        review_months=months,
    )
    names = tuple(n.strip() for n in meta.get("attachments", "").split(",") if n.strip())
    return ParsedFile(draft, names, unknown_kind=bool(kind_text) and kind is None)


def format_markdown(resource: Resource, attachments: tuple[str, ...] = ()) -> str:
    """A readable file for ``resource`` that ``parse_markdown`` reads back."""
    meta: list[tuple[str, str]] = [
        ("title", resource.title),
        ("kind", resource.kind.value),
        ("audience", resource.audience.value),
    ]
    if resource.tags:
        meta.append(("tags", ", ".join(resource.tags)))
    if resource.content_note:
        meta.append(("content_note", resource.content_note))
    for name, value in resource.service.as_dict().items():
        if value:
            meta.append((name, value))
    if resource.needs_checking:
        meta.append(
            ("last_checked", resource.last_checked.isoformat() if resource.last_checked else "")
        )
        meta.append(("review_months", str(resource.review_months)))
    if attachments:
        meta.append(("attachments", ", ".join(attachments)))
    head = "\n".join(f"{key}: {_escape(value)}" for key, value in meta)
    return f"{FENCE}\n{head}\n{FENCE}\n{resource.body}\n"


def file_stem(title: str, taken: set[str]) -> str:
    """A safe, unique file name stem from a title (letters, digits, dashes)."""
    stem = re.sub(r"[^\w]+", "-", title.casefold(), flags=re.UNICODE).strip("-_")[:60] or "resource"
    candidate, number = stem, 2
    while candidate in taken:
        candidate = f"{stem}-{number}"
        number += 1
    taken.add(candidate)
    return candidate
