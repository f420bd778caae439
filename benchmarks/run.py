"""Run every benchmark table in one go (issue 15) and write one markdown report.

Each benchmark runs in its own process, one after the other (never two at once: the
machine is small), with its peer in the same run where there is one: jrnl for the
journal (``_jrnl_side.py``), a minimal PySide6 window for start-up (``_pyside_min.py``),
KeePassXC for sync (when ``keepassxc-cli`` is installed). Every figure in the tables
is a median over repeated runs, as each script documents; ratios are in the tables.

The design-size vaults come from ``datagen.py`` and are kept in ``--cache`` (built once,
reused by later runs: M takes about 25 s, L about 6 minutes, built at nice 19), as is
jrnl's virtual environment.

    .venv/bin/python benchmarks/run.py --quick             # about a minute: tiny sizes
    .venv/bin/python benchmarks/run.py                      # everything (~20 min + sync)
    .venv/bin/python benchmarks/run.py --only pages,scaling --sizes S,M
    .venv/bin/python benchmarks/run.py --sync-quick         # sync at 1/100 (its --quick)
    .venv/bin/python benchmarks/run.py --only scaling --sizes S,M,L   # L: ~5 min to build once

The report goes to ``--out`` (default ``<cache>/report.md``) and is printed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ALL = (
    "journal",
    "startup",
    "pages",
    "meetings",
    "resources",
    "attachments",
    "run_console",
    "sync",
    "scaling",
)
TITLES = {
    "journal": "Journal against jrnl (command and in-process library)",
    "startup": "Start-up against a minimal PySide6 window",
    "pages": "Every page: first rows, GUI-thread stalls, unlock, memory",
    "meetings": "Meetings at M size",
    "resources": "Coping resources: search as you type",
    "attachments": "Attachments against raw AES-GCM",
    "run_console": "Running a meeting: key to repaint",
    "sync": "Sync against KeePassXC (and Joplin's recorded figures)",
    "scaling": "Scaling: each operation's cost by size",
}


@dataclass
class Outcome:
    name: str
    command: list[str]
    seconds: float
    code: int
    load_before: float
    load_after: float
    stdout: str
    extra: dict[str, object] = field(default_factory=dict)


def load() -> float:
    return os.getloadavg()[0]


def env() -> dict[str, str]:
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "src"), str(HERE), out.get("PYTHONPATH", "")]
    ).rstrip(os.pathsep)
    out.setdefault("QT_QPA_PLATFORM", "offscreen")
    return out


def run(name: str, command: list[str], logs: Path) -> Outcome:
    print(f"… {name}: {' '.join(command[1:])}", flush=True)
    before = load()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env(), capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    (logs / f"{name}.log").write_text(done.stdout + "\n--- stderr ---\n" + done.stderr, "utf-8")
    if done.returncode != 0:
        print(f"   {name} failed ({done.returncode}); see {logs / (name + '.log')}", flush=True)
    return Outcome(name, command, seconds, done.returncode, before, load(), done.stdout)


# How long datagen.py takes to build each size once (bulk inserts, 2 vCPU at load 2-3;
# the build runs at nice 19 so it does not crowd other work). L is 1.5 million records
# and about 2 GB.
BUILD_TIME = {"tiny": "a second", "S": "a few seconds", "M": "about 25 s", "L": "about 6 minutes"}
BUILDS: dict[str, str] = {}
"""Each size's build, as its last line says ("built L at … in 290 s"), for the report."""


def vault_folder(cache: Path, size: str, logs: Path) -> Path:
    """A data folder with one vault of ``size`` (production KDF floor), built once."""
    folder = cache / f"vault-{size}"
    if (folder / "complete").exists():
        built = (folder / "complete").read_text("utf-8").strip().splitlines()
        BUILDS[size] = f"reused {folder} ({built[-1] if built else 'built earlier'})"
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    print(f"   building {size} once into {folder}: takes {BUILD_TIME.get(size, '?')}", flush=True)
    outcome = run(
        f"build-{size}",
        ["nice", "-n", "19", sys.executable, str(HERE / "datagen.py"), "--size", size]
        + ["--folder", str(folder)],
        logs,
    )
    if outcome.code != 0:
        raise SystemExit(f"building {size} failed: see {logs}")
    (folder / "complete").write_text(outcome.stdout, "utf-8")
    BUILDS[size] = f"built in {outcome.seconds:,.0f} s (load {outcome.load_before:.1f})"
    return folder


