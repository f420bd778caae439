"""Unlock throttling (DESIGN.md §3.4): after five failures on a handle, wait
2^(n-5) s, capped at 300 s; the counter survives restarts; never a permanent lockout."""

from __future__ import annotations

from safespace_desktop.services.vault.store import VaultStore
from safespace_desktop.storage.unit_of_work import UnitOfWork

THROTTLE_FREE_ATTEMPTS = 5


THROTTLE_CAP_SECONDS = 300.0


def throttle_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures: 2^(n-5), capped at 300."""
    if failures < THROTTLE_FREE_ATTEMPTS:
        return 0.0
    # Cap the exponent first: 2.0 ** 1024 overflows, which would lock a slot out forever.
    exponent = min(failures - THROTTLE_FREE_ATTEMPTS, 16)
    return min(2.0**exponent, THROTTLE_CAP_SECONDS)


class VaultThrottle(VaultStore):
    """Failed-attempt counters per handle hash."""

    def throttle_wait(self, handle: str) -> float:
        """Seconds before ``handle`` may try again (0 when free)."""
        with self._transaction() as db:
            digest = self._handle_hash(db, handle)
            row = db.accounts.throttle(digest)
            if row is None:
                return 0.0
            now = self.clock.now()
            last_failure_at = row.last_failure_at
            if last_failure_at > now and not self.read_only:
                # The clock was set back: restart the wait from now rather than make
                # the person wait until the old time comes round again.
                db.accounts.restart_throttle_wait(digest, now)
                last_failure_at = now
            remaining = last_failure_at + throttle_delay(row.failures) - now
            return max(0.0, remaining)

    def _record_failure(self, handle: str) -> int:
        if self.read_only:  # cannot be kept on a write-protected disk; the KDF still paces
            return 0
        with self._transaction() as db:
            return db.accounts.record_failure(self._handle_hash(db, handle), self.clock.now())

    def _take_failures(self, db: UnitOfWork, handle: str) -> int:
        if self.read_only:
            return 0
        return db.accounts.take_failures(self._handle_hash(db, handle))
