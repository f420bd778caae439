"""The jrnl half of benchmarks/journal.py. Runs inside the temporary jrnl venv.

    python _jrnl_side.py gen ENTRIES.json JOURNAL_FILE PASSWORD
        Write an encrypted jrnl v3 journal with jrnl's own Jrnlv3Encryption class
        (the same way as ../shared/research/peer-scripts/lib/jrnl_gen.py), so the
        file is byte-for-byte what jrnl itself writes.

    python _jrnl_side.py inproc CONFIG.yaml PASSWORD RUNS
        Time jrnl's library in-process (no interpreter start-up), print JSON medians:
        open (decrypt + parse), list newest 50, add one entry (open + new entry +
        write), search "zanzibar" (cold and on an already-open journal), and export
        all entries to Markdown. Also times one PBKDF2 derivation, so the caller can
        report figures without jrnl's key derivation, like ours without Argon2id.

Nothing from safespace_desktop is imported here.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any


def _text(entries: list[dict[str, Any]]) -> str:
    parts = []
    for item in entries:
        stamp = datetime.fromisoformat(item["when"]).strftime("%Y-%m-%d %I:%M:%S %p")
        body = item["body"] + "".join(f" @{t}" for t in item["tags"])
        parts.append(f"[{stamp}] {item['title']}\n{body}\n")
    return "\n".join(parts)


def gen(entries_file: str, out: str, password: str) -> None:
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption

    entries = json.loads(Path(entries_file).read_text("utf-8"))
    enc = Jrnlv3Encryption("default", {})
    enc.password = password
    Path(out).write_bytes(enc._encrypt(_text(entries)))


CPU: dict[str, float] = {}  # the median CPU time of each figure (a shared machine)


def _median(fn: Any, runs: int, prepare: Any = None, name: str = "") -> float:
    times, cpu = [], []
    for _ in range(runs):
        if prepare is not None:
            prepare()
        started, cpu_started = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    if name:
        CPU[name] = statistics.median(cpu)
    return statistics.median(times)


def _load_config(config_file: str) -> dict[str, Any]:
    from ruamel.yaml import YAML

    return dict(YAML(typ="safe").load(Path(config_file).read_text("utf-8")))


def inproc_main(config_file: str, password: str, runs: int) -> dict[str, float]:
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
    from jrnl.journals import Journal
    from jrnl.plugins.markdown_exporter import MarkdownExporter

    config = _load_config(config_file)
    journal_config = {**config, **config["journals"]["default"]}
    journal_config.pop("journals", None)
    path = Path(journal_config["journal"])
    base = path.with_suffix(".base")
    shutil.copy(path, base)

    def open_journal() -> Any:
        journal = Journal("default", **journal_config)
        journal._reconfigure_encryption_method()
        journal.encryption_method.password = password
        return journal.open()

    enc = Jrnlv3Encryption("default", {})
    enc.password = password
    results: dict[str, float] = {}
    results["pbkdf2"] = _median(lambda: enc._make_key(b"0123456789abcdef"), runs, name="pbkdf2")

    def list_newest() -> None:
        journal = open_journal()
        page = journal.entries[-50:]
        assert len(page) == min(50, len(journal.entries))

    results["list"] = _median(list_newest, runs, name="list")

    def add() -> None:
        journal = open_journal()
        journal.new_entry("Benchmark entry. One new reflection line for timing.")
        journal.write()

    results["add"] = _median(add, runs, prepare=lambda: shutil.copy(base, path), name="add")
    shutil.copy(base, path)

    def search_cold() -> None:
        journal = open_journal()
        journal.filter(contains=["zanzibar"])
        assert journal.entries

    results["search_cold"] = _median(search_cold, runs, name="search_cold")

    loaded = open_journal()
    everything = list(loaded.entries)

    def search_warm() -> None:
        loaded.entries = everything
        loaded.filter(contains=["zanzibar"])
        assert loaded.entries

    results["search_warm"] = _median(search_warm, runs, name="search_warm")

    def export_markdown() -> None:
        journal = open_journal()
        text = MarkdownExporter.export_journal(journal)
        assert text

    results["export_md"] = _median(export_markdown, runs, name="export_md")
    results["entries"] = float(len(everything))
    return {**results, **{f"{k}_cpu": v for k, v in CPU.items()}}


def main() -> None:
    command = sys.argv[1]
    if command == "gen":
        gen(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "inproc":
        print(json.dumps(inproc_main(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()
