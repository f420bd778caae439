"""The generated list of built-in texts for Qt Linguist matches the core sources.

scripts/lib/content_catalog.py writes ui/wording/content_catalog.py; when a prompt, a
template or the consent wording changes and nobody regenerated it, the new text would
silently stay in English for everyone.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    path = ROOT / "scripts" / "lib" / "content_catalog.py"
    spec = importlib.util.spec_from_file_location("content_catalog_generator", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_content_catalog_is_fresh() -> None:
    generator = _generator()
    on_disk = generator.TARGET.read_text(encoding="utf-8")
    assert on_disk == generator.catalog_source(), (
        "ui/wording/content_catalog.py is stale: run python scripts/lib/content_catalog.py"
    )


def test_the_catalog_holds_every_kind_of_built_in_text() -> None:
    from safespace_desktop.core.agreement import TEMPLATES
    from safespace_desktop.core.consent import DEFAULT_WORDINGS
    from safespace_desktop.core.meetings.templates import BUILTIN_TEMPLATES
    from safespace_desktop.services.crisis_lines import EXAMPLES as CRISIS_LINE_EXAMPLES
    from safespace_desktop.services.prompts import PROMPTS, SELF_CARE_CHECK_IN
    from safespace_desktop.services.resources.examples import EXAMPLES as RESOURCE_EXAMPLES

    texts = set(_generator().content_texts())
    assert {p.text for p in PROMPTS} <= texts
    assert {SELF_CARE_CHECK_IN.name, SELF_CARE_CHECK_IN.body} <= texts
    assert len(BUILTIN_TEMPLATES) == 5
    for template in BUILTIN_TEMPLATES:
        assert {template.name, template.description} <= texts
        assert {s.title for s in template.segments} <= texts
    for agreement in TEMPLATES:
        assert set(agreement.text.split("\n")) <= texts
    for title, text in DEFAULT_WORDINGS.values():
        assert {title, text} <= texts
    for example in RESOURCE_EXAMPLES:
        assert {example.title, example.body} <= texts
    assert {name for name, *_rest in CRISIS_LINE_EXAMPLES} <= texts
