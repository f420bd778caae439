"""The automatic backup when a facilitator's session ends (lock, sign-out, quit).

Two steps on the one worker thread, queued around the lock so the keys still go
promptly:

1. ``before_lock`` queues the plan: with the facilitator's keys still there, read
   where backups go (the remembered folder is sealed) and whether one was already
   taken today. It is quick and writes nothing.
2. ``after_lock`` queues the backup itself, after the lock that wipes the keys: the
   online copy of the vault file needs no key. On quit, the runner's shutdown waits
   for it, so the last backup of the day is not lost by closing the window.

Imports of the services happen on the worker, so the shell stays fast to start.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from safespace_desktop.core.clock import Clock
from safespace_desktop.paths import AppPaths

if TYPE_CHECKING:
    from safespace_desktop.services.backups import AutomaticPlan
    from safespace_desktop.services.vault import Vault
    from safespace_desktop.ui.runtime.tasks import TaskRunner

log = logging.getLogger(__name__)


class AutomaticBackups:
    def __init__(self, runner: TaskRunner, paths: AppPaths, clock: Clock) -> None:
        self.runner = runner
        self.paths = paths
        self.clock = clock
        self._plan: AutomaticPlan | None = None
        self._guard = threading.Lock()  # the plan is written and read on the worker
        self.last_taken: Any = None  # the last automatic backup (tests read it)
        self.finished = 0  # session ends handled so far (tests wait on it)

    def _submit(self, work: Any) -> None:
        self.runner.submit_op(
            lambda _report: work(),
            on_done=lambda _result: None,
            on_error=self.runner.unhandled,
            on_progress=lambda _done, _total, _label: None,
        )

    def before_lock(self, vault: Vault) -> None:
        """Queue the plan while the session's keys are still there."""
        paths, clock = self.paths, self.clock

        def plan() -> None:
            from safespace_desktop.services.backups import BackupService

            try:
                decided = BackupService(paths, clock=clock).plan_automatic(vault)
            except Exception as exc:  # never in the way of a lock
                log.warning("No automatic backup planned: %s", type(exc).__name__)
                decided = None
            with self._guard:
                self._plan = decided

        self._submit(plan)

    def after_lock(self) -> None:
        """Queue the backup after the lock: it needs no key."""
        paths, clock = self.paths, self.clock

        def take() -> None:
            from safespace_desktop.services.backups import BackupService

            with self._guard:
                plan, self._plan = self._plan, None
            try:
                if plan is not None:
                    self.last_taken = BackupService(paths, clock=clock).run_automatic(plan)
            except Exception as exc:  # a full stick must not stop the app closing
                log.warning("The automatic backup was not taken: %s", type(exc).__name__)
            finally:
                self.finished += 1

        self._submit(take)
