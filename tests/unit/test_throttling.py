"""Claim 21: throttling slows guessing at the keyboard but never locks anyone out.

After 5 consecutive failures on a handle, further attempts are refused until
2^(n−5) s have passed since the last failure (cap 300 s) on the injected clock.
The counter survives reopening the vault; a success resets it and reports the count.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from safespace_desktop.core.clock import ManualClock
from safespace_desktop.core.errors import Throttled, WrongPassphrase
from safespace_desktop.crypto import kdf
from safespace_desktop.services.vault import THROTTLE_CAP_SECONDS, Vault, throttle_delay
from tests.conftest import FACILITATOR_HANDLE, FACILITATOR_PASS

WRONG = "this is not the right passphrase"
EPSILON = 0.001


def _fail(vault: Vault, handle: str = FACILITATOR_HANDLE) -> int:
    with pytest.raises(WrongPassphrase) as caught:
        vault.unlock(handle, WRONG)
    return caught.value.attempts


def test_delay_schedule() -> None:
    assert [throttle_delay(n) for n in range(5)] == [0.0] * 5
    assert [throttle_delay(n) for n in range(5, 14)] == [1, 2, 4, 8, 16, 32, 64, 128, 256]
    assert throttle_delay(14) == 300 == THROTTLE_CAP_SECONDS
    assert throttle_delay(100) == 300
    assert throttle_delay(10_000) == 300  # no overflow, no permanent lockout


def test_five_free_attempts_then_exponential_waits(vault: Vault, clock: ManualClock) -> None:
    vault.lock()
    for n in range(1, 6):
        assert vault.throttle_wait(FACILITATOR_HANDLE) == 0
        assert _fail(vault) == n
    for n in range(5, 16):
        expected = min(2.0 ** (n - 5), 300.0)
        assert vault.throttle_wait(FACILITATOR_HANDLE) == pytest.approx(expected)
        clock.advance(expected - EPSILON)
        # Refused while waiting, even with the right passphrase, and not counted.
        with pytest.raises(Throttled) as caught:
            vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        assert caught.value.wait_seconds == pytest.approx(EPSILON, abs=1e-5)
        assert not vault.is_unlocked
        clock.advance(2 * EPSILON)
        assert vault.throttle_wait(FACILITATOR_HANDLE) == 0
        assert _fail(vault) == n + 1


def test_throttled_attempts_cost_no_key_derivation(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.lock()
    for _ in range(5):
        _fail(vault)
    calls: list[Any] = []
    monkeypatch.setattr(kdf, "derive", lambda *a, **k: calls.append(a))
    with pytest.raises(Throttled):
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert calls == []


def test_counter_survives_reopening(vault: Vault, vault_path: Path, clock: ManualClock) -> None:
    vault.lock()
    for _ in range(7):
        clock.advance(300)
        _fail(vault)
    vault.close()
    reopened = Vault.open_existing(vault_path, clock=clock)
    try:
        assert reopened.throttle_wait(FACILITATOR_HANDLE) == pytest.approx(4.0)
        with pytest.raises(Throttled):
            reopened.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        clock.advance(4.0)
        outcome = reopened.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
        assert outcome.failed_attempts_since_last_unlock == 7
    finally:
        reopened.close()


def test_success_resets_and_reports_the_count(vault: Vault, clock: ManualClock) -> None:
    vault.lock()
    for _ in range(3):
        _fail(vault)
    assert vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS).failed_attempts_since_last_unlock == 3
    vault.lock()
    assert vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS).failed_attempts_since_last_unlock == 0
    vault.lock()
    assert _fail(vault) == 1  # counting starts again from zero


def test_never_a_permanent_lockout(vault: Vault, clock: ManualClock) -> None:
    vault.lock()
    for n in range(1, 101):
        clock.advance(THROTTLE_CAP_SECONDS)
        assert _fail(vault) == n
    assert vault.throttle_wait(FACILITATOR_HANDLE) == pytest.approx(300.0)
    clock.advance(THROTTLE_CAP_SECONDS)
    outcome = vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert outcome.failed_attempts_since_last_unlock == 100


def test_clock_set_backwards_does_not_extend_the_wait(vault: Vault, clock: ManualClock) -> None:
    """A PC whose clock was wrong (flat CMOS battery, no network) and is later set
    back must not turn the back-off into a lockout: the wait never exceeds the
    schedule's 2^(n−5) s (cap 300 s)."""
    vault.lock()
    for _ in range(6):
        clock.advance(THROTTLE_CAP_SECONDS)
        _fail(vault)
    clock.advance(-30 * 24 * 3600)  # the clock jumps back a month
    assert vault.throttle_wait(FACILITATOR_HANDLE) <= throttle_delay(6)
    clock.advance(throttle_delay(6))
    vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS)
    assert vault.is_unlocked


def test_handles_are_throttled_by_their_normalised_form(vault: Vault) -> None:
    vault.lock()
    for spelling in ("robin", "ROBIN", " Robin ", "ｒｏｂｉｎ", "robin"):
        _fail(vault, spelling)
    assert vault.throttle_wait("Robin") > 0


def test_unknown_handles_are_throttled_the_same_way(vault: Vault) -> None:
    """No difference that would reveal whether a handle exists."""
    vault.lock()
    for n in range(1, 6):
        assert _fail(vault, "nobody-here") == n
    with pytest.raises(Throttled):
        vault.unlock("nobody-here", WRONG)
    assert vault.throttle_wait(FACILITATOR_HANDLE) == 0  # other handles are unaffected


def test_recovery_respects_the_throttle(vault: Vault) -> None:
    account = vault.add_facilitator("jo", "jo keeps a long passphrase too")
    vault.lock()
    for _ in range(5):
        _fail(vault, "jo")
    with pytest.raises(Throttled):
        vault.recover("jo", account.recovery_code, "a new passphrase for jo now")
    with pytest.raises(Throttled):
        vault.recover("jo", "0000-0000-0000-0000-0000-0000-0", "a new passphrase for jo now")


def test_a_huge_persisted_counter_still_waits_only_the_cap(
    vault: Vault, clock: ManualClock
) -> None:
    """2.0 ** (n − 5) overflows a float after about 1,029 failures; a bystander with
    patience (or a long-lived counter) must not be able to turn that into a crash on
    every unlock, i.e. a permanent lockout."""
    vault.lock()
    _fail(vault)
    with vault.engine.begin() as connection:
        connection.execute(text("UPDATE unlock_throttle SET failures = 5000"))
    assert vault.throttle_wait(FACILITATOR_HANDLE) == pytest.approx(300.0)
    clock.advance(THROTTLE_CAP_SECONDS)
    assert (
        vault.unlock(FACILITATOR_HANDLE, FACILITATOR_PASS).failed_attempts_since_last_unlock == 5000
    )
