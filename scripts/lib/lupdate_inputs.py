"""What lupdate reads, in one place for scripts/update-translations and the tests.

Every source of ui/ except the generated resources_rc.py (lupdate crashes on the
compressed translations embedded in it, and it holds no strings of ours), and
module-level ``_tr("…")`` wrappers read like ``tr("…")``: their strings land in the ""
context, which AppTranslator (ui/appearance/language.py) falls back to.

Run as a script, it prints the arguments one per line.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lupdate_inputs(root: Path = ROOT) -> list[str]:
    ui = root / "src" / "safespace_desktop" / "ui"
    sources = sorted(str(p) for p in ui.rglob("*.py") if p.name != "resources_rc.py")
    return ["-tr-function-alias", "tr+=_tr", *sources]


if __name__ == "__main__":
    sys.stdout.write("\n".join(lupdate_inputs()) + "\n")
