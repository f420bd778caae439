"""Argon2id key derivation with an enforced floor and ceiling (DESIGN.md §3.3, crypto.md §4.5).

Stored parameters are untrusted input: they are checked *before* any derivation runs.
A fast profile exists for the test suite only and is refused unless test mode was
switched on explicitly by the tests' conftest.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from safespace_desktop.core.errors import UnsafeKdfParameters

ARGON2_VERSION = 0x13
KEY_LENGTH = 32
SALT_LENGTH = 16

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
POLICY_LANES = 4
CEILING_MEMORY_KIB = 1024 * 1024
CEILING_ITERATIONS = 10
CEILING_LANES = 16
MIN_SALT, MAX_SALT = 16, 64

CALIBRATION_LADDER_KIB = (64 * 1024, 128 * 1024, 256 * 1024, 512 * 1024)
CALIBRATION_BUDGET_S = 1.0

_test_mode = False


def enable_test_mode() -> None:
    """Allow the fast test profile. Called only by the test suite's conftest."""
    global _test_mode
    _test_mode = True


def disable_test_mode() -> None:
    global _test_mode
    _test_mode = False


def test_mode_enabled() -> bool:
    return _test_mode


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored beside every wrap they protect."""

    memory_kib: int
    iterations: int
    lanes: int = POLICY_LANES
    version: int = ARGON2_VERSION

    def below(self, other: KdfParams) -> bool:
        return self.memory_kib < other.memory_kib or self.iterations < other.iterations


FLOOR = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, POLICY_LANES)
# Tests only: a cheap profile in the spirit of KeePassXC's fastKdf().
FAST_TEST_PROFILE = KdfParams(memory_kib=256, iterations=1, lanes=1)


def check_params(params: KdfParams, salt: bytes) -> None:
    """Refuse parameters outside policy before deriving anything (crypto.md claim 15)."""
    if params.version != ARGON2_VERSION:
        raise UnsafeKdfParameters(f"Unknown Argon2 version {params.version:#x}.")
    if not MIN_SALT <= len(salt) <= MAX_SALT:
        raise UnsafeKdfParameters("The stored salt has an unsafe length.")
    if (
        params.memory_kib > CEILING_MEMORY_KIB
        or params.iterations > CEILING_ITERATIONS
        or params.lanes > CEILING_LANES
        or params.lanes < 1
    ):
        raise UnsafeKdfParameters("The stored key-derivation cost is above the allowed ceiling.")
    if params == FAST_TEST_PROFILE and _test_mode:
        return
    if params.memory_kib < FLOOR_MEMORY_KIB or params.iterations < FLOOR_ITERATIONS:
        raise UnsafeKdfParameters("The stored key-derivation cost is below the safe floor.")


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
    """Derive a 32-byte key-encryption key; checks the parameters first."""
    check_params(params, salt)
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(secret))


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def calibrate(
    *,
    budget_s: float = CALIBRATION_BUDGET_S,
    total_ram_kib: int | None = None,
    timer: Callable[[], float] = time.perf_counter,
    run: Callable[[KdfParams], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> KdfParams:
    """Largest ladder step whose derivation fits the budget; never below the floor.

    ``timer`` and ``run`` are injectable so the selection logic is testable without
    spending seconds of CPU.
    """

    def default_run(p: KdfParams) -> None:
        derive(b"calibration", new_salt(), p)

    runner = run or default_run
    ram_cap = (total_ram_kib // 8) if total_ram_kib else None
    chosen = FLOOR
    steps = [
        m
        for m in CALIBRATION_LADDER_KIB
        if ram_cap is None or m <= ram_cap or m == FLOOR_MEMORY_KIB
    ]
    for index, memory in enumerate(steps):
        candidate = KdfParams(memory, FLOOR_ITERATIONS, POLICY_LANES)
        started = timer()
        runner(candidate)
        elapsed = timer() - started
        if progress:
            progress(index + 1, len(steps))
        if elapsed > budget_s:
            break
        chosen = candidate
    if progress:
        progress(len(steps), len(steps))
    return chosen


def total_ram_kib() -> int | None:
    """Physical memory in KiB where the OS tells us, else None."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024)
    except (ValueError, OSError, AttributeError):
        return None
