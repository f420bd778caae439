"""Write ui/wording/content_catalog.py: every built-in text a person reads, for lupdate.

The built-in journal prompts, the self-care template, the meeting templates, the group
agreement templates and the consent wording live as plain English data in core/ and
services/ (which stay Qt-free). lupdate only reads ui/, so this script lists each of
those texts as a QT_TRANSLATE_NOOP("Content", ...) entry in one generated module; the
UI translates them at the point of display and when a template is applied
(ui/wording/content.py). Run by scripts/update-translations; a test fails when the
generated module is stale:

    python scripts/lib/content_catalog.py          # rewrite the module
    python scripts/lib/content_catalog.py --check  # exit 1 when it is stale
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "src" / "safespace_desktop" / "ui" / "wording" / "content_catalog.py"
CONTEXT = "Content"

HEADER = '''"""Built-in texts a person reads, listed for Qt Linguist (generated: do not edit).

Regenerate with ``python scripts/lib/content_catalog.py`` (scripts/update-translations
does it first). Sources: services/prompts.py, core/meetings/templates.py,
core/agreement.py, services/agreement.py, core/consent.py, services/resources/examples.py
and services/crisis_lines.py.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTENT_TEXTS: tuple[object, ...] = (
'''


def content_texts() -> Iterator[str]:
    """Every built-in text, in source order (an agreement template line by line; an
    example resource's body whole, as it is stored)."""
    sys.path.insert(0, str(ROOT / "src"))
    from safespace_desktop.core.agreement import TEMPLATES
    from safespace_desktop.core.consent import DEFAULT_WORDINGS
    from safespace_desktop.core.meetings.templates import BUILTIN_TEMPLATES
    from safespace_desktop.services.agreement import BLANK_TITLE
    from safespace_desktop.services.crisis_lines import EXAMPLES as CRISIS_LINE_EXAMPLES
    from safespace_desktop.services.prompts import BUILTIN_TEMPLATES_FACILITATOR, PROMPTS
    from safespace_desktop.services.resources.examples import EXAMPLES as RESOURCE_EXAMPLES

    for prompt in PROMPTS:
        yield prompt.text
    for journal_template in BUILTIN_TEMPLATES_FACILITATOR:
        yield journal_template.name
        yield journal_template.body
    for meeting_template in BUILTIN_TEMPLATES:
        yield meeting_template.name
        yield meeting_template.description
        for segment in meeting_template.segments:
            yield from (segment.title, segment.read_aloud, segment.note)
    yield BLANK_TITLE
    for agreement in TEMPLATES:
        yield agreement.title
        yield agreement.description
        yield from agreement.text.split("\n")
    for title, text in DEFAULT_WORDINGS.values():
        yield title
        yield text
    for example in RESOURCE_EXAMPLES:
        yield from (example.title, example.body, example.content_note)
        yield from example.service.as_dict().values()
    for name, phone, hours, note in CRISIS_LINE_EXAMPLES:
        yield from (name, phone, hours, note)


LINE_LENGTH = 100  # pyproject's; each entry is laid out as ruff format would


def _entry(quoted: str) -> str:
    context = json.dumps(CONTEXT)
    one_line = f"    QT_TRANSLATE_NOOP({context}, {quoted}),"
    if len(one_line) <= LINE_LENGTH:
        return one_line + "\n"
    inner = f"        {context}, {quoted}"
    if len(inner) <= LINE_LENGTH:
        return f"    QT_TRANSLATE_NOOP(\n{inner}\n    ),\n"
    return f"    QT_TRANSLATE_NOOP(\n        {context},\n        {quoted},\n    ),\n"


def catalog_source() -> str:
    """The generated module's text: each distinct, non-empty text once."""
    seen: set[str] = set()
    lines = [HEADER]
    for text in content_texts():
        if text and text not in seen:
            seen.add(text)
            lines.append(_entry(json.dumps(text, ensure_ascii=False)))
    lines.append(")\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    source = catalog_source()
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != source:
            print(f"{TARGET} is stale: run python scripts/lib/content_catalog.py")  # noqa: T201
            return 1
        return 0
    TARGET.write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
