"""Every workspace page at a design size (issue 15): time to first rows, the longest
GUI-thread stall while opening, unlock to a usable first page minus key derivation,
and peak resident memory after each page, cumulatively.

Builds (or reuses) a vault of the chosen size with ``datagen.py`` (production KDF
floor), then, once per person (the facilitator, then the member who owns the journal),
in a fresh process: starts the real shell (``AppController`` + ``MainWindow``, as the
app), types the handle and passphrase, clicks Unlock, and clicks every section of the
"Sections" list in turn (as ``stalls.py`` does, with its 5 ms heartbeat).

- **first rows**: from the click to the moment the page's data has arrived: the task
  runner is idle and a visible list, table or tree on the page has rows. A page with
  no such view (a form, a chart) counts when the runner has stayed idle; the table
  says "no list" there.
- **rows shown**: from the click to the first moment a visible list on the page has
  rows (Home: its follow-ups summary has text, its list may be empty), whether or not reads the page started after them are still running (Home's
  names and choices, the evaluation reminder, the rota notice); polled every 5 ms.
- **longest stall**: the longest gap between two 5 ms heartbeat ticks from the click
  until the page has been quiet for ``--settle-ms``.
- **unlock − KDF**: press Unlock → first rows of the first page, minus one Argon2id
  derivation at the vault's parameters timed in the same process just before.
- **peak RSS**: ``ru_maxrss`` of the process after the page (cumulative: every page
  before it is still open).

    .venv/bin/python benchmarks/pages.py --size M --keep /tmp/vault-m   # build once
    .venv/bin/python benchmarks/pages.py --reuse /tmp/vault-m            # measure again
    .venv/bin/python benchmarks/pages.py --size tiny                     # quick check
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUIET_IDLE_S = 1.5  # a page without a list counts once the runner stayed idle this long


@dataclass
class PageFigure:
    page: str
    first_rows_ms: float
    cpu_ms: float  # CPU time of every thread of the process until the first rows
    rows_shown_ms: float  # until a visible list first had rows (-1: never, no list)
    rows_shown_cpu_ms: float
    longest_stall_ms: float
    stalls_over_50ms: int
    rows: int  # rows in the page's largest visible list (-1: the page has no list)
    peak_rss_mib: float
    rss_now_mib: float


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_now_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _kdf_ms(repeat: int = 3) -> float:
    from safespace_desktop.crypto import kdf

    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        kdf.derive(b"benchmark passphrase", kdf.new_salt(), kdf.FLOOR)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _largest_list(page: object) -> int:
    """Rows in the biggest visible item view on ``page``; -1 when it has none."""
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    if not isinstance(page, QWidget):
        return -1
    best = -1
    for view in page.findChildren(QAbstractItemView):
        if not view.isVisible() or view.model() is None:
            continue
        best = max(best, view.model().rowCount())
    return best


def person_session(
    data_dir: Path, who: tuple[str, str], settle_ms: float, only: tuple[str, ...] = ()
) -> dict[str, object]:
    """One fresh shell, one person: unlock, then every section in turn (only those whose
    title contains one of ``only``, when given)."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget
    from stalls import find_button, find_named, open_shell, press, run_until

    kdf_ms = _kdf_ms()
    app, window, runner, controller, heartbeat = open_shell(data_dir, timeout_s=60)
    run_until(app, lambda: getattr(controller, "preloading_done", True), 60)
    rss_locked = _rss_mib()

    def idle() -> bool:
        return not runner.busy

    def nav() -> QListWidget | None:
        found = find_named(QListWidget, "Sections")
        return found if isinstance(found, QListWidget) else None

    def current_page() -> object:
        sections = nav()
        workspace = sections.parent() if sections is not None else None
        while workspace is not None and not hasattr(workspace, "current_page"):
            workspace = workspace.parent()
        return workspace.current_page() if workspace is not None else None  # type: ignore[attr-defined]

    def measure(name: str, action: object, ready: object) -> PageFigure:
        first = len(heartbeat.ticks)
        started = time.perf_counter()
        cpu_started = time.process_time()
        action()  # type: ignore[operator]
        idle_since: float | None = None
        reached: float | None = None
        cpu = cpu_at_idle = 0.0
        rows = -1
        shown = shown_cpu = -1.0
        polled = 0.0
        deadline = started + 120
        while time.perf_counter() < deadline:
            QApplication.processEvents()
            now = time.perf_counter()
            if shown < 0 and now - polled >= 0.005 and ready():  # type: ignore[operator]
                polled = now
                if _content_shown(current_page()):
                    shown = (now - started) * 1000
                    shown_cpu = (time.process_time() - cpu_started) * 1000
            if not ready() or not idle():  # type: ignore[operator]
                idle_since = None
                time.sleep(0.001)
                continue
            if idle_since is None:
                idle_since, cpu_at_idle = now, time.process_time()
            rows = _largest_list(current_page())
            if rows > 0:
                reached, cpu = now, time.process_time()
                if shown < 0:  # the rows came between two polls, with the last read
                    shown, shown_cpu = (now - started) * 1000, (cpu - cpu_started) * 1000
                break
            if now - idle_since >= QUIET_IDLE_S:
                reached, cpu = idle_since, cpu_at_idle
                break
            time.sleep(0.001)
        if reached is None:
            raise SystemExit(f"{name}: not ready after 120 s")
        settle_from = time.perf_counter()

        def settled() -> bool:
            recent = [
                t for t in heartbeat.ticks[first:] if t >= time.perf_counter() - settle_ms / 1000
            ]
            if time.perf_counter() - settle_from < settle_ms / 1000 or len(recent) < 2:
                return False
            gaps = [(b - a) * 1000 for a, b in zip(recent, recent[1:], strict=False)]
            return max(gaps) < 20 and idle()

        run_until(app, settled, 60)
        gaps = heartbeat.gaps_since(first)
        return PageFigure(
            name,
            (reached - started) * 1000,
            (cpu - cpu_started) * 1000,
            shown,
            shown_cpu,
            max(gaps) if gaps else 0.0,
            sum(1 for g in gaps if g > 50),
            rows,
            _rss_mib(),
            _rss_now_mib(),
        )

    def unlock() -> None:
        handle = find_named(QLineEdit, "Your handle")
        secret = find_named(QLineEdit, "Your passphrase")
        button = find_button("Unlock")
        assert isinstance(handle, QLineEdit) and isinstance(secret, QLineEdit) and button
        handle.setText(who[0])
        secret.setText(who[1])
        press(button)

    figures = [measure("unlock → first page", unlock, lambda: nav() is not None)]
    sections = nav()
    assert sections is not None
    titles = [sections.item(i).text() for i in range(sections.count())]
    figures[0].page = f"unlock → first page ({titles[0]})"
    for row in range(1, len(titles)):
        if only and not any(part.casefold() in titles[row].casefold() for part in only):
            continue

        def choose(row: int = row, target: QListWidget = sections) -> None:
            rect = target.visualItemRect(target.item(row))
            press(target.viewport(), rect.center())

        figures.append(
            measure(titles[row], choose, lambda row=row, t=sections: t.currentRow() == row)
        )
    controller.shutdown()
    runner.shutdown()
    window.close()
    return {
        "who": who[0],
        "kdf_ms": kdf_ms,
        "rss_locked_mib": rss_locked,
        "pages": [asdict(f) for f in figures],
    }


