"""Property 18 with real process kills: an importing process killed at random points
leaves either the whole import or none of it, never half (sync.md §3 C18)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from safespace_desktop.services.vault import Vault
from tests.unit.sync.helpers import MEMBERS, PASS_JOIN, Replica, bundle, dump, new_id, put

IMPORTER = """
import sys, time
from pathlib import Path
from safespace_desktop.crypto import kdf
from safespace_desktop.services.vault import Vault
from safespace_desktop.services.sync.service import SyncService
from safespace_desktop.storage.records import SealedRecords
kdf.enable_test_mode()
real = SealedRecords.store_many
def slow(self, uow, key, writes, existing):
    for write in writes:  # one record at a time, to widen the window so kills land
        time.sleep(0.002)  # inside the transaction
        real(self, uow, key, [write], existing)
SealedRecords.store_many = slow
vault = Vault.open_existing(Path(sys.argv[1]))
vault.unlock("facb", sys.argv[3])
service = SyncService(vault)
data = service.read(Path(sys.argv[2]))
print("importing", flush=True)
service.import_bundle(data, allow_future=True)  # test clocks run ahead of real time
print("done", flush=True)
"""


def _open(path: Path) -> Replica:
    vault = Vault.open_existing(path)
    vault.unlock("facb", PASS_JOIN)
    from safespace_desktop.core.clock import ManualClock

    return Replica("B", vault, ManualClock())


def test_p18_killing_the_importer_never_leaves_half_an_import(
    pair: tuple[Replica, Replica], tmp_path: Path
) -> None:
    a, b = pair
    for i in range(120):
        put(a, new_id(), name=f"Person {i}")
    data_file = tmp_path / "incoming.ssbundle"
    data_file.write_bytes(bundle(a))
    expected_after = dump(a, (MEMBERS,))
    assert b.vault.path is not None
    path = b.vault.path
    before = dump(b, (MEMBERS,))
    b.vault.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    rng = random.Random(18)
    outcomes = set()
    for _attempt in range(4):
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", IMPORTER, str(path), str(data_file), PASS_JOIN],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"importing"
        time.sleep(rng.uniform(0.0, 0.4))
        process.send_signal(signal.SIGKILL)
        process.wait()
        replica = _open(path)
        try:
            now = dump(replica, (MEMBERS,))
            assert now in (before, expected_after)
            outcomes.add("whole" if now == expected_after else "none")
            if now == expected_after:
                replica.sync.undo_last_import()  # back to the start for the next kill
                assert dump(replica, (MEMBERS,)) == before
        finally:
            replica.vault.close()
    # Retrying after a kill gives the same result as an uninterrupted import.
    replica = _open(path)
    try:
        replica.sync.import_bundle(data_file.read_bytes(), allow_future=True)
        assert dump(replica, (MEMBERS,)) == expected_after
    finally:
        replica.vault.close()
    assert outcomes
