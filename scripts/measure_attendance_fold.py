"""Time withdrawing "keep my attendance history" for a member marked at N meetings
(issue 9 follow-up: folding a person's marks into the counts in one pass).

    PYTHONPATH=src python scripts/measure_attendance_fold.py [N ...]

Creates throwaway vaults (fast test KDF) in a temporary folder; prints ms per run and
per mark and the SQL statements the withdrawal ran. Not a test: figures depend on the machine and its load.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import event

from safespace_desktop.core.attendance import AttendanceStatus
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.consent import ConsentPurpose
from safespace_desktop.core.model import MemberDraft
from safespace_desktop.core.roster import today_from
from safespace_desktop.crypto import kdf
from safespace_desktop.crypto.kdf import FAST_TEST_PROFILE
from safespace_desktop.services.attendance import AttendanceService
from safespace_desktop.services.consent import ConsentService
from safespace_desktop.services.meetings import MeetingsService
from safespace_desktop.services.members import MembersService
from safespace_desktop.services.vault import Vault

ATTENDANCE = ConsentPurpose.KEEP_ATTENDANCE_HISTORY
OTHERS = 5  # other consenting members marked at every meeting


def measure(folder: Path, meetings: int) -> tuple[float, int]:
    clock = ManualClock()
    vault, _ = Vault.create(
        folder / f"v{meetings}.ssvault",
        label="bench",
        group_name="Bench group",
        handle="robin",
        passphrase_text="lantern meadow pebble harbour",  # noqa: S106 (throwaway vault)
        params=FAST_TEST_PROFILE,
        clock=clock,
    )
    try:
        members = MembersService(vault)
        consent = ConsentService(vault)
        ids = []
        for n in range(OTHERS + 1):
            member = members.add_member(MemberDraft(f"Person {n}"))
            consent.give(member.id, ATTENDANCE)
            ids.append(member.id)
        attendance = AttendanceService(vault)
        schedule = MeetingsService(vault)
        today = today_from(clock.now())
        for day in range(meetings):
            meeting = schedule.add_extra(today - timedelta(days=day), start="18:30", minutes=90)
            for member_id in ids:
                attendance.mark(meeting.id, member_id, AttendanceStatus.PRESENT)
        statements = 0

        def count(*_args: object) -> None:
            nonlocal statements
            statements += 1

        event.listen(vault.engine, "before_cursor_execute", count)
        start = time.perf_counter()
        consent.withdraw(ids[0], ATTENDANCE)
        elapsed = (time.perf_counter() - start) * 1000
        event.remove(vault.engine, "before_cursor_execute", count)
        return elapsed, statements
    finally:
        vault.close()


def main() -> None:
    kdf.enable_test_mode()  # throwaway vaults: the fast KDF is fine here
    sizes = [int(a) for a in sys.argv[1:]] or [50, 200]
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            ms, statements = measure(Path(folder), n)
            sys.stdout.write(
                f"{n:5d} marks: withdraw {ms:8.1f} ms ({ms / n:.2f} ms/mark), "
                f"{statements} SQL statements\n"
            )


if __name__ == "__main__":
    main()