def _content_shown(page: object) -> bool:
    """A visible list on ``page`` has rows, or (Home, whose list is empty when nothing
    is open) its follow-ups summary, which its first read fills, has text."""
    from PySide6.QtWidgets import QLabel, QWidget

    if _largest_list(page) > 0:
        return True
    if not isinstance(page, QWidget):
        return False
    summary = page.findChild(QLabel, "followUpSummary")
    return summary is not None and summary.isVisible() and bool(summary.text())


def measure_all(
    data_dir: Path, runs: int, settle_ms: float, only: tuple[str, ...] = ()
) -> dict[str, list[dict[str, object]]]:
    """Each person's sessions, each in its own process (fresh memory figures)."""
    from datagen import FACILITATOR, MEMBER

    out: dict[str, list[dict[str, object]]] = {}
    for who in (FACILITATOR, MEMBER):
        out[who[0]] = []
        for _ in range(runs):
            done = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--reuse",
                    str(data_dir),
                    "--person",
                    who[0],
                    "--settle-ms",
                    str(settle_ms),
                    *(["--pages", ",".join(only)] if only else []),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            out[who[0]].append(json.loads(done.stdout.strip().splitlines()[-1]))
    return out


def summarise(results: dict[str, list[dict[str, object]]]) -> list[dict[str, object]]:
    """Medians over runs per page; worst stall; the last run's RSS path."""
    rows: list[dict[str, object]] = []
    for who, runs in results.items():
        pages = [run["pages"] for run in runs]  # type: ignore[index]
        kdf_ms = statistics.median(float(run["kdf_ms"]) for run in runs)  # type: ignore[arg-type]
        for index, page in enumerate(pages[0]):  # type: ignore[arg-type]
            same = [p[index] for p in pages]  # type: ignore[index]
            first_rows = statistics.median(s["first_rows_ms"] for s in same)
            rows.append(
                {
                    "who": who,
                    "page": page["page"],
                    "first_rows_ms": first_rows,
                    "cpu_ms": statistics.median(s["cpu_ms"] for s in same),
                    "rows_shown_ms": statistics.median(s["rows_shown_ms"] for s in same),
                    "rows_shown_cpu_ms": statistics.median(s["rows_shown_cpu_ms"] for s in same),
                    "minus_kdf_ms": first_rows - kdf_ms if index == 0 else None,
                    "kdf_ms": kdf_ms,
                    "stall_ms": statistics.median(s["longest_stall_ms"] for s in same),
                    "worst_stall_ms": max(s["longest_stall_ms"] for s in same),
                    "rows": page["rows"],
                    "rss_mib": max(s["peak_rss_mib"] for s in same),
                    "rss_now_mib": max(s["rss_now_mib"] for s in same),
                }
            )
    return rows


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| who | page | first rows | goal ≤ 100 ms | CPU (all threads) | rows shown (CPU) "
        "| longest stall (median / worst) | ≤ 50 ms | rows | RSS now / peak so far |",
        "|---|---|---:|---|---:|---:|---:|---|---:|---:|",
    ]
    for r in rows:
        first = float(r["first_rows_ms"])  # type: ignore[arg-type]
        stall = float(r["stall_ms"])  # type: ignore[arg-type]
        if r["minus_kdf_ms"] is not None:
            minus = float(r["minus_kdf_ms"])  # type: ignore[arg-type]
            shown = (
                f"{first:,.0f} ms (KDF {float(r['kdf_ms']):,.0f} ms: **{minus:,.0f} ms** beyond it)"  # type: ignore[arg-type]
            )
            goal = "yes" if minus <= 200 else "**no** (≤ 200 ms beyond KDF)"
        else:
            shown = f"{first:,.0f} ms"
            goal = "yes" if first <= 100 else "**no**"
        rows_text = "no list" if r["rows"] == -1 else f"{r['rows']:,}"
        seen = float(r.get("rows_shown_ms", -1))  # type: ignore[arg-type]
        seen_cpu = float(r.get("rows_shown_cpu_ms", -1))  # type: ignore[arg-type]
        seen_text = "—" if seen < 0 else f"{seen:,.0f} ms ({seen_cpu:,.0f} ms)"
        lines.append(
            f"| {r['who']} | {r['page']} | {shown} | {goal} | {float(r['cpu_ms']):,.0f} ms "  # type: ignore[arg-type]
            f"| {seen_text} | {stall:.0f} / "
            f"{float(r['worst_stall_ms']):.0f} ms | {'yes' if stall <= 50 else '**no**'} "  # type: ignore[arg-type]
            f"| {rows_text} | {float(r['rss_now_mib']):.0f} / {float(r['rss_mib']):.0f} MiB |"  # type: ignore[arg-type]
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="M", help="tiny, S, M or L (datagen.SIZES)")
    parser.add_argument("--reuse", type=Path, help="a data folder built earlier")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--runs", type=int, default=1, help="sessions per person (median)")
    parser.add_argument("--settle-ms", type=float, default=400)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--pages",
        default="",
        help="comma-separated parts of section titles: visit only those (after unlock)",
    )
    parser.add_argument("--person", help=argparse.SUPPRESS)
    args = parser.parse_args()
    only = tuple(part.strip() for part in args.pages.split(",") if part.strip())

    if args.person:
        from datagen import FACILITATOR, MEMBER

        who = FACILITATOR if args.person == FACILITATOR[0] else MEMBER
        print(json.dumps(person_session(args.reuse, who, args.settle_ms, only)))
        return 0

    from datagen import SIZES, build_folder

    from safespace_desktop.crypto.kdf import FLOOR

    work = Path(tempfile.mkdtemp(prefix="safespace-pages-bench-"))
    try:
        data_dir = args.reuse or args.keep or work / "data"
        if args.reuse is None:
            started = time.perf_counter()
            build_folder(data_dir, SIZES[args.size], FLOOR)
            print(f"built {args.size} in {time.perf_counter() - started:.0f} s", flush=True)
        rows = summarise(measure_all(data_dir, args.runs, args.settle_ms, only))
        print(table(rows))
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1), "utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
