"""Attendance at the design's M size (issue 9): 5,000 meetings and 50,000 attendance
rows (domain.md §3), measured through the real services.

Builds a vault with 40 members (30 of whom agreed to keep their attendance history),
5,000 stored meetings and 10 attendance rows per meeting (50,000 rows) plus a count
record per meeting, every row sealed through the same repository code the app uses
(one unit of work per 500 meetings, so building takes a while but stays honest).
Then it times, each several times, median and worst:

- **open one meeting's attendance**: ``AttendanceService.sheet(meeting_id)``;
- **save a mark**: ``AttendanceService.mark(...)`` for one member;
- **save the counts**: ``AttendanceService.set_counts(...)``;
- **withdraw the attendance consent** of a member with 1/30 of the rows (the one slow,
  rare path: it opens every attendance row to find theirs), once.

    .venv/bin/python benchmarks/attendance.py                  # build and measure (~minutes)
    .venv/bin/python benchmarks/attendance.py --meetings 500   # a smaller, quicker run

Uses the production KDF floor for the one facilitator (a single derivation at creation).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from safespace_desktop.core.attendance import AttendanceStatus, HeadCounts
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.sync.record import RecordState
from safespace_desktop.crypto.kdf import FLOOR
from safespace_desktop.services import attendance_rows as rows
from safespace_desktop.services.attendance import AttendanceService, consent_ids
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault

MEMBERS = 40
CONSENTING = 30
PER_MEETING = 10
BATCH = 500
STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.LATE)


def build(vault: Vault, meetings: int) -> list[str]:
    """Members, consents, meetings, attendance rows and counts. Returns meeting ids."""
    roster = MembersService(vault)
    members = roster.add_members([MemberDraft(f"Member {i:02d}") for i in range(MEMBERS)])
    consent = ConsentService(vault)
    kept = [m.id for m in members[:CONSENTING]]
    for member_id in kept:
        consent.give(member_id, ConsentPurpose.KEEP_ATTENDANCE_HISTORY)
    first_day = date(2010, 1, 5)
    meeting_ids: list[str] = []
    for start in range(0, meetings, BATCH):
        with vault.transaction() as (db, keyring, _principal):
            r = db.group
            consents = consent_ids(db, keyring, r)
            for n in range(start, min(start + BATCH, meetings)):
                meeting_id = str(uuid.uuid4())
                meeting_ids.append(meeting_id)
                replica, counter, hlc = vault.next_write(db)
                state = RecordState()
                day = first_day + timedelta(days=n)
                state.write(
                    {
                        "on": day.isoformat(),
                        "start": "18:30",
                        "minutes": 90,
                        "place": "Hall",
                        "status": "planned",
                        "cancel_reason": "",
                        "extra": True,
                        "title": "",
                        "schedule_id": "",
                        "occurs_on": None,
                    },
                    replica,
                    counter,
                    hlc,
                )
                r.meetings.store(db, keyring.commons_key, meeting_id, state, counter)
                for k in range(PER_MEETING):
                    member_id = kept[(n + k) % CONSENTING]
                    row_id = rows.attendance_row_id(
                        keyring, meeting_id, member_id, consents[member_id]
                    )
                    rows.store_write(
                        vault,
                        db,
                        r.attendance,
                        keyring,
                        row_id,
                        RecordState(),
                        {
                            "member_id": member_id,
                            "status": STATUSES[k % 3].value,
                            "marked_on": day.isoformat(),
                        },
                        meeting_id=meeting_id,
                    )
                rows.write_counts(
                    vault, db, keyring, r, meeting_id, HeadCounts(present=2, newcomers=1), None
                )
        print(f"  built {min(start + BATCH, meetings):>6} meetings", flush=True)
    return meeting_ids


def timed(label: str, runs: int, action: Callable[[int], object]) -> tuple[str, float, float]:
    times = []
    for i in range(runs):
        began = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - began) * 1000)
    return label, statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.ssvault"
        vault, _account = Vault.create(
            path,
            label="Benchmark",
            group_name="Benchmark Circle",
            handle="bench-facilitator",
            passphrase_text="benchmark facilitator passphrase",
            params=FLOOR,
        )
        try:
            began = time.perf_counter()
            meeting_ids = build(vault, args.meetings)
            built = time.perf_counter() - began
            service = AttendanceService(vault)
            member_ids = [line.member_id for line in service.sheet(meeting_ids[0]).lines]
            total_rows = args.meetings * PER_MEETING
            print(f"built {args.meetings} meetings, {total_rows} attendance rows in {built:.0f} s")
            middle = meeting_ids[len(meeting_ids) // 2 :]
            results = [
                timed(
                    "open one meeting's attendance",
                    args.runs,
                    lambda i: service.sheet(middle[i * 7 % len(middle)]),
                ),
                timed(
                    "save a mark",
                    args.runs,
                    lambda i: service.mark(
                        middle[i * 7 % len(middle)],
                        member_ids[i % CONSENTING],
                        STATUSES[(i + 1) % 3],
                    ),
                ),
                timed(
                    "save the counts",
                    args.runs,
                    lambda i: service.set_counts(
                        middle[i * 7 % len(middle)], HeadCounts(present=i % 5, newcomers=1)
                    ),
                ),
            ]
            member = next(
                line.member_id
                for line in service.sheet(meeting_ids[0]).lines
                if line.kept and line.status is not None
            )
            results.append(
                timed(
                    "withdraw attendance consent (erase + fold)",
                    1,
                    lambda _i: ConsentService(vault).withdraw(
                        member, ConsentPurpose.KEEP_ATTENDANCE_HISTORY
                    ),
                )
            )
        finally:
            vault.close()
    print()
    print(f"| operation ({args.meetings} meetings, {total_rows} rows) | median | worst |")
    print("|---|---:|---:|")
    for label, median, worst in results:
        print(f"| {label} | {median:.1f} ms | {worst:.1f} ms |")


if __name__ == "__main__":
    main()
