"""Benchmark the coping-resources library's search at the design size (issue 11).

Generates a vault with N resources (default 1,000; text of about 800 characters, a
quarter of them local services with every service field filled) and measures, through
the same code the pages use:

- page load: open every sealed row once (``ResourcesService.load_library``) and build
  the in-memory ``ResourceIndex`` — this runs on the worker thread, off the GUI;
- per keystroke: typing queries letter by letter, each keystroke runs
  ``ResourceIndex.search`` plus the list model's reset (``ResourceListModel.set_rows``)
  on the GUI thread — the budget is 50 ms per keystroke at 1,000 resources.

Keys come from the fast test KDF (unlocking is not what is measured here).

    .venv/bin/python benchmarks/resources.py
    .venv/bin/python benchmarks/resources.py --count 1000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # datagen: the one generator

from datagen import resource_draft  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from safespace_desktop.core.resources.search import Filters, ResourceIndex, SortBy  # noqa: E402
from safespace_desktop.crypto import kdf  # noqa: E402
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE  # noqa: E402
from safespace_desktop.services.resources import ResourcesService  # noqa: E402
from safespace_desktop.services.vault import Vault  # noqa: E402
from safespace_desktop.ui.resources.model import ResourceListModel  # noqa: E402

QUERIES = ("grounding", "walk library", "kettle", "zanzibar", "bus centre tuesday")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    kdf.enable_test_mode()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        vault, _account = Vault.create(
            Path(folder) / "bench.ssvault",
            label="Bench",
            group_name="Bench group",
            handle="robin",
            passphrase_text="lantern meadow pebble harbour",
            params=FAST_TEST_PROFILE,
        )
        service = ResourcesService(vault)
        started = time.perf_counter()
        for i in range(args.count):
            service.add(resource_draft(rng, i))
        added = time.perf_counter() - started

        loads: list[float] = []
        index = ResourceIndex([])
        for _ in range(args.runs):
            started = time.perf_counter()
            index = ResourceIndex(ResourcesService(vault).load_library().resources)
            loads.append(time.perf_counter() - started)

        model = ResourceListModel()
        today = service.today()
        keystrokes: list[float] = []
        for _ in range(args.runs):
            for query in QUERIES:
                for end in range(1, len(query) + 1):
                    for sort in (SortBy.TITLE, SortBy.LAST_CHECKED):
                        started = time.perf_counter()
                        rows = index.search(Filters(query=query[:end], sort=sort))
                        model.set_rows(rows, today)
                        keystrokes.append(time.perf_counter() - started)
        vault.close()
    del app
    keystrokes.sort()
    p95 = keystrokes[int(len(keystrokes) * 0.95) - 1]
    print(
        f"machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    print(f"resources: {args.count} (added in {added:.1f} s, one transaction each)")
    print()
    print("| step | median | worst | budget |")
    print("|---|---:|---:|---|")
    print(
        f"| page load: open every row once + build the index (worker) | "
        f"{statistics.median(loads) * 1000:.0f} ms | {max(loads) * 1000:.0f} ms | off the GUI thread |"
    )
    print(
        f"| one keystroke: search + list model reset (GUI thread), {len(keystrokes)} keystrokes | "
        f"{statistics.median(keystrokes) * 1000:.2f} ms (p95 {p95 * 1000:.2f} ms) | "
        f"{keystrokes[-1] * 1000:.2f} ms | 50 ms |"
    )


if __name__ == "__main__":
    main()