def jrnl_venv(cache: Path) -> Path | None:
    """jrnl and keyrings.alt in a venv kept in the cache (PyPI, once)."""
    venv = cache / "jrnl-venv"
    if (venv / "bin" / "jrnl").exists():
        return venv
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", "jrnl", "keyrings.alt"], check=True
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"   jrnl could not be installed ({exc}); the journal runs without it")
        shutil.rmtree(venv, ignore_errors=True)
        return None
    return venv


def tables(text: str) -> str:
    """The markdown tables of a benchmark's output, with the line just above each."""
    lines = text.splitlines()
    out: list[str] = []
    for index, line in enumerate(lines):
        if not line.startswith("|"):
            continue
        if not out or not out[-1].startswith("|") or not lines[index - 1].startswith("|"):
            heading = lines[index - 1].strip() if index else ""
            if heading and not heading.startswith("|"):
                out += ["", heading, ""]
            else:
                out.append("")
        out.append(line)
    return "\n".join(out).strip()


# --------------------------------------------------------------------------- scaling
def scaling_table(figures: dict[str, dict[str, float]]) -> str:
    """One row per operation: its median at each size, then for each step between
    sizes (S → M, M → L) how much its time and the data it reads grew."""
    from datagen import SIZES
    from scaling import DATA, OPERATIONS

    sizes = [s for s in ("tiny", "S", "M", "L") if s in figures]
    steps = list(zip(sizes, sizes[1:], strict=False))
    # CPU time when the figures have it (scaling.py writes both): the load on a shared
    # machine stretches wall time far more than CPU time.
    cpu = all(f"{key}_cpu" in figures[s] for s in sizes for key, _label in OPERATIONS)
    unit = "ms CPU" if cpu else "ms"
    head = "| operation | " + " | ".join(f"{s} {unit}" for s in sizes) + " |"
    rule = "|---|" + "---:|" * len(sizes)
    for small, big in steps:
        head += f" {small} → {big} time | {small} → {big} data |"
        rule += "---:|---:|"
    lines = [head, rule]
    for key, label in OPERATIONS:
        if not all(key in figures[s] for s in sizes):
            continue  # a figure file from before the operation existed
        of = {s: figures[s][f"{key}_cpu" if cpu else key] for s in sizes}
        row = f"| {label} | " + " | ".join(f"{of[s]:,.1f}" for s in sizes) + " |"
        amount = DATA.get(key)
        for small, big in steps:
            ratio = of[big] / max(of[small], 1e-6)
            data = amount(SIZES[big]) / max(amount(SIZES[small]), 1) if amount else 1.0
            note = " (**worse than linear**)" if ratio > 1.5 * data and ratio > 3 else ""
            row += f" {ratio:,.1f}×{note} | {data:,.0f}× |"
        lines.append(row)
    return "\n".join(lines)


