"""The facilitator home (issue 9): the next meeting and the open follow-ups, overdue
first, until they are marked done (W5). The first page a facilitator sees.

``home_page(context)`` builds the view and its controller.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.feedback import evaluation_reminder
from safespace_desktop.ui.home.controller import HomeController
from safespace_desktop.ui.home.view import HomeView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only, hold_rows_read_only


def home_page(context: SessionContext) -> HomeView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = HomeView()
    view.controller = HomeController(context, view)
    # A vault on a write-protected disk: the follow-ups can be read, not changed.
    hold_rows_read_only(context.vault.read_only, view.list, extra_keys=[Qt.Key.Key_Space])
    hold_read_only(
        context.vault.read_only,
        [
            *(view.text_edit, view.has_due, view.due_edit, view.member_combo),
            *(view.meeting_combo, view.add_button, view.save_button),
            *(view.done_button, view.remove_button),
        ],
    )
    # Feedback (issue 13): a suggested evaluation, without names, under the next meeting.
    view.column.insertWidget(2, evaluation_reminder(context))
    # carekit (issue 13): a short "needs cover" line from the rota, below the next meeting
    from safespace_desktop.ui.rota.notice import attach_rota_notice

    attach_rota_notice(context, view.next_meeting)
    return view
