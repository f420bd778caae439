"""Unlock throttling (DESIGN.md §3.4): after five failures on a handle, wait
2^(n-5) s, capped at 300 s; the counter survives restarts; never a permanent lockout."""

from __future__ import annotations

from sqlalchemy.orm import Session

from safespace_desktop.services.vault.store import VaultStore
from safespace_desktop.storage.tables import UnlockThrottle

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
            row = db.get(UnlockThrottle, self._handle_hash(db, handle))
            if row is None:
                return 0.0
            now = self.clock.now()
            if row.last_failure_at > now:
                # The clock was set back: restart the wait from now rather than make
                # the person wait until the old time comes round again.
                row.last_failure_at = now
            remaining = row.last_failure_at + throttle_delay(row.failures) - now
            return max(0.0, remaining)

    def _record_failure(self, handle: str) -> int:
        with self._transaction() as db:
            digest = self._handle_hash(db, handle)
            row = db.get(UnlockThrottle, digest)
            if row is None:
                row = UnlockThrottle(handle_hash=digest, failures=0, last_failure_at=0.0)
                db.add(row)
            row.failures += 1
            row.last_failure_at = self.clock.now()
            return row.failures

    def _take_failures(self, db: Session, handle: str) -> int:
        row = db.get(UnlockThrottle, self._handle_hash(db, handle))
        if row is None:
            return 0
        failures = row.failures
        db.delete(row)
        return failures
