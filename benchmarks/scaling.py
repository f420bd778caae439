"""How each operation's cost grows with the data (issue 15): the calls the pages make,
through the real services, on a vault built by ``datagen.py`` at one size.

Every "fresh" figure opens the vault file anew and unlocks (key derivation not timed),
so it includes reading and opening the sealed rows the page needs; "again" figures
repeat the call in the same session. Median of ``--runs``.

    .venv/bin/python benchmarks/scaling.py --reuse /tmp/vault-m     # a folder from datagen
    .venv/bin/python benchmarks/scaling.py --size S                 # build S, then measure

``run.py`` runs it once per size, each in its own process, and prints the table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datagen import FACILITATOR, MEMBER, SIZES, Size, build_folder  # noqa: E402

from safespace_desktop.core.model import JournalEntryInput, MemberDraft  # noqa: E402
from safespace_desktop.core.resources.search import Filters, ResourceIndex  # noqa: E402
from safespace_desktop.crypto import kdf  # noqa: E402
from safespace_desktop.services.attendance import AttendanceService  # noqa: E402
from safespace_desktop.services.follow_ups import FollowUpsService  # noqa: E402
from safespace_desktop.services.journal import JournalService  # noqa: E402
from safespace_desktop.services.meetings import AgendaService, MeetingsService  # noqa: E402
from safespace_desktop.services.members import MembersService  # noqa: E402
from safespace_desktop.services.resources import ResourcesService  # noqa: E402
from safespace_desktop.services.sync.exporting import own_vector  # noqa: E402
from safespace_desktop.services.sync.service import SyncService  # noqa: E402
from safespace_desktop.services.vault import Vault  # noqa: E402

# (key, label): the order of the table.
OPERATIONS = (
    ("members_list", "roster: list every member (fresh)"),
    ("meetings_first", "Meetings page: overview, first in a session (fresh)"),
    ("meetings_again", "Meetings page: overview again"),
    ("agenda_detail", "open one meeting's agenda"),
    ("attendance_sheet", "open one meeting's attendance (with the roster)"),
    ("resources_load", "Coping resources: open every resource + index (fresh)"),
    ("follow_ups", "follow-ups: list open ones (fresh)"),
    ("journal_list", "journal: unlock-to-list, newest 50 (fresh)"),
    ("journal_search", "journal: first search after unlock (fresh)"),
    ("journal_search_again", "journal: search as you type (index built)"),
    ("journal_add", "journal: add one entry"),
    # bigsize (issue 15): the record types the table did not reach yet
    ("resources_search", 'Coping resources: search "zanzibar" as you type (index built)'),
    ("attendance_history", "a member's attendance history (fresh)"),
    ("sync_full", "sync: full export bundle, every group record (fresh)"),
    ("sync_incremental", "sync: incremental export after one edit (same session)"),
)

# What each operation reads, as a function of the size: the "data ×" column of the
# table (None: a fixed amount, whatever the size).
DATA: dict[str, Callable[[Size], int] | None] = {
    "members_list": lambda s: s.members,
    "meetings_first": lambda s: s.meetings,
    "meetings_again": lambda s: s.meetings,
    "agenda_detail": None,
    "attendance_sheet": lambda s: s.members,  # the sheet lists the roster beside the marks
    "resources_load": lambda s: s.resources,
    "follow_ups": lambda s: s.notes,
    "journal_list": lambda s: s.journal,
    "journal_search": lambda s: s.journal,
    "journal_search_again": lambda s: s.journal,
    "journal_add": None,
    "resources_search": lambda s: s.resources,
    "attendance_history": lambda s: s.attendance,
    "sync_full": lambda s: group_records(s),
    "sync_incremental": lambda s: group_records(s),
}


def group_records(size: Size) -> int:
    """The group's synced records of a size: what a full export opens and sends."""
    return (
        size.members
        + size.meetings
        + 2 * size.segments  # a private row per segment, a public row for most
        + size.attendance
        + size.meetings  # head counts
        + size.resources
        + size.notes
    )


def vault_file(data_dir: Path) -> Path:
    return next((data_dir / "vaults").glob("*.ssvault"))


# The CPU time of every figure, beside its wall time: on a shared machine the load
# stretches wall time (a process at nice 19 waits for the others), CPU time much less,
# so the growth factors are worked out from CPU time.
CPU: dict[str, float] = {}


