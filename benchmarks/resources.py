"""Benchmark the coping-resources library's search at the design size (issue 11).

Generates a vault with N resources (default 1,000; text of about 800 characters, a
quarter of them local services with every service field filled) and measures, through
the same code the pages use:

- page load (``ResourcesService.load_index``: the library and its ``ResourceIndex``, on
  the worker thread, off the GUI), three ways since the sealed list-and-search index
  (``services/resources/index.py``, issue 15): the index caught up from every row
  (after generation, an upgrade or a sync import that brought every row: once), the
  first open of a session (the stored index decoded once), and a later open in the
  same session (the decoded copy checked against the rows' fingerprints);
- adding one resource (one transaction, the index block rewritten with it);
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
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # datagen: the one generator

from datagen import resource_draft  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from safespace_desktop.core.resources.search import Filters, SortBy  # noqa: E402
from safespace_desktop.crypto import kdf  # noqa: E402
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE  # noqa: E402
from safespace_desktop.services.resources import ResourcesService  # noqa: E402
from safespace_desktop.services.resources import index as resource_index  # noqa: E402
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
        started, cpu_started = time.perf_counter(), time.process_time()
        for i in range(args.count):
            service.add(resource_draft(rng, i))
        added = time.perf_counter() - started
        added_cpu = time.process_time() - cpu_started

        vault.checkpoint()  # as at lock: the reads below do not walk a long WAL

        def timed_load(before: Callable[[], None]) -> tuple[list[float], list[float]]:
            samples: list[float] = []
            cpu: list[float] = []
            for _ in range(args.runs):
                before()
                started, cpu_started = time.perf_counter(), time.process_time()
                ResourcesService(vault).load_index()  # what both pages' load runs
                samples.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
            return samples, cpu

        def drop_index() -> None:
            with vault.transaction() as (db, _keyring, _principal):
                connection = db.session.connection()
                for table in ("resource_index_shared", "resource_index_facilitators"):
                    connection.exec_driver_sql(f"DELETE FROM {table}")
            resource_index._CACHE.clear()
            resource_index._SEARCH.clear()

        def new_session() -> None:
            resource_index._CACHE.clear()
            resource_index._SEARCH.clear()

        loads = {
            "from every row (index caught up from nothing: once)": timed_load(drop_index),
            "first open in a session (stored index decoded)": timed_load(new_session),
            "again in the session (decoded copy checked, search index kept)": timed_load(
                lambda: None
            ),
        }
        index = ResourcesService(vault).load_index()[0]

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
    print(
        f"resources: {args.count} (added in {added:.1f} s, one transaction each: "
        f"{added / args.count * 1000:.1f} ms per resource, CPU "
        f"{added_cpu / args.count * 1000:.1f} ms)"
    )
    print()
    print("| step | median | worst | budget |")
    print("|---|---:|---:|---|")
    for label, (samples, cpu) in loads.items():
        print(
            f"| page load, {label} (worker) | {statistics.median(samples) * 1000:.0f} ms "
            f"(CPU {statistics.median(cpu) * 1000:.0f} ms) | {max(samples) * 1000:.0f} ms "
            "| off the GUI thread |"
        )
    print(
        f"| one keystroke: search + list model reset (GUI thread), {len(keystrokes)} keystrokes | "
        f"{statistics.median(keystrokes) * 1000:.2f} ms (p95 {p95 * 1000:.2f} ms) | "
        f"{keystrokes[-1] * 1000:.2f} ms | 50 ms |"
    )


if __name__ == "__main__":
    main()