# --------------------------------------------------------------------------- main
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, about a minute")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(ALL)}")
    parser.add_argument("--skip", default="", help="comma-separated benchmarks to leave out")
    parser.add_argument(
        "--sizes", help="scaling sizes (default S,M; --quick: tiny,S; S,M,L for the stress size)"
    )
    parser.add_argument("--pages-size", help="pages benchmark size (default M; --quick: tiny)")
    parser.add_argument("--sync-quick", action="store_true", help="sync at 1/100 of its sizes")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/safespace-bench-cache"))
    parser.add_argument("--out", type=Path, help="report file (default <cache>/report.md)")
    args = parser.parse_args()
    chosen = [n for n in (args.only.split(",") if args.only else ALL) if n not in args.skip]
    quick = args.quick
    sizes = (args.sizes or ("tiny,S" if quick else "S,M")).split(",")
    pages_size = args.pages_size or ("tiny" if quick else "M")
    cache = args.cache
    logs = cache / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    outcomes: list[Outcome] = []
    started = datetime.now(UTC)
    for name in chosen:
        if name == "journal":
            command = [py, str(HERE / "journal.py"), "--json", str(cache / "journal.json")]
            if quick:
                command += ["--sizes", "100,1000", "--runs", "1", "--no-jrnl"]
            else:
                venv = jrnl_venv(cache)
                command += ["--sizes", "100,1000,10000", "--runs", "5"]
                command += ["--jrnl-venv", str(venv)] if venv else ["--no-jrnl"]
        elif name == "startup":
            command = [py, str(HERE / "startup.py"), "--runs", "1" if quick else "7"]
            if quick or not shutil.which("Xvfb"):
                command.append("--no-map")
        elif name == "pages":
            folder = vault_folder(cache, pages_size, logs)
            command = [py, str(HERE / "pages.py"), "--reuse", str(folder)]
            command += ["--settle-ms", "200"] if quick else ["--runs", "3"]
            command += ["--json", str(cache / "pages.json")]
        elif name == "meetings":
            command = [py, str(HERE / "meetings.py")]
            if quick:
                command += ["--meetings", "50", "--repeat", "3"]
            else:  # the M vault's 5,000 meetings and 40,000 segments (a copy)
                command += ["--reuse", str(vault_folder(cache, "M", logs)), "--repeat", "9"]
        elif name == "resources":
            command = [py, str(HERE / "resources.py")]
            command += ["--count", "100", "--runs", "2"] if quick else ["--runs", "5"]
        elif name == "attachments":
            command = [py, str(HERE / "attachments.py")]
            command += ["--mb", "2", "--runs", "2"] if quick else ["--runs", "5"]
        elif name == "run_console":
            command = [py, str(HERE / "run_console.py"), "--presses", "40" if quick else "300"]
            if shutil.which("xvfb-run"):
                command = ["xvfb-run", "-a", *command]
        elif name == "sync":
            command = [py, str(HERE / "sync.py"), "--work", str(cache / "sync")]
            if quick or args.sync_quick:
                command.append("--quick")
            if quick:
                command.append("--skip-peers")
        elif name == "scaling":
            figures: dict[str, dict[str, float]] = {}
            for size in sizes:
                folder = vault_folder(cache, size, logs)
                out_json = cache / f"scaling-{size}.json"
                # At L the whole-table operations (a member's attendance history over
                # 500,000 rows, a full export of 1.5 million records) run once.
                heavy = "1" if size == "L" else "3"
                outcome = run(
                    f"scaling-{size}",
                    [py, str(HERE / "scaling.py"), "--reuse", str(folder), "--json", str(out_json)]
                    + (["--runs", "3"] if quick else ["--runs", "5"])
                    + ["--heavy-runs", heavy],
                    logs,
                )
                outcomes.append(outcome)
                if outcome.code == 0:
                    figures[size] = json.loads(out_json.read_text("utf-8"))
            if figures:
                built = "\n".join(f"- {size}: {BUILDS[size]}" for size in sizes if size in BUILDS)
                table = scaling_table(figures) + ("\n\nVaults:\n\n" + built if built else "")
                outcomes.append(Outcome("scaling", [], 0, 0, load(), load(), "", {"table": table}))
            continue
        else:
            raise SystemExit(f"unknown benchmark {name}")
        outcomes.append(run(name, command, logs))

    report = render(outcomes, started, quick)
    out = args.out or cache / "report.md"
    out.write_text(report, "utf-8")
    print(report)
    print(f"\n(report written to {out}; logs in {logs})")
    return 0 if all(o.code == 0 for o in outcomes) else 1


def render(outcomes: list[Outcome], started: datetime, quick: bool) -> str:
    import PySide6

    lines = [
        f"Run of `benchmarks/run.py{' --quick' if quick else ''}` started {started:%Y-%m-%d %H:%M} UTC "
        f"on {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}. The machine is shared: the load average is given "
        "for each benchmark; compare ratios and peers measured in the same run, not milliseconds.",
        "",
    ]
    for outcome in outcomes:
        if outcome.name.startswith("scaling-"):
            continue
        lines.append(f"### {TITLES.get(outcome.name, outcome.name)}")
        lines.append("")
        if outcome.command:
            shown = " ".join(
                Path(part).name if part.startswith("/") and part.endswith(".py") else part
                for part in outcome.command
            ).replace(sys.executable, "python")
            lines.append(
                f"`{shown}`: {outcome.seconds:,.0f} s, load average "
                f"{outcome.load_before:.1f} → {outcome.load_after:.1f}"
                + ("" if outcome.code == 0 else f", **failed (exit {outcome.code})**")
            )
            lines.append("")
        body = str(outcome.extra.get("table", "")) or tables(outcome.stdout)
        if not body:  # a benchmark that prints a few lines rather than a table
            body = "\n".join(f"    {line}" for line in outcome.stdout.strip().splitlines()[-12:])
        lines.append(body or "(no output: see the log)")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