class Timing:
    """Wall and CPU milliseconds of repeated runs; ``median`` gives both medians."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def time(self, work: Callable[[], object]) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)

    def median(self, key: str) -> float:
        CPU[key] = statistics.median(self.cpu)
        return statistics.median(self.wall)


def timed(key: str, runs: int, work: Callable[[], object]) -> float:
    timing = Timing()
    for _ in range(runs):
        timing.time(work)
    return timing.median(key)


def fresh(
    key: str, path: Path, who: tuple[str, str], runs: int, work: Callable[[Vault], object]
) -> float:
    """Median of ``work`` on a newly opened, newly unlocked vault (unlock not timed)."""
    timing = Timing()
    for _ in range(runs):
        vault = Vault.open_existing(path)
        try:
            vault.unlock(*who)
            timing.time(partial(work, vault))
        finally:
            vault.close()
    return timing.median(key)


def _incremental(sync: SyncService, base: dict[str, int]) -> None:
    _data, manifest, _seq = sync.make_bundle_for_base(base)
    assert manifest.record_count <= 3, manifest.record_count  # the edit, not every record


def measure(path: Path, runs: int, heavy_runs: int) -> dict[str, float]:
    """Every operation's median; ``heavy_runs`` for the ones that open every record
    of a kind (attendance history, sync's full export), which take seconds at L."""
    out: dict[str, float] = {}
    out["members_list"] = fresh(
        "members_list", path, FACILITATOR, runs, lambda v: MembersService(v).list_members()
    )
    out["meetings_first"] = fresh(
        "meetings_first", path, FACILITATOR, runs, lambda v: MeetingsService(v).overview()
    )
    out["resources_load"] = fresh(
        "resources_load", path, FACILITATOR, runs, lambda v: ResourcesService(v).load_library()
    )
    out["follow_ups"] = fresh(
        "follow_ups", path, FACILITATOR, runs, lambda v: FollowUpsService(v).list()
    )
    vault = Vault.open_existing(path)
    try:
        vault.unlock(*FACILITATOR)
        meetings = MeetingsService(vault)
        overview = meetings.overview()
        out["meetings_again"] = timed("meetings_again", runs, meetings.overview)
        target = overview.past[min(5, len(overview.past) - 1)].id
        agenda = AgendaService(vault)
        out["agenda_detail"] = timed("agenda_detail", runs, lambda: agenda.detail(target))
        attendance = AttendanceService(vault)
        out["attendance_sheet"] = timed("attendance_sheet", runs, lambda: attendance.sheet(target))
        index = ResourceIndex(ResourcesService(vault).load_library().resources)
        needle = Filters(query="zanzibar")
        out["resources_search"] = timed(
            "resources_search", max(runs, 5), lambda: index.search(needle)
        )
        # one of the members who agreed to keep attendance history (datagen's first)
        keeper = MembersService(vault).list_members()[0].id
    finally:
        vault.close()
    out["attendance_history"] = fresh(
        "attendance_history",
        path,
        FACILITATOR,
        heavy_runs,
        lambda v: AttendanceService(v).history(keeper),
    )
    out["sync_full"] = fresh(
        "sync_full",
        path,
        FACILITATOR,
        heavy_runs,
        lambda v: SyncService(v).make_bundle_for_base(None),
    )
    vault = Vault.open_existing(path)
    try:
        vault.unlock(*FACILITATOR)
        sync = SyncService(vault)
        sync.make_bundle_for_base(None)  # every row judged once, as after any export
        timing = Timing()
        for n in range(max(runs, 3)):
            with vault.transaction() as (uow, _keys, _principal):
                base = own_vector(uow)
            MembersService(vault).add_member(MemberDraft(name=f"Scaling newcomer {n}"))
            timing.time(partial(_incremental, sync, base))
        out["sync_incremental"] = timing.median("sync_incremental")
    finally:
        vault.close()
    out["journal_list"] = fresh(
        "journal_list", path, MEMBER, runs, lambda v: JournalService(v).list_entries(limit=50)
    )
    out["journal_search"] = fresh(
        "journal_search", path, MEMBER, runs, lambda v: JournalService(v).search("zanzibar")
    )
    vault = Vault.open_existing(path)
    try:
        vault.unlock(*MEMBER)
        journal = JournalService(vault)
        journal.search("zanzibar")
        out["journal_search_again"] = timed(
            "journal_search_again", max(runs, 5), lambda: journal.search("zanzibar")
        )
        entry = JournalEntryInput("Benchmark entry. One new reflection line for timing.")
        out["journal_add"] = timed("journal_add", max(runs, 5), lambda: journal.add(entry))
    finally:
        vault.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="S", help="tiny, S, M or L (when building)")
    parser.add_argument("--reuse", type=Path, help="a data folder built by datagen.py")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--heavy-runs", type=int, default=3, help="runs of the whole-table operations"
    )
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="safespace-scaling-bench-"))
    try:
        data_dir = args.reuse
        if data_dir is None:
            data_dir = work / "data"
            build_folder(data_dir, SIZES[args.size], kdf.FLOOR)
        # The journal add changes the vault: measure a copy so the folder stays as built.
        copy = work / "copy"
        shutil.copytree(data_dir, copy, dirs_exist_ok=True)
        figures = measure(vault_file(copy), args.runs, args.heavy_runs)
        for key, label in OPERATIONS:
            print(f"{label:<62} {figures[key]:9.1f} ms  CPU {CPU[key]:9.1f} ms")
        figures |= {f"{key}_cpu": value for key, value in CPU.items()}
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1), "utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
