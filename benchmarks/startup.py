"""Cold start: process launch to the first window, against a minimal PySide6 window.

Issue 8 item 7: the first window (the vault picker, or the demo's window) must appear
within 1.5× the time a minimal PySide6 window takes, measured in the same run.

Two clocks, both medians of ``--runs`` launches, the app and the minimal window
alternating so that machine load hits both alike:

- **launch → first mapped window** (X11, under Xvfb). Event-driven, as the peer
  research script ``../shared/research/peer-scripts/lib/time_to_window.py`` does (its
  approach is copied here): listen for ``MapNotify`` on the root window, start the
  command, stop the clock at the first top-level map, then end the command.
- **launch → first paint**, read from the process itself: the app's
  ``SAFESPACE_STARTUP_PROBE=1`` and the minimal window's ``BENCH_QUIT=1`` print the
  wall-clock time of their first finished paint and quit. This one also runs offscreen.

The app's modules are compiled to bytecode first, as an install does. The minimal
window is ``_pyside_min.py`` beside this script (from the same peer
scripts). The app starts on a data folder holding one vault, so the picker has a label
to read. Xvfb is started on a free display unless ``--display`` is given.

    .venv/bin/python benchmarks/startup.py               # 7 runs each, about a minute
    .venv/bin/python benchmarks/startup.py --runs 3

Needs Xvfb (``apt-get install xvfb``) and python-xlib (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"  # --src points it at another checkout's src/ to compare
MINIMAL = HERE / "_pyside_min.py"
GOAL_RATIO = 1.5


# --------------------------------------------------------------------------- Xvfb
def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display number it picks itself (``-displayfd``), no window manager."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise SystemExit("Xvfb did not start")
    return xvfb, f":{number}"


# --------------------------------------------------------------------------- clocks
def time_to_map(command: Sequence[str], env: dict[str, str], timeout_s: float = 60) -> float:
    """Seconds from launch to the first top-level MapNotify (method of time_to_window.py)."""
    from Xlib import X, display

    connection = display.Display(env["DISPLAY"])
    root = connection.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    connection.sync()
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    mapped: float | None = None
    try:
        while time.perf_counter() < started + timeout_s:
            if connection.pending_events() == 0:
                if process.poll() is not None:
                    break
                time.sleep(0.001)
                continue
            event = connection.next_event()
            if event.type == X.MapNotify and event.event == root:
                mapped = time.perf_counter()
                break
    finally:
        end_group(process)
        connection.close()
    if mapped is None:
        raise SystemExit(f"no window mapped: {' '.join(command)} (exit {process.returncode})")
    return mapped - started


CPU_AT_PAINT: list[float] = []


def time_to_paint(command: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from launch to the first finished paint, as the process reports it.

    Also keeps the CPU seconds the process had used by then (``CPU_AT_PAINT``): on a
    shared, busy machine that figure moves much less than wall-clock time."""
    started_ns = time.time_ns()
    result = subprocess.run(
        list(command), env=env, capture_output=True, text=True, timeout=120, check=False
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"no paint report from {' '.join(command)}:\n{result.stderr}")
    report = json.loads(lines[-1])
    CPU_AT_PAINT.append(float(report.get("cpu_s", "nan")))
    return (report["first_paint_ns"] - started_ns) / 1e9


def end_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


