"""Claims 14, 15 and 16: Argon2id parameters are stored, bounded and upgraded.

14 — every passphrase wrap stores Argon2id v0x13 with m, t, p and a 16-byte salt;
     re-wrapping the same passphrase never repeats a salt or a blob; unlock derives
     with the stored parameters whatever ``os.cpu_count`` says.
15 — parameters outside the floor/ceiling are refused with ``UnsafeKdfParameters``
     *before* Argon2id runs (the constructor is spied on: zero calls), including the
     fast test profile once test mode is off, also through ``Vault.create``.
16 — ``calibrate`` picks the largest ladder step within budget, never below the
     floor, capped at RAM/8; unlocking a below-policy wrap re-wraps it with the
     current parameters and a new salt, and the old bytes leave the files.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import safespace_desktop
from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import UnsafeKdfParameters
from safespace_desktop.crypto import kdf
from safespace_desktop.crypto.kdf import (
    ARGON2_VERSION,
    CALIBRATION_LADDER_KIB,
    FAST_TEST_PROFILE,
    FLOOR,
    KdfParams,
)
from safespace_desktop.paths import AppPaths
from safespace_desktop.services.directory import VaultDirectory
from safespace_desktop.services.vault import Vault
from safespace_desktop.storage import key_wraps as wraps
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS, MEMBER_PASS
from tests.unit.security_helpers import find_bytes, raw_rows, raw_update, vault_files, wrap_rows

SRC = Path(safespace_desktop.__file__).parent
MIB = 1024
GIB = 1024 * 1024

Argon2Calls = list[dict[str, Any]]


@pytest.fixture
def argon2_calls(monkeypatch: pytest.MonkeyPatch) -> Argon2Calls:
    """Spy on the Argon2id constructor used by crypto/kdf.py (the only user: see below)."""
    calls: Argon2Calls = []
    real = kdf.Argon2id

    def spy(**kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(kdf, "Argon2id", spy)
    return calls


def test_argon2id_is_only_used_in_kdf_module() -> None:
    """So the spy above sees every derivation the app can make."""
    users = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom):
                names = [a.name for a in node.names] + [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.Attribute):
                names = [node.attr]
            if any("argon2" in n.lower() for n in names):
                users.add(path.relative_to(SRC).as_posix())
    assert users == {"crypto/kdf.py"}


def test_only_the_test_suite_switches_test_mode_on() -> None:
    callers = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name == "enable_test_mode":
                    callers.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert callers == []


def test_test_mode_is_off_in_a_fresh_interpreter(tmp_path: Path) -> None:
    script = (
        "from pathlib import Path\n"
        "from safespace_desktop.crypto import kdf\n"
        "from safespace_desktop.core.errors import UnsafeKdfParameters\n"
        "from safespace_desktop.services.vault import Vault\n"
        "assert not kdf.test_mode_enabled()\n"
        "try:\n"
        f"    Vault.create(Path({str(tmp_path / 'v.ssvault')!r}), label='x', group_name='x',\n"
        "                 handle='x', passphrase_text='lantern meadow pebble harbour',\n"
        "                 params=kdf.FAST_TEST_PROFILE)\n"
        "except UnsafeKdfParameters:\n"
        "    print('refused')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "refused"
    assert not (tmp_path / "v.ssvault").exists()


# --------------------------------------------------------------------------- claim 14
def test_every_passphrase_wrap_stores_its_parameters(vault: Vault) -> None:
    vault.add_facilitator("jo", "jo keeps a long passphrase too")
    vault.invite_member()  # left open: an invitation wrap is Argon2id-derived too
    vault.claim_invitation(vault.invite_member().code, "sam", MEMBER_PASS, exact_handle=True)
    vault.change_passphrase(MEMBER_PASS, "sam now has another passphrase")
    rows = wrap_rows(vault)
    derived = [r for r in rows if r.wrapper in {wraps.WRAPPER_PASSPHRASE, wraps.WRAPPER_INVITATION}]
    assert len(derived) == 2 * 3 + 1
    for row in derived:
        assert row.kdf_version == ARGON2_VERSION == 0x13
        assert (row.kdf_memory_kib, row.kdf_iterations, row.kdf_lanes) == (
            FAST_TEST_PROFILE.memory_kib,
            FAST_TEST_PROFILE.iterations,
            FAST_TEST_PROFILE.lanes,
        )
        assert row.salt is not None and len(row.salt) == 16
    for row in rows:
        if row.wrapper == wraps.WRAPPER_RECOVERY:  # HKDF from a 128-bit code
            assert row.kdf_memory_kib is None and row.salt is not None and len(row.salt) == 16
        if row.wrapper == wraps.WRAPPER_FACILITATOR_KEY:  # key wraps key: no KDF
            assert row.kdf_memory_kib is None and row.salt is None


def test_one_hundred_wraps_of_one_passphrase_are_all_different(
    vault: Vault, argon2_calls: Argon2Calls
) -> None:
    slot = vault.require_facilitator().slot_id
    salts, blobs, nonces = set(), set(), set()
    for _ in range(100):
        vault.change_passphrase(FACILITATOR_PASS, FACILITATOR_PASS)
        current = [r for r in wrap_rows(vault, slot) if r.wrapper == wraps.WRAPPER_PASSPHRASE]
        assert len(current) == 2 and len({r.salt for r in current}) == 1
        salts.add(current[0].salt)
        for row in current:
            blobs.add(row.key_sealed)
            nonces.add(row.key_sealed[18:30])
    assert len(salts) == 100
    assert len(blobs) == len(nonces) == 200
    derive_salts = [c["salt"] for c in argon2_calls]
    assert len(derive_salts) == 200  # check the current one + derive the new one, each time
    vault.lock()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)  # still opens


@pytest.mark.parametrize("cpus", [1, 3, 64])
def test_unlock_uses_stored_parameters_not_the_cpu_count(
    vault: Vault, argon2_calls: Argon2Calls, monkeypatch: pytest.MonkeyPatch, cpus: int
) -> None:
    slot = vault.require_facilitator().slot_id
    vault.lock()
    monkeypatch.setattr(os, "cpu_count", lambda: cpus)
    if hasattr(os, "process_cpu_count"):
        monkeypatch.setattr(os, "process_cpu_count", lambda: cpus)
    argon2_calls.clear()
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    stored = next(r for r in wrap_rows(vault, slot) if r.wrapper == wraps.WRAPPER_PASSPHRASE)
    assert [(c["memory_cost"], c["iterations"], c["lanes"], c["salt"]) for c in argon2_calls] == [
        (stored.kdf_memory_kib, stored.kdf_iterations, stored.kdf_lanes, stored.salt)
    ]


# --------------------------------------------------------------------------- claim 15
SALT = b"\x01" * 16
UNSAFE: list[tuple[str, KdfParams, bytes]] = [
    ("m below 64 MiB", KdfParams(64 * MIB - 1, 3, 4), SALT),
    ("m far below", KdfParams(19 * MIB, 3, 4), SALT),
    ("t below 3", KdfParams(64 * MIB, 2, 4), SALT),
    ("m above 1 GiB", KdfParams(GIB + 1, 3, 4), SALT),
    ("t above 10", KdfParams(64 * MIB, 11, 4), SALT),
    ("p above 16", KdfParams(64 * MIB, 3, 17), SALT),
    ("p zero", KdfParams(64 * MIB, 3, 0), SALT),
    ("salt 15 bytes", FLOOR, b"\x01" * 15),
    ("salt empty", FLOOR, b""),
    ("salt 65 bytes", FLOOR, b"\x01" * 65),
    ("unknown Argon2 version", KdfParams(64 * MIB, 3, 4, 0x10), SALT),
    ("fast profile, salt too short", FAST_TEST_PROFILE, b"\x01" * 8),
    ("fast profile shape, one lane more", KdfParams(256, 1, 2), SALT),
]


@pytest.mark.parametrize(("label", "params", "salt"), UNSAFE, ids=[u[0] for u in UNSAFE])
def test_unsafe_parameters_are_refused_before_argon2(
    argon2_calls: Argon2Calls, label: str, params: KdfParams, salt: bytes
) -> None:
    with pytest.raises(UnsafeKdfParameters):
        kdf.derive(b"some passphrase", salt, params)
    assert argon2_calls == []


def test_fast_profile_refused_outside_test_mode(argon2_calls: Argon2Calls) -> None:
    kdf.derive(b"some passphrase", SALT, FAST_TEST_PROFILE)  # allowed in test mode
    assert len(argon2_calls) == 1
    kdf.disable_test_mode()
    with pytest.raises(UnsafeKdfParameters):
        kdf.derive(b"some passphrase", SALT, FAST_TEST_PROFILE)
    assert len(argon2_calls) == 1


def test_boundaries_are_accepted() -> None:
    for params, salt in (
        (FLOOR, b"\x00" * 16),
        (KdfParams(GIB, 10, 16), b"\x00" * 64),
        (KdfParams(64 * MIB, 3, 1), b"\x00" * 32),
    ):
        kdf.check_params(params, salt)


def test_vault_create_refuses_the_fast_profile_outside_test_mode(
    tmp_path: Path, clock: ManualClock, argon2_calls: Argon2Calls
) -> None:
    kdf.disable_test_mode()
    path = tmp_path / "vaults" / "prod.ssvault"
    with pytest.raises(UnsafeKdfParameters):
        Vault.create(
            path,
            label="Tuesday group",
            group_name="Riverside Circle",
            handle=FACILITATOR_HANDLE,
            passphrase_text=FACILITATOR_PASS,
            params=FAST_TEST_PROFILE,
            clock=clock,
        )
    directory = VaultDirectory(AppPaths.portable(tmp_path / "data"), clock=clock)
    with pytest.raises(UnsafeKdfParameters):
        directory.create_vault(
            label="Tuesday group",
            group_name="Riverside Circle",
            handle=FACILITATOR_HANDLE,
            passphrase_text=FACILITATOR_PASS,
            params=FAST_TEST_PROFILE,
        )
    assert argon2_calls == []
    assert not path.exists()
    assert directory.list_vaults() == []


def test_fast_wraps_do_not_open_outside_test_mode(vault: Vault, argon2_calls: Argon2Calls) -> None:
    vault.lock()
    argon2_calls.clear()
    kdf.disable_test_mode()
    with pytest.raises(UnsafeKdfParameters):
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert argon2_calls == []
    assert not vault.is_unlocked


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("kdf_memory_kib", GIB + 1),
        ("kdf_memory_kib", 1000),
        ("kdf_iterations", 11),
        ("kdf_iterations", 0),
        ("kdf_lanes", 17),
        ("kdf_version", 0x10),
        ("salt", b"\x02" * 15),
        ("salt", b"\x02" * 65),
    ],
)
def test_stored_unsafe_wrap_is_refused_before_argon2(
    vault: Vault, argon2_calls: Argon2Calls, column: str, value: Any
) -> None:
    slot = vault.require_facilitator().slot_id
    vault.lock()
    for row in wrap_rows(vault, slot):
        if row.wrapper == wraps.WRAPPER_PASSPHRASE:
            raw_update(vault, "key_wraps", row.id, **{column: value})
    argon2_calls.clear()
    with pytest.raises(UnsafeKdfParameters):
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert argon2_calls == []


def test_unsafe_invitation_wrap_is_refused_before_argon2(
    vault: Vault, argon2_calls: Argon2Calls
) -> None:
    invitation = vault.invite_member()
    row = next(r for r in wrap_rows(vault, invitation.slot_id))
    raw_update(vault, "key_wraps", row.id, kdf_memory_kib=2 * GIB)
    argon2_calls.clear()
    with pytest.raises(UnsafeKdfParameters):
        vault.claim_invitation(invitation.code, "sam", MEMBER_PASS, exact_handle=True)
    assert argon2_calls == []


def test_unsafe_vault_policy_is_refused_before_argon2(
    vault: Vault, argon2_calls: Argon2Calls
) -> None:
    """The policy row drives new wraps and the decoy derivation for unknown handles."""
    with vault.engine.begin() as connection:
        from sqlalchemy import text

        connection.execute(text("UPDATE vault_meta SET kdf_memory_kib = :m"), {"m": 4 * GIB})
    vault.lock()
    argon2_calls.clear()
    with pytest.raises(UnsafeKdfParameters):
        vault.unlock("nobody-by-this-name", FACILITATOR_PASS)
    assert argon2_calls == []


# --------------------------------------------------------------------------- claim 16
def _fake_machine(seconds: Callable[[int], float]) -> tuple[Callable[[], float], Any, list[int]]:
    """An injected timer and runner: each run 'takes' seconds(memory_kib)."""
    now = [0.0]
    runs: list[int] = []

    def timer() -> float:
        return now[0]

    def run(params: KdfParams) -> None:
        assert params.iterations == 3 and params.lanes == 4
        runs.append(params.memory_kib)
        now[0] += seconds(params.memory_kib)

    return timer, run, runs


def test_calibrate_picks_the_largest_step_within_budget() -> None:
    # 64 MiB: 0.25 s, 128: 0.5 s, 256: exactly 1.0 s (within), 512: 2.0 s.
    timer, run, runs = _fake_machine(lambda m: m / (256 * MIB))
    chosen = kdf.calibrate(timer=timer, run=run, total_ram_kib=64 * GIB)
    assert chosen == KdfParams(256 * MIB, 3, 4)
    assert runs == [64 * MIB, 128 * MIB, 256 * MIB, 512 * MIB]


def test_calibrate_on_a_fast_machine_takes_the_top_step() -> None:
    timer, run, _runs = _fake_machine(lambda m: 0.01)
    assert kdf.calibrate(timer=timer, run=run, total_ram_kib=64 * GIB) == KdfParams(
        CALIBRATION_LADDER_KIB[-1], 3, 4
    )


def test_calibrate_never_goes_below_the_floor() -> None:
    timer, run, runs = _fake_machine(lambda m: 5.0)  # even the floor is slow
    assert kdf.calibrate(timer=timer, run=run, total_ram_kib=64 * GIB) == FLOOR
    assert runs == [64 * MIB]


@pytest.mark.parametrize(
    ("ram_kib", "expected_top"),
    [(1 * GIB, 128 * MIB), (2 * GIB, 256 * MIB), (256 * MIB, 64 * MIB), (3 * GIB, 256 * MIB)],
)
def test_calibrate_respects_an_eighth_of_ram(ram_kib: int, expected_top: int) -> None:
    timer, run, runs = _fake_machine(lambda m: 0.01)
    chosen = kdf.calibrate(timer=timer, run=run, total_ram_kib=ram_kib)
    assert chosen == KdfParams(expected_top, 3, 4)
    assert max(runs) == expected_top
    assert all(m <= max(ram_kib // 8, FLOOR.memory_kib) for m in runs)


@settings(max_examples=100, deadline=None)
@given(
    # Dyadic timings (k/1024 s) keep the fake clock's sums exact in floating point.
    st.lists(st.integers(0, 3 * 1024), min_size=4, max_size=4).map(
        lambda ks: sorted(k / 1024 for k in ks)
    ),
    st.integers(100, 2 * 1024).map(lambda k: k / 1024),
    st.one_of(st.none(), st.integers(1 * GIB // 4, 16 * GIB)),
)
def test_calibrate_property(timings: list[float], budget: float, ram: int | None) -> None:
    by_step = dict(zip(CALIBRATION_LADDER_KIB, timings, strict=True))
    timer, run, runs = _fake_machine(lambda m: by_step[m])
    progress: list[tuple[int, int]] = []
    chosen = kdf.calibrate(
        budget_s=budget,
        timer=timer,
        run=run,
        total_ram_kib=ram,
        progress=lambda i, n: progress.append((i, n)),
    )
    allowed = [m for m in CALIBRATION_LADDER_KIB if ram is None or m <= ram // 8]
    within = [m for m in allowed if by_step[m] <= budget]
    assert chosen.memory_kib == max([FLOOR.memory_kib, *within])
    assert not chosen.below(FLOOR) and (chosen.iterations, chosen.lanes) == (3, 4)
    assert progress[-1][0] == progress[-1][1]


def test_unlocking_a_below_policy_wrap_rewraps_it(
    vault: Vault, vault_path: Path, argon2_calls: Argon2Calls
) -> None:
    """The vault is created with the fast test profile; the policy row is then raised
    to the production floor (the only stricter policy ``check_params`` accepts: it
    allows the fast profile exactly, or anything at or above the floor)."""
    slot = vault.require_facilitator().slot_id
    with vault.engine.begin() as connection:
        from sqlalchemy import text

        connection.execute(
            text("UPDATE vault_meta SET kdf_memory_kib=:m, kdf_iterations=:t, kdf_lanes=:p"),
            {"m": FLOOR.memory_kib, "t": FLOOR.iterations, "p": FLOOR.lanes},
        )
    vault.lock()
    old = [r for r in wrap_rows(vault, slot) if r.wrapper == wraps.WRAPPER_PASSPHRASE]
    assert {r.kdf_memory_kib for r in old} == {FAST_TEST_PROFILE.memory_kib}
    old_bytes = [r.key_sealed for r in old] + [r.salt for r in old if r.salt]

    argon2_calls.clear()
    outcome = vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert outcome.upgraded_key_protection
    assert [c["memory_cost"] for c in argon2_calls] == [
        FAST_TEST_PROFILE.memory_kib,  # opens the stored wrap with its own parameters
        FLOOR.memory_kib,  # the new wrap under the current policy
    ]
    new = [r for r in wrap_rows(vault, slot) if r.wrapper == wraps.WRAPPER_PASSPHRASE]
    assert len(new) == len(old)
    for row in new:
        assert (row.kdf_memory_kib, row.kdf_iterations, row.kdf_lanes, row.kdf_version) == (
            FLOOR.memory_kib,
            FLOOR.iterations,
            FLOOR.lanes,
            0x13,
        )
        assert row.salt not in {r.salt for r in old}
    vault.lock()  # checkpoints the WAL
    files = list(vault_files(vault_path.parent))
    assert any(p.name == vault_path.name for p in files)
    assert find_bytes(files, old_bytes) == {}
    # Sanity control: the new wrap's bytes are found by the same scan.
    assert find_bytes(files, [new[0].key_sealed]) != {}

    argon2_calls.clear()
    again = vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert not again.upgraded_key_protection
    assert [c["memory_cost"] for c in argon2_calls] == [FLOOR.memory_kib]


def test_policy_row_is_plain_but_bounded(vault: Vault) -> None:
    """The policy row is readable metadata; what it says is still checked."""
    meta = raw_rows(vault, "vault_meta")[0]
    assert (meta["kdf_memory_kib"], meta["kdf_iterations"], meta["kdf_lanes"]) == (
        FAST_TEST_PROFILE.memory_kib,
        FAST_TEST_PROFILE.iterations,
        FAST_TEST_PROFILE.lanes,
    )
