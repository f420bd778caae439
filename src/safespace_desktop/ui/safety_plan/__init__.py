"""My safety plan: six short lists and reasons for living, in the person's own words.

``safety_plan_page(context)`` builds the view and its controller; ``printing.py``
lays the plan out for paper (a one-page plan and a wallet card).
"""

from __future__ import annotations

from safespace_desktop.ui.safety_plan.controller import SafetyPlanController
from safespace_desktop.ui.safety_plan.view import SafetyPlanView
from safespace_desktop.ui.session.context import SessionContext
from safespace_desktop.ui.widgets.read_only import hold_read_only, hold_rows_read_only


def safety_plan_page(context: SessionContext) -> SafetyPlanView:
    view = SafetyPlanView()
    view.controller = SafetyPlanController(context, view)
    if (
        context.vault.read_only
    ):  # a vault on a write-protected disk: the plan can be read and printed
        for editor in view.editors.values():
            hold_rows_read_only(True, editor.list)
        hold_read_only(
            True,
            [
                *(
                    control
                    for editor in view.editors.values()
                    for control in (
                        editor.up_button,
                        editor.down_button,
                        editor.remove_button,
                        editor.add_edit,
                        editor.add_button,
                    )
                ),
                view.save_button,
            ],
        )
    return view
