"""My safety plan: six short lists and reasons for living, in the person's own words.

``safety_plan_page(context)`` builds the view and its controller; ``printing.py``
lays the plan out for paper (a one-page plan and a wallet card).
"""

from __future__ import annotations

from safespace_desktop.ui.safety_plan.controller import SafetyPlanController
from safespace_desktop.ui.safety_plan.view import SafetyPlanView
from safespace_desktop.ui.session.context import SessionContext


def safety_plan_page(context: SessionContext) -> SafetyPlanView:
    view = SafetyPlanView()
    view.controller = SafetyPlanController(context, view)
    return view
