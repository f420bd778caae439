"""The anonymous feedback kiosk (issue 13).

A facilitator starts it from a meeting's Feedback tab; the shell (``AppController.
start_kiosk``) puts ``kiosk_screen(...)`` in the window and locks the session at once,
so the kiosk holds no key: only a ``KioskTicket`` (the meeting, its date and the drop
box's public key; services/feedback.py explains why). It is left only through a
facilitator's passphrase, by the ordinary unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from safespace_desktop.core.feedback import KioskTicket
from safespace_desktop.services.feedback import FeedbackService
from safespace_desktop.services.vault import Vault
from safespace_desktop.ui.kiosk.controller import KioskController, Unlock
from safespace_desktop.ui.kiosk.view import KioskScreen
from safespace_desktop.ui.runtime.ops import OpRunner
from safespace_desktop.ui.wording.dates import format_date


def kiosk_screen(
    vault: Vault,
    ticket: KioskTicket,
    ops: OpRunner,
    unlock: Unlock,
    unlocked: Callable[[Any], None],
) -> KioskScreen:
    view = KioskScreen(ticket.mode, format_date(ticket.meeting_on))
    view.controller = KioskController(  # type: ignore[attr-defined]
        view, ops, FeedbackService(vault), ticket, unlock, unlocked
    )
    view.form.first_control().setFocus()
    return view
