"""Meetings at the design's M size (issue 9): 5,000 stored meetings with 40,000 agenda
segments (eight per meeting, one of them facilitator-only).

Measures, through the real services (the calls the Meetings page's operations make):

- opening the Meetings page: ``MeetingsService.overview()`` (schedule, next eight,
  twenty past): right after generation or a sync import, when the sealed index must
  catch up with every row; in a fresh process (index current, decoded once); and again
  (decoded index in memory);
- opening one meeting: ``AgendaService.detail()`` (facilitators) and
  ``AgendaService.for_members()`` (a member's view);
- saving an agenda edit: ``AgendaService.update_segment()`` with ``expected_rev``, and
  ``reorder()`` of one meeting's eight segments.

The data comes from ``datagen.py`` (the one generator): large transactions through the
services' own record writer (``AgendaService._write_segment`` and the meetings repository), so every row is sealed
exactly as the app seals it. Key derivation uses the fast test profile: unlocking is
not what is measured here. Run it once or twice, not in a loop:

    .venv/bin/python benchmarks/meetings.py [--meetings 5000] [--repeat 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from safespace_desktop.crypto import kdf
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services import roster_store as store
from safespace_desktop.services.meetings import AgendaService, MeetingsService
from safespace_desktop.services.meetings import index as meetings_index
from safespace_desktop.services.vault import Vault

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # stalls.py: the GUI-thread heartbeat; datagen.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datagen import FACILITATOR, Size, create_vault  # noqa: E402
from datagen import _meetings as populate_meetings  # noqa: E402


def build(path: Path, meetings: int) -> Vault:
    """The meetings and agendas of datagen.py (the one generator), nothing else."""
    vault = create_vault(path, FAST_TEST_PROFILE)
    populate_meetings(vault, Size("meetings", 0, meetings, 0, 0, 0, 0, 0, 0))
    return vault


def copied(source: Path, target: Path) -> Path:
    """A consistent copy of a closed vault (SQLite's backup API, WAL included)."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        # The local meeting index is a cache the app rebuilds from the rows: without it
        # the first overview below is the same catch-up as after generation.
        dst.execute("DELETE FROM meeting_index")
    return target


def timed(
    repeat: int, work: Callable[[], object], before: Callable[[], None] | None = None
) -> float:
    """Median milliseconds of ``repeat`` runs of ``work`` (``before`` untimed each time)."""
    samples = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def gui_steps(vault: Vault) -> list[tuple[str, float, float]]:
    """The real Meetings page, offscreen: open it, open a past meeting, save an edit;
    a 5 ms heartbeat on the GUI thread records the longest stall of each step."""
    from PySide6.QtWidgets import QApplication
    from stalls import Heartbeat, measure_step

    from safespace_desktop.ui.meetings import meetings_page
    from safespace_desktop.ui.meetings.view import MEETING_ID
    from safespace_desktop.ui.runtime.tasks import TaskRunner
    from safespace_desktop.ui.session.clipboard import SensitiveClipboard
    from safespace_desktop.ui.session.context import SessionContext, SessionSignals

    app = QApplication.instance() or QApplication([])
    heartbeat = Heartbeat()
    heartbeat.start()
    assert vault.principal is not None
    runner = TaskRunner()
    context = SessionContext(vault, vault.principal, runner, SensitiveClipboard(), SessionSignals())
    holder: dict[str, object] = {}
    steps = []

    def open_page() -> None:
        page = meetings_page(context)
        page.resize(1200, 800)
        page.show()
        holder["page"] = page

    def page() -> object:
        return holder["page"]

    steps.append(
        measure_step(
            "open the Meetings page",
            heartbeat,
            open_page,
            lambda: page().upcoming.count() == 8 and page().past.count() == 20,  # type: ignore[attr-defined]
            settle_ms=300,
        )
    )
    view = page()
    target = view.past.item(5).data(MEETING_ID)  # type: ignore[attr-defined]
    agenda_controller = view.agenda_controller  # type: ignore[attr-defined]

    def open_past() -> None:
        view.past.setCurrentRow(5)  # type: ignore[attr-defined]

    steps.append(
        measure_step(
            "open one past meeting",
            heartbeat,
            open_past,
            lambda: (
                agenda_controller.detail is not None
                and agenda_controller.detail.meeting.id == target
                and view.agenda.segments.count() == 8
            ),  # type: ignore[attr-defined]
            settle_ms=300,
        )
    )
    before = view.agenda.total.text()  # type: ignore[attr-defined]

    def save_edit() -> None:
        view.agenda.minutes_box.setValue(view.agenda.minutes_box.value() + 7)  # type: ignore[attr-defined]
        view.agenda.save_button.click()  # type: ignore[attr-defined]

    steps.append(
        measure_step(
            "save an agenda edit (minutes)",
            heartbeat,
            save_edit,
            lambda: view.agenda.total.text() != before,  # type: ignore[attr-defined]
            settle_ms=300,
        )
    )
    context.close()
    runner.shutdown()
    view.deleteLater()  # type: ignore[attr-defined]
    app.processEvents()
    return [(s.name, s.seconds_to_usable * 1000, s.longest_gap_ms) for s in steps]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument(
        "--reuse", type=Path, help="a data folder from datagen.py (M: 5,000 meetings) to copy"
    )
    args = parser.parse_args()
    kdf.enable_test_mode()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        if args.reuse:
            source = next((args.reuse / "vaults").glob("*.ssvault"))
            vault = Vault.open_existing(copied(source, Path(folder) / "bench.ssvault"))
            vault.unlock(*FACILITATOR)
            meetings_index._CACHE.clear()
        else:
            vault = build(Path(folder) / "bench.ssvault", args.meetings)
        built = time.perf_counter() - started
        meetings, agenda = MeetingsService(vault), AgendaService(vault)
        with store.transaction(vault) as (db, _keyring, _principal):
            rows = len(list(db.group.meetings.rows(db)))
            segments = len(list(db.group.agenda_private.rows(db)))
        print(f"built {rows} meetings, {segments} segments in {built:.0f} s")

        def forget_index() -> None:
            meetings_index._CACHE.clear()

        results: list[tuple[str, float]] = []
        started = time.perf_counter()
        overview = meetings.overview()
        results.append(
            (
                "open Meetings page, index catching up with every row (after generation or a "
                "sync import; once)",
                (time.perf_counter() - started) * 1000,
            )
        )
        results.append(
            (
                "open Meetings page, fresh process (index decoded once)",
                timed(args.repeat, meetings.overview, forget_index),
            )
        )
        results.append(("open Meetings page again", timed(args.repeat, meetings.overview)))
        shown = overview.past[3]
        results.append(
            (
                "open one meeting (facilitator: 8 segments, notes)",
                timed(args.repeat, lambda: agenda.detail(shown.id)),
            )
        )
        results.append(
            (
                "open one meeting (member view: public segments)",
                timed(args.repeat, lambda: agenda.for_members(shown.id)),
            )
        )
        state = {"minutes": 10}

        def save_edit() -> None:
            segment = agenda.detail(shown.id).segments[2]
            state["minutes"] = 25 if state["minutes"] != 25 else 20
            agenda.update_segment(segment.id, minutes=state["minutes"], expected_rev=segment.rev)

        # The edit alone: the page already holds the segment and its revision.
        def edit_only() -> None:
            segment = agenda.detail(shown.id).segments[2]
            state["minutes"] = 25 if state["minutes"] != 25 else 20
            started_edit = time.perf_counter()
            agenda.update_segment(segment.id, minutes=state["minutes"], expected_rev=segment.rev)
            edit_times.append((time.perf_counter() - started_edit) * 1000)

        edit_times: list[float] = []
        for _ in range(args.repeat):
            edit_only()
        results.append(("save an agenda edit (update_segment)", statistics.median(edit_times)))
        results.append(
            ("save an agenda edit and reopen the meeting", timed(args.repeat, save_edit))
        )

        def reorder() -> None:
            ids = [s.id for s in agenda.detail(shown.id).segments]
            agenda.reorder(shown.id, [ids[1], ids[0], *ids[2:]])

        results.append(
            ("reorder one meeting's agenda (two segments move)", timed(args.repeat, reorder))
        )
        results.append(
            ("open Meetings page after the edits", timed(args.repeat, meetings.overview))
        )
        print(f"\n| step ({rows} meetings, {segments} segments) | median ms |")
        print("|---|---:|")
        for name, value in results:
            print(f"| {name} | {value:.1f} |")
        print("\n| on screen (real page, worker thread) | until usable ms | longest GUI stall ms |")
        print("|---|---:|---:|")
        for name, usable_ms, stall_ms in gui_steps(vault):
            print(f"| {name} | {usable_ms:.0f} | {stall_ms:.0f} |")
        vault.close()


if __name__ == "__main__":
    main()
