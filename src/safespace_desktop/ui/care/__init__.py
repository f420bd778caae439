"""The Care kit (issue 13), facilitators only: a debrief after a meeting (kept in the
facilitator's own reflections), a short self-check in our own words (no score; kept
only if they choose), and the succession checklist (ticks shared through sync).

``care_page(context)`` builds the view and its controller. ``debrief_view`` and
``debrief_controller`` are also used under the notes after a meeting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from safespace_desktop.core.care import ChecklistItem, Feeling, Often
from safespace_desktop.core.errors import NotPermitted
from safespace_desktop.ui.care import wording
from safespace_desktop.ui.care.controller import CareController
from safespace_desktop.ui.care.debrief_view import debrief_writing_controls
from safespace_desktop.ui.care.view import CareView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only


def care_page(context: SessionContext) -> CareView:
    if not context.principal.is_facilitator:
        raise NotPermitted()
    view = CareView(
        [(feeling, wording.feeling_text(feeling)) for feeling in Feeling],
        [(answer, wording.answer_text(answer)) for answer in Often],
        [
            (
                item,
                wording.checklist_name(item),
                wording.checklist_text(item),
                wording.checklist_link(item),
                wording.CHECKLIST_PAGES[item],
            )
            for item in ChecklistItem
        ],
    )
    view.controller = CareController(context, view)
    # A vault on a write-protected disk: nothing can be kept in the reflections, and the
    # checklist's ticks cannot be saved; the self-check can still be read through.
    hold_read_only(
        context.vault.read_only,
        [
            *debrief_writing_controls(view.debrief),
            view.self_check.note,
            view.self_check.keep_button,
            *view.checklist.findChildren(QCheckBox),
        ],
    )
    return view
