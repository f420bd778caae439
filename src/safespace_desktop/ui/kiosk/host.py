"""Puts the kiosk in the shell's window (issue 13), called by ``AppController``.

The window's screen becomes the kiosk (the workspace and its pages are destroyed), the
menus and status bar go, and the shell then ends the session. Closing the kiosk is an
ordinary unlock on the worker thread; only a facilitator's unlock is accepted (a
member's is locked again at once), and then the shell shows the workspace as after
any unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.core.feedback import KioskTicket
from safespace_desktop.ui.kiosk import kiosk_screen
from safespace_desktop.ui.kiosk.chrome import KioskChrome
from safespace_desktop.ui.runtime.ops import OpContext

if TYPE_CHECKING:
    from safespace_desktop.services.vault import Vault
    from safespace_desktop.ui.shell.app_controller import AppController


def show_kiosk(
    shell: AppController,
    vault: Vault,
    ticket: KioskTicket,
    session_start: Callable[[Vault], Any],
    on_unlocked: Callable[[Any], None],
) -> None:
    window = shell.window

    def unlock(handle: str, passphrase: str, ctx: OpContext) -> Any:
        outcome = vault.unlock(handle, passphrase, progress=ctx.label)
        if not outcome.principal.is_facilitator:
            vault.lock()  # a member's passphrase does not close the kiosk
            raise NotPermitted("kiosk_needs_facilitator")
        return outcome, session_start(vault)

    chrome = KioskChrome(window, [window.switch_action, window.quit_action])

    def unlocked(result: Any) -> None:
        chrome.leave()
        chrome.deleteLater()
        on_unlocked(result)

    screen = kiosk_screen(vault, ticket, shell.shell_ops, unlock, unlocked)
    window.set_screen(screen)
    chrome.enter()
