"""Killing the process in the middle of a join never leaves half a group: the new
vault file is either absent, holds no vault at all (it opens as "not a SafeSpace
vault"), or holds the whole join (sync.md §3 C18, for a join kit)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from safespace_desktop.core.errors import VaultNotFound
from safespace_desktop.services.sync.joinkit import make_join_kit
from safespace_desktop.services.vault import Vault
from tests.unit.sync.helpers import MEMBERS, PASS_JOIN, Replica, dump, new_id, put

JOINER = """
import sys, time
from pathlib import Path
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.crypto import kdf
from safespace_desktop.services.sync.joinkit import join_from_kit
from safespace_desktop.storage.records import SealedRecords
kdf.enable_test_mode()
real = SealedRecords.insert_encoded
def slow(self, uow, key, rows):
    print("writing", flush=True)
    for row in rows:  # one record at a time, so that kills land inside the transaction
        time.sleep(0.002)
        real(self, uow, key, [row])
SealedRecords.insert_encoded = slow
kit = Path(sys.argv[1]).read_bytes()
print("joining", flush=True)
vault, _ = join_from_kit(
    Path(sys.argv[2]),
    kit,
    handle="facn",
    secret=sys.argv[3],
    params=kdf.FAST_TEST_PROFILE,
    clock=ManualClock(float(sys.argv[4])),  # the test clocks run ahead of real time
)
vault.close()
print("done", flush=True)
"""


def _outcome(path: Path) -> str:
    if not path.exists():
        return "none"
    try:
        vault = Vault.open_existing(path)
    except VaultNotFound:
        return "none"
    try:
        vault.unlock("facn", PASS_JOIN)
        from safespace_desktop.core.clock import ManualClock

        return dump(Replica("N", vault, ManualClock()), (MEMBERS,))
    finally:
        vault.close()


def test_killing_a_join_leaves_no_half_vault(pair: tuple[Replica, Replica], tmp_path: Path) -> None:
    a, _b = pair
    for i in range(150):
        put(a, new_id(), name=f"Person {i}")
    kit = tmp_path / "kit.ssjoin"
    make_join_kit(a.vault, kit, PASS_JOIN, device_name="New laptop")
    whole = dump(a, (MEMBERS,))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    rng = random.Random(12)
    for attempt in range(3):
        target = tmp_path / f"new{attempt}" / "group.ssvault"
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", JOINER, str(kit), str(target), PASS_JOIN, str(a.clock.now())],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"joining"
        line = process.stdout.readline().strip()
        if line != b"writing":
            process.wait()
            raise AssertionError(process.stderr.read().decode()[-2000:])
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert target.exists()
        outcome = _outcome(target)
        assert outcome in ("none", whole)
        if outcome == "none":  # the person tries again: the join starts afresh
            again = [sys.executable, "-c", JOINER, str(kit), str(target), PASS_JOIN]
            again.append(str(a.clock.now()))
            subprocess.run(again, env=env, check=True, capture_output=True)  # noqa: S603
            assert _outcome(target) == whole
    # The same join left to finish holds the whole group.
    target = tmp_path / "finished" / "group.ssvault"
    args = [sys.executable, "-c", JOINER, str(kit), str(target), PASS_JOIN, str(a.clock.now())]
    subprocess.run(args, env=env, check=True, capture_output=True)  # noqa: S603
    assert _outcome(target) == whole


def test_only_a_file_left_by_a_stopped_join_is_ever_replaced(tmp_path: Path) -> None:
    import sqlite3

    from safespace_desktop.crypto import kdf
    from safespace_desktop.storage.engine import is_unfinished_vault

    foreign = tmp_path / "notes.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    text = tmp_path / "letter.txt"
    text.write_text("not a database", encoding="utf-8")
    vault, _account = Vault.create(
        tmp_path / "group.ssvault",
        label="Tuesday",
        group_name="Circle",
        handle="facn",
        passphrase_text=PASS_JOIN,
        params=kdf.FAST_TEST_PROFILE,
    )
    vault.close()
    for path in (foreign, text, tmp_path / "group.ssvault"):
        assert not is_unfinished_vault(path), path
    stopped = tmp_path / "stopped.ssvault"
    with sqlite3.connect(stopped) as connection:
        connection.execute("CREATE TABLE vault_meta (id INTEGER PRIMARY KEY)")
    assert is_unfinished_vault(stopped)
