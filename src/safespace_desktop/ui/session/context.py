"""What every page and dialog of an unlocked session gets, passed in explicitly.

No global service locator: pages receive this object in their constructor. It
lives exactly as long as the unlocked session; on lock the pages are destroyed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from safespace_desktop.core.model import Principal
from safespace_desktop.services.journal import JournalService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.runtime.ops import OpRunner
from safespace_desktop.ui.runtime.tasks import TaskRunner
from safespace_desktop.ui.session.changes import ChangeBus
from safespace_desktop.ui.session.clipboard import SensitiveClipboard


class SessionSignals(QObject):
    """Page → shell notifications (the shell decides what to do)."""

    status_message = Signal(str)  # a short, kind confirmation for the status bar
    lock_requested = Signal()
    # The session is ending (Ctrl+L, F12, idle time-out, hand-over, closing the window).
    # A page with unsaved typing starts a CollectionOp that keeps it as a sealed draft;
    # it runs before the keys are wiped. Nothing may wait or ask the person here.
    about_to_lock = Signal()
    hand_over_to_member = Signal(str)  # invitation code: lock and open the claim screen
    # A meeting is being run with its console on screen: the idle lock waits this many
    # seconds (the meeting's length plus a margin) instead of minutes; 0 ends the hold.
    # Ctrl+L and F12 still lock at once.
    idle_lock_hold = Signal(int)
    # Backups (issue 14): a restore is prepared; the shell ends the session, closes the
    # vault, runs the callable (it swaps the file in) on the worker, then reopens it.
    vault_replaced = Signal(object)
    # Feedback (issue 13): a facilitator starts the anonymous kiosk with a KioskTicket;
    # the shell shows it and locks this session at once.
    kiosk_requested = Signal(object)


@dataclass
class SessionContext:
    vault: Vault
    principal: Principal
    runner: TaskRunner
    clipboard: SensitiveClipboard
    signals: SessionSignals
    changes: ChangeBus = field(default_factory=ChangeBus)
    _ops: OpRunner | None = field(default=None, repr=False)
    _journal: JournalService | None = field(default=None, repr=False)

    @property
    def ops(self) -> OpRunner:
        """Typed background operations for this session (closed when it ends)."""
        if self._ops is None:
            self._ops = OpRunner(self.runner, self.changes)
        return self._ops

    def close(self) -> None:
        """The session ended: drop every callback of work still running."""
        self.ops.close()

    @property
    def journal(self) -> JournalService:
        """One journal service per session, so the journal is decrypted once, not per page."""
        if self._journal is None:
            self._journal = JournalService(self.vault)
        return self._journal