# --------------------------------------------------------------------------- set-up
def make_data_dir(folder: Path) -> None:
    """A data folder with one vault (production KDF floor), so the picker reads a label."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from safespace_desktop.crypto.kdf import FLOOR\n"
        "from safespace_desktop.paths import AppPaths\n"
        "from safespace_desktop.services.directory import VaultDirectory\n"
        "d = VaultDirectory(AppPaths.portable(Path(sys.argv[1])))\n"
        "v, _ = d.create_vault(label='Tuesday group', group_name='Benchmark Circle',\n"
        "    handle='bench-facilitator', passphrase_text='benchmark facilitator passphrase',\n"
        "    params=FLOOR)\n"
        "v.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(folder)], env=base_env(), check=True)


PYCACHE: Path | None = None


def compile_bytecode(work: Path) -> None:
    """Compile the app's modules once, as installing it does (pip writes .pyc files).

    Without this, a shell with PYTHONDONTWRITEBYTECODE=1 would make every launch
    compile the app's source again (about 30 ms here), while PySide6's own modules
    come pre-compiled from its wheel. The cache goes to a temporary folder, not into
    the source tree.
    """
    global PYCACHE
    PYCACHE = work / "pycache"
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(SRC / "safespace_desktop")],
        env={**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE)},
        check=True,
    )


def base_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    env.pop("SAFESPACE_STARTUP_PROBE", None)
    if PYCACHE is not None:
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.update(extra)
    return env


# --------------------------------------------------------------------------- report
def row(name: str, ours: list[float], minimal: list[float]) -> str:
    mine, base = statistics.median(ours), statistics.median(minimal)
    verdict = "yes" if mine / base <= GOAL_RATIO else "no"
    return (
        f"| {name} | {mine * 1000:.0f} ms | {base * 1000:.0f} ms | {mine / base:.2f}× "
        f"| {verdict} | {min(ours) * 1000:.0f}–{max(ours) * 1000:.0f} ms "
        f"| {min(minimal) * 1000:.0f}–{max(minimal) * 1000:.0f} ms |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--display", help="use this X display instead of starting Xvfb")
    parser.add_argument("--no-map", action="store_true", help="only the in-process clock")
    parser.add_argument(
        "--no-paint", action="store_true", help="only the X11 clock (for builds without the probe)"
    )
    parser.add_argument("--src", type=Path, help="measure the app in this src/ folder instead")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()
    if args.src is not None:
        global SRC
        SRC = args.src.resolve()

    work = Path(tempfile.mkdtemp(prefix="safespace-startup-bench-"))
    xvfb: subprocess.Popen[bytes] | None = None
    try:
        data = work / "data"
        compile_bytecode(work)
        make_data_dir(data)
        python = sys.executable
        apps = {
            "vault picker": [python, "-m", "safespace_desktop", "--data-dir", str(data)],
            "demo window (--demo)": [
                python,
                "-m",
                "safespace_desktop",
                "--data-dir",
                str(work / "demo-data"),
                "--demo",
            ],
        }
        minimal = [python, str(MINIMAL)]
        figures: dict[str, dict[str, list[float]]] = {}

        def measure(clock: str, run_one, env: dict[str, str], quit_env: dict[str, str]) -> None:
            figures[clock] = {"minimal": []}
            for name in apps:
                figures[clock][name] = []
            for run in range(args.runs):
                for name, command in (("minimal", minimal), *apps.items()):
                    extra = quit_env["minimal" if name == "minimal" else "app"]
                    try:
                        seconds = run_one(command, {**env, **extra} if extra else env)
                    except SystemExit as failed:  # one failed launch: say so, keep going
                        print(f"{clock} run {run + 1}: {name}: {failed}", flush=True)
                        continue
                    figures[clock][name].append(seconds)
                    if clock == "paint":
                        figures.setdefault("cpu", {}).setdefault(name, []).append(CPU_AT_PAINT[-1])
                print(
                    f"{clock} run {run + 1}/{args.runs}: "
                    + ", ".join(
                        f"{n} {v[-1] * 1000:.0f} ms" for n, v in figures[clock].items() if v
                    ),
                    flush=True,
                )

        if not args.no_map:
            display_name = args.display
            if display_name is None:
                if shutil.which("Xvfb") is None:
                    raise SystemExit("Xvfb is missing: apt-get install xvfb (or pass --no-map)")
                xvfb, display_name = start_xvfb()
            x_env = base_env(DISPLAY=display_name, QT_QPA_PLATFORM="xcb")
            measure("map", time_to_map, x_env, {"minimal": {}, "app": {}})
            paint_env = x_env
        else:
            paint_env = base_env(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        if not args.no_paint:
            measure(
                "paint",
                time_to_paint,
                paint_env,
                {"minimal": {"BENCH_QUIT": "1"}, "app": {"SAFESPACE_STARTUP_PROBE": "1"}},
            )

        print(
            f"\n{platform.node()}: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.2f}, medians of {args.runs} runs, app in {SRC}\n"
        )
        print(
            "| first window | SafeSpace | minimal PySide6 window | ratio | within 1.5× | "
            "SafeSpace range | minimal range |"
        )
        print("|---|---:|---:|---:|---|---:|---:|")
        for clock, label in (
            ("map", "launch → mapped"),
            ("paint", "launch → first paint"),
            ("cpu", "CPU time to first paint"),
        ):
            if clock in figures:
                for name in apps:
                    if figures[clock].get(name) and figures[clock].get("minimal"):
                        ours, base = figures[clock][name], figures[clock]["minimal"]
                        print(row(f"{name}, {label}", ours, base))
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1), "utf-8")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
