"""My account, for everyone unlocked: passphrase, recovery code, journal backup, locking.

``account_page(context)`` builds the view and its controller.
"""

from __future__ import annotations

from safespace_desktop.ui.account.controller import AccountController
from safespace_desktop.ui.account.view import AccountView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def account_page(context: SessionContext) -> AccountView:
    principal = context.principal
    view = AccountView(principal.handle, is_facilitator=principal.is_facilitator)
    view.controller = AccountController(context, view)
    # A vault on a write-protected disk: the journal can still be exported elsewhere.
    hold_read_only(
        context.vault.read_only, [view.change_button, view.recovery_button, view.import_button]
    )
    return view
