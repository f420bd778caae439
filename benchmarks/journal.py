"""Benchmark the private journal against jrnl (issue 4), in one run.

Generates journals of 100, 1,000 and 10,000 entries (about 580 characters of text
each, 1 % containing "zanzibar") and measures, through SafeSpace's services layer:

- unlock-to-list: from having the keys (Argon2id excluded) to the newest 50 entries,
  with nothing decrypted yet (a freshly opened vault file and a fresh service: the
  journal index's list part is read and the 50 entries shown are opened);
- add one entry (one committed, fsynced transaction);
- search "zanzibar": the first search after unlock (decrypts everything once), and
  search-as-you-type once the in-memory index exists;
- export: all entries as readable Markdown, and the personal journal file (which
  includes one Argon2id run for the file's passphrase, at the production floor).

It then installs jrnl from PyPI into a temporary virtual environment (with
keyrings.alt so the password comes from an isolated plaintext keyring, as in
../shared/research/peer-scripts/10_jrnl_install.sh), writes encrypted jrnl journals
with the same text using jrnl's own Jrnlv3Encryption class, and measures the same
operations: as a user runs them (the ``jrnl`` command, whole process) and in-process
through jrnl's library (with its PBKDF2 runs subtracted, as our Argon2id is).

Every figure is the median of several runs, in wall time and (for SafeSpace and
jrnl's library) in CPU time of the process, which a shared machine disturbs far less. The vaults use the production KDF floor
(Argon2id 64 MiB, t=3, p=4). Temporary files live under the system temp folder and
are removed at the end.

    .venv/bin/python benchmarks/journal.py                 # full run, ~5 minutes
    .venv/bin/python benchmarks/journal.py --sizes 100,1000 --runs 3
    .venv/bin/python benchmarks/journal.py --no-jrnl       # SafeSpace only
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import cryptography

sys.path.insert(0, str(Path(__file__).resolve().parent))  # datagen: the one generator

from datagen import FACILITATOR, MEMBER, as_inputs  # noqa: E402
from datagen import journal_entries as generate  # noqa: E402

from safespace_desktop.core.model import JournalEntryInput  # noqa: E402
from safespace_desktop.crypto import kdf  # noqa: E402
from safespace_desktop.crypto.kdf import FLOOR  # noqa: E402
from safespace_desktop.services.journal import JournalService  # noqa: E402
from safespace_desktop.services.vault import Vault  # noqa: E402

HERE = Path(__file__).resolve().parent
PASSWORD = "benchmark passphrase for the journal"  # noqa: S105 (benchmark only)


# --------------------------------------------------------------------------- timing
LAST_CPU: list[float] = []  # the median CPU time of the figure just measured


def _record_cpu(cpu: list[float]) -> None:
    LAST_CPU[:] = [statistics.median(cpu)]


def median_of(fn: Callable[[], Any], runs: int, prepare: Callable[[], Any] | None = None) -> float:
    times, cpu = [], []
    for _ in range(runs):
        if prepare is not None:
            prepare()
        started, cpu_started = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    _record_cpu(cpu)
    return statistics.median(times)


@dataclass
class Results:
    ours: dict[int, dict[str, float]] = field(default_factory=dict)
    jrnl_cli: dict[int, dict[str, float]] = field(default_factory=dict)
    jrnl_inproc: dict[int, dict[str, float]] = field(default_factory=dict)
    sizes: dict[int, dict[str, int]] = field(default_factory=dict)
    info: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- SafeSpace
def build_vault(path: Path, entries: list[dict[str, Any]]) -> None:
    vault, _account = Vault.create(
        path,
        label="Benchmark",
        group_name="Benchmark group",
        handle=FACILITATOR[0],
        passphrase_text=FACILITATOR[1],
        params=FLOOR,
    )
    try:
        invitation = vault.invite_member()
        vault.claim_invitation(invitation.code, *MEMBER, exact_handle=True)
        journal = JournalService(vault)
        inputs = as_inputs(entries)
        for start in range(0, len(inputs), 1000):
            journal.add_many(inputs[start : start + 1000])
    finally:
        vault.close()


class Session:
    """A freshly opened vault file with the member unlocked (KDF not timed)."""

    def __init__(self, path: Path) -> None:
        self.vault = Vault.open_existing(path)
        self.vault.unlock(*MEMBER)

    def __enter__(self) -> Vault:
        return self.vault

    def __exit__(self, *_exc: object) -> None:
        self.vault.close()


def cold(path: Path, runs: int, operation: Callable[[JournalService], Any]) -> float:
    """Median over ``runs`` fresh sessions of ``operation`` on a fresh service."""
    times, cpu = [], []
    for _ in range(runs):
        with Session(path) as vault:
            service = JournalService(vault)
            started, cpu_started = time.perf_counter(), time.process_time()
            operation(service)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
    _record_cpu(cpu)
    return statistics.median(times)


def after_list(path: Path, runs: int, operation: Callable[[JournalService], Any]) -> float:
    """As ``cold``, but the newest 50 are listed first (untimed), as the page does."""
    times, cpu = [], []
    for _ in range(runs):
        with Session(path) as vault:
            service = JournalService(vault)
            service.list_entries(limit=50)
            started, cpu_started = time.perf_counter(), time.process_time()
            operation(service)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
    _record_cpu(cpu)
    return statistics.median(times)


def measure_ours(path: Path, count: int, runs: int) -> dict[str, float]:
    out: dict[str, float] = {}

    def first_page(service: JournalService) -> None:
        page = service.list_entries(limit=50)
        assert len(page) == min(50, count)

    def search(service: JournalService) -> None:
        assert len(service.search("zanzibar")) == (count + 99) // 100

    def export_md(service: JournalService) -> None:
        assert service.export_readable().count("\n## ") == count

    def export_file(service: JournalService) -> None:
        assert len(service.export_personal_file(PASSWORD)) > count * 500

    def keep(name: str, seconds: float) -> None:
        out[name] = seconds
        out[f"{name}_cpu"] = LAST_CPU[0]

    keep("list", cold(path, runs, first_page))
    keep("search_cold", cold(path, runs, search))
    keep("search_after_list", after_list(path, runs, search))
    keep("export_md", cold(path, runs, export_md))
    keep("export_file", cold(path, runs, export_file))
    with Session(path) as vault:
        service = JournalService(vault)
        service.list_entries(limit=50)
        keep("search_warm", median_of(lambda: search(service), max(runs, 10)))
        new = JournalEntryInput("Benchmark entry. One new reflection line for timing.")
        keep("add", median_of(lambda: service.add(new), max(runs, 10)))
    return out


def argon2_floor_seconds(runs: int) -> float:
    return median_of(lambda: kdf.derive(b"benchmark", kdf.new_salt(), FLOOR), runs)


# --------------------------------------------------------------------------- jrnl
JRNL_CONFIG = """colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
    encrypt: true
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %I:%M:%S %p'
version: v4.6
"""


class Jrnl:
    """jrnl in an isolated venv with a plaintext keyring in an isolated XDG folder."""

    def __init__(self, work: Path, venv: Path | None) -> None:
        self.work = work
        self.venv = venv or work / "jrnl-venv"
        self.env = {
            **os.environ,
            "XDG_DATA_HOME": str(work / "xdg-data"),
            "XDG_CONFIG_HOME": str(work / "xdg-config"),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        }
        if venv is None:
            print("Installing jrnl and keyrings.alt from PyPI into a temporary venv…", flush=True)
            subprocess.run([sys.executable, "-m", "venv", str(self.venv)], check=True)
            subprocess.run(
                [str(self.python), "-m", "pip", "install", "-q", "jrnl", "keyrings.alt"],
                check=True,
                env=self.env,
            )
        self.run_python(f"import keyring; keyring.set_password('jrnl', 'default', {PASSWORD!r})")

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def jrnl(self) -> Path:
        return self.venv / "bin" / "jrnl"

    def run_python(self, code: str) -> str:
        done = subprocess.run(
            [str(self.python), "-c", code], check=True, env=self.env, capture_output=True, text=True
        )
        return done.stdout

    def versions(self) -> str:
        return self.run_python(
            "import importlib.metadata as m; print(', '.join(f'{p} {m.version(p)}' for p in "
            "('jrnl', 'cryptography', 'keyring', 'keyrings.alt')))"
        ).strip()

    def build(self, folder: Path, entries: list[dict[str, Any]]) -> Path:
        folder.mkdir(parents=True)
        entries_file = folder / "entries.json"
        entries_file.write_text(json.dumps(entries), "utf-8")
        journal = folder / "journal.txt"
        subprocess.run(
            [
                str(self.python),
                str(HERE / "_jrnl_side.py"),
                "gen",
                str(entries_file),
                str(journal),
                PASSWORD,
            ],
            check=True,
            env=self.env,
        )
        entries_file.unlink()
        config = folder / "jrnl.yaml"
        config.write_text(JRNL_CONFIG.format(journal=journal), "utf-8")
        self.cli(config, "-n", "1")  # lets jrnl settle its config file once
        shutil.copy(journal, folder / "base.txt")
        return config

    def cli(
        self, config: Path, *args: str, capture: bool = False
    ) -> subprocess.CompletedProcess[bytes]:
        """Run the jrnl command; output goes to /dev/null unless captured."""
        sink = subprocess.PIPE if capture else subprocess.DEVNULL
        return subprocess.run(
            [str(self.jrnl), "--config-file", str(config), *args],
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=sink,
            env=self.env,
            check=True,
        )

    def measure_cli(self, config: Path, count: int, runs: int) -> dict[str, float]:
        folder = config.parent
        journal, base = folder / "journal.txt", folder / "base.txt"

        def restore() -> None:
            shutil.copy(base, journal)

        found = json.loads(
            self.cli(config, "-contains", "zanzibar", "--format", "json", capture=True).stdout
        )
        assert len(found["entries"]) == (count + 99) // 100, "jrnl found a different set"
        out = {
            "list": median_of(lambda: self.cli(config, "-n", "50"), runs),
            "add": median_of(
                lambda: self.cli(config, "Benchmark entry. One new reflection line for timing."),
                runs,
                prepare=restore,
            ),
        }
        restore()
        out["search_cold"] = median_of(lambda: self.cli(config, "-contains", "zanzibar"), runs)
        out["export_md"] = median_of(lambda: self.cli(config, "--format", "markdown"), runs)
        return out

    def measure_inproc(self, config: Path, runs: int) -> dict[str, float]:
        done = subprocess.run(
            [
                str(self.python),
                str(HERE / "_jrnl_side.py"),
                "inproc",
                str(config),
                PASSWORD,
                str(runs),
            ],
            check=True,
            env=self.env,
            capture_output=True,
            text=True,
        )
        raw = json.loads(done.stdout.strip().splitlines()[-1])
        kdf_s, kdf_cpu = raw["pbkdf2"], raw.get("pbkdf2_cpu", 0.0)
        shutil.copy(config.parent / "base.txt", config.parent / "journal.txt")
        out = {"pbkdf2": kdf_s, "search_warm": raw["search_warm"]}
        out["search_warm_cpu"] = raw.get("search_warm_cpu", 0.0)
        for name, kdf_runs in (("list", 1), ("add", 2), ("search_cold", 1), ("export_md", 1)):
            out[name] = raw[name] - kdf_runs * kdf_s
            out[f"{name}_cpu"] = raw.get(f"{name}_cpu", 0.0) - kdf_runs * kdf_cpu
        return out

    def version_floor(self, runs: int) -> float:
        return median_of(
            lambda: subprocess.run(
                [str(self.jrnl), "--version"], env=self.env, capture_output=True, check=True
            ),
            runs,
        )


# --------------------------------------------------------------------------- report
OPERATIONS = (
    ("list", "unlock-to-list: newest 50, nothing decrypted yet (KDF excluded)"),
    ("add", "add one entry"),
    ("search_cold", 'search "zanzibar", first search after unlock'),
    (
        "search_after_list",
        'search "zanzibar", first search once the list is shown (the page\'s order; '
        "jrnl: a cold search, it has no session)",
    ),
    ("search_warm", 'search "zanzibar" as you type (index built)'),
    ("export_md", "export all entries as Markdown"),
    ("export_file", "export the personal journal file (incl. one Argon2id at the floor)"),
)


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def ratio(theirs: float | None, ours: float | None) -> str:
    if theirs is None or ours is None or ours <= 0:
        return "—"
    value = theirs / ours
    return f"{value:.0f}×" if value >= 10 else f"{value:.1f}×"


def table(results: Results) -> str:
    lines = [
        "| operation | N | SafeSpace | jrnl (command) | jrnl ÷ SafeSpace "
        "| jrnl (in-process, no KDF) | jrnl in-process ÷ SafeSpace "
        "| CPU: SafeSpace / jrnl in-process | CPU ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key, label in OPERATIONS:
        for count in sorted(results.ours):
            ours = results.ours[count].get(key)
            cli = results.jrnl_cli.get(count, {}).get(key)
            inproc = results.jrnl_inproc.get(count, {}).get(key)
            ours_cpu = results.ours[count].get(f"{key}_cpu")
            jrnl_cpu = results.jrnl_inproc.get(count, {}).get(f"{key}_cpu")
            lines.append(
                f"| {label} | {count:,} | {fmt(ours)} | {fmt(cli)} | {ratio(cli, ours)} "
                f"| {fmt(inproc)} | {ratio(inproc, ours)} "
                f"| {fmt(ours_cpu)} / {fmt(jrnl_cpu)} | {ratio(jrnl_cpu, ours_cpu)} |"
            )
    return "\n".join(lines)


def sizes_table(results: Results) -> str:
    lines = ["| N | SafeSpace vault file | jrnl journal file |", "|---:|---:|---:|"]
    for count, sizes in sorted(results.sizes.items()):
        jrnl = sizes.get("jrnl")
        lines.append(
            f"| {count:,} | {sizes['vault'] / 1024:,.0f} KiB | "
            f"{'—' if jrnl is None else f'{jrnl / 1024:,.0f} KiB'} |"
        )
    return "\n".join(lines)


def flatness(results: Results) -> str:
    counts = sorted(results.ours)
    first, last = results.ours[counts[0]]["add"], results.ours[counts[-1]]["add"]
    return (
        f"Add one entry: {fmt(first)} at N={counts[0]:,} and {fmt(last)} at N={counts[-1]:,} "
        f"({last / first:.2f}× for {counts[-1] // counts[0]}× the entries)."
    )


# --------------------------------------------------------------------------- main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--jrnl-venv", type=Path, help="reuse a venv that has jrnl installed")
    parser.add_argument("--no-jrnl", action="store_true", help="measure SafeSpace only")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()
    counts = [int(s) for s in args.sizes.split(",")]
    results = Results()
    results.info = {
        "date": datetime.now().isoformat(timespec="minutes"),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
        "cryptography": cryptography.__version__,
        "sqlite": sqlite3.sqlite_version,
    }
    work = Path(tempfile.mkdtemp(prefix="safespace-journal-bench-"))
    try:
        jrnl = None if args.no_jrnl else Jrnl(work, args.jrnl_venv)
        if jrnl is not None:
            results.info["jrnl"] = jrnl.versions()
            results.info["jrnl --version (process floor)"] = fmt(jrnl.version_floor(args.runs))
        results.info["argon2id floor (64 MiB, t=3, p=4)"] = fmt(argon2_floor_seconds(3))
        for count in counts:
            entries = generate(count)
            text_chars = statistics.mean(len(e["title"]) + 1 + len(e["body"]) for e in entries)
            results.info[f"mean entry text, N={count}"] = f"{text_chars:.0f} characters"
            print(f"N={count:,}: building the SafeSpace vault…", flush=True)
            vault_path = work / f"safespace-{count}" / "bench.ssvault"
            build_vault(vault_path, entries)
            results.sizes[count] = {"vault": vault_path.stat().st_size}
            print(f"N={count:,}: measuring SafeSpace…", flush=True)
            results.ours[count] = measure_ours(vault_path, count, args.runs)
            if jrnl is not None:
                print(f"N={count:,}: building and measuring jrnl…", flush=True)
                config = jrnl.build(work / f"jrnl-{count}", entries)
                results.sizes[count]["jrnl"] = (config.parent / "base.txt").stat().st_size
                results.jrnl_cli[count] = jrnl.measure_cli(config, count, args.runs)
                results.jrnl_inproc[count] = jrnl.measure_inproc(config, args.runs)
                # jrnl has no session: its search after a listing is another cold search.
                for side in (results.jrnl_cli[count], results.jrnl_inproc[count]):
                    if "search_cold" in side:
                        side["search_after_list"] = side["search_cold"]
                    if "search_cold_cpu" in side:
                        side["search_after_list_cpu"] = side["search_cold_cpu"]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    for key, value in results.info.items():
        print(f"- {key}: {value}")
    print()
    print(table(results))
    print()
    print(sizes_table(results))
    print()
    print(flatness(results))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "info": results.info,
                    "ours": results.ours,
                    "jrnl_cli": results.jrnl_cli,
                    "jrnl_inproc": results.jrnl_inproc,
                    "sizes": results.sizes,
                },
                indent=2,
            ),
            "utf-8",
        )


if __name__ == "__main__":
    main()
